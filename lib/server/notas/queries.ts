import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { validationError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import { dagVan } from "@/lib/domain/datum";
import { loadVisibleNota } from "@/lib/server/notas/nota-record";
import { notaLijstQuerySchema } from "@/lib/domain/api-schemas";
import { deadlinesVan, toNotaDto, type NotaDto } from "@/lib/server/notas/nota-dto";
import { eventsVanNota } from "@/lib/server/audit/list-events";
import { versiesVanNota } from "@/lib/server/notas/versions";
import { downloadsVanNota } from "@/lib/server/exports/downloads";
import { afbreekbaar } from "@/lib/server/afbreekbaar";

export const RUBRICERING_ROLLEN = ["bestuursondersteuning", "mr_coordinator", "parlementaire_zaken", "woo_coordinator", "beheerder"] as const;

/** The same visibility rule as canSee(), as a Prisma where for lists. */
export function visibleNotaWhere(actor: Actor): Prisma.NotaWhereInput {
  if (actor.rollen.length === 0) return { id: { in: [] } };
  if (actor.rollen.includes("beheerder")) return {};
  const ingediend: Prisma.NotaWhereInput = { status: { notIn: ["concept", "retour"] } };
  const or: Prisma.NotaWhereInput[] = [{ ...ingediend, rubricering: null }];
  if (actor.directieId) or.push({ status: { in: ["concept", "retour"] }, vanId: actor.directieId });
  if (actor.rollen.some((r) => (RUBRICERING_ROLLEN as readonly string[]).includes(r))) {
    or.push(ingediend);
  } else {
    const route = [actor.id, ...actor.vervangtVoor];
    or.push({
      ...ingediend,
      OR: [
        { opstellerId: actor.id },
        { contactpersoonId: actor.id },
        { aanId: actor.id },
        { paraafrondes: { some: { stappen: { some: { toegewezenAanId: { in: route } } } } } },
      ],
    });
  }
  return { OR: or };
}

/** GET /api/v1/notas/{id}. */
export async function getNota(actor: Actor, notaId: string): Promise<NotaDto> {
  const nota = await loadVisibleNota(db(), actor, notaId);
  return toNotaDto(nota, actor);
}

/**
 * The nota page: the nota (loaded and checked once), its Tijdlijn, its versions and who downloaded
 * its files, read side by side.
 */
export async function getNotaPagina(actor: Actor, notaId: string) {
  const nota = await loadVisibleNota(db(), actor, notaId);
  const [events, versies, downloads] = await Promise.all([eventsVanNota(notaId), versiesVanNota(notaId), downloadsVanNota(notaId)]);
  return { nota: toNotaDto(nota, actor), events, versies, downloads };
}

/** The list's query parameters: one schema for the use case and the OpenAPI document. */
const listSchema = notaLijstQuerySchema;

export interface NotaSamenvatting {
  id: string;
  kenmerk: string;
  onderwerp: string;
  soort: string;
  status: string;
  versie: number;
  van: string;
  aan: string;
  mrDatum: string | null;
  eerstvolgendeDeadline: string | null;
  risico: string | null;
  gewijzigdOp: string;
}

type Sortering = "gewijzigd" | "kenmerk" | "onderwerp";

/** The keyset of the last row of a page: the sort's columns, ending in a unique one. */
type Sleutel = { sort: "gewijzigd"; gewijzigdOp: Date; id: string } | { sort: "kenmerk"; kenmerk: string } | { sort: "onderwerp"; onderwerp: string; kenmerk: string };

function decodeCursor(cursor: string | undefined, sort: Sortering): Sleutel | null {
  if (!cursor) return null;
  try {
    const tekst = Buffer.from(cursor, "base64url").toString("utf8");
    if (!tekst.startsWith("{")) {
      // The cursors of before keyset paging for every sort: "<iso>|<id>" for gewijzigd.
      const [t, id] = tekst.split("|");
      const d = new Date(t ?? "");
      return sort === "gewijzigd" && id && UUID.test(id) && !Number.isNaN(d.getTime()) ? { sort, gewijzigdOp: d, id } : null;
    }
    const v = JSON.parse(tekst) as Record<string, unknown>;
    if (v.s !== sort) return null;
    if (sort === "gewijzigd" && typeof v.t === "string" && typeof v.id === "string" && UUID.test(v.id)) {
      const d = new Date(v.t);
      return Number.isNaN(d.getTime()) ? null : { sort, gewijzigdOp: d, id: v.id };
    }
    if (sort === "kenmerk" && typeof v.k === "string") return { sort, kenmerk: v.k };
    if (sort === "onderwerp" && typeof v.o === "string" && typeof v.k === "string") return { sort, onderwerp: v.o, kenmerk: v.k };
    return null;
  } catch {
    return null;
  }
}

function encodeCursor(sort: Sortering, r: { gewijzigdOp: Date; id: string; kenmerk: string; onderwerp: string }): string {
  const v = sort === "gewijzigd" ? { s: sort, t: r.gewijzigdOp.toISOString(), id: r.id } : sort === "kenmerk" ? { s: sort, k: r.kenmerk } : { s: sort, o: r.onderwerp, k: r.kenmerk };
  return Buffer.from(JSON.stringify(v)).toString("base64url");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const HEEL_KENMERK = /^[A-Za-z]{2,10}-\d{4}-\d{4,8}$/;

/** A query that names a kenmerk (or a piece of one, with a digit and no spaces) is looked up by kenmerk. */
export const lijktOpKenmerk = (q: string) => q.length >= 3 && /\d/.test(q) && /^[\p{L}\d-]+$/u.test(q);

/**
 * visibleNotaWhere() as SQL on the alias `n`, for the raw list, search and task queries. The arms
 * are ordered so that the cheap ones decide most rows; the route EXISTS runs only for the rest, per
 * row on the indexes: `OFFSET 0` keeps PostgreSQL from turning it into a hashed subplan, which
 * builds the set of the actor's route notas by a sequential scan of every Paraafronde.
 */
export function zichtbaarSql(actor: Actor): Prisma.Sql {
  if (actor.rollen.length === 0) return Prisma.sql`FALSE`;
  if (actor.rollen.includes("beheerder")) return Prisma.sql`TRUE`;
  const ingediend = Prisma.sql`n.status NOT IN ('concept', 'retour')`;
  const or: Prisma.Sql[] = [Prisma.sql`(${ingediend} AND n.rubricering IS NULL)`];
  if (actor.directieId) or.push(Prisma.sql`(n.status IN ('concept', 'retour') AND n."vanId" = ${actor.directieId}::uuid)`);
  if (actor.rollen.some((r) => (RUBRICERING_ROLLEN as readonly string[]).includes(r))) {
    or.push(ingediend);
  } else {
    const route = [actor.id, ...actor.vervangtVoor];
    or.push(Prisma.sql`(${ingediend} AND (n."opstellerId" = ${actor.id}::uuid OR n."contactpersoonId" = ${actor.id}::uuid OR n."aanId" = ${actor.id}::uuid
      OR EXISTS (SELECT 1 FROM "Paraafronde" r JOIN "Paraafstap" s ON s."rondeId" = r.id WHERE r."notaId" = n.id AND s."toegewezenAanId" = ANY(${route}::uuid[]) OFFSET 0)))`);
  }
  return Prisma.sql`(${Prisma.join(or, " OR ")})`;
}

interface LijstRij {
  id: string;
  kenmerk: string;
  onderwerp: string;
  soort: string;
  status: string;
  versie: number;
  gewijzigdOp: Date;
  uitersteBeslisdatum: Date | null;
  van: string;
  aan: string;
  mrDatum: Date | null;
  stappen: { volgorde: number; deadline: string | null; oordeel: string | null }[] | null;
}

/**
 * GET /api/v1/notas?status=&q=&mrDatum=&directie=&bewindspersoon=&sort=&cursor= → {items, volgende}.
 * Newest change first (or by kenmerk, or by onderwerp), keyset paging for every sort (stable while
 * notas change). `q` is a Dutch full-text search (stemming) over kenmerk, onderwerp and the sections,
 * on the stored search vector inside the list query; a kenmerk (or part of one) is matched by its
 * own trigram index. One statement: the page is chosen on the indexes, then only its rows are
 * joined to their names, MR date and current paraaf steps.
 */
export async function listNotas(actor: Actor, query: Record<string, string | undefined>, opts: { signal?: AbortSignal } = {}): Promise<{ items: NotaSamenvatting[]; volgende: string | null }> {
  const parsed = listSchema.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error);
  const { status, q, mrDatum, cursor, limit, directie, bewindspersoon, sort } = parsed.data;
  const and: Prisma.Sql[] = [zichtbaarSql(actor)];
  if (status) and.push(Prisma.sql`n.status = ${status}::"NotaStatus"`);
  if (directie) and.push(Prisma.sql`n."vanId" = ${directie}::uuid`);
  if (bewindspersoon) and.push(Prisma.sql`n."aanId" = ${bewindspersoon}::uuid`);
  if (mrDatum) {
    and.push(Prisma.sql`n.id IN (SELECT p."notaId" FROM "MrAgendapunt" p JOIN "MrVergadering" g ON g.id = p."vergaderingId" WHERE g.datum = ${mrDatum}::date)`);
  }
  if (q) {
    // A whole kenmerk by the unique index (the trigram index must intersect the posting lists of
    // "bzk", "-20", … that every nota has); a piece of one by the trigram index.
    if (HEEL_KENMERK.test(q)) and.push(Prisma.sql`n.kenmerk IN (${q}, ${q.toUpperCase()})`);
    else if (lijktOpKenmerk(q)) and.push(Prisma.sql`n.kenmerk ILIKE ${"%" + q.replace(/[%_\\]/g, "") + "%"}`);
    else and.push(Prisma.sql`n.zoekvector @@ plainto_tsquery('dutch', ${q})`);
  }
  const na = decodeCursor(cursor, sort);
  if (na?.sort === "gewijzigd") and.push(Prisma.sql`(n."gewijzigdOp", n.id) < (${na.gewijzigdOp}::timestamptz, ${na.id}::uuid)`);
  if (na?.sort === "kenmerk") and.push(Prisma.sql`n.kenmerk > ${na.kenmerk}`);
  if (na?.sort === "onderwerp") and.push(Prisma.sql`(n.onderwerp, n.kenmerk) > (${na.onderwerp}, ${na.kenmerk})`);
  const orderBy = sort === "kenmerk" ? Prisma.sql`n.kenmerk ASC` : sort === "onderwerp" ? Prisma.sql`n.onderwerp ASC, n.kenmerk ASC` : Prisma.sql`n."gewijzigdOp" DESC, n.id DESC`;

  // A search can be the one expensive read: it stops when the client goes away.
  const rows = await afbreekbaar(q ? opts.signal : undefined, (tx) => tx.$queryRaw<LijstRij[]>`
    SELECT n.id::text AS id, n.kenmerk, n.onderwerp, n.soort::text AS soort, n.status::text AS status, n.versie, n."gewijzigdOp", n."uitersteBeslisdatum",
      v.naam AS van, a.naam AS aan,
      (SELECT g.datum FROM "MrAgendapunt" p JOIN "MrVergadering" g ON g.id = p."vergaderingId" WHERE p."notaId" = n.id
        ORDER BY (p.uitkomst IS NULL) DESC, p."aangemeldOp" DESC LIMIT 1) AS "mrDatum",
      (SELECT json_agg(json_build_object('volgorde', s.volgorde, 'deadline', s.deadline, 'oordeel', s.oordeel))
        FROM "Paraafstap" s WHERE s."rondeId" = (SELECT r.id FROM "Paraafronde" r WHERE r."notaId" = n.id ORDER BY r.nummer DESC LIMIT 1)) AS stappen
    FROM (SELECT n.id, n.kenmerk, n.onderwerp, n.soort, n.status, n.versie, n."gewijzigdOp", n."uitersteBeslisdatum", n."vanId", n."aanId"
      FROM "Nota" n WHERE ${Prisma.join(and, " AND ")} ORDER BY ${orderBy} LIMIT ${limit + 1}) n
    JOIN "Organisatieonderdeel" v ON v.id = n."vanId"
    JOIN "Gebruiker" a ON a.id = n."aanId"
    ORDER BY ${orderBy}`);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const vandaag = dagVan(new Date());
  return {
    items: page.map((n) => {
      const d = deadlinesVan(
        {
          status: n.status,
          uitersteBeslisdatum: n.uitersteBeslisdatum,
          agendapunten: n.mrDatum ? [{ uitkomst: null, vergadering: { datum: n.mrDatum } }] : [],
          paraafrondes: n.stappen ? [{ stappen: n.stappen }] : [],
        },
        vandaag,
      );
      return {
        id: n.id,
        kenmerk: n.kenmerk,
        onderwerp: n.onderwerp,
        soort: n.soort,
        status: n.status,
        versie: n.versie,
        van: n.van,
        aan: n.aan,
        mrDatum: d.mrDatum,
        eerstvolgendeDeadline: d.eerstvolgende,
        risico: d.risico,
        gewijzigdOp: n.gewijzigdOp.toISOString(),
      };
    }),
    volgende: rows.length <= limit || !last ? null : encodeCursor(sort, last),
  };
}
