// The REST API over real HTTP against the production build: the whole chain of the ROB nota, as
// the demo officials would drive it from an integration, with the errors a client must handle.
import type { APIRequestContext, APIResponse, PlaywrightWorkerArgs } from "@playwright/test";
import { readFileSync } from "node:fs";
import { DEMO_PASSWORD, demoEmail, expect, test } from "./support";
import { Ambtenaren } from "./notas";

type Json = Record<string, unknown> & { id?: string; versie?: number };

/** Signs in through next-auth's credentials endpoint and returns a client with the session cookie. */
async function sessionFor(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string, login: string): Promise<APIRequestContext> {
  const ctx = await playwright.request.newContext({ baseURL });
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  const res = await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, email: demoEmail(login), password: DEMO_PASSWORD, json: "true" } });
  expect(res.status()).toBe(200);
  expect((await ctx.get("/api/v1/ik")).status()).toBe(200);
  return ctx;
}

/** A personal access token for the account, made with its session. */
async function bearerFor(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string, login: string): Promise<APIRequestContext> {
  const session = await sessionFor(playwright, baseURL, login);
  const res = await session.post("/api/v1/tokens", { data: { naam: "integratietest", scope: "schrijven" } });
  expect(res.status()).toBe(201);
  const { token } = await res.json();
  expect(token).toMatch(/^brt_/);
  await session.dispose();
  return playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
}

async function ok(res: APIResponse, status = 200): Promise<Json> {
  const body = await res.text();
  expect(res.status(), body).toBe(status);
  return JSON.parse(body);
}

async function problem(res: APIResponse, status: number, code: string): Promise<Json> {
  expect(res.status(), await res.text()).toBe(status);
  expect(res.headers()["content-type"]).toMatch(/^application\/problem\+json/);
  const body = await res.json();
  expect(body).toMatchObject({ status, code });
  expect(typeof body.title).toBe("string");
  return body;
}

const seedText = () => readFileSync("tests/fixtures/beslisnota-rob-advies.txt", "utf8");

