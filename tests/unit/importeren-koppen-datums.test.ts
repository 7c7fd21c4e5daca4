// The small readers of the importer: section headings (numbering, typos, what is never a heading),
// Dutch dates, and "Aan" matched to a bewindspersoon.
import { describe, expect, it } from "vitest";
import { herkenKop, kiesBewindspersoon, leesDatum } from "@/lib/domain/importeren";

describe("herkenKop", () => {
  it.each([
    ["## Kern", "kern"],
    ["#### Toelichting", "toelichting"],
    ["Kern:", "kern"],
    ["  Motivering  ", "motivering"],
    ["II. Kern", "kern"],
    ["IV Toelichting", "toelichting"],
    ["2) Aanleiding", "aanleiding"],
    ["12 Motivering", "motivering"],
    ["## 3. Bijlagen", "bijlagen"],
    ["Politiek", "politiekeContext"],
    ["Nadere toelichting", "toelichting"],
    ["Motivering openbaarmaking", "motivering"],
    ["Niet openbare informatie", "nietOpenbaar"],
    ["Bijlagen bij deze nota", "bijlagen"],
    ["Te nemen besluit", "beslispunten"],
    ["Inleiding", "aanleiding"],
    ["Aanleiding en doel", "aanleiding"],
    ["Kern van het advies", "kern"],
    ["Geadviseerde besluiten", "beslispunten"],
    ["AANLEIDING", "aanleiding"],
    ["Politieke aspecten", "politiekeContext"],
  ])("%s heads %s exactly", (regel, sectie) => {
    expect(herkenKop(regel)).toEqual({ sectie, exact: true });
  });

  it.each([
    ["Toelichtng", "toelichting"],
    ["Advles", "beslispunten"],
    ["Toelich,ting", "toelichting"],
    ["Geadvisserd beslut", "beslispunten"],
    ["Motiverin", "motivering"],
    ["Informatie die niet openbaar gemaak kan wordn", "nietOpenbaar"],
  ])("%s is read as %s with a typo", (regel, sectie) => {
    expect(herkenKop(regel)).toEqual({ sectie, exact: false });
  });

  it.each([
    ["1. Toelichtng", "a numbered line is never a fuzzy heading"],
    ["## 1. Toelichtng", "a numbered line is never a fuzzy heading, with ## too"],
    ["2026 Kern", "it starts with a number that is no heading number"],
    ["123 Kern", "three digits are no heading number"],
    ["Kern?", "a final question mark"],
    ["Kern!", "a final exclamation mark"],
    ["Kern;", "a final semicolon"],
    ["Kerm", "a name shorter than six letters allows no typo"],
    ["Toelichtingen", "two letters more than toelichting"],
    ["Overwegingen", "no name is near"],
    ["Advies van de Raad", "a longer phrase with a heading word in it"],
    ["", "an empty line"],
    ["## ", "a heading mark alone"],
    ["1. ", "a number alone"],
  ])("%s is no heading: %s", (regel) => {
    expect(herkenKop(regel)).toBeNull();
  });
});

describe("leesDatum", () => {
  it.each([
    ["2024-02-29", "2024-02-29"],
    ["2026-01-01", "2026-01-01"],
    ["2026-12-31", "2026-12-31"],
    ["3 MAART 2026", "2026-03-03"],
    ["1 mei 2026", "2026-05-01"],
    ["31  december   2025", "2025-12-31"],
    ["5/3/2026", "2026-03-05"],
    ["05.03.2026", "2026-03-05"],
    ["1-1-2026", "2026-01-01"],
    ["31-12-2026", "2026-12-31"],
    ["Den Haag, 28 februari 2026 (MR)", "2026-02-28"],
  ])("%s is %s", (t, iso) => expect(leesDatum(t)).toBe(iso));

  it.each([
    ["2025-02-29", "no leap year"],
    ["2026-04-31", "April has 30 days"],
    ["2026-13-01", "no 13th month"],
    ["2026-00-10", "no month 0"],
    ["2026-01-00", "no day 0"],
    ["ref2026-01-05", "part of a word"],
    ["2026-02-30 of 12 maart 2026", "an invalid ISO date is not passed over for another"],
    ["31 april 2026", "April has 30 days"],
    ["0 mei 2026", "no day 0"],
    ["12 maart 26", "a two-digit year"],
    ["12 maartje 2026", "no month name"],
    ["112 maart 2026", "three digits are no day"],
    ["1-13-2026", "no 13th month"],
    ["0-12-2026", "no day 0"],
    ["32/12/2026", "no 32nd day"],
    ["", "nothing"],
  ])("%s is no date: %s", (t) => expect(leesDatum(t)).toBeUndefined());
});

describe("kiesBewindspersoon", () => {
  const kandidaten = [
    { id: "bzk", naam: "Marieke van den Berg", ambtstitel: "Minister van Binnenlandse Zaken en Koninkrijksrelaties" },
    { id: "sbzk", naam: "Anna de Vries", ambtstitel: "Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties" },
    { id: "mp", naam: "Pieter Jansen", ambtstitel: "Minister-President van Algemene Zaken" },
    { id: "jv", naam: "Karel Berg", ambtstitel: "Minister voor Rechtsbescherming" },
    { id: "li", naam: "Wei Li", ambtstitel: null },
    { id: "geen", naam: "Sanne Smit", ambtstitel: null },
  ];

  it.each([
    ["aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties", "bzk"],
    ["de staatssecretaris van BZK", "sbzk"],
    ["De Minister van BZK", "bzk"],
    ["minister-president van AZ", "mp"],
    ["de Minister-President van Algemene Zaken", "mp"],
    ["Minister voor Rechtsbescherming", "jv"],
    ["mevrouw Smit", "geen"],
    ["A. de Vries", "sbzk"],
    ["Pieter Jansen", "mp"],
  ])("%s → %s", (aan, id) => expect(kiesBewindspersoon(aan, kandidaten)?.id).toBe(id));

  it.each([
    ["de heer Berg", "two candidates are called Berg"],
    ["de heer Li", "a surname of two letters is too short to go by"],
    ["de minister van BZKX", "initials that are not the ministry's"],
    ["de staatssecretaris van AZ", "the office word must match too"],
    ["Bergen op Zoom", "part of a word is no surname"],
    ["", "nothing"],
  ])("%s → nobody: %s", (aan) => expect(kiesBewindspersoon(aan, kandidaten)).toBeNull());

  it("a name written in full wins over a title that names someone else", () => {
    expect(kiesBewindspersoon("Anna de Vries, Minister van Binnenlandse Zaken en Koninkrijksrelaties", kandidaten)?.id).toBe("sbzk");
  });

  it("an office title that reduces to nothing does not match an empty Aan", () => {
    expect(kiesBewindspersoon("", [{ id: "x", naam: "Jan Smit", ambtstitel: "—" }])).toBeNull();
  });
});
