import { describe, expect, it } from "vitest";
import { NOTA_SECTIES } from "@/lib/domain/nota-secties";
import { SECTIES as DIFF_SECTIES } from "@/lib/domain/versie-diff";
import { SECTIE_LABELS } from "@/lib/domain/importeren";

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
