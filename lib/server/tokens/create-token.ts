// An official makes an API token for themselves: a scope, an expiry; the secret is shown once.
import "server-only";
import { randomBytes } from "node:crypto";
import { validationError } from "@/lib/errors";
import { tokenSchema } from "@/lib/domain/nota-schemas";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import type { Caller } from "@/lib/server/notas/mutation";
import { tokenHash, TokenDto, PREFIX, toDto } from "@/lib/server/tokens/tokens";

/**
 * POST /api/v1/tokens {naam, scope?, geldigheidDagen?}: a personal access token, shown once; only
 * its hash is stored. Scope lezen (default) allows GET only; it expires after 90 days by default,
 * a year at most.
 */
export async function createToken(caller: Caller, input: unknown): Promise<TokenDto & { token: string }> {
  const parsed = tokenSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const { naam, scope, geldigheidDagen } = parsed.data;
  const token = PREFIX + randomBytes(32).toString("base64url");
  return transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { gebruikerId: caller.actor.id, naam, scope, hash: tokenHash(token), verlooptOp: new Date(Date.now() + geldigheidDagen * 86_400_000) },
    });
    await appendAuditEvent(tx, { actorId: caller.actor.id, actie: "token.aangemaakt", na: { id: row.id, naam: row.naam, scope: row.scope, verlooptOp: row.verlooptOp.toISOString() }, requestId: caller.requestId });
    return { ...toDto(row), token };
  });
}
