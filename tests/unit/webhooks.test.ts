import { describe, expect, it } from "vitest";
import { eventsVoorWijziging, maakCloudEvent, wachttijdNaPoging, webhookAbonnementSchema, webhookWijzigingSchema, WEBHOOK_EVENTTYPES } from "@/lib/domain/webhooks";

describe("which change raises which webhook event", () => {
  const rijen: [Parameters<typeof eventsVoorWijziging>[0], string, string, string[]][] = [
    ["indienen", "concept", "in_paraaf", ["nl.beslisroute.nota.status-gewijzigd"]],
    ["paraferen", "in_paraaf", "in_paraaf", []],
    ["bewerken", "concept", "concept", []],
    ["beslissen", "bij_bewindspersoon", "besloten", ["nl.beslisroute.nota.status-gewijzigd", "nl.beslisroute.nota.besluit-vastgelegd"]],
    ["mr_uitkomst", "aangemeld_mr", "mr_besloten", ["nl.beslisroute.nota.status-gewijzigd", "nl.beslisroute.nota.mr-uitkomst-vastgelegd"]],
    ["verzenden", "besloten", "verzonden", ["nl.beslisroute.nota.status-gewijzigd", "nl.beslisroute.nota.kamerbrief-verzonden"]],
    ["tk_nummers", "verzonden", "verzonden", ["nl.beslisroute.nota.tk-nummers-vastgelegd"]],
    ["publiceren", "verzonden", "gepubliceerd", ["nl.beslisroute.nota.status-gewijzigd", "nl.beslisroute.nota.gepubliceerd"]],
    ["weglakken", "verzonden", "verzonden", []],
  ];
  for (const [handeling, van, naar, verwacht] of rijen) {
    it(`${handeling}: ${van} → ${naar}`, () => {
      expect(eventsVoorWijziging(handeling, van as never, naar as never)).toEqual(verwacht);
    });
  }
  it("has exactly these six types", () => {
    expect(WEBHOOK_EVENTTYPES).toEqual([
      "nl.beslisroute.nota.status-gewijzigd",
      "nl.beslisroute.nota.besluit-vastgelegd",
      "nl.beslisroute.nota.mr-uitkomst-vastgelegd",
      "nl.beslisroute.nota.kamerbrief-verzonden",
      "nl.beslisroute.nota.tk-nummers-vastgelegd",
      "nl.beslisroute.nota.gepubliceerd",
    ]);
  });
});

describe("the CloudEvent (NL GOV profile)", () => {
  it("is structured JSON with source, subject and dataref, and no personal data", () => {
    const e = maakCloudEvent({
      id: "3b1f5e2a-0c4d-4e8f-9a6b-7c2d1e0f9a8b",
      type: "nl.beslisroute.nota.besluit-vastgelegd",
      apiBasis: "https://beslisroute.minbzk.nl/api/v1/",
      nota: { id: "0b0e2c7e-6a4f-4f3e-9a51-4d1c2b3a4f5e", kenmerk: "BZK-2025-0042", status: "besloten", vorigeStatus: "bij_bewindspersoon" },
      tijdstip: new Date("2025-06-30T12:05:00.000Z"),
    });
    expect(e).toEqual({
      specversion: "1.0",
      id: "3b1f5e2a-0c4d-4e8f-9a6b-7c2d1e0f9a8b",
      source: "https://beslisroute.minbzk.nl/api/v1",
      type: "nl.beslisroute.nota.besluit-vastgelegd",
      subject: "https://beslisroute.minbzk.nl/api/v1/notas/0b0e2c7e-6a4f-4f3e-9a51-4d1c2b3a4f5e",
      time: "2025-06-30T12:05:00.000Z",
      datacontenttype: "application/json",
      dataref: "https://beslisroute.minbzk.nl/api/v1/notas/0b0e2c7e-6a4f-4f3e-9a51-4d1c2b3a4f5e",
      data: { notaId: "0b0e2c7e-6a4f-4f3e-9a51-4d1c2b3a4f5e", kenmerk: "BZK-2025-0042", status: "besloten", besluit: "besloten" },
    });
  });
});

describe("the retry schedule", () => {
  // poging, toeval → wachttijd in ms: 30 s doubled per attempt, at most an hour, plus up to 20 %.
  const rijen: [number, number, number][] = [
    [1, 0, 30_000],
    [2, 0, 60_000],
    [3, 0, 120_000],
    [4, 0, 240_000],
    [7, 0, 1_920_000],
    [8, 0, 3_600_000],
    [20, 0, 3_600_000],
    [1, 0.5, 33_000],
    [3, 0.999999, 143_999.99],
    [8, 1, 4_320_000],
  ];
  for (const [poging, toeval, ms] of rijen) {
    it(`after attempt ${poging} with jitter ${toeval}: ${ms} ms`, () => {
      expect(wachttijdNaPoging(poging, toeval)).toBeCloseTo(ms, -1);
    });
  }
});

describe("the subscription's input", () => {
  const geldig = { eventtypes: ["nl.beslisroute.nota.gepubliceerd"] };
  const fout = (httpToegestaan: boolean, invoer: unknown) => {
    const r = webhookAbonnementSchema(httpToegestaan).safeParse(invoer);
    return r.success ? null : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };
  it("takes an https URL and known event types", () => {
    expect(fout(false, { ...geldig, url: "https://dms.ministerie.nl/hooks?k=1" })).toBeNull();
  });
  const rijen: [boolean, unknown, string[]][] = [
    [false, { ...geldig, url: "http://dms.ministerie.nl/hooks" }, ["url: De URL moet met https:// beginnen."]],
    [false, { ...geldig, url: "http://localhost:8080/hooks" }, ["url: De URL moet met https:// beginnen."]],
    [true, { ...geldig, url: "http://dms.ministerie.nl/hooks" }, ["url: De URL moet met https:// beginnen."]],
    [false, { ...geldig, url: "ftp://dms.ministerie.nl/" }, ["url: De URL moet met https:// beginnen."]],
    [false, { ...geldig, url: "geen url" }, ["url: Vul een volledige URL in, zoals https://voorbeeld.nl/webhooks."]],
    [false, { ...geldig, url: "" }, ["url: Vul een URL in."]],
    [false, { ...geldig, url: "https://wie:geheim@dms.ministerie.nl/" }, ["url: Zet geen gebruikersnaam of wachtwoord in de URL."]],
    [false, { url: "https://dms.ministerie.nl/", eventtypes: [] }, ["eventtypes: Kies minstens één gebeurtenis."]],
    [false, { url: "https://dms.ministerie.nl/", eventtypes: ["nl.beslisroute.nota.verwijderd"] }, ["eventtypes.0: Onbekend soort gebeurtenis."]],
  ];
  for (const [http, invoer, verwacht] of rijen) {
    it(`refuses ${JSON.stringify(invoer)}${http ? " (http allowed)" : ""}`, () => expect(fout(http, invoer)).toEqual(verwacht));
  }
  it("takes http to this machine only when allowed", () => {
    expect(fout(true, { ...geldig, url: "http://127.0.0.1:4000/hooks" })).toBeNull();
    expect(fout(true, { ...geldig, url: "http://localhost:4000/hooks" })).toBeNull();
  });
  it("refuses unknown fields in a change", () => {
    expect(webhookWijzigingSchema(false).safeParse({ geheim: "x" }).success).toBe(false);
    expect(webhookWijzigingSchema(false).safeParse({ actief: false }).success).toBe(true);
  });
});
