import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { validationError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import { NOTA_STATUSSEN } from "@/lib/domain/nota-status";
import { dagAlsDate } from "@/lib/domain/datum";
import { dagSchema, z } from "@/lib/domain/validatie";
import { loadVisibleNota, notaInclude } from "@/lib/server/notas/nota-record";
import { deadlinesVan, toNotaDto, type NotaDto } from "@/lib/server/notas/nota-dto";

const RUBRICERING_ROLLEN = ["bestuursondersteuning", "mr_coordinator", "parlementaire_zaken", "woo_coordinator", "beheerder"] as const;

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

const listSchema = z.object({
  status: z.enum(NOTA_STATUSSEN, { error: "Onbekende status." }).optional(),
  q: z.string().trim().max(200).optional(),
  mrDatum: dagSchema.optional(),
  directie: z.uuid({ error: "Onbekende directie." }).optional(),
  bewindspersoon: z.uuid({ error: "Onbekende bewindspersoon." }).optional(),
  sort: z.enum(["gewijzigd", "kenmerk", "onderwerp"], { error: "Sorteer op gewijzigd, kenmerk of onderwerp." }).default("gewijzigd"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

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

function decodeCursor(cursor: string | undefined): { gewijzigdOp: Date; id: string } | null {
  if (!cursor) return null;
  try {
    const [t, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
    const d = new Date(t ?? "");
    if (!id || Number.isNaN(d.getTime())) return null;
    return { gewijzigdOp: d, id };
  } catch {
    return null;
  }
}

const encodeCursor = (gewijzigdOp: Date, id: string) => Buffer.from(`${gewijzigdOp.toISOString()}|${id}`).toString("base64url");

/**
 * GET /api/v1/notas?status=&q=&mrDatum=&cursor= → {items, volgende}. Newest change first, keyset
 * paging. `q` is a Dutch full-text search (stemming) over kenmerk, onderwerp and the sections.
 */
export async function listNotas(actor: Actor, query: Record<string, string | undefined>): Promise<{ items: NotaSamenvatting[]; volgende: string | null }> {
  const parsed = listSchema.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error);
  const { status, q, mrDatum, cursor, limit, directie, bewindspersoon, sort } = parsed.data;
  const and: Prisma.NotaWhereInput[] = [visibleNotaWhere(actor)];
  if (status) and.push({ status });
  if (directie) and.push({ vanId: directie });
  if (bewindspersoon) and.push({ aanId: bewindspersoon });
  if (mrDatum) and.push({ agendapunten: { some: { vergadering: { datum: dagAlsDate(mrDatum) } } } });
  if (q) {
    const ids = await db().$queryRaw<{ id: string }[]>`
      SELECT id FROM "Nota"
      WHERE to_tsvector('dutch', kenmerk || ' ' || onderwerp || ' ' || aanleiding || ' ' || kern || ' ' || toelichting || ' ' || coalesce("politiekeContext", '') || ' ' || motivering)
            @@ plainto_tsquery('dutch', ${q})
         OR kenmerk ILIKE ${"%" + q.replace(/[%_\\]/g, "") + "%"}`;
    and.push({ id: { in: ids.map((r) => r.id) } });
  }
  // Newest change first pages by keyset (stable while notas change); other orders by offset.
  let skip = 0;
  if (sort === "gewijzigd") {
    const after = decodeCursor(cursor);
    if (after) and.push({ OR: [{ gewijzigdOp: { lt: after.gewijzigdOp } }, { gewijzigdOp: after.gewijzigdOp, id: { lt: after.id } }] });
  } else if (cursor) {
    skip = Math.max(0, Number.parseInt(Buffer.from(cursor, "base64url").toString("utf8"), 10) || 0);
  }
  const orderBy: Prisma.NotaOrderByWithRelationInput[] =
    sort === "kenmerk" ? [{ kenmerk: "asc" }] : sort === "onderwerp" ? [{ onderwerp: "asc" }, { kenmerk: "asc" }] : [{ gewijzigdOp: "desc" }, { id: "desc" }];
  const rows = await db().nota.findMany({ where: { AND: and }, orderBy, skip, take: limit + 1, include: notaInclude });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const volgende = rows.length <= limit || !last ? null : sort === "gewijzigd" ? encodeCursor(last.gewijzigdOp, last.id) : Buffer.from(String(skip + limit)).toString("base64url");
  return {
    items: page.map((n) => {
      const d = deadlinesVan(n);
      return {
        id: n.id,
        kenmerk: n.kenmerk,
        onderwerp: n.onderwerp,
        soort: n.soort,
        status: n.status,
        versie: n.versie,
        van: n.van.naam,
        aan: n.aan.naam,
        mrDatum: d.mrDatum,
        eerstvolgendeDeadline: d.eerstvolgende,
        risico: d.risico,
        gewijzigdOp: n.gewijzigdOp.toISOString(),
      };
    }),
    volgende,
  };
}

