import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { can } from "@/lib/domain/permissions";
import { mag, permissieVoor, ZICHTBARE_HANDELINGEN, type NotaHandeling } from "@/lib/domain/nota-handelingen";
import { stapAanZet } from "@/lib/domain/paraafroute";
import { dagIso, dagVan } from "@/lib/domain/datum";
import { deadlineketen, risico, type Risico } from "@/lib/domain/deadlines";
import { kamerstukCitaat, kamerstukUrl } from "@/lib/domain/kamerstuk";
import { actiefAgendapunt, huidigeRonde, notaInhoud, standVan, toegangVan, type NotaRecord } from "@/lib/server/notas/nota-record";

type Persoon = { id: string; naam: string } | null;
const persoon = (p: { id: string; naam: string } | null | undefined): Persoon => (p ? { id: p.id, naam: p.naam } : null);
const dag = (d: Date | string | null | undefined) => (d ? dagIso(d) : null);

/**
 * What this actor may do to this nota now (for showing only the controls that work): the same
 * state rule (mag) and permission check (can) the use case pipeline applies.
 */
export function toegestaneActies(nota: NotaRecord, actor: Actor): NotaHandeling[] {
  const toegang = toegangVan(nota);
  const stand = standVan(nota);
  return ZICHTBARE_HANDELINGEN.filter((h) => mag(stand, h).ok && can(actor, permissieVoor(h), toegang).ok);
}

/** The paraaf step it is this actor's turn on (own, or as vervanger), as the paraaf use case picks it. */
export function aanZetVan(nota: NotaRecord, actor: Actor) {
  const ronde = nota.status === "in_paraaf" ? huidigeRonde(nota) : null;
  const stap = ronde ? stapAanZet(ronde.stappen, actor) : null;
  return stap ? { stapId: stap.id, rol: stap.rol, namens: stap.toegewezenAanId === actor.id ? null : persoon(stap.toegewezenAan) } : null;
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

export function toNotaDto(nota: NotaRecord, actor: Actor, nu: Date = new Date()) {
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
    deadlines: deadlinesVan(nota, dagVan(nu)),
    intrekReden: nota.intrekReden,
    aangemaaktOp: nota.aangemaaktOp.toISOString(),
    gewijzigdOp: nota.gewijzigdOp.toISOString(),
    toegestaneActies: toegestaneActies(nota, actor),
    aanZet: aanZetVan(nota, actor),
  };
}

export type NotaDto = ReturnType<typeof toNotaDto>;
