import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { tokenSchema } from "@/lib/domain/nota-schemas";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import type { Caller } from "@/lib/server/notas/mutation";
import type { Actor } from "@/lib/domain/actor";

const PREFIX = "brt_";
export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** POST /api/v1/tokens {naam}: a personal access token, shown once; only its hash is stored. */
export async function createToken(caller: Caller, input: unknown): Promise<{ id: string; naam: string; token: string; aangemaaktOp: string }> {
  const parsed = tokenSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const token = PREFIX + randomBytes(32).toString("base64url");
  return transaction(async (tx) => {
    const row = await tx.apiToken.create({ data: { gebruikerId: caller.actor.id, naam: parsed.data.naam, hash: tokenHash(token) } });
    await appendAuditEvent(tx, { actorId: caller.actor.id, actie: "token.aangemaakt", na: { id: row.id, naam: row.naam }, requestId: caller.requestId });
    return { id: row.id, naam: row.naam, token, aangemaaktOp: row.aangemaaktOp.toISOString() };
  });
}

/** GET /api/v1/tokens: the actor's own tokens (never the secret). */
export async function listTokens(actor: Actor) {
  const rows = await db().apiToken.findMany({ where: { gebruikerId: actor.id }, orderBy: { aangemaaktOp: "desc" } });
  return rows.map((r) => ({
    id: r.id,
    naam: r.naam,
    aangemaaktOp: r.aangemaaktOp.toISOString(),
    laatstGebruiktOp: r.laatstGebruiktOp?.toISOString() ?? null,
    ingetrokkenOp: r.ingetrokkenOp?.toISOString() ?? null,
  }));
}

/** DELETE /api/v1/tokens/{id}: revokes one of the actor's own tokens. */
export async function revokeToken(caller: Caller, tokenId: string): Promise<void> {
  await transaction(async (tx) => {
    const row = /^[0-9a-f-]{36}$/i.test(tokenId) ? await tx.apiToken.findUnique({ where: { id: tokenId } }) : null;
    if (!row || row.gebruikerId !== caller.actor.id) throw new AppError("NOT_FOUND", "Dit token bestaat niet.");
    if (row.ingetrokkenOp) return;
    await tx.apiToken.update({ where: { id: tokenId }, data: { ingetrokkenOp: new Date() } });
    await appendAuditEvent(tx, { actorId: caller.actor.id, actie: "token.ingetrokken", na: { id: row.id, naam: row.naam }, requestId: caller.requestId });
  });
}

/** The user id behind a bearer token, or null when it is unknown or revoked. */
export async function userIdForToken(token: string): Promise<string | null> {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const row = await db().apiToken.findUnique({ where: { hash: tokenHash(token) } });
  if (!row || row.ingetrokkenOp) return null;
  // Touch at most once a minute: a busy client should not turn every read into a write.
  if (!row.laatstGebruiktOp || Date.now() - row.laatstGebruiktOp.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: row.id }, data: { laatstGebruiktOp: new Date() } });
  }
  return row.gebruikerId;
}
