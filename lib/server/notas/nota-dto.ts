import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { can, type Permission } from "@/lib/domain/permissions";
import { BEWERKBAAR, canTransition, KAMERBRIEF_BEWERKBAAR, type NotaActie } from "@/lib/domain/nota-status";
import { dagIso, dagVan } from "@/lib/domain/datum";
import { deadlineketen, risico, type Risico } from "@/lib/domain/deadlines";
import { kamerstukCitaat, kamerstukUrl } from "@/lib/domain/kamerstuk";
import { actiefAgendapunt, huidigeRonde, notaInhoud, toegangVan, type NotaRecord } from "@/lib/server/notas/nota-record";

type Persoon = { id: string; naam: string } | null;
const persoon = (p: { id: string; naam: string } | null | undefined): Persoon => (p ? { id: p.id, naam: p.naam } : null);
const dag = (d: Date | string | null | undefined) => (d ? dagIso(d) : null);

/** Actions (API verbs) and the permission + workflow action behind each. */
const ACTIES: { naam: string; permission: Permission; actie?: NotaActie; staten?: readonly string[] }[] = [
  { naam: "bewerken", permission: "nota.bewerken", staten: BEWERKBAAR },
  { naam: "indienen", permission: "nota.indienen", actie: "indienen" },
  { naam: "paraferen", permission: "nota.paraferen", actie: "paraferen" },
  { naam: "beslissen", permission: "nota.beslissen", actie: "beslissen" },
  { naam: "terugsturen", permission: "nota.terugsturen", actie: "terugsturen" },
  { naam: "mr_aanmelden", permission: "nota.mr_aanmelden", actie: "mr_aanmelden" },
  { naam: "mr_uitkomst", permission: "nota.mr_uitkomst", actie: "mr_uitkomst" },
  { naam: "kamerbrief_bewerken", permission: "nota.kamerbrief_bewerken", staten: KAMERBRIEF_BEWERKBAAR },
  { naam: "verzenden", permission: "nota.verzenden", actie: "verzenden" },
  { naam: "tk_nummers", permission: "nota.tk_nummers", staten: ["verzonden", "gepubliceerd"] },
  { naam: "publiceren", permission: "nota.publiceren", actie: "publiceren" },
  { naam: "intrekken", permission: "nota.intrekken", actie: "intrekken" },
];

/** What this actor may do to this nota now (for showing only the controls that work). */
export function toegestaneActies(nota: NotaRecord, actor: Actor): string[] {
  const toegang = toegangVan(nota);
  return ACTIES.filter((a) => {
    if (a.actie && !canTransition(nota.status, a.actie)) return false;
    if (a.staten && !a.staten.includes(nota.status)) return false;
    if (a.naam === "mr_aanmelden" && !nota.mrBehandeling) return false;
    if (a.naam === "verzenden" && (!nota.kamerbrief || !nota.kamerbriefDoc || (nota.status === "besloten" && nota.mrBehandeling))) return false;
    if (a.naam === "kamerbrief_bewerken" && !nota.kamerbrief) return false;
    return can(actor, a.permission, toegang).ok;
  }).map((a) => a.naam);
}

/** What the deadline chain needs of a nota: a whole NotaRecord, or a list row's summary. */
export interface DeadlineBron {
  status: string;
  uitersteBeslisdatum: Date | string | null;
  agendapunten: { uitkomst: unknown; vergadering: { datum: Date | string } }[];
  paraafrondes: { stappen: { volgorde: number; deadline: Date | string | null; oordeel: unknown }[] }[];
}

export function deadlinesVan(nota: DeadlineBron, vandaag = dagVan(new Date())) {
  const punt = actiefAgendapunt(nota);
  const ronde = huidigeRonde(nota);
  const keten = deadlineketen({
    mrDatum: punt ? dagIso(punt.vergadering.datum) : null,
    uitersteBeslisdatum: dag(nota.uitersteBeslisdatum),
    volgordes: ronde?.stappen.map((s) => s.volgorde) ?? [],
  });
  let open: string | null = null;
  if (nota.status === "in_paraaf" && ronde) {
    const wachtend = ronde.stappen.filter((s) => !s.oordeel).map((s) => dag(s.deadline) ?? keten.paraaf[s.volgorde] ?? null).filter((d): d is string => !!d);
    open = wachtend.sort()[0] ?? null;
  } else if (nota.status === "bij_bewindspersoon") open = keten.bewindspersoon;
  else if (nota.status === "aangemeld_mr") open = keten.mrDatum;
  const r: Risico | null = ["concept", "retour", "in_paraaf", "bij_bewindspersoon", "besloten", "aangemeld_mr"].includes(nota.status) ? risico(open, vandaag) : null;
  return { ...keten, eerstvolgende: open, risico: r };
}

