import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { dagIso, dagVan } from "@/lib/domain/datum";
import { risico, type Risico } from "@/lib/domain/deadlines";
import { openStappen, type ParaafOordeel } from "@/lib/domain/paraafroute";
import { deadlinesVan } from "@/lib/server/notas/nota-dto";
import { zichtbaarSql } from "@/lib/server/notas/queries";

export type TaakSoort = "paraaf" | "besluit" | "mr_aanmelden" | "mr_uitkomst" | "verzenden" | "tk_nummers" | "woo_publicatie" | "concept" | "retour";

export const taakLabels: Record<TaakSoort, string> = {
  paraaf: "Paraaf",
  besluit: "Besluit",
  mr_aanmelden: "Aanmelden voor MR",
  mr_uitkomst: "MR-uitkomst vastleggen",
  verzenden: "Kamerbrief verzenden",
  tk_nummers: "TK-nummers vastleggen",
  woo_publicatie: "Openbare versie beoordelen",
  concept: "Concept afmaken",
  retour: "Opmerkingen verwerken",
};

export interface TaakDto {
  soort: TaakSoort;
  label: string;
  nota: { id: string; kenmerk: string; onderwerp: string; status: string; versie: number };
  deadline: string | null;
  risico: Risico;
  namens: string | null;
}

/** At most this many notas make up one task list: the most urgent first. */
export const MAX_TAAK_NOTAS = 100;

interface TaakRij {
  id: string;
  kenmerk: string;
  onderwerp: string;
  status: string;
  versie: number;
  aanId: string;
  aanNaam: string;
  opstellerId: string;
  mrBehandeling: boolean;
  uitersteBeslisdatum: Date | null;
  ondernummer: number | null;
  mrDatum: Date | null;
  mrUitkomst: string | null;
  stappen: { id: string; volgorde: number; deadline: string | null; oordeel: ParaafOordeel | null; toegewezenAanId: string; naam: string }[] | null;
}

/**
 * GET /api/v1/taken: what waits on the actor, per role, sorted by deadline (none last). One
 * statement: each role's candidates come from their own index (open paraaf steps by assignee, the
 * notas by status, by bewindspersoon, by opsteller), the visibility rule applies, and the database
 * orders them by the date their deadline derives from (the open step's deadline, the MR date, the
 * uiterste beslisdatum) and keeps the first MAX_TAAK_NOTAS; the exact deadline and the final order
 * follow here, as before.
 */
