// The shapes the API and the forms accept for a nota and its steps (lib/domain/nota-schemas.ts):
// what each schema reads, the defaults it fills in, and the Dutch message of each refusal.
// Expected values written out by hand.
import { describe, expect, it } from "vitest";
import {
  TOKEN_BEREIK_LABELS,
  TOKEN_MAX_DAGEN,
  TOKEN_STANDAARD_DAGEN,
  besluitSchema,
  bijlageSchema,
  indienFouten,
  indienenSchema,
  intrekkenSchema,
  kamerbriefSchema,
  mrAanmeldingSchema,
  mrUitkomstSchema,
  mrVergaderingSchema,
  notaInvoerSchema,
  notaPatchSchema,
  paraafSchema,
  terugsturenSchema,
  tkNummersSchema,
  tokenSchema,
  vervangingSchema,
  verzendingSchema,
} from "@/lib/domain/nota-schemas";

type Schema = { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } };
/** The refusals as [path, message]. */
const fouten = (schema: Schema, invoer: unknown) => (schema.safeParse(invoer).error?.issues ?? []).map((i) => [i.path.join("."), i.message]);

const ID = "0b7e6a52-3c1d-4f7a-9a8e-2d5c4b3a2f10";
const ID2 = "5f0c1e2d-9b8a-4c7d-8e6f-1a2b3c4d5e6f";

describe("a bijlage", () => {
  it("reads a public one with defaults", () => {
    expect(bijlageSchema.parse({ naam: " Brief ", informatie: "openbaar" })).toEqual({ naam: "Brief", informatie: "openbaar", gronden: [], vindplaats: null });
  });
  it("reads a partly public one with its grounds, and a published one with its vindplaats", () => {
    expect(bijlageSchema.parse({ naam: "Advies", informatie: "deels_openbaar", gronden: ["5.1.2e", "5.2"] })).toEqual({ naam: "Advies", informatie: "deels_openbaar", gronden: ["5.1.2e", "5.2"], vindplaats: null });
    expect(bijlageSchema.parse({ naam: "Brief", informatie: "reeds_openbaar", vindplaats: " kst-29362-385 " })).toEqual({ naam: "Brief", informatie: "reeds_openbaar", gronden: [], vindplaats: "kst-29362-385" });
  });
  it.each([
    ["deels openbaar without a ground", { naam: "A", informatie: "deels_openbaar" }, [["gronden", "Noem de Woo-grond(en) waarom de bijlage niet (geheel) openbaar is."]]],
    ["niet openbaar without a ground", { naam: "A", informatie: "niet_openbaar", gronden: [] }, [["gronden", "Noem de Woo-grond(en) waarom de bijlage niet (geheel) openbaar is."]]],
    ["openbaar with a ground", { naam: "A", informatie: "openbaar", gronden: ["5.2"] }, [["gronden", "Een openbare bijlage heeft geen Woo-gronden."]]],
    [
      "reeds openbaar with a ground and no vindplaats",
      { naam: "A", informatie: "reeds_openbaar", gronden: ["5.2"] },
      [
        ["gronden", "Een openbare bijlage heeft geen Woo-gronden."],
        ["vindplaats", "Vermeld waar de reeds openbare bijlage te vinden is."],
      ],
    ],
    ["a ground twice", { naam: "A", informatie: "niet_openbaar", gronden: ["5.2", "5.2"] }, [["gronden", "Woo-grond 5.2 staat meer dan één keer bij dezelfde passage."]]],
    [
      "5.1.5 with another 5.1 ground",
      { naam: "A", informatie: "niet_openbaar", gronden: ["5.1.5", "5.1.2e"] },
      [["gronden", "Woo-grond 5.1.5 (onevenredige benadeling) mag niet samen met een andere grond uit artikel 5.1 (5.1.2e) bij dezelfde passage staan."]],
    ],
    ["an unknown kind", { naam: "A", informatie: "geheim" }, [["informatie", "Kies openbaar, deels openbaar, niet openbaar of reeds openbaar."]]],
  ])("refuses %s", (_soort, invoer, verwacht) => {
    expect(fouten(bijlageSchema, invoer)).toEqual(verwacht);
  });
  it("accepts 20 grounds at most", () => {
    expect(fouten(bijlageSchema, { naam: "A", informatie: "niet_openbaar", gronden: Array.from({ length: 21 }, () => "5.2") }).map(([pad]) => pad)).toContain("gronden");
  });
});

