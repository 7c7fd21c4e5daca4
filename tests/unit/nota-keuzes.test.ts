// The choices a nota's forms offer and their Dutch labels (lib/domain/nota-keuzes.ts), written out:
// the forms, the document model and the exports all show these words.
import { describe, expect, it } from "vitest";
import { BESLISPUNT_OORDELEN, BIJLAGE_INFORMATIE, NOTA_SOORTEN, beslispuntOordeelLabels, bijlageInformatieLabels, notaSoortLabels } from "@/lib/domain/nota-keuzes";

describe("the choices of a nota", () => {
  it("has two kinds", () => {
    expect(NOTA_SOORTEN).toEqual(["ter_beslissing", "ter_informatie"]);
    expect(notaSoortLabels).toEqual({ ter_beslissing: "Ter beslissing", ter_informatie: "Ter informatie" });
  });
  it("has four disclosure states for a bijlage", () => {
    expect(BIJLAGE_INFORMATIE).toEqual(["openbaar", "deels_openbaar", "niet_openbaar", "reeds_openbaar"]);
    expect(bijlageInformatieLabels).toEqual({ openbaar: "Openbaar", deels_openbaar: "Deels openbaar", niet_openbaar: "Niet openbaar", reeds_openbaar: "Reeds openbaar" });
  });
  it("has three oordelen on a beslispunt", () => {
    expect(BESLISPUNT_OORDELEN).toEqual(["akkoord", "niet_akkoord", "gewijzigd_akkoord"]);
    expect(beslispuntOordeelLabels).toEqual({ akkoord: "Akkoord", niet_akkoord: "Niet akkoord", gewijzigd_akkoord: "Gewijzigd akkoord" });
  });
  it("labels every choice, and nothing else", () => {
    expect(Object.keys(notaSoortLabels)).toEqual([...NOTA_SOORTEN]);
    expect(Object.keys(bijlageInformatieLabels)).toEqual([...BIJLAGE_INFORMATIE]);
    expect(Object.keys(beslispuntOordeelLabels)).toEqual([...BESLISPUNT_OORDELEN]);
  });
});
