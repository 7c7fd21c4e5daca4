import { describe, expect, it } from "vitest";
import { paginaTekst, planPagina, type PdfPagina, type PdfTekstItem } from "@/lib/domain/bijlage-weglakken";
import type { WeglakOpties } from "@/lib/domain/openbare-versie";

/** A text item at x with the given width; font size 10, so a gap wider than 1 unit is a space. */
const item = (tekst: string, x: number, breedte: number, regeleinde = false, y = 700): PdfTekstItem => ({ tekst, x, y, grootte: 10, breedte, regeleinde });
const pagina = (items: PdfTekstItem[]): PdfPagina => ({ breedte: 595, hoogte: 842, items });

const GEEN: WeglakOpties = { ambtenaren: [], behouden: [] };

describe("paginaTekst: the text of a page as a reader reads it", () => {
  it("is empty for a page without text", () => {
    expect(paginaTekst(pagina([]))).toEqual({ tekst: "", begin: [] });
  });

  it("puts a space between items on one line with a visible gap", () => {
    const p = pagina([item("Hallo", 10, 30), item("wereld", 45, 40)]);
    expect(paginaTekst(p)).toEqual({ tekst: "Hallo wereld", begin: [0, 6] });
  });

  it("joins items without a space when the gap is at most a tenth of the font size", () => {
    // The first item ends at 40; 10% of font size 10 is 1: up to x = 41 the items touch.
    expect(paginaTekst(pagina([item("Hallo", 10, 30), item("wereld", 41, 40)]))).toEqual({ tekst: "Hallowereld", begin: [0, 5] });
    expect(paginaTekst(pagina([item("Hallo", 10, 30), item("wereld", 40, 40)])).tekst).toBe("Hallowereld");
    expect(paginaTekst(pagina([item("Hallo", 10, 30), item("wereld", 41.5, 40)]))).toEqual({ tekst: "Hallo wereld", begin: [0, 6] });
    // Kerning: an item that starts a little before the previous one ends.
    expect(paginaTekst(pagina([item("Hallo", 10, 30), item("wereld", 39, 40)])).tekst).toBe("Hallowereld");
  });

  it("measures the gap with the font size of the item that follows", () => {
    const groot: PdfTekstItem = { tekst: "wereld", x: 44, y: 700, grootte: 50, breedte: 40, regeleinde: false };
    // Gap 4: more than 1 (a tenth of 10) but less than 5 (a tenth of 50).
    expect(paginaTekst(pagina([item("Hallo", 10, 30), groot])).tekst).toBe("Hallowereld");
    const klein: PdfTekstItem = { tekst: "Hallo", x: 10, y: 700, grootte: 50, breedte: 30, regeleinde: false };
    expect(paginaTekst(pagina([klein, item("wereld", 44, 40)])).tekst).toBe("Hallo wereld");
  });

  it("adds no space where one of the two items already has white space at the seam", () => {
    expect(paginaTekst(pagina([item("Hallo ", 10, 30), item("wereld", 60, 40)]))).toEqual({ tekst: "Hallo wereld", begin: [0, 6] });
    expect(paginaTekst(pagina([item("Hallo", 10, 30), item(" wereld", 60, 40)]))).toEqual({ tekst: "Hallo wereld", begin: [0, 5] });
  });

  it("looks only at the white space at the seam, not inside the items", () => {
    const p = pagina([item("Goede morgen", 10, 60), item("lieve mensen", 80, 60)]);
    expect(paginaTekst(p)).toEqual({ tekst: "Goede morgen lieve mensen", begin: [0, 13] });
  });

  it("ends a line with a newline and starts the next without a space", () => {
    const p = pagina([item("Regel een", 10, 50, true), item("Regel twee", 10, 50, true, 680), item("slot", 10, 20, false, 660)]);
    expect(paginaTekst(p)).toEqual({ tekst: "Regel een\nRegel twee\nslot", begin: [0, 10, 21] });
  });

  it("decides each seam by the item just before it", () => {
    // The second item ends a line; the third stands far to the right on the next line.
    const p = pagina([item("a", 10, 5), item("b", 100, 5, true), item("c", 300, 5)]);
    expect(paginaTekst(p)).toEqual({ tekst: "a b\nc", begin: [0, 2, 4] });
  });
});