test("the ROB nota's whole chain through the API, as the demo officials", async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  const base = baseURL!;
  const clients: APIRequestContext[] = [];
  for (const login of ["opsteller", "afdelingshoofd", "directeur", "juridisch", "dg", "minister", "mr", "pz", "lezer"]) clients.push(await bearerFor(playwright, base, login));
  const [opsteller, afdelingshoofd, directeur, juridisch, dg, ministerToken, mr, pz, lezer] = clients as [APIRequestContext, APIRequestContext, APIRequestContext, APIRequestContext, APIRequestContext, APIRequestContext, APIRequestContext, APIRequestContext, APIRequestContext];
  // A besluit is taken in a browser session with a recent sign-in, never with a token
  // (docs/SECURITY.md "Single sign-on and recent sign-in"): the minister decides with a session.
  const minister = await sessionFor(playwright, base, "minister");
  clients.push(minister);
  // Only the beheerder sees e-mail addresses; a lezer gets names, roles and units.
  const lezerLijst = (await ok(await lezer.get("/api/v1/gebruikers"))) as unknown as Record<string, unknown>[];
  expect(lezerLijst.length).toBeGreaterThan(10);
  expect(lezerLijst.filter((u) => "email" in u)).toEqual([]);
  const beheer = await bearerFor(playwright, base, "beheer");
  clients.push(beheer);
  const gebruikers = (await ok(await beheer.get("/api/v1/gebruikers"))) as unknown as { email: string; id: string }[];
  const ids: Record<string, string> = Object.fromEntries(gebruikers.map((u) => [u.email.split("@")[0]!, u.id]));

  // Opstellen from the seed text: the importer reads the real (noisy) beslisnota, the concept is
  // created from what it read.
  const gelezen = await ok(await opsteller.post("/api/v1/notas/import", { data: { tekst: seedText() } }));
  const concept = gelezen.nota as Record<string, unknown>;
  expect(gelezen.bron).toBe("tekst");
  expect(concept).toMatchObject({
    soort: "ter_beslissing",
    mrBehandeling: true,
    kamerbrief: true,
    aanleiding: "Op 30 juni jl. besluit de MR over de kabinetsreactie op het ROB-advies ‘Naar een uitvoerende macht’.",
    nietOpenbaar: "NVT",
    beslispunten: [{ tekst: "Kennisnemen van onderstaande toelichting" }, { tekst: "Instemmen met verzending van kabinetsreactie aan TK." }],
  });
  expect((concept.bijlagen as { naam: string }[]).map((b) => b.naam)).toEqual(["Kabinetsreactie ROB-advies 'Naar een uitvoerende macht'", "TK-brief Kabinetsreactie ROB-advies ‘Naar een uitvoerende macht’"]);
  expect(concept.toelichting).toContain("### ROB-advies ‘Naar een uitvoerende macht’");
  const res = await opsteller.post("/api/v1/notas", {
    data: {
      onderwerp: "Kabinetsreactie op het ROB-advies ‘Naar een uitvoerende macht’",
      soort: concept.soort,
      aanId: ids.minister,
      deadlineReden: concept.deadlineReden,
      mrBehandeling: concept.mrBehandeling,
      kamerbrief: concept.kamerbrief,
      aanleiding: concept.aanleiding,
      kern: concept.kern,
      toelichting: concept.toelichting,
      nietOpenbaar: concept.nietOpenbaar,
      motivering: concept.motivering,
      beslispunten: concept.beslispunten,
      bijlagen: concept.bijlagen,
    },
  });
  let nota = await ok(res, 201);
  expect(res.headers()["location"]).toBe(`/api/v1/notas/${nota.id}`);
  expect(res.headers()["etag"]).toBe('"1"');
  expect(nota).toMatchObject({ status: "concept", versie: 1, aanleiding: concept.aanleiding, toelichting: concept.toelichting });
  const url = `/api/v1/notas/${nota.id}`;
  const etag = () => ({ "if-match": `"${nota.versie}"` });
  const route = [
    { volgorde: 1, gebruikerId: ids.afdelingshoofd, rol: "Afdelingshoofd" },
    { volgorde: 2, gebruikerId: ids.directeur, rol: "Directeur" },
    { volgorde: 2, gebruikerId: ids.juridisch, rol: "Medeparaaf DWJZ" },
    { volgorde: 3, gebruikerId: ids.dg, rol: "DG" },
  ];

  // Indienen with a parallel medeparaaf; the afdelingshoofd sends it back, the opsteller adds a sentence to the kern
  nota = await ok(await opsteller.post(`${url}/indienen`, { headers: etag(), data: { paraafroute: route } }));
  expect(nota.status).toBe("in_paraaf");
  const taken = (await ok(await afdelingshoofd.get("/api/v1/taken"))) as unknown as { soort: string; nota: { id: string } }[];
  expect(taken.some((t) => t.soort === "paraaf" && t.nota.id === nota.id)).toBe(true);
  nota = await ok(await afdelingshoofd.post(`${url}/paraaf`, { headers: etag(), data: { oordeel: "niet_akkoord", opmerking: "Noem de planning van de Kamerbrief." } }));
  expect(nota.status).toBe("retour");
  const kern = `${String(concept.kern)} De Kamerbrief gaat na de ministerraad van 30 juni naar de Tweede Kamer.`;
  nota = await ok(await opsteller.patch(url, { headers: etag(), data: { kern } }));
  nota = await ok(await opsteller.post(`${url}/indienen`, { headers: etag(), data: { paraafroute: route } }));
  expect(nota.status).toBe("in_paraaf");
  for (const client of [afdelingshoofd, directeur, juridisch, dg]) {
    nota = await ok(await client.post(`${url}/paraaf`, { headers: etag(), data: { oordeel: "akkoord" } }));
  }
  expect(nota.status).toBe("bij_bewindspersoon");

  // The minister decides per beslispunt: with a token that is refused, with the session it is recorded
  const besluit = { beslispunten: [{ volgnummer: 1, oordeel: "akkoord" }, { volgnummer: 2, oordeel: "akkoord" }], annotatie: "Akkoord.", uitkomst: "besloten" };
  const geweigerd = await problem(await ministerToken.post(`${url}/besluit`, { headers: etag(), data: besluit }), 403, "FORBIDDEN");
  expect(geweigerd.detail).toBe("Een besluit neemt u in de browser, na opnieuw inloggen. Met een API-token kunt u geen besluit vastleggen en geen beheerhandeling doen, ook niet met het bereik 'schrijven'.");
  nota = await ok(
    await minister.post(`${url}/besluit`, { headers: etag(), data: besluit }),
  );
  expect(nota.status).toBe("besloten");

  // A new extra meeting on a free working day ahead (never a meeting another test made)
  const ambtenaren = new Ambtenaren(playwright, base);
  const vergadering = await ambtenaren.nieuweVergadering();
  await ambtenaren.sluit();
  const vandaag = new Date().toLocaleDateString("en-CA", { timeZone: "Europe/Amsterdam" });
  nota = await ok(await mr.post(`${url}/mr-aanmelding`, { headers: etag(), data: { vergaderingId: vergadering.id, rondgezondenOp: vandaag } }));
  expect(nota.status).toBe("aangemeld_mr");
  nota = await ok(await mr.post(`${url}/mr-uitkomst`, { headers: etag(), data: { uitkomst: "akkoord" } }));
  expect(nota.status).toBe("mr_besloten");

  // The Kamerbrief, sent by parlementaire zaken, and the TK's numbers later
  nota = await ok(
    await opsteller.put(`${url}/kamerbrief`, {
      headers: etag(),
      // The letter's own kenmerk (its number in the DMS); the ondertekenaar defaults to the addressee.
      data: { betreft: "Kabinetsreactie op het ROB-advies ‘Naar een uitvoerende macht’", tekst: "Hierbij bied ik u de kabinetsreactie aan.", onsKenmerk: "2025-0000396582" },
    }),
  );
  expect(nota.kamerbriefDocument).toMatchObject({ onsKenmerk: "2025-0000396582", ondertekenaarId: ids.minister });
  nota = await ok(await pz.post(`${url}/verzending`, { headers: etag(), data: { verzondenOp: vandaag } }));
  expect(nota.status).toBe("verzonden");
  nota = await ok(
    await pz.patch(`${url}/verzending`, {
      headers: etag(),
      data: { tkDocumentnummer: "2025D31349", tkZaaknummer: "2025Z13826", dossiernummer: "29362", ondernummer: 385, vergaderjaar: "2024-2025" },
    }),
  );
  expect((nota.verzending as { kamerstuk: unknown }).kamerstuk).toEqual({
    citaat: "Kamerstukken II 2024/25, 29 362, nr. 385",
    url: "https://zoek.officielebekendmakingen.nl/kst-29362-385.html",
  });

  // The audit trail of this nota, and the whole chain verified
  const events = (await ok(await lezer.get(`${url}/audit`))) as unknown as { actie: string; hash: string; vorigeHash: string }[];
  expect(events.map((e) => e.actie)).toEqual(["nota.aangemaakt", "nota.ingediend", "nota.geparafeerd", "nota.gewijzigd", "nota.ingediend", "nota.geparafeerd", "nota.geparafeerd", "nota.geparafeerd", "nota.geparafeerd", "nota.besloten", "mr.aangemeld", "mr.uitkomst", "kamerbrief.opgeslagen", "kamerbrief.verzonden", "kamerbrief.tk_nummers"]);
  for (let i = 1; i < events.length; i++) expect(events[i]!.hash).toMatch(/^[0-9a-f]{64}$/);
  expect(await ok(await lezer.get("/api/v1/audit/verificatie"))).toMatchObject({ ok: true, eersteFout: null });
  // Versions at each indienen and at the besluit; between the two rounds only the kern changed, by the added sentence
  const versies = (await ok(await lezer.get(`${url}/versies`))) as unknown as { versie: number; aanleiding: string }[];
  expect(versies.map((v) => v.aanleiding)).toEqual(["Ingediend", "Opnieuw ingediend (ronde 2)", "Besluit bewindspersoon"]);
  const diff = (await ok(await lezer.get(`${url}/versies/${versies[0]!.versie}/diff/${versies[1]!.versie}`))) as unknown as { secties: { sectie: string; gewijzigd: boolean; delen: { soort: string; tekst: string }[] }[] };
  expect(diff.secties.filter((x) => x.gewijzigd).map((x) => x.sectie)).toEqual(["kern"]);
  const toegevoegd = diff.secties.find((x) => x.sectie === "kern")!.delen.filter((d) => d.soort !== "gelijk");
  expect(toegevoegd.map((d) => d.soort)).toEqual(["toegevoegd"]);
  expect(toegevoegd[0]!.tekst.trim()).toBe("De Kamerbrief gaat na de ministerraad van 30 juni naar de Tweede Kamer.");

  for (const c of clients) await c.dispose();
});