export function toNotaDto(nota: NotaRecord, actor: Actor) {
  const punt = actiefAgendapunt(nota);
  const v = nota.verzending;
  return {
    id: nota.id,
    kenmerk: nota.kenmerk,
    onderwerp: nota.onderwerp,
    soort: nota.soort,
    status: nota.status,
    versie: nota.versie,
    aan: { id: nota.aan.id, naam: nota.aan.naam, ambtstitel: nota.aan.ambtstitel },
    van: { id: nota.van.id, naam: nota.van.naam, afkorting: nota.van.afkorting },
    opsteller: persoon(nota.opsteller),
    contactpersoon: persoon(nota.contactpersoon),
    ...notaInhoud(nota),
    bijlagen: nota.bijlagen.map((b) => ({
      volgnummer: b.volgnummer,
      naam: b.naam,
      informatie: b.informatie,
      gronden: b.gronden,
      vindplaats: b.vindplaats,
      bestand: b.sha256 ? { naam: b.bestandsnaam, type: b.mimeType, grootte: b.grootte, sha256: b.sha256, geuploadOp: b.geuploadOp?.toISOString() ?? null } : null,
    })),
    paraafrondes: nota.paraafrondes.map((r) => ({
      nummer: r.nummer,
      versie: r.versie,
      gestartOp: r.gestartOp.toISOString(),
      afgerondOp: r.afgerondOp?.toISOString() ?? null,
      stappen: r.stappen.map((s) => ({
        id: s.id,
        volgorde: s.volgorde,
        rol: s.rol,
        gebruiker: persoon(s.toegewezenAan),
        deadline: dag(s.deadline),
        oordeel: s.oordeel,
        opmerking: s.opmerking,
        geparafeerdOp: s.geparafeerdOp?.toISOString() ?? null,
        versie: s.versie,
        uitgevoerdDoor: s.uitgevoerdDoorId && s.uitgevoerdDoorId !== s.toegewezenAanId ? persoon(s.uitgevoerdDoor) : null,
      })),
    })),
    besluit: nota.besluitOp ? { op: nota.besluitOp.toISOString(), doorId: nota.besluitDoorId, namensId: nota.besluitNamensId } : null,
    annotaties: nota.annotaties.map((a) => ({ id: a.id, tekst: a.tekst, openbaar: a.openbaar, auteurId: a.auteurId, namensId: a.namensId, aangemaaktOp: a.aangemaaktOp.toISOString() })),
    mr: punt
      ? {
          agendapuntId: punt.id,
          vergadering: { id: punt.vergadering.id, datum: dagIso(punt.vergadering.datum), soort: punt.vergadering.soort },
          rondgezondenOp: dagIso(punt.rondgezondenOp),
          motivering: punt.motivering,
          uitkomst: punt.uitkomst,
          toelichting: punt.toelichting,
        }
      : null,
    mrHistorie: nota.agendapunten.map((a) => ({
      vergadering: { id: a.vergadering.id, datum: dagIso(a.vergadering.datum), soort: a.vergadering.soort },
      aangemeldOp: a.aangemeldOp.toISOString(),
      rondgezondenOp: dagIso(a.rondgezondenOp),
      uitkomst: a.uitkomst,
      toelichting: a.toelichting,
    })),
    kamerbriefDocument: nota.kamerbriefDoc
      ? {
          datum: dag(nota.kamerbriefDoc.datum),
          betreft: nota.kamerbriefDoc.betreft,
          onsKenmerk: nota.kamerbriefDoc.onsKenmerk,
          uwKenmerk: nota.kamerbriefDoc.uwKenmerk,
          aanhef: nota.kamerbriefDoc.aanhef,
          tekst: nota.kamerbriefDoc.tekst,
          slot: nota.kamerbriefDoc.slot,
          ondertekenaarId: nota.kamerbriefDoc.ondertekenaarId,
        }
      : null,
    verzending: v
      ? {
          verzondenOp: dagIso(v.verzondenOp),
          verzondenDoorId: v.verzondenDoorId,
          tkDocumentnummer: v.tkDocumentnummer,
          tkZaaknummer: v.tkZaaknummer,
          dossiernummer: v.dossiernummer,
          ondernummer: v.ondernummer,
          vergaderjaar: v.vergaderjaar,
          kamerstuk:
            v.dossiernummer && v.ondernummer && v.vergaderjaar
              ? {
                  citaat: kamerstukCitaat({ dossiernummer: v.dossiernummer, ondernummer: v.ondernummer, vergaderjaar: v.vergaderjaar }),
                  url: kamerstukUrl({ dossiernummer: v.dossiernummer, ondernummer: v.ondernummer }),
                }
              : null,
        }
      : null,
    deadlines: deadlinesVan(nota),
    intrekReden: nota.intrekReden,
    aangemaaktOp: nota.aangemaaktOp.toISOString(),
    gewijzigdOp: nota.gewijzigdOp.toISOString(),
    toegestaneActies: toegestaneActies(nota, actor),
  };
}

export type NotaDto = ReturnType<typeof toNotaDto>;
