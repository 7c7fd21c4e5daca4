import { describe, expect, it } from "vitest";
import { diffSnapshots } from "@/lib/domain/versie-diff";

// The sections compared, in order, with their labels: written out by hand (DOMAIN.md §2).
const SECTIES: [string, string][] = [
  ["onderwerp", "Onderwerp"],
  ["aanleiding", "Aanleiding"],
  ["beslispunten", "Geadviseerd besluit"],
  ["kern", "Kern"],
  ["toelichting", "Toelichting"],
  ["politiekeContext", "Politieke context"],
  ["nietOpenbaar", "Informatie die niet openbaar gemaakt kan worden"],
  ["motivering", "Motivering"],
  ["bijlagen", "Bijlagen"],
];

const leeg = (sectie: string, label: string) => ({ sectie, label, gewijzigd: false, delen: [] });
const ongewijzigd = (sectie: string, label: string, tekst: string) => ({ sectie, label, gewijzigd: false, delen: [{ soort: "gelijk", tekst }] });
const sectie = (d: ReturnType<typeof diffSnapshots>, sleutel: string) => d.find((s) => s.sectie === sleutel)!;

describe("diffSnapshots: unchanged snapshots", () => {
  it("lists every section in order, none changed, empty ones without parts", () => {
    expect(diffSnapshots({}, {})).toEqual(SECTIES.map(([s, l]) => leeg(s, l)));
  });

  it("gives an unchanged section's text as one equal part", () => {
    const snap = { onderwerp: "Kabinetsreactie", kern: "De minister stemt in.", status: "concept" };
    expect(diffSnapshots(snap, { ...snap })).toEqual([
      ongewijzigd("onderwerp", "Onderwerp", "Kabinetsreactie"),
      leeg("aanleiding", "Aanleiding"),
      leeg("beslispunten", "Geadviseerd besluit"),
      ongewijzigd("kern", "Kern", "De minister stemt in."),
      ...SECTIES.slice(4).map(([s, l]) => leeg(s, l)),
    ]);
  });

  it("ignores fields that are no section", () => {
    const d = diffSnapshots({ status: "concept", versie: 1 }, { status: "besloten", versie: 2 });
    expect(d.every((s) => !s.gewijzigd)).toBe(true);
    expect(d.map((s) => s.sectie)).toEqual(SECTIES.map(([s]) => s));
  });

  it("reads a value that is no text as empty", () => {
    expect(sectie(diffSnapshots({ kern: 5 }, { kern: "" }), "kern")).toEqual(leeg("kern", "Kern"));
    expect(sectie(diffSnapshots({ kern: ["a"] }, { kern: null }), "kern")).toEqual(leeg("kern", "Kern"));
  });
});

describe("diffSnapshots: the text of the beslispunten and the bijlagen", () => {
  it("writes beslispunten as numbered lines", () => {
    const snap = { beslispunten: [{ volgnummer: 1, tekst: "Kennisnemen van het advies" }, { volgnummer: 2, tekst: "Instemmen" }, { volgnummer: 3 }] };
    expect(sectie(diffSnapshots(snap, snap), "beslispunten")).toEqual(ongewijzigd("beslispunten", "Geadviseerd besluit", "1. Kennisnemen van het advies\n2. Instemmen\n3. "));
  });

  it("writes bijlagen as numbered lines with their openness and grounds", () => {
    const snap = {
      bijlagen: [
        { volgnummer: 1, naam: "Advies Raad van State", informatie: "openbaar" },
        { volgnummer: 2, naam: "Juridisch advies", informatie: "niet_openbaar", gronden: ["5.1.2e", "5.2"] },
        { volgnummer: 3, naam: "Memo", informatie: "deels_openbaar", gronden: [] },
        { volgnummer: 4 },
      ],
    };
    expect(sectie(diffSnapshots(snap, snap), "bijlagen")).toEqual(
      ongewijzigd("bijlagen", "Bijlagen", "1. Advies Raad van State (openbaar)\n2. Juridisch advies (niet_openbaar; 5.1.2e, 5.2)\n3. Memo (deels_openbaar)\n4.  ()"),
    );
  });

  it("takes beslispunten or bijlagen held as text as that text", () => {
    const snap = { beslispunten: "1. Kennisnemen", bijlagen: "Geen" };
    const d = diffSnapshots(snap, snap);
    expect(sectie(d, "beslispunten").delen).toEqual([{ soort: "gelijk", tekst: "1. Kennisnemen" }]);
    expect(sectie(d, "bijlagen").delen).toEqual([{ soort: "gelijk", tekst: "Geen" }]);
  });

  it("writes a list only for the beslispunten and the bijlagen; another section holding a list is empty", () => {
    const lijst = [{ volgnummer: 1, tekst: "x", naam: "y" }];
    expect(sectie(diffSnapshots({ kern: lijst }, {}), "kern").gewijzigd).toBe(false);
    expect(sectie(diffSnapshots({ onderwerp: lijst }, {}), "onderwerp").gewijzigd).toBe(false);
  });
});

