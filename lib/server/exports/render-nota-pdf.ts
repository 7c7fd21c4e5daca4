import "server-only";
// The beslisnota as a tagged A4 PDF, for internal use (withheld passages shown in brackets with
// their grounds) and as the public version (withheld passages replaced by their grounds, a legend).
import { ANNOTATIES_KOP, LEGENDA_KOP, PARAAFBLOK_KOP, inlinePlainText, type Legenda, type NotaDocument } from "@/lib/domain/nota-document";
import { PdfSchrijver, runsVan, type Run } from "@/lib/server/exports/pdf-writer";
import { documentSleutel, gerenderd } from "@/lib/server/exports/render-cache";

export interface NotaPdfOpties {
  openbaar: boolean;
  /** The ministry: the file's author. */
  auteur: string;
  titel: string;
  legenda?: readonly Legenda[];
  /** Printed on every page of the internal version, e.g. "Departementaal vertrouwelijk". */
  rubricering?: string | null;
}

/** The beslisnota as PDF, rendered once per distinct input (lib/server/exports/render-cache.ts). */
export function renderNotaPdf(doc: NotaDocument, o: NotaPdfOpties): Promise<Uint8Array> {
  return gerenderd(documentSleutel("nota.pdf", [doc, o]), () => renderNotaPdfNu(doc, o));
}

async function renderNotaPdfNu(doc: NotaDocument, o: NotaPdfOpties): Promise<Uint8Array> {
  const pdf = new PdfSchrijver({ titel: o.titel, auteur: o.auteur });
  const tekst = (inlines: Parameters<typeof inlinePlainText>[0]) => inlinePlainText(inlines, { openbaar: o.openbaar });
  const nota = pdf.groep("Sect", pdf.root);

  pdf.element("H1", nota, () => pdf.schrijfRuns([{ tekst: o.openbaar ? "Beslisnota (openbare versie)" : "Beslisnota", vet: true }], { grootte: 16, paragraphGap: 6 }));
  if (o.openbaar) {
    pdf.alinea([{ tekst: "Openbaar gemaakt op grond van de Wet open overheid. Weggelakte passages tonen de Woo-grond; zie de legenda achteraan.", cursief: true }], nota);
  }
  pdf.tabel(
    null,
    doc.kopvelden.map((k) => [k.label, tekst(k.waarde)]),
    nota,
    { kolommen: [120, "*"], rijkoppen: true },
  );

  for (const s of doc.secties) {
    const sectie = pdf.groep("Sect", nota);
    pdf.kop(s.kop, 2, sectie);
    if (s.soort === "tekst") {
      if (s.blokken.length === 0) pdf.alinea([{ tekst: "NVT" }], sectie);
      else pdf.blokken(s.blokken, o.openbaar, sectie);
    } else if (s.soort === "beslispunten") {
      if (s.punten.length === 0) pdf.alinea([{ tekst: "Geen beslispunten (ter informatie)." }], sectie);
      else {
        pdf.lijst(
          s.punten.map((p): Run[] => [
            ...runsVan(p.tekst, o.openbaar),
            ...(p.oordeel ? [{ tekst: `\nBesluit bewindspersoon: ${p.oordeel}`, vet: true }] : []),
            ...(p.wijziging ? [{ tekst: "\nWijziging: ", vet: true }, ...runsVan(p.wijziging, o.openbaar)] : []),
          ]),
          true,
          sectie,
        );
      }
    } else if (s.rijen.length === 0) {
      pdf.alinea([{ tekst: "Geen bijlagen." }], sectie);
    } else {
      pdf.tabel(["Volgnummer", "Naam", "Informatie"], s.rijen.map((r) => [String(r.volgnummer), tekst(r.naam), tekst(r.informatie)]), sectie, { kolommen: [70, "*", 150] });
    }
    sectie.end();
  }

  if (doc.annotaties.length > 0) {
    const sectie = pdf.groep("Sect", nota);
    pdf.kop(ANNOTATIES_KOP, 2, sectie);
    for (const a of doc.annotaties) pdf.alinea([{ tekst: `${a.op}: `, vet: true }, ...runsVan(a.tekst, o.openbaar)], sectie);
    sectie.end();
  }

  if (doc.paraafblok) {
    const sectie = pdf.groep("Sect", nota);
    pdf.kop(`${PARAAFBLOK_KOP} (ronde ${doc.paraafblok.ronde})`, 2, sectie);
    pdf.tabel(
      ["Rol", "Wie", "Wanneer", "Oordeel", "Opmerking"],
      doc.paraafblok.rijen.map((r) => [tekst(r.rol), tekst(r.wie), r.op ?? "Nog niet", r.oordeel ?? "Open", tekst(r.opmerking)]),
      sectie,
      { kolommen: [80, 95, 85, 80, "*"] },
    );
    sectie.end();
  }

  if (o.legenda && o.legenda.length > 0) {
    const sectie = pdf.groep("Sect", nota);
    pdf.kop(LEGENDA_KOP, 2, sectie);
    pdf.tabel(["Grond", "Omschrijving"], o.legenda.map((l) => [l.code, l.omschrijving]), sectie, { kolommen: [70, "*"] });
    sectie.end();
  }
  nota.end();

  const voor = [o.openbaar ? "Openbare versie" : o.rubricering?.trim() || null, `Beslisnota ${doc.kenmerk}`].filter(Boolean).join(" · ");
  pdf.voettekst((p, n) => `${voor} · Pagina ${p} van ${n}`);
  return pdf.bytes();
}
