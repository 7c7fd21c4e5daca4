import "server-only";
// The publicatiepakket (issue 16, point 4): the public nota, the Kamerbrief, the public version of
// every openbare and deels-openbare bijlage, the DiWoo record of each document, and the
// inventarislijst (PDF and CSV). Before anything leaves, the final leak check reads every file back —
// the text of every PDF page, its info dictionary, XMP, annotations and attachments; the XML and CSV
// as text — and refuses the whole package when an official's identifier, a withheld phrase, a BSN
// or an IBAN is still in one.
import { zipSync } from "fflate";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { exportBestandsnaam } from "@/lib/domain/export-bestanden";
import { kamerbriefModel } from "@/lib/domain/kamerbrief-model";
import { maakWeglakker, openbareTitel } from "@/lib/domain/openbare-versie";
import { grondenOpVolgorde, INVENTARIS_KOLOMMEN, inventarisCellen, inventarisCsv, type InventarisRij } from "@/lib/domain/inventarislijst";
import { kandidatenInTekst } from "@/lib/domain/woo-kandidaten";
import { isWooGrond } from "@/lib/domain/woo-gronden";
import type { Caller } from "@/lib/server/notas/mutation";
import type { NotaRecord } from "@/lib/server/notas/nota-record";
import type { Tx } from "@/lib/server/tx";
import { logDownload } from "@/lib/server/exports/downloads";
import { CONTENT_TYPES, type ExportBestand } from "@/lib/server/exports/export-file";
import { beeldmerkVoor, kamerbriefBronVan, laadNota, notaDatum } from "@/lib/server/exports/document-sources";
import { openbareVersieVan, type OpenbareVersieContext } from "@/lib/server/publicatie/public-version";
import { assertPubliceerbaar, gepubliceerdeBijlagen, maakDiwooXml, publiekeBijlageNamen } from "@/lib/server/exports/diwoo-xml";
import { openbaarPdfNaam, openbarePdfVan } from "@/lib/server/exports/openbare-versie";
import { renderKamerbriefPdf } from "@/lib/server/exports/render-kamerbrief-pdf";
import { PdfSchrijver } from "@/lib/server/exports/pdf-writer";
import { pdfAlleTekst, tekenOpenbarePdf } from "@/lib/server/publicatie/bijlage-pdf";

export interface Pakket {
  bestanden: Record<string, Uint8Array>;
  inventaris: InventarisRij[];
}

const tekst = (s: string) => new TextEncoder().encode(s);

async function inventarisPdf(titel: string, rijen: readonly InventarisRij[], auteur: string): Promise<Uint8Array> {
  const pdf = new PdfSchrijver({ titel, auteur }, { marges: { top: 56, bottom: 56, left: 40, right: 40 } });
  const sectie = pdf.groep("Sect", pdf.root);
  pdf.element("H1", sectie, () => pdf.schrijfRuns([{ tekst: titel, vet: true }], { grootte: 14, paragraphGap: 6 }));
  pdf.alinea([{ tekst: "Inventaris van de documenten van deze openbaarmaking op grond van de Wet open overheid, met per document het besluit en de Woo-gronden." }], sectie);
  pdf.tabel([...INVENTARIS_KOLOMMEN], rijen.map(inventarisCellen), sectie, { kolommen: [44, "*", 58, 55, 48, 90, 90] });
  sectie.end();
  pdf.voettekst((p, n) => `${titel} · Pagina ${p} van ${n}`);
  return pdf.bytes();
}

/** The normalised text for comparisons: white space as one space, lower case. */
const plat = (s: string) => s.replace(/\s+/g, " ").toLowerCase();

/** What in one file's text may not be there: officials' identifiers, withheld phrases, BSN and IBAN numbers. */
function lekkenInBestand(inhoud: string, ctx: OpenbareVersieContext): string[] {
  const uit = maakWeglakker({ ...ctx.opties, weglakkingen: [] }).resten(inhoud);
  const p = plat(inhoud);
  for (const w of ctx.opties.weglakkingen ?? []) if (p.includes(plat(w.tekst))) uit.push(w.tekst);
  for (const k of kandidatenInTekst(inhoud)) if (k.soort === "bsn" || k.soort === "iban") uit.push(k.tekst);
  return uit;
}

/** Every file of the package, read back and checked; throws CONFLICT naming the files that hold something. */
export async function laatsteLekcontrole(bestanden: Record<string, Uint8Array>, ctx: OpenbareVersieContext): Promise<void> {
  const fout: string[] = [];
  for (const [naam, bytes] of Object.entries(bestanden)) {
    const inhoud = naam.endsWith(".pdf") ? await pdfAlleTekst(bytes) : new TextDecoder().decode(bytes);
    const lekken = lekkenInBestand(inhoud, ctx);
    if (lekken.length) fout.push(`${naam} (${lekken.length})`);
  }
  if (fout.length) {
    throw new AppError("CONFLICT", `Het publicatiepakket is niet gemaakt: de laatste controle vond nog persoonsgegevens of weggelakte tekst in ${fout.join(", ")}. Er is niets gepubliceerd.`);
  }
}

