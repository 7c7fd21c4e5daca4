// Webhooks, the rest written out (lib/domain/webhooks.ts): the data of every event type, the edges
// of the retry schedule, the subscription's defaults and the delivery log's query.
import { describe, expect, it } from "vitest";
import { EVENT_VAN_HANDELING, WEBHOOK_MAX_POGINGEN, afleveringenQuerySchema, eventData, maakCloudEvent, wachttijdNaPoging, webhookAbonnementSchema, webhookUrlSchema, webhookWijzigingSchema, type NotaFeiten } from "@/lib/domain/webhooks";

const NOTA: NotaFeiten = {
  id: "0b0e2c7e-6a4f-4f3e-9a51-4d1c2b3a4f5e",
  kenmerk: "BZK-2025-0042",
  status: "verzonden",
  vorigeStatus: "mr_besloten",
  mrUitkomst: "akkoord",
  verzondenOp: "2025-07-01",
  tk: { tkDocumentnummer: "2025D31349", tkZaaknummer: "2025Z13826", dossiernummer: "29362", ondernummer: 385, vergaderjaar: "2024-2025" },
};
const BASIS = { notaId: "0b0e2c7e-6a4f-4f3e-9a51-4d1c2b3a4f5e", kenmerk: "BZK-2025-0042", status: "verzonden" };
const T = "2025-07-02T08:00:00.000Z";

describe("the data of each event", () => {
  it.each([
    ["nl.beslisroute.nota.status-gewijzigd", { ...BASIS, vorigeStatus: "mr_besloten" }],
    ["nl.beslisroute.nota.besluit-vastgelegd", { ...BASIS, besluit: "verzonden" }],
    ["nl.beslisroute.nota.mr-uitkomst-vastgelegd", { ...BASIS, mrUitkomst: "akkoord" }],
    ["nl.beslisroute.nota.kamerbrief-verzonden", { ...BASIS, verzondenOp: "2025-07-01" }],
    ["nl.beslisroute.nota.tk-nummers-vastgelegd", { ...BASIS, tkDocumentnummer: "2025D31349", tkZaaknummer: "2025Z13826", dossiernummer: "29362", ondernummer: 385, vergaderjaar: "2024-2025" }],
    ["nl.beslisroute.nota.gepubliceerd", { ...BASIS, gepubliceerdOp: T }],
  ] as const)("%s", (type, verwacht) => {
    expect(eventData(type, NOTA, T)).toEqual(verwacht);
  });

  it("says null for what is not known yet", () => {
    const kaal: NotaFeiten = { id: NOTA.id, kenmerk: NOTA.kenmerk, status: "verzonden", vorigeStatus: "besloten" };
    expect(eventData("nl.beslisroute.nota.mr-uitkomst-vastgelegd", kaal, T)).toEqual({ ...BASIS, mrUitkomst: null });
    expect(eventData("nl.beslisroute.nota.kamerbrief-verzonden", kaal, T)).toEqual({ ...BASIS, verzondenOp: null });
    expect(eventData("nl.beslisroute.nota.tk-nummers-vastgelegd", kaal, T)).toEqual(BASIS);
  });

  it("takes an API base without a trailing slash as it is", () => {
    const e = maakCloudEvent({ id: "x", type: "nl.beslisroute.nota.gepubliceerd", apiBasis: "https://b.example/api/v1", nota: NOTA, tijdstip: new Date(T) });
    expect([e.source, e.subject, e.dataref, e.time, e.data]).toEqual([
      "https://b.example/api/v1",
      "https://b.example/api/v1/notas/0b0e2c7e-6a4f-4f3e-9a51-4d1c2b3a4f5e",
      "https://b.example/api/v1/notas/0b0e2c7e-6a4f-4f3e-9a51-4d1c2b3a4f5e",
      T,
      { ...BASIS, gepubliceerdOp: T },
    ]);
  });

  it("raises its own event for five actions", () => {
    expect(EVENT_VAN_HANDELING).toEqual({
      beslissen: "nl.beslisroute.nota.besluit-vastgelegd",
      mr_uitkomst: "nl.beslisroute.nota.mr-uitkomst-vastgelegd",
      verzenden: "nl.beslisroute.nota.kamerbrief-verzonden",
      tk_nummers: "nl.beslisroute.nota.tk-nummers-vastgelegd",
      publiceren: "nl.beslisroute.nota.gepubliceerd",
    });
  });
});

