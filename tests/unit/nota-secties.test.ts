import { describe, expect, it } from "vitest";
import { kopVan, NOTA_SECTIES, TEKST_SECTIES } from "@/lib/domain/nota-secties";
import { SECTIES as DIFF_SECTIES } from "@/lib/domain/versie-diff";
import { herkenKop, SECTIE_LABELS } from "@/lib/domain/importeren";

// DOMAIN.md §2, "Body sections, in this order", copied by hand.
const DOMAIN_VOLGORDE = [
  "Aanleiding",
  "Geadviseerd besluit",
  "Kern",
  "Toelichting",
  "Politieke context",
  "Informatie die niet openbaar gemaakt kan worden",
  "Motivering",
  "Bijlagen",
];

describe("the sections of a nota, once", () => {
  it("are DOMAIN.md's sections in DOMAIN.md's order, only Politieke context optional", () => {
    expect(NOTA_SECTIES.map((s) => s.kop)).toEqual(DOMAIN_VOLGORDE);
    expect(NOTA_SECTIES.filter((s) => s.optioneel).map((s) => s.kop)).toEqual(["Politieke context"]);
  });
  it("are what the version diff compares (after the onderwerp) and what the importer names", () => {
    expect(DIFF_SECTIES.map((s) => s.label)).toEqual(["Onderwerp", ...DOMAIN_VOLGORDE]);
    expect(Object.values(SECTIE_LABELS)).toEqual(DOMAIN_VOLGORDE);
  });
});

describe("each section's headings, as officials write them", () => {
  // Written out by hand: a heading line as found in a pasted or .docx nota, and the section it heads.
  const KOPPEN: [string, string][] = [
    ["Aanleiding", "aanleiding"],
    ["Aanleiding en doel", "aanleiding"],
    ["Inleiding", "aanleiding"],
    ["Geadviseerd besluit", "beslispunten"],
    ["Geadviseerde besluiten", "beslispunten"],
    ["Gevraagd besluit", "beslispunten"],
    ["Gevraagde besluiten", "beslispunten"],
    ["Gevraagde beslissing", "beslispunten"],
    ["Gevraagde beslissingen", "beslispunten"],
    ["Voorgesteld besluit", "beslispunten"],
    ["Te nemen besluit", "beslispunten"],
    ["Besluit", "beslispunten"],
    ["Beslispunten", "beslispunten"],
    ["Advies", "beslispunten"],
    ["Kern", "kern"],
    ["Kernpunten", "kern"],
    ["Kernboodschap", "kern"],
    ["Samenvatting", "kern"],
    ["Kern van het advies", "kern"],
    ["Toelichting", "toelichting"],
    ["Nadere toelichting", "toelichting"],
    ["Politieke context", "politiekeContext"],
    ["Politiek", "politiekeContext"],
    ["Politieke aspecten", "politiekeContext"],
    ["Informatie die niet openbaar gemaakt kan worden", "nietOpenbaar"],
    ["Informatie die niet openbaar kan worden gemaakt", "nietOpenbaar"],
    ["Informatie die niet openbaar wordt gemaakt", "nietOpenbaar"],
    ["Niet openbare informatie", "nietOpenbaar"],
    ["Niet openbaar te maken informatie", "nietOpenbaar"],
    ["Motivering", "motivering"],
    ["Motivering openbaarmaking", "motivering"],
    ["Bijlagen", "bijlagen"],
    ["Bijlage", "bijlagen"],
    ["Bijlagen N", "bijlagen"],
    ["Bijlage N", "bijlagen"],
    ["Bijlagen bij deze nota", "bijlagen"],
  ];
  for (const [kop, sectie] of KOPPEN) {
    it(`"${kop}" heads ${sectie}`, () => expect(herkenKop(kop)).toEqual({ sectie, exact: true }));
  }

  it("the section's fields: the text sections in order, what kind each is, its printed heading", () => {
    expect(TEKST_SECTIES.map((s) => s.sleutel)).toEqual(["aanleiding", "kern", "toelichting", "politiekeContext", "nietOpenbaar", "motivering"]);
    expect(NOTA_SECTIES.map((s) => [s.sleutel, s.soort])).toEqual([
      ["aanleiding", "tekst"],
      ["beslispunten", "beslispunten"],
      ["kern", "tekst"],
      ["toelichting", "tekst"],
      ["politiekeContext", "tekst"],
      ["nietOpenbaar", "tekst"],
      ["motivering", "tekst"],
      ["bijlagen", "bijlagen"],
    ]);
    expect(NOTA_SECTIES.every((s) => s.openbaar)).toBe(true);
    expect(kopVan("beslispunten")).toBe("Geadviseerd besluit");
    expect(kopVan("nietOpenbaar")).toBe("Informatie die niet openbaar gemaakt kan worden");
    expect(kopVan("bijlagen")).toBe("Bijlagen");
  });
});
