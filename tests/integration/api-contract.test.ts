// "The document is the truth", in process: a nota's whole chain and the errors a client meets,
// through the route files the OpenAPI document names, every answer checked against the document's
// response schema (closed objects: a field it does not name fails too). At the end, every
// documented operation must have been called at least once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createToken } from "@/lib/server/tokens/create-token";
import { renewAgendaToken } from "@/lib/server/exports/agenda-feed";
import { checkSession, startSession } from "@/lib/server/auth/sessions";
import { recordDecision } from "@/lib/server/notas/record-decision";
import { openApiDocument, MEDIA } from "@/lib/domain/openapi";
import { dagVan, plusDagen } from "@/lib/domain/datum";
import { aangeroepen, api } from "@/tests/support/api-in-proces";
import { as, ensureSeed, meetingInDays, notaBijMinister, userId } from "@/tests/support/fixtures";
import { maakBijlagePdf } from "@/tests/support/bijlage-pdf-maker";

type Nota = { id: string; versie: number; status: string; beslispunten: { volgnummer: number }[]; kamerbriefDocument: { onsKenmerk: string | null; ondertekenaarId: string | null } | null };
const tokens: Record<string, string> = {};
const ifMatch = (n: { versie: number }) => ({ "if-match": `"${n.versie}"` });

beforeAll(async () => {
  await ensureSeed();
  for (const login of ["opsteller", "afdelingshoofd", "directeur", "juridisch", "dg", "minister", "mr", "pz", "woo", "beheer", "lezer"]) {
    tokens[login] = (await createToken(await as(login), { naam: "contracttest", scope: "schrijven" })).token;
  }
});

