import "server-only";
import type { Tx } from "@/lib/server/tx";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { knownRoles } from "@/lib/domain/rollen";
import { dagVan } from "@/lib/domain/datum";

/** One row: the user, the directie above their unit, today's vervangingen, and the credential. */
interface ActorRow {
  id: string;
  naam: string;
  email: string;
  rollen: string[];
  actief: boolean;
  organisatieonderdeelId: string;
  directieId: string | null;
  vervangtVoor: string[] | null;
  organisatie: string | null;
}

/**
 * The actor in ONE statement: the user, the directie (the unit itself, or the nearest directie
 * above a chain of afdelingen; none above directie level) by a recursive CTE, and the officials
 * this user stands in for today (Europe/Amsterdam). `bron` is a sub-select yielding the user id
 * together with any credential columns the caller wants back (a session, a token).
 */
async function actorQuery<Extra extends object>(bron: Prisma.Sql, client: Pick<Tx, "$queryRaw"> = db()): Promise<(ActorRow & Extra) | null> {
  const vandaag = dagVan(new Date());
  const rows = await client.$queryRaw<(ActorRow & Extra)[]>`
    WITH RECURSIVE bron AS (${bron}),
    keten AS (
      SELECT o.id, o.soort::text AS soort, o."parentId", 0 AS diepte
        FROM "Organisatieonderdeel" o JOIN "Gebruiker" g ON g."organisatieonderdeelId" = o.id
        JOIN bron ON bron."gebruikerId" = g.id
      UNION ALL
      SELECT p.id, p.soort::text, p."parentId", k.diepte + 1
        FROM "Organisatieonderdeel" p JOIN keten k ON p.id = k."parentId"
       WHERE k.soort = 'afdeling' AND k.diepte < 10
    )
    SELECT bron.*, g.id, g.naam, g.email, g.rollen::text[] AS rollen, g.actief, g."organisatieonderdeelId",
           (SELECT k.id FROM keten k WHERE k.soort = 'directie' ORDER BY k.diepte LIMIT 1) AS "directieId",
           ARRAY(SELECT DISTINCT v."gebruikerId" FROM "Vervanging" v
                  WHERE v."vervangerId" = g.id AND v.van <= ${vandaag}::date AND v.tot >= ${vandaag}::date) AS "vervangtVoor",
           -- the organisation for the page header: the ministerie above the unit (a few PK lookups)
           (WITH RECURSIVE boven AS (
              SELECT o.id, o."parentId", o.soort::text AS soort, o.naam, 0 AS d FROM "Organisatieonderdeel" o WHERE o.id = g."organisatieonderdeelId"
              UNION ALL
              SELECT p.id, p."parentId", p.soort::text, p.naam, b.d + 1 FROM "Organisatieonderdeel" p JOIN boven b ON p.id = b."parentId" WHERE b.d < 10)
            SELECT naam FROM boven WHERE soort = 'ministerie' ORDER BY d LIMIT 1) AS "organisatie"
      FROM bron JOIN "Gebruiker" g ON g.id = bron."gebruikerId"`;
  return rows[0] ?? null;
}

function toActor(row: ActorRow): Actor | null {
  if (!row.actief) return null;
  return {
    id: row.id,
    naam: row.naam,
    email: row.email,
    rollen: knownRoles(row.rollen),
    organisatieonderdeelId: row.organisatieonderdeelId,
    directieId: row.directieId,
    vervangtVoor: [...new Set(row.vervangtVoor ?? [])],
    organisatie: row.organisatie,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Loads an active user as an Actor; null when the account is gone or deactivated. */
/** `tx`: read inside that transaction (a use case's own connection, never a second one from the pool). */
export async function loadActor(userId: string, tx?: Tx): Promise<Actor | null> {
  if (!UUID.test(userId)) return null;
  const row = await actorQuery(Prisma.sql`SELECT ${userId}::uuid AS "gebruikerId"`, tx);
  return row ? toActor(row) : null;
}

export interface SessionColumns {
  sessieId: string;
  ingetrokkenOp: Date | null;
  intrekReden: string | null;
  verlooptOp: Date;
  laatstActiefOp: Date;
  authTijdstip: Date;
  soort: "wachtwoord" | "sso";
}

/** The actor behind a session row, with the session's state (the caller judges it). */
export async function loadActorForSession(sessieId: string): Promise<{ actor: Actor | null; sessie: SessionColumns } | null> {
  if (!UUID.test(sessieId)) return null;
  const row = await actorQuery<SessionColumns>(Prisma.sql`
    SELECT s."gebruikerId", s.id AS "sessieId", s."ingetrokkenOp", s."intrekReden", s."verlooptOp", s."laatstActiefOp", s."authTijdstip", s.soort::text AS soort
      FROM "Sessie" s WHERE s.id = ${sessieId}::uuid`);
  if (!row) return null;
  const { sessieId: id, ingetrokkenOp, intrekReden, verlooptOp, laatstActiefOp, authTijdstip, soort } = row;
  return { actor: toActor(row), sessie: { sessieId: id, ingetrokkenOp, intrekReden, verlooptOp, laatstActiefOp, authTijdstip, soort } };
}

export interface TokenColumns {
  tokenId: string;
  scope: "lezen" | "schrijven" | "webhooks";
  verlooptOp: Date;
  ingetrokkenOp: Date | null;
  laatstGebruiktOp: Date | null;
}

/** The actor behind a personal access token (by the token's SHA-256), with the token's state. */
export async function loadActorForToken(hash: string): Promise<{ actor: Actor | null; token: TokenColumns } | null> {
  const row = await actorQuery<TokenColumns>(Prisma.sql`
    SELECT t."gebruikerId", t.id AS "tokenId", t.scope::text AS scope, t."verlooptOp", t."ingetrokkenOp", t."laatstGebruiktOp"
      FROM "ApiToken" t WHERE t.hash = ${hash}`);
  if (!row) return null;
  const { tokenId, scope, verlooptOp, ingetrokkenOp, laatstGebruiktOp } = row;
  return { actor: toActor(row), token: { tokenId, scope, verlooptOp, ingetrokkenOp, laatstGebruiktOp } };
}