/** Builds the package of a nota (verzonden or gepubliceerd) and runs the final leak check. `notaPdf`: the public nota as about to be published. */
export async function stelPakketSamen(tx: Tx, nota: NotaRecord, opties: { notaPdf?: Uint8Array } = {}): Promise<Pakket> {
  const ctx = await openbareVersieVan(tx, nota);
  const k = nota.kenmerk;
  const bestanden: Record<string, Uint8Array> = {};
  const inventaris: InventarisRij[] = [];
  const auteur = ctx.ministerie.naam;

  const notaNaam = openbaarPdfNaam(k);
  bestanden[notaNaam] = opties.notaPdf ?? (await openbarePdfVan(tx, nota));
  bestanden[exportBestandsnaam(k, "diwoo", "xml")] = tekst(await maakDiwooXml(tx, nota, ctx));
  const notaGronden = ctx.versie.legenda.map((l) => l.code);
  inventaris.push({ nummer: 1, titel: `Beslisnota ${k}: ${openbareTitel(ctx.versie.document)}`, datum: notaDatum(nota), besluit: notaGronden.length ? "deels_openbaar" : "openbaar", gronden: notaGronden, opmerking: null, bestandsnaam: notaNaam });

  if (nota.kamerbriefDoc) {
    const bron = await kamerbriefBronVan(tx, nota);
    const naam = exportBestandsnaam(k, "kamerbrief", "pdf");
    bestanden[naam] = await renderKamerbriefPdf(kamerbriefModel(bron), await beeldmerkVoor(tx, nota));
    bestanden[exportBestandsnaam(k, "kamerbrief-diwoo", "xml")] = tekst(await maakDiwooXml(tx, nota, ctx, { soort: "kamerbrief" }));
    inventaris.push({ nummer: 2, titel: `Kamerbrief: ${bron.betreft}`, datum: bron.datum, besluit: "openbaar", gronden: [], opmerking: null, bestandsnaam: naam });
  }

  const namen = publiekeBijlageNamen(ctx);
  const gepubliceerd = new Map(gepubliceerdeBijlagen(nota, ctx).map((b) => [b.volgnummer, b]));
  for (const b of ctx.bijlagen) {
    const nummer = inventaris.length + 1;
    const titel = `Bijlage ${b.rij.volgnummer}: ${namen.get(b.rij.volgnummer) ?? ""}`;
    const rijGronden = b.rij.gronden.filter(isWooGrond);
    const basis = { nummer, titel, datum: notaDatum(nota) };
    const p = b.publicatie;
    if (p.soort === "pdf") {
      const g = gepubliceerd.get(b.rij.volgnummer)!;
      bestanden[g.bestandsnaam] = await tekenOpenbarePdf(p.paginas, { titel: `${titel} (openbare versie)`, auteur });
      bestanden[g.bestandsnaam.replace(/\.pdf$/, "-diwoo.xml")] = tekst(await maakDiwooXml(tx, nota, ctx, { soort: "bijlage", volgnummer: b.rij.volgnummer }));
      const gronden = grondenOpVolgorde([...rijGronden, ...p.gronden]);
      inventaris.push({ ...basis, besluit: gronden.length || b.rij.informatie === "deels_openbaar" ? "deels_openbaar" : "openbaar", gronden, opmerking: p.omgezet ? "Omgezet van Word naar PDF." : null, bestandsnaam: g.bestandsnaam });
    } else if (p.soort === "niet_openbaar") {
      inventaris.push({
        ...basis,
        besluit: b.rij.informatie === "reeds_openbaar" ? "reeds_openbaar" : "niet_openbaar",
        gronden: grondenOpVolgorde(rijGronden),
        opmerking: b.rij.informatie === "reeds_openbaar" ? (b.rij.vindplaats ? `Vindplaats: ${b.rij.vindplaats}` : null) : null,
        bestandsnaam: null,
      });
    } else if (p.soort === "geen_bestand") {
      inventaris.push({ ...basis, besluit: b.rij.informatie === "deels_openbaar" ? "deels_openbaar" : "openbaar", gronden: grondenOpVolgorde(rijGronden), opmerking: "Er is geen bestand bij deze bijlage opgeslagen.", bestandsnaam: null });
    } else {
      inventaris.push({ ...basis, besluit: "niet_openbaar", gronden: grondenOpVolgorde(rijGronden), opmerking: p.reden, bestandsnaam: null });
    }
  }

  const lijstTitel = `Inventarislijst openbaarmaking beslisnota ${k}`;
  bestanden[exportBestandsnaam(k, "inventarislijst", "csv")] = tekst(inventarisCsv(inventaris));
  bestanden[exportBestandsnaam(k, "inventarislijst", "pdf")] = await inventarisPdf(lijstTitel, inventaris, auteur);
  await laatsteLekcontrole(bestanden, ctx);
  return { bestanden, inventaris };
}

/** GET /api/v1/notas/{id}/publicatiepakket.zip. */
export async function exportPublicatiepakket(caller: Caller, notaId: string): Promise<ExportBestand> {
  const nota = await laadNota(caller.actor, notaId);
  assertPubliceerbaar(nota, "Het publicatiepakket");
  const { bestanden } = await stelPakketSamen(db(), nota);
  // PDFs are compressed already: store them; deflate the XML and CSV.
  const zip = zipSync(Object.fromEntries(Object.entries(bestanden).map(([naam, data]) => [naam, [data, { level: naam.endsWith(".pdf") ? 0 : 6 }]])));
  const bestand = { bytes: zip, contentType: CONTENT_TYPES.zip, fileName: exportBestandsnaam(nota.kenmerk, "publicatiepakket", "zip") };
  await logDownload(caller, "export.publicatiepakket", bestand, { notaId: nota.id, versie: nota.versie, extra: { bestanden: Object.keys(bestanden) } });
  return bestand;
}