describe("the checks across fields", () => {
  const codes = (schema: Schema, invoer: unknown) => (schema.safeParse(invoer).error?.issues ?? []).map((i) => (i as unknown as { code: string }).code);
  it("report their refusals as custom issues", () => {
    expect(codes(bijlageSchema, { naam: "A", informatie: "niet_openbaar" })).toEqual(["custom"]);
    expect(codes(bijlageSchema, { naam: "A", informatie: "openbaar", gronden: ["5.2"] })).toEqual(["custom"]);
    expect(codes(bijlageSchema, { naam: "A", informatie: "reeds_openbaar" })).toEqual(["custom"]);
    expect(codes(bijlageSchema, { naam: "A", informatie: "niet_openbaar", gronden: ["5.2", "5.2"] })).toEqual(["custom"]);
    expect(codes(paraafSchema, { oordeel: "niet_akkoord" })).toEqual(["custom"]);
    expect(codes(besluitSchema, { beslispunten: [{ volgnummer: 1, oordeel: "gewijzigd_akkoord" }] })).toEqual(["custom"]);
    expect(codes(mrUitkomstSchema, { uitkomst: "aanvaard_met_wijzigingen" })).toEqual(["custom"]);
    expect(codes(tkNummersSchema, { dossiernummer: "29362", ondernummer: 385 })).toEqual(["custom"]);
  });
});

describe("a new nota", () => {
  const minimaal = { onderwerp: " Reactie ROB ", soort: "ter_beslissing", aanId: ID };
  it("fills in the defaults", () => {
    expect(notaInvoerSchema.parse(minimaal)).toEqual({
      onderwerp: "Reactie ROB",
      soort: "ter_beslissing",
      aanId: ID,
      contactpersoonId: null,
      uitersteBeslisdatum: null,
      deadlineReden: null,
      rubricering: null,
      mrBehandeling: false,
      kamerbrief: false,
      aanleiding: "",
      kern: "",
      toelichting: "",
      politiekeContext: null,
      nietOpenbaar: "NVT",
      motivering: "",
      beslispunten: [],
      bijlagen: [],
      externKenmerk: null,
      externDatum: null,
    });
  });
  it("keeps what is given", () => {
    expect(
      notaInvoerSchema.parse({
        ...minimaal,
        contactpersoonId: ID2,
        uitersteBeslisdatum: "2025-06-27",
        politiekeContext: "Gevoelig.",
        mrBehandeling: true,
        kamerbrief: true,
        beslispunten: [{ tekst: " Instemmen " }],
        externKenmerk: "X-1",
        externDatum: "2025-06-01",
      }),
    ).toMatchObject({
      contactpersoonId: ID2,
      uitersteBeslisdatum: "2025-06-27",
      politiekeContext: "Gevoelig.",
      mrBehandeling: true,
      kamerbrief: true,
      beslispunten: [{ tekst: "Instemmen" }],
      externKenmerk: "X-1",
      externDatum: "2025-06-01",
    });
  });
  it("reads an empty political context as none", () => {
    expect(notaInvoerSchema.parse({ ...minimaal, politiekeContext: "" }).politiekeContext).toBeNull();
  });
  it.each([
    ["an unknown soort", { ...minimaal, soort: "ter_kennisname" }, [["soort", "Kies ter beslissing of ter informatie."]]],
    ["a flag that is no boolean", { ...minimaal, mrBehandeling: "ja" }, [["mrBehandeling", "Geef aan of de nota naar de ministerraad gaat (true of false)."]]],
    ["a Kamerbrief flag that is no boolean", { ...minimaal, kamerbrief: 1 }, [["kamerbrief", "Geef aan of er een Kamerbrief bij hoort (true of false)."]]],
    ["51 beslispunten", { ...minimaal, beslispunten: Array.from({ length: 51 }, () => ({ tekst: "x" })) }, [["beslispunten", "Hoogstens 50 beslispunten."]]],
    ["101 bijlagen", { ...minimaal, bijlagen: Array.from({ length: 101 }, () => ({ naam: "x", informatie: "openbaar" })) }, [["bijlagen", "Hoogstens 100 bijlagen."]]],
    ["an unknown key", { ...minimaal, status: "besloten" }, [["", "Onbekende key: \"status\""]]],
  ])("refuses %s", (_soort, invoer, verwacht) => {
    expect(fouten(notaInvoerSchema, invoer)).toEqual(verwacht);
  });
  it("names the section in a text error", () => {
    expect(fouten(notaInvoerSchema, { ...minimaal, kern: "Zie {{5.9: dit}}." }).map(([pad]) => pad)).toEqual(["kern"]);
    expect(fouten(notaInvoerSchema, { ...minimaal, kern: "Zie {{5.9: dit}}." })[0]![1]).toMatch(/^Kern: /);
  });
});

