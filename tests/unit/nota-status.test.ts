import { describe, expect, it } from "vitest";
import { assertTransition, canTransition, NOTA_ACTIES, NOTA_STATUSSEN, TransitionError, type NotaActie, type NotaStatus, type Uitkomst } from "@/lib/domain/nota-status";

// The expected table, written out independently of the implementation (DOMAIN.md §6).
const ALLOWED: Record<NotaActie, NotaStatus[]> = {
  indienen: ["concept", "retour"],
  paraferen: ["in_paraaf"],
  beslissen: ["bij_bewindspersoon"],
  terugsturen: ["bij_bewindspersoon"],
  mr_aanmelden: ["besloten"],
  mr_uitkomst: ["aangemeld_mr"],
  verzenden: ["mr_besloten", "besloten"],
  publiceren: ["verzonden"],
  intrekken: ["concept", "in_paraaf", "retour", "bij_bewindspersoon", "besloten", "aangemeld_mr", "mr_besloten"],
};

const sample: Record<NotaActie, Uitkomst> = {
  indienen: { actie: "indienen" },
  paraferen: { actie: "paraferen", oordeel: "akkoord", laatsteStap: false },
  beslissen: { actie: "beslissen", uitkomst: "besloten", terInformatie: false },
  terugsturen: { actie: "terugsturen" },
  mr_aanmelden: { actie: "mr_aanmelden" },
  mr_uitkomst: { actie: "mr_uitkomst", uitkomst: "akkoord" },
  verzenden: { actie: "verzenden" },
  publiceren: { actie: "publiceren" },
  intrekken: { actie: "intrekken" },
};

describe("the nota state machine", () => {
  for (const status of NOTA_STATUSSEN) {
    for (const actie of NOTA_ACTIES) {
      const allowed = ALLOWED[actie].includes(status);
      it(`${status} × ${actie} is ${allowed ? "allowed" : "refused"}`, () => {
        expect(canTransition(status, actie)).toBe(allowed);
        if (allowed) expect(() => assertTransition(status, sample[actie])).not.toThrow();
        else expect(() => assertTransition(status, sample[actie])).toThrow(TransitionError);
      });
    }
  }

  it("names the state and the action in Dutch when it refuses", () => {
    expect(() => assertTransition("verzonden", { actie: "indienen" })).toThrow('Een nota met status "Verzonden aan TK" kunt u niet indienen.');
  });

  it.each([
    [{ actie: "paraferen", oordeel: "akkoord", laatsteStap: false }, "in_paraaf"],
    [{ actie: "paraferen", oordeel: "akkoord_met_opmerkingen", laatsteStap: true }, "bij_bewindspersoon"],
    [{ actie: "paraferen", oordeel: "niet_akkoord", laatsteStap: true }, "retour"],
  ] as const)("paraaf %j → %s", (u, naar) => {
    expect(assertTransition("in_paraaf", u)).toBe(naar);
  });

  it.each([
    ["besloten", false, "besloten"],
    ["afgewezen", false, "afgewezen"],
    ["besloten", true, "kennisgenomen"],
  ] as const)("the minister's %s (ter informatie: %s) → %s", (uitkomst, terInformatie, naar) => {
    expect(assertTransition("bij_bewindspersoon", { actie: "beslissen", uitkomst, terInformatie })).toBe(naar);
  });

  it.each([
    ["akkoord", "mr_besloten"],
    ["aanvaard_met_wijzigingen", "mr_besloten"],
    ["aangehouden", "aangemeld_mr"],
    ["besproken_zonder_conclusie", "aangemeld_mr"],
    ["teruggetrokken", "besloten"],
  ] as const)("MR outcome %s → %s", (uitkomst, naar) => {
    expect(assertTransition("aangemeld_mr", { actie: "mr_uitkomst", uitkomst })).toBe(naar);
  });

  it("refuses MR aanmelding of a nota that needs no MR, and sending one that still needs it", () => {
    const flags = { mrBehandeling: false, kamerbrief: true, soort: "ter_beslissing" as const };
    expect(() => assertTransition("besloten", { actie: "mr_aanmelden" }, flags)).toThrow("hoeft niet naar de ministerraad");
    expect(assertTransition("besloten", { actie: "verzenden" }, flags)).toBe("verzonden");
    expect(() => assertTransition("besloten", { actie: "verzenden" }, { ...flags, mrBehandeling: true })).toThrow("eerst door de ministerraad");
    expect(assertTransition("mr_besloten", { actie: "verzenden" }, { ...flags, mrBehandeling: true })).toBe("verzonden");
    expect(() => assertTransition("mr_besloten", { actie: "verzenden" }, { ...flags, kamerbrief: false })).toThrow("geen Kamerbrief");
  });
});
