import { describe, expect, it } from "vitest";
import { AUDIT_SOORTEN, BEVEILIGINGSLABELS, controleerGebeurtenis, inTijdlijn, omschrijvingVan, opmerkingVan, OngeldigeAuditGebeurtenis } from "@/lib/domain/audit-gebeurtenissen";

describe("typed audit events", () => {
  it("accepts an event that matches its actie's schema", () => {
    expect(() =>
      controleerGebeurtenis({ actie: "nota.geparafeerd", voor: null, na: { stap: { id: "s1", rol: "DG", volgorde: 3 }, oordeel: "akkoord", opmerking: null } }),
    ).not.toThrow();
    expect(() => controleerGebeurtenis({ actie: "kamerbrief.verzonden", voor: null, na: { verzondenOp: "2025-07-01" } })).not.toThrow();
  });

  const fout: [string, { actie: string; voor: unknown; na: unknown }][] = [
    ["an unknown actie", { actie: "nota.verdwenen", voor: null, na: {} }],
    ["a missing field", { actie: "nota.geparafeerd", voor: null, na: { oordeel: "akkoord" } }],
    ["an oordeel that does not exist", { actie: "nota.geparafeerd", voor: null, na: { stap: { id: "s", rol: "DG", volgorde: 1 }, oordeel: "misschien" } }],
    ["a date that is no date", { actie: "kamerbrief.verzonden", voor: null, na: { verzondenOp: "gisteren" } }],
    ["a before-state where none belongs", { actie: "nota.ingetrokken", voor: { status: "concept" }, na: { reden: "x" } }],
    ["a payload that is no object", { actie: "nota.teruggestuurd", voor: null, na: "opmerking" }],
  ];
  for (const [naam, e] of fout) {
    it(`refuses ${naam}`, () => expect(() => controleerGebeurtenis(e)).toThrow(OngeldigeAuditGebeurtenis));
  }
});

describe("the Tijdlijn reads each event's sentence and remark from the registry", () => {
  const gevallen: [string, string | null, unknown, string][] = [
    ["nota.ingediend", "in_paraaf", { ronde: 1, paraafroute: [] }, "Ingediend voor paraaf"],
    ["nota.ingediend", "in_paraaf", { ronde: 2, paraafroute: [] }, "Ingediend voor paraaf (ronde 2)"],
    ["nota.geparafeerd", "in_paraaf", { stap: { id: "s", rol: "Directeur", volgorde: 2 }, oordeel: "akkoord_met_opmerkingen", opmerking: "Let op AZ." }, "Paraaf Directeur: Akkoord met opmerkingen"],
    ["nota.besloten", "kennisgenomen", { uitkomst: "besloten", beslispunten: [] }, "Kennisgenomen door de bewindspersoon"],
    ["nota.besloten", "afgewezen", { uitkomst: "afgewezen", beslispunten: [] }, "Afgewezen door de bewindspersoon"],
    ["mr.aangemeld", "aangemeld_mr", { vergadering: "2025-06-30", rondgezondenOp: "2025-06-23" }, "Aangemeld voor de ministerraad van 30 juni 2025"],
    ["mr.uitkomst", "aangemeld_mr", { vergadering: "2025-06-30", uitkomst: "aangehouden", naarVergadering: "2025-07-04" }, "Ministerraad van 30 juni 2025: Aangehouden"],
    ["kamerbrief.verzonden", "verzonden", { verzondenOp: "2025-07-01" }, "Kamerbrief verzonden aan de Tweede Kamer op 1 juli 2025"],
    // An event stored before its schema changed falls back to the bare actie instead of a wrong sentence.
    ["nota.geparafeerd", "in_paraaf", { rol: "DG" }, "nota.geparafeerd"],
    ["onbekend.iets", null, {}, "onbekend.iets"],
  ];
  for (const [actie, naarStatus, na, zin] of gevallen) {
    it(`${actie} → "${zin}"`, () => expect(omschrijvingVan({ actie, naarStatus, na })).toBe(zin));
  }

  it("quotes the official's remark, never a section of the nota", () => {
    expect(opmerkingVan({ actie: "nota.geparafeerd", na: { opmerking: "Let op AZ." } })).toBe("Let op AZ.");
    expect(opmerkingVan({ actie: "nota.ingetrokken", na: { reden: "Opgegaan in een programma." } })).toBe("Opgegaan in een programma.");
    expect(opmerkingVan({ actie: "nota.gewijzigd", na: { kern: "De kern van de nota" } })).toBeNull();
  });

  it("shows decisions and edits, not downloads or sign-ins", () => {
    expect(["nota.aangemaakt", "nota.besloten", "weglakking.toegevoegd", "nota.gepubliceerd"].every(inTijdlijn)).toBe(true);
    expect(["export.gedownload", "sessie.gestart", "token.aangemaakt"].some(inTijdlijn)).toBe(false);
  });

  it("lists these security events on the Beheer page", () => {
    expect(Object.keys(BEVEILIGINGSLABELS).sort()).toEqual(
      ["agenda.token_vernieuwd", "gebruiker.wachtwoord_gewijzigd", "gebruiker.wachtwoord_ingesteld", "gebruiker.wachtwoord_onjuist", "inloggen.aanval_vermoed", "inloggen.geblokkeerd", "inloggen.geweigerd", "inloggen.mislukt", "sessie.afgemeld", "sessie.gestart", "token.aangemaakt", "token.gebruikt", "token.ingetrokken",
        // single sign-on and recent sign-in (issue 11)
        "sessie.herbevestigd", "sso.gekoppeld", "sso.aangemaakt", "sso.rollen_gewijzigd", "sso.backchannel_afgemeld", "sso.groepkoppeling_gewijzigd",
        // webhooks (issue 13)
        "webhook.aangemaakt", "webhook.gewijzigd", "webhook.verwijderd", "webhook.geheim_vernieuwd"].sort(),
    );
    expect(Object.keys(AUDIT_SOORTEN)).toContain("nota.geparafeerd");
  });
});