describe("a change to a nota", () => {
  it("takes any subset of the fields, without defaults", () => {
    expect(notaPatchSchema.parse({ kern: "Nieuw." })).toEqual({ kern: "Nieuw." });
    expect(notaPatchSchema.parse({})).toEqual({});
  });
  it("refuses the import-only fields", () => {
    expect(fouten(notaPatchSchema, { externKenmerk: "X" })).toEqual([["", "Onbekende key: \"externKenmerk\""]]);
  });
});

describe("what indienen needs", () => {
  const goed = { soort: "ter_beslissing", onderwerp: "O", kern: "K", aanleiding: "A", beslispunten: [{}] };
  it("nothing more for a complete nota", () => {
    expect(indienFouten(goed)).toEqual([]);
    expect(indienFouten({ ...goed, soort: "ter_informatie", beslispunten: [] })).toEqual([]);
  });
  it("an aanleiding, a kern and a beslispunt for a nota ter beslissing", () => {
    expect(indienFouten({ ...goed, aanleiding: "  ", kern: "\n", beslispunten: [] })).toEqual([
      { path: "aanleiding", message: "Vul de aanleiding in voordat u de nota indient." },
      { path: "kern", message: "Vul de kern in voordat u de nota indient." },
      { path: "beslispunten", message: "Een nota ter beslissing heeft ten minste één beslispunt." },
    ]);
  });
});

describe("indienen", () => {
  it("reads the route", () => {
    expect(indienenSchema.parse({ paraafroute: [{ volgorde: 1, gebruikerId: ID, rol: " Afdelingshoofd " }, { volgorde: 2, gebruikerId: ID2, rol: "Directeur", deadline: "2025-06-25" }] })).toEqual({
      paraafroute: [
        { volgorde: 1, gebruikerId: ID, rol: "Afdelingshoofd", deadline: null },
        { volgorde: 2, gebruikerId: ID2, rol: "Directeur", deadline: "2025-06-25" },
      ],
    });
  });
  it.each([
    ["no step", { paraafroute: [] }, [["paraafroute", "Kies ten minste één parafeerder."]]],
    ["21 steps", { paraafroute: Array.from({ length: 21 }, () => ({ volgorde: 1, gebruikerId: ID, rol: "DG" })) }, [["paraafroute", "Hoogstens 20 paraafstappen."]]],
    ["order 0", { paraafroute: [{ volgorde: 0, gebruikerId: ID, rol: "DG" }] }, [["paraafroute.0.volgorde", "De volgorde begint bij 1."]]],
    ["an order that is no number", { paraafroute: [{ volgorde: "1", gebruikerId: ID, rol: "DG" }] }, [["paraafroute.0.volgorde", "De volgorde is een getal."]]],
  ])("refuses %s", (_soort, invoer, verwacht) => {
    expect(fouten(indienenSchema, invoer)).toEqual(verwacht);
  });
  it("accepts orders 1 to 20", () => {
    expect(indienenSchema.safeParse({ paraafroute: [{ volgorde: 20, gebruikerId: ID, rol: "DG" }] }).success).toBe(true);
    expect(indienenSchema.safeParse({ paraafroute: [{ volgorde: 21, gebruikerId: ID, rol: "DG" }] }).success).toBe(false);
  });
});

describe("a paraaf", () => {
  it("needs no remark with akkoord", () => {
    expect(paraafSchema.parse({ oordeel: "akkoord" })).toEqual({ oordeel: "akkoord", opmerking: null });
  });
  it("reads a remark", () => {
    expect(paraafSchema.parse({ oordeel: "akkoord_met_opmerkingen", opmerking: " Let op § 2 " })).toEqual({ oordeel: "akkoord_met_opmerkingen", opmerking: "Let op § 2" });
  });
  it.each([
    ["niet akkoord without a reason", { oordeel: "niet_akkoord" }, [["opmerking", "Licht toe waarom u niet akkoord gaat."]]],
    ["akkoord met opmerkingen without them", { oordeel: "akkoord_met_opmerkingen", opmerking: "  " }, [["opmerking", "Schrijf uw opmerkingen op."]]],
    ["an unknown oordeel", { oordeel: "misschien" }, [["oordeel", "Kies akkoord, akkoord met opmerkingen of niet akkoord."]]],
  ])("refuses %s", (_soort, invoer, verwacht) => {
    expect(fouten(paraafSchema, invoer)).toEqual(verwacht);
  });
});

