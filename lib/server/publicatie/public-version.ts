// The public version (Woo) of a loaded nota: who is withheld and kept, the redacted document, the
// leak and candidate checks (strict for every file that leaves the building), and the bijlagen.
import "server-only";
import { AppError } from "@/lib/errors";
import { isWooGrond } from "@/lib/domain/woo-gronden";
import { notaDocument } from "@/lib/domain/nota-document";
import { documentKandidaten, kandidatenMelding, openKandidaten, binnenOrganisatienaam, type Kandidaat } from "@/lib/domain/woo-kandidaten";
import { behoudenPatronen } from "@/lib/domain/naamvormen";
import { bijlagePlek, bijlageVersies, type BijlageVersie } from "@/lib/server/publicatie/openbare-bijlagen";
import { lekkenIn, maakOpenbareVersie, openbareTitel, type OpenbareVersie, type WeglakOpties } from "@/lib/domain/openbare-versie";
import type { Tx } from "@/lib/server/tx";
import { documentSleutel } from "@/lib/server/exports/render-cache";
import type { NotaRecord } from "@/lib/server/notas/nota-record";
import { ministerieVan, notaBronVan, persoon, type Ministerie } from "@/lib/server/exports/document-sources";

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
  // Plain SQL for the ~2,000 officials of a ministry: Prisma's row mapping of the same findMany took
  // 8 ms of the public version's 17 (issue 8). Ordered, so the same officials give the same cache key.
  const gebruikers = await tx.$queryRaw<{ naam: string; email: string; telefoon: string | null; initialen: string | null; bewindspersoon: boolean }[]>`
    SELECT naam, email, telefoon, initialen, coalesce('bewindspersoon' = ANY(rollen), false) AS bewindspersoon
    FROM "Gebruiker"
    WHERE actief OR id = ANY(${verwezen}::uuid[]) OR 'bewindspersoon' = ANY(rollen)
    ORDER BY id`;
  const weglakkingen = await tx.weglakking.findMany({ where: { notaId: nota.id }, orderBy: { op: "asc" } });
  const bewindspersonen = gebruikers.filter((g) => g.bewindspersoon);
  return {
    ambtenaren: gebruikers.filter((g) => !g.bewindspersoon).map(persoon),
    behouden: [...new Set([nota.aan.naam, ...bewindspersonen.map((b) => b.naam)])],
    weglakkingen: weglakkingen.flatMap((w) => (isWooGrond(w.grond) ? [{ tekst: w.tekst, grond: w.grond }] : [])),
  };
}

/**
 * The redaction and the leak check are pure functions of the document and the redaction options,
 * and the costliest part of a public version (about 60 of 100 ms with 2,000 officials: every
 * official's patterns are run over the text, docs/PERFORMANCE.md). The woo_coordinator's screen,
 * the PDF, the HTML, the DiWoo record and the publication package each ask for the same one, so
 * this process keeps the last few. The key is a SHA-256 over the whole input, the document and
 * every official's identifiers with the manual redactions, so any change to the nota, to an
 * official or to a redaction is a different key, and a stale version cannot come out. A copy is
 * handed out, so no caller can change what is kept.
 */
const VERSIES_MAX = 64;
const versies = new Map<string, { versie: OpenbareVersie; lekken: string[] }>(); // in order of last use

function openbareVersieVoor(doc: ReturnType<typeof notaDocument>, weglak: WeglakOpties): { versie: OpenbareVersie; lekken: string[] } {
  const sleutel = documentSleutel("openbare-versie", [doc, weglak]);
  let v = versies.get(sleutel);
  if (v) {
    versies.delete(sleutel);
  } else {
    const versie = maakOpenbareVersie(doc, weglak);
    v = { versie, lekken: lekkenIn(versie.document, weglak) };
    if (versies.size >= VERSIES_MAX) versies.delete(versies.keys().next().value!);
  }
  versies.set(sleutel, v);
  return structuredClone(v);
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
  const { versie, lekken } = openbareVersieVoor(notaDocument(notaBronVan(nota)), weglak);
  if (lekken.length > 0 && opties.strikt !== false) {
    throw new AppError("CONFLICT", `De openbare versie bevat nog ${lekken.length} persoonsgegeven(s) van ambtenaren. Voeg een weglakking toe of pas de tekst aan.`);
  }
  const afgewezen = (await tx.kandidaatAfwijzing.findMany({ where: { notaId: nota.id }, select: { tekst: true } })).map((a) => a.tekst);
  // The organisation's own unit names are public, not people: a candidate wholly inside one is none.
  const organisatienamen = (await tx.organisatieonderdeel.findMany({ select: { naam: true } })).map((o) => o.naam);
  const bijlagen = await bijlageVersies(tx, nota.id, weglak);
  const houden = weglak.behouden.flatMap(behoudenPatronen).map((re) => new RegExp(re.source, re.flags.replace("g", "")));
  const bijlageKandidaten = openKandidaten(
    bijlagen.flatMap((b) => (b.publicatie.soort === "pdf" ? b.publicatie.paginas.map((p, i) => ({ waar: bijlagePlek(b.rij.volgnummer, i + 1), tekst: p.zichtbaar })) : [])),
    afgewezen,
    binnenOrganisatienaam(organisatienamen),
  ).filter((k) => !houden.some((re) => re.test(k.tekst)));
  const kandidaten = [...documentKandidaten(versie.document, afgewezen, weglak.behouden, organisatienamen), ...bijlageKandidaten];
  if (kandidaten.length > 0 && opties.strikt !== false) throw new AppError("CONFLICT", kandidatenMelding(kandidaten));
  return { versie, opties: weglak, ministerie, titel: `Openbare versie beslisnota ${nota.kenmerk}: ${openbareTitel(versie.document)}`, lekken, kandidaten, bijlagen };
}