describe("diffSnapshots: changed sections", () => {
  it("marks a replaced word as removed and then added", () => {
    const d = diffSnapshots({ onderwerp: "Kabinetsreactie" }, { onderwerp: "Wetsvoorstel" });
    expect(sectie(d, "onderwerp")).toEqual({
      sectie: "onderwerp",
      label: "Onderwerp",
      gewijzigd: true,
      delen: [
        { soort: "verwijderd", tekst: "Kabinetsreactie" },
        { soort: "toegevoegd", tekst: "Wetsvoorstel" },
      ],
    });
    expect(d.filter((s) => s.gewijzigd).map((s) => s.sectie)).toEqual(["onderwerp"]);
  });

  it("keeps the unchanged words around an insertion as equal parts", () => {
    const delen = sectie(diffSnapshots({ kern: "De minister stemt in." }, { kern: "De minister stemt niet in." }), "kern").delen;
    expect(delen.map((x) => x.soort)).toEqual(["gelijk", "toegevoegd", "gelijk"]);
    expect(delen.map((x) => x.tekst).join("")).toBe("De minister stemt niet in.");
    expect(delen[1]!.tekst.trim()).toBe("niet");
  });

  it("marks a section that appears as added and one that disappears as removed", () => {
    const d = diffSnapshots({ motivering: "Omdat het moet." }, { politiekeContext: "Gevoelig" });
    expect(sectie(d, "politiekeContext")).toEqual({ sectie: "politiekeContext", label: "Politieke context", gewijzigd: true, delen: [{ soort: "toegevoegd", tekst: "Gevoelig" }] });
    expect(sectie(d, "motivering")).toEqual({ sectie: "motivering", label: "Motivering", gewijzigd: true, delen: [{ soort: "verwijderd", tekst: "Omdat het moet." }] });
  });

  it("sees a changed beslispunt and a bijlage's new ground", () => {
    const a = { beslispunten: [{ volgnummer: 1, tekst: "Kennisnemen" }], bijlagen: [{ volgnummer: 1, naam: "Advies", informatie: "deels_openbaar", gronden: ["5.1.2e"] }] };
    const b = { beslispunten: [{ volgnummer: 1, tekst: "Instemmen" }], bijlagen: [{ volgnummer: 1, naam: "Advies", informatie: "deels_openbaar", gronden: ["5.1.2e", "5.2"] }] };
    const d = diffSnapshots(a, b);
    expect(d.filter((s) => s.gewijzigd).map((s) => s.sectie)).toEqual(["beslispunten", "bijlagen"]);
    const punten = sectie(d, "beslispunten").delen;
    expect(punten.filter((x) => x.soort === "verwijderd").map((x) => x.tekst)).toEqual(["Kennisnemen"]);
    expect(punten.filter((x) => x.soort === "toegevoegd").map((x) => x.tekst)).toEqual(["Instemmen"]);
    expect(punten.filter((x) => x.soort === "gelijk").map((x) => x.tekst).join("")).toBe("1. ");
    const bijlagen = sectie(d, "bijlagen").delen;
    expect(bijlagen.filter((x) => x.soort === "verwijderd").map((x) => x.tekst).join("")).not.toContain("Advies");
    expect(bijlagen.filter((x) => x.soort === "toegevoegd").map((x) => x.tekst).join("")).toContain("5.2");
    expect(bijlagen.map((x) => (x.soort === "verwijderd" ? "" : x.tekst)).join("")).toBe("1. Advies (deels_openbaar; 5.1.2e, 5.2)");
  });
});