describe("the retry schedule's edges", () => {
  it.each([
    [0, 0, 30_000],
    [-3, 0, 30_000],
    [6, 0, 960_000],
    [7, 0.25, 2_016_000],
    [1, -1, 30_000],
    [1, 5, 36_000],
    [1, 0.123456, 30_741],
  ])("after attempt %d with jitter %d: %d ms", (poging, toeval, ms) => {
    expect(wachttijdNaPoging(poging, toeval)).toBe(ms);
  });
  it("gives up after eight attempts", () => {
    expect(WEBHOOK_MAX_POGINGEN).toBe(8);
  });
});

describe("a subscription", () => {
  const fouten = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) => (r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]);
  it("is active unless said, without double event types", () => {
    expect(
      webhookAbonnementSchema(false).parse({ url: " https://dms.example/h ", eventtypes: ["nl.beslisroute.nota.gepubliceerd", "nl.beslisroute.nota.gepubliceerd"], omschrijving: " DMS " }),
    ).toEqual({ url: "https://dms.example/h", eventtypes: ["nl.beslisroute.nota.gepubliceerd"], omschrijving: "DMS", actief: true });
  });
  it.each([
    [{ url: "https://dms.example/h#deel", eventtypes: ["nl.beslisroute.nota.gepubliceerd"] }, [["url", "Een URL met een # -deel kan niet."]]],
    [{ url: `https://dms.example/${"a".repeat(2000)}`, eventtypes: ["nl.beslisroute.nota.gepubliceerd"] }, [["url", "De URL is te lang (hoogstens 2000 tekens)."]]],
    [{ url: "https://dms.example/h", eventtypes: ["nl.beslisroute.nota.gepubliceerd"], omschrijving: "x".repeat(201) }, [["omschrijving", "Hoogstens 200 tekens."]]],
    [{ url: "https://dms.example/h", eventtypes: "alles" }, [["eventtypes", "Kies de gebeurtenissen."]]],
    [{ url: "https://dms.example/h", eventtypes: ["nl.beslisroute.nota.gepubliceerd"], actief: "ja" }, [["actief", "Kies aan of uit."]]],
    [{ eventtypes: ["nl.beslisroute.nota.gepubliceerd"] }, [["url", "Vul een URL in."]]],
  ])("refuses %#", (invoer, verwacht) => {
    expect(fouten(webhookAbonnementSchema(false).safeParse(invoer))).toEqual(verwacht);
  });
  it("refuses a user name alone, and another scheme to this machine, as custom issues", () => {
    const codes = (r: { error?: { issues: { code: string; message: string }[] } }) => (r.error?.issues ?? []).map((i) => [i.code, i.message]);
    expect(codes(webhookUrlSchema(false).safeParse("https://wie@dms.example/h"))).toEqual([["custom", "Zet geen gebruikersnaam of wachtwoord in de URL."]]);
    expect(codes(webhookUrlSchema(true).safeParse("ftp://localhost/h"))).toEqual([["custom", "De URL moet met https:// beginnen."]]);
    expect(codes(webhookUrlSchema(false).safeParse("geen url"))).toEqual([["custom", "Vul een volledige URL in, zoals https://voorbeeld.nl/webhooks."]]);
    expect(codes(webhookUrlSchema(false).safeParse("https://dms.example/h#x"))).toEqual([["custom", "Een URL met een # -deel kan niet."]]);
  });
  it("takes http to [::1] when allowed", () => {
    expect(webhookUrlSchema(true).parse("http://[::1]:4000/h")).toBe("http://[::1]:4000/h");
    expect(fouten(webhookUrlSchema(true).safeParse("http://10.0.0.1/h"))).toEqual([["", "De URL moet met https:// beginnen."]]);
  });
  it("changes only what is given", () => {
    expect(webhookWijzigingSchema(false).parse({ eventtypes: ["nl.beslisroute.nota.gepubliceerd"] })).toEqual({ eventtypes: ["nl.beslisroute.nota.gepubliceerd"] });
    expect(fouten(webhookWijzigingSchema(false).safeParse({ actief: "nee" }))).toEqual([["actief", "Kies aan of uit."]]);
  });
});

describe("the delivery log's query", () => {
  it("lists 100 by default", () => {
    expect(afleveringenQuerySchema.parse({})).toEqual({ limiet: 100 });
    expect(afleveringenQuerySchema.parse({ limiet: "500" })).toEqual({ limiet: 500 });
  });
  it.each([
    [{ limiet: "0" }, [["limiet", "Minstens 1."]]],
    [{ limiet: "501" }, [["limiet", "Hoogstens 500."]]],
    [{ limiet: "veel" }, [["limiet", "Geef een getal."]]],
    [{ status: "weg" }, [["status", "Onbekende status."]]],
  ])("refuses %j", (invoer, verwacht) => {
    const r = afleveringenQuerySchema.safeParse(invoer);
    expect((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message])).toEqual(verwacht);
  });
});
