import { describe, expect, it } from "vitest";
import { mag, HANDELINGEN, ZICHTBARE_HANDELINGEN, type NotaHandeling, type NotaStand } from "@/lib/domain/nota-handelingen";
import { NOTA_STATUSSEN, type NotaStatus } from "@/lib/domain/nota-status";

// What can be done in each state, written out by hand from DOMAIN.md §6 (not read from the table
// under test). Flags: the nota goes to the MR, has a Kamerbrief, its text is written; "verzonden"
// follows the status.
const WEL: Record<NotaStatus, NotaHandeling[]> = {
  concept: ["bewerken", "indienen", "kamerbrief_bewerken", "intrekken", "bijlage_toevoegen", "weglakken", "kandidaten_beoordelen"],
  in_paraaf: ["paraferen", "kamerbrief_bewerken", "intrekken", "weglakken", "kandidaten_beoordelen"],
  retour: ["bewerken", "indienen", "kamerbrief_bewerken", "intrekken", "bijlage_toevoegen", "weglakken", "kandidaten_beoordelen"],
  bij_bewindspersoon: ["beslissen", "terugsturen", "kamerbrief_bewerken", "intrekken", "weglakken", "kandidaten_beoordelen"],
  besloten: ["mr_aanmelden", "kamerbrief_bewerken", "intrekken", "weglakken", "kandidaten_beoordelen"],
  afgewezen: ["weglakken", "kandidaten_beoordelen"],
  kennisgenomen: ["weglakken", "kandidaten_beoordelen"],
  aangemeld_mr: ["mr_uitkomst", "kamerbrief_bewerken", "intrekken", "weglakken", "kandidaten_beoordelen"],
  mr_besloten: ["kamerbrief_bewerken", "verzenden", "intrekken", "weglakken", "kandidaten_beoordelen"],
  verzonden: ["tk_nummers", "publiceren", "weglakken", "kandidaten_beoordelen"],
  gepubliceerd: ["tk_nummers"],
  ingetrokken: [],
};

const ALLE: NotaHandeling[] = [
  "bewerken", "indienen", "paraferen", "beslissen", "terugsturen", "mr_aanmelden", "mr_uitkomst", "kamerbrief_bewerken",
  "verzenden", "tk_nummers", "publiceren", "intrekken", "bijlage_toevoegen", "weglakken", "kandidaten_beoordelen",
];

const stand = (status: NotaStatus, extra: Partial<NotaStand> = {}): NotaStand => ({
  status,
  mrBehandeling: true,
  kamerbrief: true,
  soort: "ter_beslissing",
  kamerbriefGeschreven: true,
  verzonden: status === "verzonden" || status === "gepubliceerd",
  ...extra,
});

describe("mag: what can be done to a nota in each state", () => {
  it("knows exactly these handelingen", () => {
    expect(Object.keys(HANDELINGEN).sort()).toEqual([...ALLE].sort());
    expect(ZICHTBARE_HANDELINGEN).toEqual(ALLE.filter((h) => !["bijlage_toevoegen", "weglakken", "kandidaten_beoordelen"].includes(h)));
  });
  for (const status of NOTA_STATUSSEN) {
    for (const h of ALLE) {
      const verwacht = WEL[status].includes(h);
      it(`${status} × ${h}: ${verwacht ? "yes" : "no"}`, () => {
        const r = mag(stand(status), h);
        expect(r.ok).toBe(verwacht);
        if (!r.ok) expect(r.melding).toMatch(/\S/);
      });
    }
  }
});

describe("mag: the refusals in the official's words, and the flags", () => {
  const gevallen: [string, NotaStand, NotaHandeling, string | null][] = [
    ["content after indienen", stand("in_paraaf"), "bewerken", 'De inhoud van een nota met status "In paraaf" kan niet meer worden gewijzigd.'],
    ["a transition the table lacks", stand("besloten"), "indienen", 'Een nota met status "Besloten" kunt u niet indienen.'],
    ["MR aanmelding of a nota without MR", stand("besloten", { mrBehandeling: false }), "mr_aanmelden", "Deze nota hoeft niet naar de ministerraad."],
    ["verzenden of a besloten nota that must go to the MR", stand("besloten"), "verzenden", "Deze nota moet eerst door de ministerraad."],
    ["verzenden of a besloten nota without MR", stand("besloten", { mrBehandeling: false }), "verzenden", null],
    ["verzenden without a letter written", stand("besloten", { mrBehandeling: false, kamerbriefGeschreven: false }), "verzenden", "Schrijf eerst de Kamerbrief voordat u hem als verzonden markeert."],
    ["verzenden of a nota without Kamerbrief", stand("mr_besloten", { kamerbrief: false, kamerbriefGeschreven: false }), "verzenden", "Bij deze nota hoort geen Kamerbrief."],
    ["the letter of a nota without Kamerbrief", stand("concept", { kamerbrief: false }), "kamerbrief_bewerken", "Bij deze nota hoort geen Kamerbrief. Zet eerst 'Kamerbrief' aan bij de nota."],
    ["the letter after sending", stand("verzonden"), "kamerbrief_bewerken", 'De Kamerbrief van een nota met status "Verzonden aan TK" kan niet meer worden gewijzigd.'],
    ["TK numbers before sending", stand("mr_besloten"), "tk_nummers", "Deze Kamerbrief is nog niet verzonden."],
    ["a file after indienen", stand("in_paraaf"), "bijlage_toevoegen", 'Bij een nota met status "In paraaf" kunt u geen bestanden meer toevoegen.'],
    ["a redaction after publication", stand("gepubliceerd"), "weglakken", 'Bij een nota met status "Gepubliceerd" kunt u geen weglakking meer toevoegen.'],
    ["candidates of a withdrawn nota", stand("ingetrokken"), "kandidaten_beoordelen", 'Bij een nota met status "Ingetrokken" kunt u geen kandidaten meer beoordelen.'],
  ];
  for (const [naam, s, h, melding] of gevallen) {
    it(naam, () => {
      expect(mag(s, h)).toEqual(melding === null ? { ok: true } : { ok: false, melding });
    });
  }
});