describe("the minister's decision", () => {
  it("defaults to besloten without beslispunten", () => {
    expect(besluitSchema.parse({})).toEqual({ beslispunten: [], annotatie: null, uitkomst: "besloten" });
  });
  it("reads oordelen, a change and an annotation", () => {
    expect(
      besluitSchema.parse({
        beslispunten: [
          { volgnummer: 1, oordeel: "akkoord" },
          { volgnummer: 2, oordeel: "gewijzigd_akkoord", wijziging: " Anders " },
        ],
        annotatie: "Goed.",
        uitkomst: "afgewezen",
      }),
    ).toEqual({
      beslispunten: [
        { volgnummer: 1, oordeel: "akkoord", wijziging: null },
        { volgnummer: 2, oordeel: "gewijzigd_akkoord", wijziging: "Anders" },
      ],
      annotatie: "Goed.",
      uitkomst: "afgewezen",
    });
  });
  it.each([
    ["gewijzigd akkoord without the change (on the second point)", { beslispunten: [{ volgnummer: 1, oordeel: "akkoord" }, { volgnummer: 2, oordeel: "gewijzigd_akkoord" }] }, [["beslispunten.1.wijziging", "Schrijf op hoe het beslispunt gewijzigd is."]]],
    ["an unknown oordeel", { beslispunten: [{ volgnummer: 1, oordeel: "ja" }] }, [["beslispunten.0.oordeel", "Kies akkoord, niet akkoord of gewijzigd akkoord."]]],
    ["an unknown outcome", { uitkomst: "uitgesteld" }, [["uitkomst", "Kies besloten of afgewezen."]]],
  ])("refuses %s", (_soort, invoer, verwacht) => {
    expect(fouten(besluitSchema, invoer)).toEqual(verwacht);
  });
});

describe("the other steps", () => {
  it("terugsturen and intrekken need a reason", () => {
    expect(fouten(terugsturenSchema, { opmerking: " " })).toEqual([["opmerking", "Vul de reden van terugsturen in."]]);
    expect(fouten(intrekkenSchema, { reden: "" })).toEqual([["reden", "Vul de reden van intrekken in."]]);
    expect(intrekkenSchema.parse({ reden: " Vervallen " })).toEqual({ reden: "Vervallen" });
  });
  it("an MR meeting is extra unless said", () => {
    expect(mrVergaderingSchema.parse({ datum: "2025-06-30" })).toEqual({ datum: "2025-06-30", soort: "extra" });
    expect(fouten(mrVergaderingSchema, { datum: "2025-06-30", soort: "spoed" })).toEqual([["soort", "Kies regulier of extra."]]);
  });
  it("an MR registration", () => {
    expect(mrAanmeldingSchema.parse({ vergaderingId: ID, rondgezondenOp: "2025-06-23" })).toEqual({ vergaderingId: ID, rondgezondenOp: "2025-06-23", motivering: null });
  });
  it("an MR outcome with changes needs a note of them", () => {
    expect(mrUitkomstSchema.parse({ uitkomst: "aangehouden", nieuweVergaderingId: ID })).toEqual({ uitkomst: "aangehouden", toelichting: null, nieuweVergaderingId: ID });
    expect(mrUitkomstSchema.parse({ uitkomst: "aanvaard_met_wijzigingen", toelichting: "Zin 2 geschrapt." })).toEqual({ uitkomst: "aanvaard_met_wijzigingen", toelichting: "Zin 2 geschrapt.", nieuweVergaderingId: null });
    expect(fouten(mrUitkomstSchema, { uitkomst: "aanvaard_met_wijzigingen" })).toEqual([["toelichting", "Noteer kort welke wijzigingen de ministerraad aanbracht."]]);
    expect(fouten(mrUitkomstSchema, { uitkomst: "verworpen" })).toEqual([["uitkomst", "Kies akkoord, aanvaard met wijzigingen, aangehouden, besproken zonder conclusie of teruggetrokken."]]);
  });
  it("a Kamerbrief with its defaults", () => {
    expect(kamerbriefSchema.parse({ betreft: "Kabinetsreactie", tekst: "Hierbij." })).toEqual({
      datum: null,
      betreft: "Kabinetsreactie",
      onsKenmerk: null,
      uwKenmerk: null,
      aanhef: "Geachte voorzitter,",
      tekst: "Hierbij.",
      slot: null,
      ondertekenaarId: null,
    });
    expect(fouten(kamerbriefSchema, { betreft: "Kabinetsreactie", tekst: "" })).toEqual([["tekst", "Schrijf de tekst van de brief."]]);
  });
  it("a sending date", () => {
    expect(verzendingSchema.parse({ verzondenOp: "2025-07-01" })).toEqual({ verzondenOp: "2025-07-01" });
  });
});