test("the errors an API client must handle are problem+json with the right status", async ({ playwright, baseURL }) => {
  const base = baseURL!;
  const opsteller = await bearerFor(playwright, base, "opsteller");
  const juridisch = await bearerFor(playwright, base, "juridisch");
  const lezer = await bearerFor(playwright, base, "lezer");
  const anon = await playwright.request.newContext({ baseURL: base });
  const bogus = await playwright.request.newContext({ baseURL: base, extraHTTPHeaders: { authorization: "Bearer brt_not-a-real-token" } });
  const minister = ((await ok(await lezer.get("/api/v1/gebruikers?rol=bewindspersoon"))) as unknown as { id: string }[])[0]!.id;

  await problem(await anon.get("/api/v1/notas"), 401, "UNAUTHENTICATED");
  await problem(await bogus.get("/api/v1/ik"), 401, "UNAUTHENTICATED");
  // The document is public (API-51): e2e/api-contract.spec.ts.

  const invalid = await problem(await opsteller.post("/api/v1/notas", { data: { onderwerp: "", soort: "x", aanId: minister, kern: "{{5.1.9: geheim}}" } }), 400, "VALIDATION_FAILED");
  const errors = invalid.errors as { path: string; message: string }[];
  expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(["onderwerp", "soort", "kern"]));
  expect(errors.find((e) => e.path === "kern")!.message).toContain("5.1.9");
  await problem(await opsteller.post("/api/v1/notas", { headers: { "content-type": "application/json" }, data: Buffer.from("{niet json") }), 400, "BAD_REQUEST");
  await problem(await opsteller.post("/api/v1/notas", { headers: { "content-type": "text/plain" }, data: "tekst" }), 415, "UNSUPPORTED_MEDIA_TYPE");
  await problem(await lezer.post("/api/v1/notas", { data: { onderwerp: "x", soort: "ter_beslissing", aanId: minister } }), 403, "FORBIDDEN");

  const nota = await ok(await opsteller.post("/api/v1/notas", { data: { onderwerp: "Foutafhandeling", soort: "ter_beslissing", aanId: minister } }), 201);
  const url = `/api/v1/notas/${nota.id}`;
  await problem(await opsteller.patch(url, { data: { kern: "zonder If-Match" } }), 428, "PRECONDITION_REQUIRED");
  await ok(await opsteller.patch(url, { headers: { "if-match": '"1"' }, data: { kern: "Eerste wijziging" } }));
  await problem(await opsteller.patch(url, { headers: { "if-match": '"1"' }, data: { kern: "Verloren wijziging" } }), 409, "STALE_VERSION");
  const current = await ok(await opsteller.get(url));
  expect(current.kern).toBe("Eerste wijziging");
  await problem(await juridisch.get(url), 404, "NOT_FOUND");
  await problem(await juridisch.patch(url, { headers: { "if-match": '"2"' }, data: { kern: "x" } }), 404, "NOT_FOUND");
  await problem(await lezer.patch(url, { headers: { "if-match": '"2"' }, data: { kern: "x" } }), 403, "FORBIDDEN");
  await problem(await opsteller.post(`${url}/mr-uitkomst`, { headers: { "if-match": '"2"' }, data: { uitkomst: "akkoord" } }), 403, "FORBIDDEN");
  await problem(await opsteller.post(`${url}/paraaf`, { headers: { "if-match": '"2"' }, data: {} }), 403, "FORBIDDEN");
  await problem(await opsteller.post(`${url}/intrekken`, { headers: { "if-match": '"2"' }, data: {} }), 400, "VALIDATION_FAILED");
  await problem(await opsteller.get("/api/v1/notas/00000000-0000-4000-8000-000000000000"), 404, "NOT_FOUND");
  await problem(await opsteller.get("/api/v1/notas?status=onzin"), 400, "VALIDATION_FAILED");


  for (const c of [opsteller, juridisch, lezer, anon, bogus]) await c.dispose();
});