describe("what a refused event says, and a remark that is not one", () => {
  it("names the actie and each failing field of the payload, joined by '; '", () => {
    let fout: unknown;
    try {
      controleerGebeurtenis({ actie: "nota.geparafeerd", voor: null, na: {} });
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(OngeldigeAuditGebeurtenis);
    expect((fout as Error).name).toBe("OngeldigeAuditGebeurtenis");
    expect((fout as Error).message).toMatch(/^Audit event "nota\.geparafeerd" does not match its schema: na\.stap: [^;]+; na\.oordeel: [^;]+$/);
    expect(() => controleerGebeurtenis({ actie: "kamerbrief.verzonden", voor: null, na: { verzondenOp: "gisteren" } })).toThrow(
      /^Audit event "kamerbrief\.verzonden" does not match its schema: na\.verzondenOp: [^;]+$/,
    );
    expect(() => controleerGebeurtenis({ actie: "nota.verdwenen", voor: null, na: {} })).toThrow(/^Audit event "nota\.verdwenen" does not match its schema: actie: /);
  });

  it("shows no remark for an unknown actie, an empty remark or one that is no text", () => {
    const gevallen: [string, unknown][] = [
      ["onbekend.iets", { opmerking: "Let op." }],
      ["nota.geparafeerd", {}],
      ["nota.geparafeerd", null],
      ["nota.geparafeerd", { opmerking: "" }],
      ["nota.geparafeerd", { opmerking: 42 }],
      ["nota.besloten", { annotatie: ["Akkoord"] }],
    ];
    for (const [actie, na] of gevallen) expect(opmerkingVan({ actie, na }), `${actie} ${JSON.stringify(na)}`).toBeNull();
    expect(opmerkingVan({ actie: "nota.besloten", na: { annotatie: "Akkoord, mits AZ meeleest." } })).toBe("Akkoord, mits AZ meeleest.");
    expect(opmerkingVan({ actie: "mr.uitkomst", na: { toelichting: "Aangehouden tot 4 juli." } })).toBe("Aangehouden tot 4 juli.");
  });
});
