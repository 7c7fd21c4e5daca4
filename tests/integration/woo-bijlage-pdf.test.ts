// A PDF bijlage's public version (issue 16, point 3): the redacted text is gone from the file (read
// back with pdftotext and qpdf), the ground is printed where it stood, and the metadata is new.
import { describe, expect, it } from "vitest";
import { planPagina } from "@/lib/domain/bijlage-weglakken";
import { leesPdf, pdfAlleTekst, tekenOpenbarePdf } from "@/lib/server/publicatie/bijlage-pdf";
import type { WeglakOpties } from "@/lib/domain/openbare-versie";
import { maakBijlagePdf } from "@/tests/support/bijlage-pdf-maker";
import { pdfInfo, pdfQdfTekst, pdfText, pdfXmp } from "@/tests/support/read-back";

const OPTIES: WeglakOpties = {
  ambtenaren: [
    { naam: "Sanne de Vries", initialen: "S.", email: "sanne.devries@minbzk.nl" },
    { naam: "Pieter Jansen", initialen: "P.J." },
  ],
  behouden: ["Marieke van den Berg"],
  weglakkingen: [{ tekst: "mevrouw Pietersen", grond: "5.1.2e" }, { tekst: "3 miljoen euro", grond: "5.1.2b" }],
};

describe("the public version of a PDF bijlage", () => {
  it("removes the withheld text from the file, prints the ground, and carries no old metadata", async () => {
    const origineel = await maakBijlagePdf(
      [
        "Verslag van het overleg met Sanne de Vries en P.J. Jansen.",
        "Aanwezig namens de gemeente: mevrouw Pietersen.",
        "Mail: sanne.devries@minbzk.nl of bel 06-12345678.",
        "De onderhandelingsruimte is 3 miljoen euro.",
        "De minister Marieke van den Berg besluit.",
      ],
      { notitie: "Opmerking van Jansen: nog checken", bijlage: "Bron van Sanne de Vries", pagina2: ["Tweede pagina: De Vries belt terug."] },
    );
    // The original holds all of it (the test is about something).
    expect(pdfText(origineel)).toContain("Sanne de Vries");
    expect(pdfInfo(origineel).Author).toBe("Sanne de Vries");
    const ruwOrigineel = pdfQdfTekst(origineel);
    for (const er of ["/Annots", "/EmbeddedFile", "Concept van Pieter Jansen"]) expect(ruwOrigineel).toContain(er);

    const paginas = await leesPdf(origineel);
    expect(paginas).toHaveLength(2);
    const plan = paginas!.map((p) => planPagina(p, OPTIES));
    const uit = await tekenOpenbarePdf(plan, { titel: "Bijlage 2: Verslag", auteur: "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties" });

    const tekst = pdfText(uit).replace(/\s+/g, " ");
    for (const weg of ["Sanne", "Vries", "Jansen", "Pietersen", "sanne.devries", "06-12345678", "3 miljoen", "checken", "Bron van"]) expect(tekst).not.toContain(weg);
    for (const blijft of ["Verslag van het overleg met", "Aanwezig namens de gemeente:", "De onderhandelingsruimte is", "De minister Marieke van den Berg besluit.", "Tweede pagina:", "belt terug."]) {
      expect(tekst).toContain(blijft);
    }
    expect(tekst).toContain("[5.1.2e]");
    expect(tekst).toContain("[5.1.2b]");

    const info = pdfInfo(uit);
    expect(info).toMatchObject({ Title: "Bijlage 2: Verslag", Author: "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", Creator: "Beslisroute", Producer: "Beslisroute", Pages: "2" });
    // pdfkit writes an XMP packet of its own: only the new title and the ministry.
    const xmp = pdfXmp(uit);
    expect(xmp).not.toMatch(/Vries|Jansen|Concept|Intern/);
    const ruw = pdfQdfTekst(uit);
    for (const weg of ["Vries", "Jansen", "Pietersen", "/Annots", "/EmbeddedFile", "/OCProperties", "/JavaScript"]) expect(ruw).not.toContain(weg);
    // And PDF.js, which the final leak check reads with, agrees.
    const alles = await pdfAlleTekst(uit);
    expect(alles).not.toMatch(/Vries|Jansen|Pietersen/);
  });

  it("reads a file that is no PDF as unreadable", async () => {
    expect(await leesPdf(new TextEncoder().encode("%PDF-1.4\n% kapot\n%%EOF\n"))).toEqual(null);
  });
});
