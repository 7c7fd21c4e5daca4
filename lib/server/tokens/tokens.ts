import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { dagVan } from "@/lib/domain/datum";
import { hasPermission } from "@/lib/domain/permissions";
import { loadActorForToken } from "@/lib/server/actors";
import { recordSecurityEvent } from "@/lib/server/auth/sessions";
import type { Actor } from "@/lib/domain/actor";

export const PREFIX = "brt_";
export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

export type TokenScope = "lezen" | "schrijven" | "webhooks";

export interface TokenDto {
  id: string;
  naam: string;
  scope: TokenScope;
  aangemaaktOp: string;
  verlooptOp: string;
  laatstGebruiktOp: string | null;
  ingetrokkenOp: string | null;
  status: "actief" | "ingetrokken" | "verlopen";
}

type TokenRow = { id: string; naam: string; scope: TokenScope; aangemaaktOp: Date; verlooptOp: Date; laatstGebruiktOp: Date | null; ingetrokkenOp: Date | null };

export const toDto = (r: TokenRow): TokenDto => ({
  id: r.id,
  naam: r.naam,
  scope: r.scope,
  aangemaaktOp: r.aangemaaktOp.toISOString(),
  verlooptOp: r.verlooptOp.toISOString(),
  laatstGebruiktOp: r.laatstGebruiktOp?.toISOString() ?? null,
  ingetrokkenOp: r.ingetrokkenOp?.toISOString() ?? null,
  status: r.ingetrokkenOp ? "ingetrokken" : r.verlooptOp.getTime() <= Date.now() ? "verlopen" : "actief",
});

/** GET /api/v1/tokens: the actor's own tokens (never the secret). */
export async function listTokens(actor: Actor): Promise<TokenDto[]> {
  const rows = await db().apiToken.findMany({ where: { gebruikerId: actor.id }, orderBy: { aangemaaktOp: "desc" } });
  return rows.map(toDto);
}

/** Beheer: every official's tokens, with the owner's name (never the secret). */
export async function listAllTokens(actor: Actor): Promise<(TokenDto & { eigenaar: { id: string; naam: string } })[]> {
  if (!hasPermission(actor, "beveiliging.inzien")) throw new AppError("FORBIDDEN", "Alleen de beheerder ziet de tokens van anderen.");
  const rows = await db().apiToken.findMany({ orderBy: [{ ingetrokkenOp: { sort: "asc", nulls: "first" } }, { aangemaaktOp: "desc" }], take: 500, include: { gebruiker: { select: { id: true, naam: true } } } });
  return rows.map((r) => ({ ...toDto(r), eigenaar: r.gebruiker }));
}

export type TokenCheck = { ok: true; actor: Actor; scope: TokenScope } | { ok: false; reden: "onbekend" | "ingetrokken" | "verlopen" };

/**
 * The actor behind a bearer token: unknown, revoked, expired or of a deactivated account is
 * refused. Use is stamped at most once a minute, and the first use on a day is a security event.
 */
export async function actorForToken(token: string): Promise<TokenCheck> {
  if (!token.startsWith(PREFIX) || token.length > 200) return { ok: false, reden: "onbekend" };
  const found = await loadActorForToken(tokenHash(token));
  if (!found || !found.actor) return { ok: false, reden: "onbekend" };
  const { actor, token: t } = found;
  if (t.ingetrokkenOp) return { ok: false, reden: "ingetrokken" };
  if (t.verlooptOp.getTime() <= Date.now()) return { ok: false, reden: "verlopen" };
  const last = t.laatstGebruiktOp;
  if (!last || Date.now() - last.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: t.tokenId }, data: { laatstGebruiktOp: new Date() } });
    if (!last || dagVan(last) !== dagVan(new Date())) {
      await recordSecurityEvent({ actorId: actor.id, actie: "token.gebruikt", na: { id: t.tokenId, scope: t.scope } });
    }
  }
  return { ok: true, actor: { ...actor, token: { id: t.tokenId, scope: t.scope } }, scope: t.scope };
}
