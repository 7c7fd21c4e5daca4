import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { dagIso, dagVan } from "@/lib/domain/datum";
import { risico, type Risico } from "@/lib/domain/deadlines";
import { openStappen } from "@/lib/domain/paraafroute";
import { notaInclude, huidigeRonde, type NotaRecord } from "@/lib/server/notas/nota-record";
import { deadlinesVan } from "@/lib/server/notas/nota-dto";
import { visibleNotaWhere } from "@/lib/server/notas/queries";

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

/** GET /api/v1/taken: what waits on the actor, per role, sorted by deadline (none last). */
export async function listTasks(actor: Actor, vandaag = dagVan(new Date())): Promise<TaakDto[]> {
  const r = (rol: string) => actor.rollen.includes(rol as never);
  const or: Prisma.NotaWhereInput[] = [];
  const route = [actor.id, ...actor.vervangtVoor];
  if (r("parafeerder")) or.push({ status: "in_paraaf", paraafrondes: { some: { stappen: { some: { toegewezenAanId: { in: route }, oordeel: null } } } } });
  if (r("bewindspersoon")) or.push({ status: "bij_bewindspersoon", aanId: actor.id });
  if (r("bestuursondersteuning")) or.push({ status: "bij_bewindspersoon" });
  if (r("mr_coordinator")) or.push({ status: "besloten", mrBehandeling: true }, { status: "aangemeld_mr" });
  if (r("parlementaire_zaken")) or.push({ status: "mr_besloten", kamerbrief: true }, { status: "besloten", mrBehandeling: false, kamerbrief: true }, { status: "verzonden", verzending: { ondernummer: null } });
  if (r("woo_coordinator")) or.push({ status: "verzonden", NOT: { opstellerId: actor.id } });
  if (r("opsteller")) or.push({ status: { in: ["concept", "retour"] }, opstellerId: actor.id });
  if (or.length === 0) return [];

  const notas = await db().nota.findMany({ where: { AND: [visibleNotaWhere(actor), { OR: or }] }, include: notaInclude, take: 500 });
  const taken: TaakDto[] = [];
  const add = (nota: NotaRecord, soort: TaakSoort, deadline: string | null, namens: string | null = null) =>
    taken.push({
      soort,
      label: taakLabels[soort],
      nota: { id: nota.id, kenmerk: nota.kenmerk, onderwerp: nota.onderwerp, status: nota.status, versie: nota.versie },
      deadline,
      risico: risico(deadline, vandaag),
      namens,
    });

  for (const nota of notas) {
    const d = deadlinesVan(nota, vandaag);
    switch (nota.status) {
      case "in_paraaf": {
        const ronde = huidigeRonde(nota);
        for (const s of ronde ? openStappen(ronde.stappen) : []) {
          if (route.includes(s.toegewezenAanId) && r("parafeerder")) {
            add(nota, "paraaf", s.deadline ? dagIso(s.deadline) : (d.paraaf[s.volgorde] ?? null), s.toegewezenAanId === actor.id ? null : s.toegewezenAan.naam);
          }
        }
        break;
      }
      case "bij_bewindspersoon":
        add(nota, "besluit", d.bewindspersoon, nota.aanId === actor.id ? null : nota.aan.naam);
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
        if (r("parlementaire_zaken") && !nota.verzending?.ondernummer) add(nota, "tk_nummers", null);
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