describe("planPagina without anything to withhold", () => {
  it("keeps every item whole, with its position, and the text as it is", () => {
    const p = pagina([item("Het overleg", 10, 60, true), item("is afgerond.", 10, 70, true, 680)]);
    expect(planPagina(p, GEEN)).toEqual({
      breedte: 595,
      hoogte: 842,
      items: [
        { x: 10, y: 700, grootte: 10, breedte: 60, regeleinde: true, stukken: [{ tekst: "Het overleg", gronden: null }] },
        { x: 10, y: 680, grootte: 10, breedte: 70, regeleinde: true, stukken: [{ tekst: "is afgerond.", gronden: null }] },
      ],
      openbareTekst: "Het overleg\nis afgerond.\n",
      zichtbaar: "Het overleg\nis afgerond.\n",
    });
  });

  it("takes the page's own size", () => {
    const plan = planPagina({ breedte: 612, hoogte: 792, items: [] }, GEEN);
    expect(plan).toEqual({ breedte: 612, hoogte: 792, items: [], openbareTekst: "", zichtbaar: "" });
  });
});

describe("planPagina: withheld passages", () => {
  const GEHEIM: WeglakOpties = { ambtenaren: [], behouden: [], weglakkingen: [{ tekst: "geheim", grond: "5.1.2b" }] };

  it("splits an item around a passage inside it and prints the ground in the public text", () => {
    const plan = planPagina(pagina([item("Het bedrag is geheim.", 10, 120)]), GEHEIM);
    expect(plan.items).toEqual([
      {
        x: 10,
        y: 700,
        grootte: 10,
        breedte: 120,
        regeleinde: false,
        stukken: [
          { tekst: "Het bedrag is ", gronden: null },
          { tekst: "geheim", gronden: ["5.1.2b"] },
          { tekst: ".", gronden: null },
        ],
      },
    ]);
    expect(plan.openbareTekst).toBe("Het bedrag is [5.1.2b].");
    expect(plan.zichtbaar).toBe("Het bedrag is  \u0000 .");
  });

  it("withholds an item that is the passage exactly, without empty pieces", () => {
    const plan = planPagina(pagina([item("geheim", 10, 30)]), GEHEIM);
    expect(plan.items.map((i) => i.stukken)).toEqual([[{ tekst: "geheim", gronden: ["5.1.2b"] }]]);
    expect(plan.openbareTekst).toBe("[5.1.2b]");
    expect(plan.zichtbaar).toBe(" \u0000 ");
  });

  it("leaves the items before and after a passage alone, also where they touch it", () => {
    // "bedrag:" ends where "geheim" begins, "." begins where it ends: no empty pieces either side.
    const p = pagina([item("bedrag:", 10, 35), item("geheim", 45, 30), item(".", 75, 3, true), item("Verder", 10, 30, false, 680)]);
    const plan = planPagina(p, GEHEIM);
    expect(paginaTekst(p).tekst).toBe("bedrag:geheim.\nVerder");
    expect(plan.items.map((i) => i.stukken)).toEqual([
      [{ tekst: "bedrag:", gronden: null }],
      [{ tekst: "geheim", gronden: ["5.1.2b"] }],
      [{ tekst: ".", gronden: null }],
      [{ tekst: "Verder", gronden: null }],
    ]);
    expect(plan.openbareTekst).toBe("bedrag:[5.1.2b].\nVerder");
    expect(plan.zichtbaar).toBe("bedrag: \u0000 .\nVerder");
  });

  it("draws the ground once, in the item where a passage across items starts", () => {
    const opties: WeglakOpties = { ambtenaren: [], behouden: [], weglakkingen: [{ tekst: "mevrouw Pietersen", grond: "5.1.2e" }] };
    const p = pagina([item("Met", 10, 20), item("mevrouw", 40, 40), item("Pietersen kwam", 90, 80, true)]);
    const plan = planPagina(p, opties);
    expect(plan.items.map((i) => i.stukken)).toEqual([
      [{ tekst: "Met", gronden: null }],
      [{ tekst: "mevrouw", gronden: ["5.1.2e"] }],
      [
        { tekst: "Pietersen", gronden: [] },
        { tekst: " kwam", gronden: null },
      ],
    ]);
    expect(plan.openbareTekst).toBe("Met [5.1.2e] kwam\n");
    expect(plan.zichtbaar).toBe("Met  \u0000  kwam\n");
  });

  it("handles a passage that covers an item in the middle of it on both sides", () => {
    const opties: WeglakOpties = { ambtenaren: [], behouden: [], weglakkingen: [{ tekst: "een twee drie", grond: "5.1.2i" }] };
    const p = pagina([item("nul een", 10, 40), item("twee", 60, 20), item("drie vier", 90, 50)]);
    expect(planPagina(p, opties).items.map((i) => i.stukken)).toEqual([
      [
        { tekst: "nul ", gronden: null },
        { tekst: "een", gronden: ["5.1.2i"] },
      ],
      [{ tekst: "twee", gronden: [] }],
      [
        { tekst: "drie", gronden: [] },
        { tekst: " vier", gronden: null },
      ],
    ]);
  });

  it("keeps several passages in one item apart, each with its own ground", () => {
    const opties: WeglakOpties = {
      ambtenaren: [],
      behouden: [],
      weglakkingen: [
        { tekst: "geheim", grond: "5.1.2b" },
        { tekst: "intern", grond: "5.2" },
      ],
    };
    const plan = planPagina(pagina([item("Dit is geheim en dat is intern, de rest niet.", 10, 250, true)]), opties);
    expect(plan.items[0]!.stukken).toEqual([
      { tekst: "Dit is ", gronden: null },
      { tekst: "geheim", gronden: ["5.1.2b"] },
      { tekst: " en dat is ", gronden: null },
      { tekst: "intern", gronden: ["5.2"] },
      { tekst: ", de rest niet.", gronden: null },
    ]);
    expect(plan.openbareTekst).toBe("Dit is [5.1.2b] en dat is [5.2], de rest niet.\n");
    expect(plan.zichtbaar).toBe("Dit is  \u0000  en dat is  \u0000 , de rest niet.\n");
  });

  it("finds passages in later items at their place in the page text", () => {
    const p = pagina([item("Eerste regel.", 10, 70, true), item("Tweede is geheim.", 10, 90, true, 680)]);
    const plan = planPagina(p, GEHEIM);
    expect(plan.items.map((i) => i.stukken)).toEqual([
      [{ tekst: "Eerste regel.", gronden: null }],
      [
        { tekst: "Tweede is ", gronden: null },
        { tekst: "geheim", gronden: ["5.1.2b"] },
        { tekst: ".", gronden: null },
      ],
    ]);
    expect(plan.openbareTekst).toBe("Eerste regel.\nTweede is [5.1.2b].\n");
  });

  it("lists every ground of a passage withheld on more than one, in the order of the law", () => {
    const opties: WeglakOpties = {
      ambtenaren: [],
      behouden: [],
      weglakkingen: [
        { tekst: "geheim", grond: "5.1.2e" },
        { tekst: "geheim", grond: "5.1.2b" },
      ],
    };
    const plan = planPagina(pagina([item("Dit blijft geheim", 10, 90)]), opties);
    expect(plan.items[0]!.stukken).toEqual([
      { tekst: "Dit blijft ", gronden: null },
      { tekst: "geheim", gronden: ["5.1.2b", "5.1.2e"] },
    ]);
    expect(plan.openbareTekst).toBe("Dit blijft [5.1.2b, 5.1.2e]");
  });

  it("withholds an official's name split over items, and keeps the bewindspersoon", () => {
    const opties: WeglakOpties = {
      ambtenaren: [{ naam: "Sanne de Vries", initialen: "S.", email: "sanne.devries@minbzk.nl" }],
      behouden: ["Marieke van den Berg"],
    };
    const p = pagina([item("Overleg met Sanne de", 10, 110), item("Vries en Marieke van den Berg;", 125, 150, true), item("mail sanne.devries@minbzk.nl.", 10, 150, true, 680)]);
    const plan = planPagina(p, opties);
    expect(plan.items.map((i) => i.stukken)).toEqual([
      [
        { tekst: "Overleg met ", gronden: null },
        { tekst: "Sanne de", gronden: ["5.1.2e"] },
      ],
      [
        { tekst: "Vries", gronden: [] },
        { tekst: " en Marieke van den Berg;", gronden: null },
      ],
      [
        { tekst: "mail ", gronden: null },
        { tekst: "sanne.devries@minbzk.nl", gronden: ["5.1.2e"] },
        { tekst: ".", gronden: null },
      ],
    ]);
    expect(plan.openbareTekst).toBe("Overleg met [5.1.2e] en Marieke van den Berg;\nmail [5.1.2e].\n");
    expect(plan.zichtbaar).toBe("Overleg met  \u0000  en Marieke van den Berg;\nmail  \u0000 .\n");
  });

  it("never puts the withheld text in the public text, and never drops what stays", () => {
    const opties: WeglakOpties = { ambtenaren: [], behouden: [], weglakkingen: [{ tekst: "3 miljoen euro", grond: "5.1.2b" }] };
    const plan = planPagina(pagina([item("De ruimte is 3 miljoen", 10, 120), item("euro of meer.", 140, 70)]), opties);
    expect(plan.openbareTekst).toBe("De ruimte is [5.1.2b] of meer.");
    const zichtbareStukken = plan.items.flatMap((i) => i.stukken.filter((s) => s.gronden === null).map((s) => s.tekst));
    expect(zichtbareStukken).toEqual(["De ruimte is ", " of meer."]);
    const weggelaten = plan.items.flatMap((i) => i.stukken.filter((s) => s.gronden !== null).map((s) => s.tekst));
    expect(weggelaten).toEqual(["3 miljoen", "euro"]);
  });
});
