// What the exports read from the database, mapped to the plain models of lib/domain: the nota as
// a NotaBron, the Kamerbrief as a KamerbriefBron, the ministry and its beeldmerk.
import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import { dagIso, dagVan } from "@/lib/domain/datum";
import type { NotaBron, Persoon } from "@/lib/domain/nota-document";
import type { KamerbriefBron } from "@/lib/domain/kamerbrief-model";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";
import { beeldmerkVan, type Beeldmerk } from "@/lib/server/exports/beeldmerk";
import { briefpapierVan, ministerieIdVan } from "@/lib/server/organisatie/organisatie";
import { huidigeRonde, loadVisibleNota, notaInhoud, type NotaRecord } from "@/lib/server/notas/nota-record";

export interface Ministerie {
  id: string;
  naam: string;
  afkorting: string | null;
  tooiUri: string | null;
}

/** The ministry a unit belongs to (walking up the hierarchy). */
export async function ministerieVan(tx: Tx, unitId: string): Promise<Ministerie> {
  let id: string | null = unitId;
  for (let diepte = 0; id && diepte < 10; diepte++) {
    const unit: { id: string; naam: string; afkorting: string | null; tooiUri: string | null; soort: string; parentId: string | null } | null =
      await tx.organisatieonderdeel.findUnique({ where: { id }, select: { id: true, naam: true, afkorting: true, tooiUri: true, soort: true, parentId: true } });
    if (!unit) break;
    if (unit.soort === "ministerie") return { id: unit.id, naam: unit.naam, afkorting: unit.afkorting, tooiUri: unit.tooiUri };
    id = unit.parentId;
  }
  throw new AppError("CONFLICT", "Bij deze nota is geen ministerie bekend; de organisatie mist een ministerie bovenaan.");
}

type PersoonRecord = { naam: string; email: string; telefoon: string | null; initialen: string | null };
export const persoon = (p: PersoonRecord): Persoon => ({ naam: p.naam, email: p.email, telefoon: p.telefoon, initialen: p.initialen });

/** The day the nota went into the paraafroute, else the day it was made. */
export function notaDatum(nota: NotaRecord): string {
  return dagVan(nota.paraafrondes[0]?.gestartOp ?? nota.aangemaaktOp);
}

export function notaBronVan(nota: NotaRecord): NotaBron {
  const ronde = huidigeRonde(nota);
  return {
    kenmerk: nota.kenmerk,
    onderwerp: nota.onderwerp,
    soort: nota.soort,
    datum: notaDatum(nota),
    aan: { naam: nota.aan.naam, ambtstitel: nota.aan.ambtstitel },
    van: nota.van.naam,
    contactpersoon: nota.contactpersoon ? persoon(nota.contactpersoon) : null,
    ...notaInhoud(nota),
    paraafronde: ronde
      ? {
          nummer: ronde.nummer,
          stappen: ronde.stappen.map((s) => ({
            rol: s.rol,
            persoon: persoon(s.toegewezenAan),
            namens: s.uitgevoerdDoor && s.uitgevoerdDoorId !== s.toegewezenAanId ? persoon(s.uitgevoerdDoor) : null,
            op: s.geparafeerdOp,
            oordeel: s.oordeel,
            opmerking: s.opmerking,
          })),
        }
      : null,
    annotaties: nota.annotaties.map((a) => ({ tekst: a.tekst, op: a.aangemaaktOp, openbaar: a.openbaar })),
    bijlagen: nota.bijlagen.map((b) => ({ volgnummer: b.volgnummer, naam: b.naam, informatie: b.informatie, gronden: b.gronden, vindplaats: b.vindplaats })),
  };
}

/** The Kamerbrief's data; NOT_FOUND when the nota has none yet. */
export async function kamerbriefBronVan(tx: Tx, nota: NotaRecord): Promise<KamerbriefBron> {
  const k = nota.kamerbriefDoc;
  if (!k) throw new AppError("NOT_FOUND", "Bij deze nota is (nog) geen Kamerbrief geschreven.");
  const ministerie = await briefpapierVan(tx, await ministerieIdVan(tx, nota.vanId));
  const ondertekenaar = await tx.gebruiker.findUnique({ where: { id: k.ondertekenaarId }, select: { naam: true, ambtstitel: true } });
  const datum = k.datum ?? nota.verzending?.verzondenOp ?? null;
  return {
    ministerie,
    directie: nota.van.naam,
    datum: datum ? dagIso(datum) : null,
    betreft: k.betreft,
    onsKenmerk: k.onsKenmerk,
    uwKenmerk: k.uwKenmerk,
    bijlagen: nota.bijlagen.map((b) => b.naam),
    aanhef: k.aanhef,
    tekst: k.tekst,
    slot: k.slot,
    ondertekenaar: { naam: ondertekenaar?.naam ?? "", ambtstitel: ondertekenaar?.ambtstitel ?? null },
  };
}

/** The beeldmerk on the letter paper of the nota's organisation. */
export async function beeldmerkVoor(tx: Tx, nota: NotaRecord): Promise<Beeldmerk> {
  return beeldmerkVan(tx, await ministerieIdVan(tx, nota.vanId));
}

/** Loads a nota the actor may see (404 otherwise), outside a transaction: exports only read. */
export function laadNota(actor: Actor, notaId: string): Promise<NotaRecord> {
  return loadVisibleNota(db(), actor, notaId);
}