describe("the TK numbers", () => {
  it("read all or none of the Kamerstuk", () => {
    expect(tkNummersSchema.parse({ tkDocumentnummer: "2025D31349" })).toEqual({ tkDocumentnummer: "2025D31349" });
    expect(tkNummersSchema.parse({ dossiernummer: "29 362", ondernummer: "385", vergaderjaar: "2024-2025" })).toEqual({ dossiernummer: "29362", ondernummer: 385, vergaderjaar: "2024-2025" });
  });
  it("name each missing part of a Kamerstuk", () => {
    expect(fouten(tkNummersSchema, { dossiernummer: "29362" })).toEqual([
      ["ondernummer", "Vul dossiernummer, ondernummer en vergaderjaar samen in."],
      ["vergaderjaar", "Vul dossiernummer, ondernummer en vergaderjaar samen in."],
    ]);
    expect(fouten(tkNummersSchema, { ondernummer: 385, vergaderjaar: "2024-2025", dossiernummer: null })).toEqual([["dossiernummer", "Vul dossiernummer, ondernummer en vergaderjaar samen in."]]);
  });
});

describe("a personal API token", () => {
  it("reads for 90 days with reading only unless chosen", () => {
    expect(tokenSchema.parse({ naam: "Script" })).toEqual({ naam: "Script", scope: "lezen", geldigheidDagen: 90 });
    expect(tokenSchema.parse({ naam: "Script", scope: "webhooks", geldigheidDagen: "365" })).toEqual({ naam: "Script", scope: "webhooks", geldigheidDagen: 365 });
    expect([TOKEN_STANDAARD_DAGEN, TOKEN_MAX_DAGEN]).toEqual([90, 365]);
  });
  it.each([
    [{ naam: "S", geldigheidDagen: 0 }, [["geldigheidDagen", "Een token is minstens 1 dag geldig."]]],
    [{ naam: "S", geldigheidDagen: 366 }, [["geldigheidDagen", "Een token is hoogstens 365 dagen geldig."]]],
    [{ naam: "S", geldigheidDagen: 1.5 }, [["geldigheidDagen", "Geef een heel aantal dagen."]]],
    [{ naam: "S", geldigheidDagen: "veel" }, [["geldigheidDagen", "Geef het aantal dagen als getal."]]],
    [{ naam: "S", scope: "alles" }, [["scope", "Kies lezen, schrijven of webhooks."]]],
  ])("refuses %j", (invoer, verwacht) => {
    expect(fouten(tokenSchema, invoer)).toEqual(verwacht);
  });
  it("names the scopes", () => {
    expect(TOKEN_BEREIK_LABELS).toEqual({ lezen: "Alleen lezen", schrijven: "Lezen en schrijven", webhooks: "Lezen en eigen webhooks beheren" });
  });
});

describe("a replacement", () => {
  it("may start and end on one day", () => {
    expect(vervangingSchema.parse({ vervangerId: ID, van: "2025-07-01", tot: "2025-07-01" })).toEqual({ vervangerId: ID, van: "2025-07-01", tot: "2025-07-01" });
  });
  it.each([
    [{ vervangerId: ID, van: "2025-07-02", tot: "2025-07-01" }, [["tot", "De einddatum ligt niet voor de begindatum."]]],
    [{ vervangerId: "", van: "2025-07-01", tot: "2025-07-01" }, [["vervangerId", "Kies de vervanger."]]],
    [{ van: "2025-07-01", tot: "2025-07-01" }, [["vervangerId", "Kies de vervanger."]]],
  ])("refuses %j", (invoer, verwacht) => {
    expect(fouten(vervangingSchema, invoer)).toEqual(verwacht);
  });
});