export async function listTasks(actor: Actor, vandaag = dagVan(new Date())): Promise<TaakDto[]> {
  const r = (rol: string) => actor.rollen.includes(rol as never);
  const route = [actor.id, ...actor.vervangtVoor];
  const bronnen: Prisma.Sql[] = [];
  if (r("parafeerder")) {
    bronnen.push(Prisma.sql`SELECT r."notaId" AS id FROM "Paraafstap" s JOIN "Paraafronde" r ON r.id = s."rondeId" JOIN "Nota" n ON n.id = r."notaId"
      WHERE s."toegewezenAanId" = ANY(${route}::uuid[]) AND s.oordeel IS NULL AND n.status = 'in_paraaf'`);
  }
  if (r("bewindspersoon")) bronnen.push(Prisma.sql`SELECT id FROM "Nota" WHERE status = 'bij_bewindspersoon' AND "aanId" = ${actor.id}::uuid`);
  if (r("bestuursondersteuning")) bronnen.push(Prisma.sql`SELECT id FROM "Nota" WHERE status = 'bij_bewindspersoon'`);
  if (r("mr_coordinator")) {
    bronnen.push(Prisma.sql`SELECT id FROM "Nota" WHERE status = 'besloten' AND "mrBehandeling"`, Prisma.sql`SELECT id FROM "Nota" WHERE status = 'aangemeld_mr'`);
  }
  if (r("parlementaire_zaken")) {
    bronnen.push(
      Prisma.sql`SELECT id FROM "Nota" WHERE status = 'mr_besloten' AND kamerbrief`,
      Prisma.sql`SELECT id FROM "Nota" WHERE status = 'besloten' AND NOT "mrBehandeling" AND kamerbrief`,
      Prisma.sql`SELECT n.id FROM "Nota" n WHERE n.status = 'verzonden' AND EXISTS (SELECT 1 FROM "Verzending" v WHERE v."notaId" = n.id AND v.ondernummer IS NULL)`,
    );
  }
  if (r("woo_coordinator")) bronnen.push(Prisma.sql`SELECT id FROM "Nota" WHERE status = 'verzonden' AND "opstellerId" <> ${actor.id}::uuid`);
  if (r("opsteller")) bronnen.push(Prisma.sql`SELECT id FROM "Nota" WHERE status IN ('concept', 'retour') AND "opstellerId" = ${actor.id}::uuid`);
  if (bronnen.length === 0) return [];

  const rows = await db().$queryRaw<TaakRij[]>`
    WITH kandidaat AS (${Prisma.join(bronnen, " UNION ")}),
    nota AS (
      SELECT n.id, n.kenmerk, n.onderwerp, n.status, n.versie, n."aanId", n."opstellerId", n."mrBehandeling", n."uitersteBeslisdatum",
        (SELECT r.id FROM "Paraafronde" r WHERE r."notaId" = n.id ORDER BY r.nummer DESC LIMIT 1) AS ronde,
        (SELECT p."vergaderingId" FROM "MrAgendapunt" p WHERE p."notaId" = n.id ORDER BY (p.uitkomst IS NULL) DESC, p."aangemeldOp" DESC LIMIT 1) AS vergadering
      FROM "Nota" n JOIN kandidaat k ON k.id = n.id
      WHERE ${zichtbaarSql(actor)}
    )
    SELECT n.id::text AS id, n.kenmerk, n.onderwerp, n.status::text AS status, n.versie, n."aanId"::text AS "aanId", a.naam AS "aanNaam",
      n."opstellerId"::text AS "opstellerId", n."mrBehandeling", n."uitersteBeslisdatum", vz.ondernummer,
      g.datum AS "mrDatum", (SELECT p.uitkomst::text FROM "MrAgendapunt" p WHERE p."notaId" = n.id AND p."vergaderingId" = n.vergadering LIMIT 1) AS "mrUitkomst",
      (SELECT json_agg(json_build_object('id', s.id, 'volgorde', s.volgorde, 'deadline', s.deadline, 'oordeel', s.oordeel, 'toegewezenAanId', s."toegewezenAanId", 'naam', u.naam) ORDER BY s.volgorde, s.id)
        FROM "Paraafstap" s JOIN "Gebruiker" u ON u.id = s."toegewezenAanId" WHERE s."rondeId" = n.ronde) AS stappen
    FROM nota n
    JOIN "Gebruiker" a ON a.id = n."aanId"
    LEFT JOIN "Verzending" vz ON vz."notaId" = n.id
    LEFT JOIN "MrVergadering" g ON g.id = n.vergadering
    ORDER BY LEAST(
      (SELECT min(s.deadline) FROM "Paraafstap" s WHERE s."rondeId" = n.ronde AND s.oordeel IS NULL AND n.status = 'in_paraaf'),
      g.datum, n."uitersteBeslisdatum") ASC NULLS LAST, n.kenmerk
    LIMIT ${MAX_TAAK_NOTAS}`;

  const taken: TaakDto[] = [];
  const add = (nota: TaakRij, soort: TaakSoort, deadline: string | null, namens: string | null = null) =>
    taken.push({
      soort,
      label: taakLabels[soort],
      nota: { id: nota.id, kenmerk: nota.kenmerk, onderwerp: nota.onderwerp, status: nota.status, versie: nota.versie },
      deadline,
      risico: risico(deadline, vandaag),
      namens,
    });

  for (const nota of rows) {
    const stappen = nota.stappen ?? [];
    const d = deadlinesVan(
      {
        status: nota.status,
        uitersteBeslisdatum: nota.uitersteBeslisdatum,
        agendapunten: nota.mrDatum ? [{ uitkomst: nota.mrUitkomst, vergadering: { datum: nota.mrDatum } }] : [],
        paraafrondes: nota.stappen ? [{ stappen }] : [],
      },
      vandaag,
    );
    switch (nota.status) {
      case "in_paraaf": {
        for (const s of openStappen(stappen)) {
          if (route.includes(s.toegewezenAanId) && r("parafeerder")) {
            add(nota, "paraaf", s.deadline ? dagIso(s.deadline) : (d.paraaf[s.volgorde] ?? null), s.toegewezenAanId === actor.id ? null : s.naam);
          }
        }
        break;
      }
      case "bij_bewindspersoon":
        add(nota, "besluit", d.bewindspersoon, nota.aanId === actor.id ? null : nota.aanNaam);
        break;
      case "besloten":
        if (nota.mrBehandeling && r("mr_coordinator")) add(nota, "mr_aanmelden", null);
        else if (r("parlementaire_zaken")) add(nota, "verzenden", null);
        break;
      case "aangemeld_mr":
        add(nota, "mr_uitkomst", d.mrDatum);
        break;
      case "mr_besloten":
        add(nota, "verzenden", null);
        break;
      case "verzonden":
        if (r("woo_coordinator") && nota.opstellerId !== actor.id) add(nota, "woo_publicatie", null);
        if (r("parlementaire_zaken") && !nota.ondernummer) add(nota, "tk_nummers", null);
        break;
      case "concept":
        add(nota, "concept", nota.uitersteBeslisdatum ? dagIso(nota.uitersteBeslisdatum) : null);
        break;
      case "retour":
        add(nota, "retour", nota.uitersteBeslisdatum ? dagIso(nota.uitersteBeslisdatum) : null);
        break;
    }
  }
  return taken.sort((a, b) => (a.deadline ?? "9999").localeCompare(b.deadline ?? "9999") || a.nota.kenmerk.localeCompare(b.nota.kenmerk));
}
