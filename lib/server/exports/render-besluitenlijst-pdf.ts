import "server-only";
import type { BesluitenlijstModel } from "@/lib/domain/besluitenlijst";
import { PdfSchrijver } from "@/lib/server/exports/pdf-writer";

/** The besluitenlijst: per agendapunt a heading and a label/value table. */
export async function renderBesluitenlijstPdf(m: BesluitenlijstModel, meta: { auteur: string }): Promise<Uint8Array> {
  const pdf = new PdfSchrijver({ titel: m.titel, auteur: meta.auteur });
  const lijst = pdf.groep("Sect", pdf.root);
  pdf.element("H1", lijst, () => pdf.schrijfRuns([{ tekst: m.titel, vet: true }], { grootte: 16, paragraphGap: 4 }));
  pdf.alinea([{ tekst: m.ondertitel, cursief: true }], lijst);
  if (m.punten.length === 0) pdf.alinea([{ tekst: m.leeg }], lijst);
  for (const p of m.punten) {
    const punt = pdf.groep("Sect", lijst);
    pdf.kop(`${p.nummer}. ${p.onderwerp}`, 2, punt);
    pdf.tabel(
      null,
      [
        ["Kenmerk", p.kenmerk],
        ["Bewindspersoon", p.bewindspersoon],
        ["Uitkomst", p.uitkomst],
        ["Toelichting", p.toelichting ?? "Geen"],
      ],
      punt,
      { kolommen: [110, "*"], rijkoppen: true },
    );
    punt.end();
  }
  lijst.end();
  pdf.voettekst((p, n) => `${m.titel} · Pagina ${p} van ${n}`);
  return pdf.bytes();
}
