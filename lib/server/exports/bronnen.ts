import "server-only";
// What the exports read from the database, mapped to the plain models of lib/domain, and the
// access-log row every export writes.
import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import { dagIso, dagVan } from "@/lib/domain/datum";
import { isWooGrond } from "@/lib/domain/woo-gronden";
import type { NotaBron, Persoon } from "@/lib/domain/nota-document";
import { notaDocument } from "@/lib/domain/nota-document";
import type { KamerbriefBron } from "@/lib/domain/kamerbrief-model";
import { documentKandidaten, kandidatenMelding, openKandidaten, type Kandidaat } from "@/lib/domain/woo-kandidaten";
import { behoudenPatronen } from "@/lib/domain/naamvormen";
import { bijlagePlek, bijlageVersies, type BijlageVersie } from "@/lib/server/publicatie/openbare-bijlagen";
import { lekkenIn, maakOpenbareVersie, openbareTitel, type OpenbareVersie, type WeglakOpties } from "@/lib/domain/openbare-versie";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";
import { registreerDownload } from "@/lib/server/exports/downloads";
import { beeldmerkVan, type Beeldmerk } from "@/lib/server/exports/beeldmerk";
import { briefpapierVan, ministerieIdVan } from "@/lib/server/organisatie/organisatie";
import { huidigeRonde, loadVisibleNota, notaInhoud, type NotaRecord } from "@/lib/server/notas/nota-record";
import type { Caller } from "@/lib/server/notas/mutation";

/** A produced file, as the route returns it. */
export interface ExportBestand {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
}

export const CONTENT_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xml: "application/xml; charset=utf-8",
  html: "text/html; charset=utf-8",
  zip: "application/zip",
  ics: "text/calendar; charset=utf-8",
} as const;

export const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

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
const persoon = (p: PersoonRecord): Persoon => ({ naam: p.naam, email: p.email, telefoon: p.telefoon, initialen: p.initialen });

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

/**
 * Who the public version hides and keeps: every active official of the organisation and everyone
 * the nota names by reference (also when deactivated since), minus the bewindspersonen, whose
 * names always stay; plus the woo_coordinator's manual redactions.
 */
export async function weglakOptiesVoor(tx: Tx, nota: NotaRecord): Promise<WeglakOpties> {
  const verwezen = [nota.opstellerId, nota.contactpersoonId, ...nota.paraafrondes.flatMap((r) => r.stappen.flatMap((s) => [s.toegewezenAanId, s.uitgevoerdDoorId]))].filter(
    (id): id is string => !!id,
  );
  // One after the other: `tx` may be a transaction, whose single connection runs one query at a time.
  const gebruikers = await tx.gebruiker.findMany({
    where: { OR: [{ actief: true }, { id: { in: verwezen } }, { rollen: { has: "bewindspersoon" } }] },
    select: { naam: true, email: true, telefoon: true, initialen: true, rollen: true },
  });
  const weglakkingen = await tx.weglakking.findMany({ where: { notaId: nota.id }, orderBy: { op: "asc" } });
  const bewindspersonen = gebruikers.filter((g) => g.rollen.includes("bewindspersoon"));
  return {
    ambtenaren: gebruikers.filter((g) => !g.rollen.includes("bewindspersoon")).map(persoon),
    behouden: [...new Set([nota.aan.naam, ...bewindspersonen.map((b) => b.naam)])],
    weglakkingen: weglakkingen.flatMap((w) => (isWooGrond(w.grond) ? [{ tekst: w.tekst, grond: w.grond }] : [])),
  };
}

export interface OpenbareVersieContext {
  versie: OpenbareVersie;
  opties: WeglakOpties;
  ministerie: Ministerie;
  /** "Openbare versie beslisnota BZK-2025-000001: <public onderwerp>". */
  titel: string;
  /** Officials' identifiers still visible in the public version (should be none). */
  lekken: string[];
  /** Candidates for other people's personal data the woo_coordinator has not judged yet (should be none), in the nota and its bijlagen. */
  kandidaten: Kandidaat[];
  /** Every bijlage with its public version (planned) or why it is not published. */
  bijlagen: BijlageVersie[];
}

/**
 * The public version of a loaded nota. With `strikt` (the default: every file that leaves the
 * building) one in which an identifier survived is refused; the review screen gets the leaks listed.
 */
export async function openbareVersieVan(tx: Tx, nota: NotaRecord, opties: { strikt?: boolean } = {}): Promise<OpenbareVersieContext> {
  const weglak = await weglakOptiesVoor(tx, nota);
  const ministerie = await ministerieVan(tx, nota.vanId);
  const versie = maakOpenbareVersie(notaDocument(notaBronVan(nota)), weglak);
  const lekken = lekkenIn(versie.document, weglak);
  if (lekken.length > 0 && opties.strikt !== false) {
    throw new AppError("CONFLICT", `De openbare versie bevat nog ${lekken.length} persoonsgegeven(s) van ambtenaren. Voeg een weglakking toe of pas de tekst aan.`);
  }
  const afgewezen = (await tx.kandidaatAfwijzing.findMany({ where: { notaId: nota.id }, select: { tekst: true } })).map((a) => a.tekst);
  const bijlagen = await bijlageVersies(tx, nota.id, weglak);
  const houden = weglak.behouden.flatMap(behoudenPatronen).map((re) => new RegExp(re.source, re.flags.replace("g", "")));
  const bijlageKandidaten = openKandidaten(
    bijlagen.flatMap((b) => (b.publicatie.soort === "pdf" ? b.publicatie.paginas.map((p, i) => ({ waar: bijlagePlek(b.rij.volgnummer, i + 1), tekst: p.zichtbaar })) : [])),
    afgewezen,
  ).filter((k) => !houden.some((re) => re.test(k.tekst)));
  const kandidaten = [...documentKandidaten(versie.document, afgewezen, weglak.behouden), ...bijlageKandidaten];
  if (kandidaten.length > 0 && opties.strikt !== false) throw new AppError("CONFLICT", kandidatenMelding(kandidaten));
  return { versie, opties: weglak, ministerie, titel: `Openbare versie beslisnota ${nota.kenmerk}: ${openbareTitel(versie.document)}`, lekken, kandidaten, bijlagen };
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

/** Records the download of an export in the access log (lib/server/exports/downloads.ts). */
export async function logDownload(caller: Caller, actie: string, bestand: ExportBestand, e: { notaId?: string | null; versie?: number | null; extra?: Record<string, unknown> } = {}): Promise<void> {
  await registreerDownload(caller, { actie, bestand, notaId: e.notaId, versie: e.versie, extra: e.extra });
}