describe("the API's answers are what the OpenAPI document says", () => {
  let nota: Nota;
  let url: string;

  it("drafts, imports, edits and uploads", async () => {
    const o = tokens.opsteller!;
    const imp = await api<{ nota: { onderwerp: string } }>("POST", "/notas/import", { token: o, json: { tekst: readFileSync("tests/fixtures/beslisnota-rob-advies.txt", "utf8") } });
    expect(imp.status).toBe(200);
    expect(imp.body.nota.onderwerp).toMatch(/ROB/);
    const created = await api<Nota>("POST", "/notas", {
      token: o,
      json: { onderwerp: "Contracttest", soort: "ter_beslissing", aanId: await userId("minister"), mrBehandeling: true, kamerbrief: true, aanleiding: "Aanleiding.", kern: "Kern.", beslispunten: [{ tekst: "Instemmen." }], bijlagen: [{ naam: "Bijlage", informatie: "openbaar" }], uitersteBeslisdatum: "2099-06-30" },
    });
    expect(created.status).toBe(201);
    nota = created.body;
    url = `/notas/${nota.id}`;
    expect(created.headers.get("location")).toBe(`/api/v1${url}`);
    nota = (await api<Nota>("PATCH", url, { token: o, headers: ifMatch(nota), json: { toelichting: "Een toelichting." } })).body;
    const form = new FormData();
    form.set("bestand", new File([new Uint8Array(await maakBijlagePdf(["Een openbare bijlage."]))], "bijlage.pdf", { type: "application/pdf" }));
    const upload = await api<Nota>("POST", `${url}/bijlagen/1/bestand`, { token: o, headers: ifMatch(nota), form });
    expect(upload.status).toBe(200);
    nota = upload.body;
    expect((await api("GET", `/notas?q=Contracttest&limit=5`, { token: o })).status).toBe(200);
    expect((await api("GET", url, { token: o })).status).toBe(200);
  });

  it("goes through the paraafroute, the minister and the ministerraad", async () => {
    const route = [
      { volgorde: 1, gebruikerId: await userId("afdelingshoofd"), rol: "Afdelingshoofd" },
      { volgorde: 2, gebruikerId: await userId("directeur"), rol: "Directeur" },
      { volgorde: 2, gebruikerId: await userId("juridisch"), rol: "Medeparaaf DWJZ" },
      { volgorde: 3, gebruikerId: await userId("dg"), rol: "DG" },
    ];
    nota = (await api<Nota>("POST", `${url}/indienen`, { token: tokens.opsteller, headers: ifMatch(nota), json: { paraafroute: route } })).body;
    expect((await api("GET", "/taken", { token: tokens.afdelingshoofd })).status).toBe(200);
    expect((await api("GET", "/dashboard", { token: tokens.afdelingshoofd })).status).toBe(200);
    for (const login of ["afdelingshoofd", "directeur", "juridisch", "dg"]) nota = (await api<Nota>("POST", `${url}/paraaf`, { token: tokens[login], headers: ifMatch(nota), json: { oordeel: "akkoord" } })).body;
    expect(nota.status).toBe("bij_bewindspersoon");
    // The minister's token is refused (the documented 403); the besluit is taken in a fresh session.
    const metToken = await api<{ code: string }>("POST", `${url}/besluit`, { token: tokens.minister, headers: ifMatch(nota), json: { beslispunten: [{ volgnummer: 1, oordeel: "akkoord" }], annotatie: "Akkoord." } });
    expect([metToken.status, metToken.body.code]).toEqual([403, "FORBIDDEN"]);
    const check = await checkSession(await startSession(await userId("minister"), { soort: "wachtwoord" }));
    if (!check.ok) throw new Error("sessie");
    nota = (await recordDecision({ actor: check.actor, requestId: "contract-besluit" }, nota.id, nota.versie, { beslispunten: [{ volgnummer: 1, oordeel: "akkoord" }], annotatie: "Akkoord." })) as unknown as Nota;
    expect(nota.status).toBe("besloten");
    const vergadering = await meetingInDays(12);
    const lijst = await api<{ id: string }[]>("GET", `/mr-vergaderingen?van=${vergadering.datum}&tot=${vergadering.datum}`, { token: tokens.lezer });
    expect(lijst.body.map((v) => v.id)).toContain(vergadering.id);
    const extra = plusDagen(dagVan(new Date()), 400 + Math.floor(Math.random() * 300));
    const nieuw = await api("POST", "/mr-vergaderingen", { token: tokens.mr, json: { datum: extra, soort: "extra" } });
    expect([201, 409]).toContain(nieuw.status);
    nota = (await api<Nota>("POST", `${url}/mr-aanmelding`, { token: tokens.mr, headers: ifMatch(nota), json: { vergaderingId: vergadering.id, rondgezondenOp: dagVan(new Date()) } })).body;
    nota = (await api<Nota>("POST", `${url}/mr-uitkomst`, { token: tokens.mr, headers: ifMatch(nota), json: { uitkomst: "akkoord" } })).body;
    expect(nota.status).toBe("mr_besloten");
    const lijstPdf = await api("GET", `/mr-vergaderingen/${vergadering.id}/besluitenlijst`, { token: tokens.mr, headers: { accept: MEDIA.pdf } });
    expect(lijstPdf.status).toBe(200);
  });

  it("writes, gives in two forms and sends the Kamerbrief, with its own kenmerk", async () => {
    nota = (await api<Nota>("PUT", `${url}/kamerbrief`, { token: tokens.opsteller, headers: ifMatch(nota), json: { betreft: "Contracttest", tekst: "Hierbij.", onsKenmerk: "2025-0000396582" } })).body;
    expect(nota.kamerbriefDocument).toMatchObject({ onsKenmerk: "2025-0000396582", ondertekenaarId: await userId("minister") });
    const pdf = await api("GET", `${url}/kamerbrief`, { token: tokens.opsteller, headers: { accept: MEDIA.pdf } });
    expect(pdf.headers.get("content-type")).toBe(MEDIA.pdf);
    const docx = await api("GET", `${url}/kamerbrief`, { token: tokens.opsteller, headers: { accept: `${MEDIA.docx}, application/pdf;q=0.5` } });
    expect(docx.headers.get("content-type")).toBe(MEDIA.docx);
    expect(docx.headers.get("vary")).toMatch(/Accept/);
    const geen = await api<{ code: string }>("GET", `${url}/kamerbrief`, { token: tokens.opsteller, headers: { accept: "text/csv" } });
    expect([geen.status, geen.body.code]).toEqual([406, "NOT_ACCEPTABLE"]);
    const notaPdf = await api("GET", url, { token: tokens.opsteller, headers: { accept: MEDIA.pdf } });
    expect(notaPdf.headers.get("content-type")).toBe(MEDIA.pdf);
    const vandaag = dagVan(new Date());
    nota = (await api<Nota>("POST", `${url}/verzending`, { token: tokens.pz, headers: ifMatch(nota), json: { verzondenOp: vandaag } })).body;
    nota = (await api<Nota>("PATCH", `${url}/verzending`, { token: tokens.pz, headers: ifMatch(nota), json: { tkDocumentnummer: "2025D31349", tkZaaknummer: "2025Z13826", dossiernummer: "29362", ondernummer: 385, vergaderjaar: "2024-2025" } })).body;
    expect(nota.status).toBe("verzonden");
  });

  it("prepares and publishes the public version", async () => {
    const w = tokens.woo!;
    const weg = await api<{ versie: number }>("POST", `${url}/weglakkingen`, { token: w, headers: ifMatch(nota), json: { tekst: "Een toelichting", grond: "5.1.2e" } });
    expect(weg.status).toBe(200);
    nota = { ...nota, versie: weg.body.versie };
    expect((await api("GET", `${url}/weglakkingen`, { token: w })).status).toBe(200);
    const kandidaten = await api<{ open: { tekst: string }[] }>("GET", `${url}/kandidaten`, { token: w });
    if (kandidaten.body.open.length) {
      const b = await api<{ versie: number }>("POST", `${url}/kandidaten`, { token: w, headers: ifMatch(nota), json: { besluiten: kandidaten.body.open.map((k) => ({ tekst: k.tekst, besluit: "behouden:geen_persoon" })) } });
      nota = { ...nota, versie: b.body.versie };
    } else {
      const b = await api<{ code: string }>("POST", `${url}/kandidaten`, { token: w, headers: ifMatch(nota), json: { besluiten: [{ tekst: "Niemand", besluit: "behouden:geen_persoon" }] } });
      expect(b.status).toBe(400);
    }
    for (const [accept, type] of [[MEDIA.html, "text/html"], [MEDIA.pdf, MEDIA.pdf]] as const) {
      const r = await api("GET", `${url}/openbare-versie`, { token: w, headers: { accept } });
      expect(r.headers.get("content-type")).toMatch(new RegExp(`^${type}`));
    }
    expect((await api("GET", `${url}/diwoo`, { token: w, headers: { accept: MEDIA.xml } })).headers.get("content-type")).toMatch(/^application\/xml/);
    expect((await api("GET", `${url}/publicatiepakket`, { token: w })).headers.get("content-type")).toBe(MEDIA.zip);
    const pub = await api<Nota>("POST", `${url}/publicatie`, { token: w, headers: ifMatch(nota) });
    expect(pub.status, JSON.stringify(pub.body)).toBe(200);
    expect(pub.body.status).toBe("gepubliceerd");
  });

  it("sends a nota back and withdraws one", async () => {
    const terug = await notaBijMinister();
    const r = await api<Nota>("POST", `/notas/${terug.id}/terugsturen`, { token: tokens.minister, headers: ifMatch(terug), json: { opmerking: "Graag de kern scherper." } });
    expect(r.body.status).toBe("retour");
    const weg = await api<Nota>("POST", `/notas/${r.body.id}/intrekken`, { token: tokens.opsteller, headers: ifMatch(r.body), json: { reden: "Niet meer nodig." } });
    expect(weg.body.status).toBe("ingetrokken");
  });

  it("reads the history, the audit chain and the people", async () => {
    const l = tokens.lezer!;
    expect((await api<unknown[]>("GET", `${url}/audit`, { token: l })).body.length).toBeGreaterThan(10);
    const versies = await api<{ versie: number }[]>("GET", `${url}/versies`, { token: l });
    expect((await api("GET", `${url}/versies/${versies.body[0]!.versie}/diff/${versies.body.at(-1)!.versie}`, { token: l })).status).toBe(200);
    expect((await api<{ ok: boolean }>("GET", "/audit/verificatie", { token: l })).body.ok).toBe(true);
    expect((await api("GET", "/ik", { token: l })).status).toBe(200);
    expect((await api<{ email?: string }[]>("GET", "/gebruikers", { token: l })).body.every((u) => !("email" in u))).toBe(true);
    expect((await api<{ email?: string }[]>("GET", "/gebruikers?rol=bewindspersoon", { token: tokens.beheer })).body.every((u) => u.email)).toBe(true);
    expect((await api("GET", "/beveiligingslog?limiet=5", { token: tokens.beheer })).status).toBe(200);
    expect((await api("GET", "/beveiligingslog", { token: l })).status).toBe(403);
    const morgen = plusDagen(dagVan(new Date()), 1);
    expect((await api("POST", "/vervangingen", { token: tokens.directeur, json: { vervangerId: await userId("dg"), van: morgen, tot: plusDagen(morgen, 3) } })).status).toBe(201);
  });

  it("manages tokens and the agenda feed", async () => {
    const lijst = await api<{ id: string; naam: string }[]>("GET", "/tokens", { token: tokens.lezer });
    expect(lijst.body.length).toBeGreaterThan(0);
    expect((await api("POST", "/tokens", { token: tokens.lezer, json: { naam: "via token" } })).status).toBe(403);
    expect((await api("POST", "/agenda/token", { token: tokens.lezer })).status).toBe(403);
    const eigen = await createToken(await as("lezer"), { naam: "weg ermee" });
    expect((await api("DELETE", `/tokens/${eigen.id}`, { token: tokens.lezer })).status).toBe(204);
    const { token } = await renewAgendaToken(await as("lezer"));
    const feed = await api("GET", `/agenda/${token}`);
    expect(feed.headers.get("content-type")).toMatch(/^text\/calendar/);
    expect((await api("GET", `/agenda/bra_bestaatniet`)).status).toBe(404);
  });

  it("registers, reads, changes, rotates and deletes a webhook subscription", async () => {
    const b = (await createToken(await as("beheer"), { naam: "contracttest webhooks", scope: "webhooks" })).token;
    const nieuw = await api<{ id: string; geheim: string }>("POST", "/webhooks", { token: b, json: { url: "https://dms.contracttest.invalid/events", eventtypes: ["nl.beslisroute.nota.gepubliceerd"], omschrijving: "Contracttest" } });
    expect(nieuw.status).toBe(201);
    expect(nieuw.headers.get("location")).toBe(`/api/v1/webhooks/${nieuw.body.id}`);
    const pad = `/webhooks/${nieuw.body.id}`;
    expect((await api<{ id: string }[]>("GET", "/webhooks", { token: b })).body.map((w) => w.id)).toContain(nieuw.body.id);
    expect((await api("GET", pad, { token: b })).status).toBe(200);
    expect((await api<{ actief: boolean }>("PATCH", pad, { token: b, json: { actief: false } })).body.actief).toBe(false);
    expect((await api<{ geheim: string }>("POST", `${pad}/geheim`, { token: b })).body.geheim).toMatch(/^whsec_/);
    expect((await api<unknown[]>("GET", `${pad}/afleveringen`, { token: b })).body).toEqual([]);
    expect((await api("POST", `${pad}/afleveringen/00000000-0000-4000-8000-000000000000/opnieuw`, { token: b })).status).toBe(404);
    expect((await api("POST", "/webhooks", { token: b, json: { url: "ftp://x", eventtypes: [] } })).status).toBe(400);
    expect((await api("GET", "/webhooks", { token: tokens.opsteller })).status).toBe(403);
    expect((await api("DELETE", pad, { token: b })).status).toBe(204);
  });

  it("answers the errors a client must handle as documented problem+json", async () => {
    const o = tokens.opsteller!;
    expect((await api("GET", "/notas", { token: "brt_bestaat-niet" })).status).toBe(401);
    expect((await api("GET", "/notas?status=onzin", { token: o })).status).toBe(400);
    expect((await api("GET", "/notas/00000000-0000-4000-8000-000000000000", { token: o })).status).toBe(404);
    expect((await api("PATCH", url, { token: o, json: { kern: "x" } })).status).toBe(428);
    expect((await api("PATCH", url, { token: o, headers: { "if-match": '"1"' }, json: { kern: "x" } })).status).toBe(409);
    expect((await api("POST", "/notas", { token: o, json: { onderwerp: "" } })).status).toBe(400);
    expect((await api("POST", "/notas", { token: tokens.lezer, json: { onderwerp: "x", soort: "ter_beslissing", aanId: await userId("minister") } })).status).toBe(403);
    const doc = await api<{ info: { version: string } }>("GET", "/openapi.json");
    expect(doc.res.headers.get("access-control-allow-origin")).toBe("*");
    expect(doc.body.info.version).toBe(openApiDocument().info.version);
  });
});

afterAll(() => {
  // Every documented operation was called (the reference page is an HTML page, checked in e2e).
  const doc = openApiDocument() as unknown as { paths: Record<string, Record<string, unknown>> };
  const alle = Object.entries(doc.paths).flatMap(([p, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`));
  const niet = alle.filter((o) => !aangeroepen.has(o) && o !== "GET /docs");
  expect(niet).toEqual([]);
});
