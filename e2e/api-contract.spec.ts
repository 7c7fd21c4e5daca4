// "The document is the truth", over real HTTP against the production build: the client is
// generated from the published document (openapi-typescript types in openapi/schema.d.ts, the
// openapi-fetch client), the document the server publishes must be the committed one those types
// came from, and every answer is validated (ajv) against that published document's schema for its
// operation, status and media type. Plus the API Design Rules a client can see on the wire.
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { PlaywrightWorkerArgs } from "@playwright/test";
import { readFileSync } from "node:fs";
import type { paths } from "../openapi/schema";
import { checkResponse, gebruikDocument } from "../tests/support/openapi-contract";
import { DEMO_PASSWORD, demoEmail, expect, test } from "./support";

/** A personal access token of the account, made with its session. */
async function tokenFor(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string, login: string): Promise<string> {
  const ctx = await playwright.request.newContext({ baseURL });
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  expect((await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, email: demoEmail(login), password: DEMO_PASSWORD, json: "true" } })).status()).toBe(200);
  const res = await ctx.post("/api/v1/tokens", { data: { naam: "contract-e2e", scope: "schrijven" } });
  expect(res.status()).toBe(201);
  const { token } = await res.json();
  await ctx.dispose();
  return token;
}

/** Every answer checked against the published document; a drift fails the call. */
const contract: Middleware = {
  async onResponse({ request, response }) {
    await checkResponse(request.method, new URL(request.url).pathname, response);
    return response;
  },
};

/** The data of a successful call; otherwise the test fails with the problem the API gave. */
function ok<T>(r: { data?: T; error?: unknown; response: Response }): T {
  expect(r.error, `${r.response.status} ${JSON.stringify(r.error)}`).toBeUndefined();
  return r.data as T;
}

function client(baseURL: string, token?: string, headers: Record<string, string> = {}): Client<paths> {
  const c = createClient<paths>({ baseUrl: `${baseURL}/api/v1`, headers: token ? { authorization: `Bearer ${token}` } : headers });
  c.use(contract);
  return c;
}

/** A client with the account's session cookie (a besluit is taken with a session, never a token). */
async function sessionClient(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string, login: string): Promise<Client<paths>> {
  const ctx = await playwright.request.newContext({ baseURL });
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  expect((await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, email: demoEmail(login), password: DEMO_PASSWORD, json: "true" } })).status()).toBe(200);
  const { cookies } = await ctx.storageState();
  await ctx.dispose();
  return client(baseURL, undefined, { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") });
}

test("the API through a client generated from the published document, every answer as documented", async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  const base = baseURL!;
  const anon = client(base);
  const gepubliceerd = await anon.GET("/openapi.json");
  expect(gepubliceerd.response.status).toBe(200);
  expect(gepubliceerd.data).toEqual(JSON.parse(readFileSync("openapi/openapi.json", "utf8")));
  gebruikDocument(gepubliceerd.data);

  const [opsteller, afdelingshoofd, directeur, juridisch, dg, minister, lezer] = await Promise.all(
    ["opsteller", "afdelingshoofd", "directeur", "juridisch", "dg", "minister", "lezer"].map(async (l) => client(base, await tokenFor(playwright, base, l))),
  );
  const ik = await lezer!.GET("/ik");
  expect(ik.data?.rollen).toContain("lezer");
  const personen = (await lezer!.GET("/gebruikers")).data!;
  const id = (naam: RegExp) => personen.find((p) => naam.test(p.naam))!.id;

  const nieuw = await opsteller!.POST("/notas", { body: { onderwerp: "Contract over HTTP", soort: "ter_beslissing", aanId: id(/^Marieke van den Berg$/), kamerbrief: true, aanleiding: "A.", kern: "K.", beslispunten: [{ tekst: "Instemmen." }] } });
  expect(nieuw.response.status).toBe(201);
  let nota = nieuw.data!;
  const params = { path: { id: nota.id } };
  const versie = () => ({ "If-Match": `"${nota.versie}"` });
  nota = ok(await opsteller!.PATCH("/notas/{id}", { params: { ...params, header: versie() }, body: { toelichting: "T." } }));
  nota = ok(
    await opsteller!.POST("/notas/{id}/indienen", {
      params: { ...params, header: versie() },
      body: { paraafroute: [{ volgorde: 1, gebruikerId: id(/^Pieter Jansen$/), rol: "Afdelingshoofd" }, { volgorde: 2, gebruikerId: id(/^Fatima el Amrani$/), rol: "Directeur" }, { volgorde: 2, gebruikerId: id(/^Mila Kok$/), rol: "Medeparaaf DWJZ" }, { volgorde: 3, gebruikerId: id(/^Hendrik Bakker$/), rol: "DG" }] },
    }),
  );
  for (const c of [afdelingshoofd, directeur, juridisch, dg]) nota = ok(await c!.POST("/notas/{id}/paraaf", { params: { ...params, header: versie() }, body: { oordeel: "akkoord" } }));
  expect(nota.status).toBe("bij_bewindspersoon");
  // With the minister's token the besluit is the documented 403; with the minister's session it is recorded.
  const metToken = await minister!.POST("/notas/{id}/besluit", { params: { ...params, header: versie() }, body: { beslispunten: [{ volgnummer: 1, oordeel: "akkoord" }] } });
  expect([metToken.response.status, (metToken.error as { code?: string } | undefined)?.code]).toEqual([403, "FORBIDDEN"]);
  const ministerSessie = await sessionClient(playwright, base, "minister");
  nota = ok(await ministerSessie.POST("/notas/{id}/besluit", { params: { ...params, header: versie() }, body: { beslispunten: [{ volgnummer: 1, oordeel: "akkoord" }] } }));
  expect(nota.status).toBe("besloten");
  nota = ok(await opsteller!.PUT("/notas/{id}/kamerbrief", { params: { ...params, header: versie() }, body: { betreft: "Contract", tekst: "Hierbij.", onsKenmerk: "2025-0000396582" } }));
  expect(nota.kamerbriefDocument).toMatchObject({ onsKenmerk: "2025-0000396582", ondertekenaarId: id(/^Marieke van den Berg$/) });

  // One resource, two forms: the Accept header chooses.
  const pdf = await opsteller!.GET("/notas/{id}/kamerbrief", { params, headers: { accept: "application/pdf" }, parseAs: "arrayBuffer" });
  expect(pdf.response.headers.get("content-type")).toBe("application/pdf");
  expect(Buffer.from(pdf.data as ArrayBuffer).subarray(0, 5).toString()).toBe("%PDF-");
  const docx = await opsteller!.GET("/notas/{id}/kamerbrief", { params, headers: { accept: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }, parseAs: "arrayBuffer" });
  expect(Buffer.from(docx.data as ArrayBuffer).subarray(0, 2).toString()).toBe("PK");
  const geen = await opsteller!.GET("/notas/{id}/kamerbrief", { params, headers: { accept: "text/csv" } });
  expect(geen.response.status).toBe(406);
  expect((await opsteller!.GET("/notas/{id}", { params, headers: { accept: "application/pdf" }, parseAs: "arrayBuffer" })).response.headers.get("content-type")).toBe("application/pdf");

  const lijst = await lezer!.GET("/notas", { params: { query: { q: "Contract over HTTP", limit: 5 } } });
  expect(lijst.response.status).toBe(200);
  for (const pad of ["/taken", "/dashboard", "/mr-vergaderingen", "/tokens", "/audit/verificatie"] as const) expect((await lezer!.GET(pad)).response.status, pad).toBe(200);
  expect((await opsteller!.GET("/notas/{id}/audit", { params })).data!.map((e) => e.actie)).toContain("kamerbrief.opgeslagen");
  const fout = await juridisch!.GET("/notas/{id}", { params: { path: { id: "00000000-0000-4000-8000-000000000000" } } });
  expect(fout.error).toMatchObject({ status: 404, code: "NOT_FOUND" });
});

test("the API Design Rules a client sees on the wire", async ({ request }) => {
  // API-57: the version on every answer, an error and an unknown path included.
  const doc = await request.get("/api/v1/openapi.json");
  const versie = ((await doc.json()) as { info: { version: string } }).info.version;
  for (const pad of ["/api/v1/openapi.json", "/api/v1/notas", "/api/v1/bestaat-niet", "/api/v1/notas/"]) {
    expect((await request.get(pad)).headers()["api-version"], pad).toBe(versie);
  }
  // API-51: public, any origin.
  expect(doc.status()).toBe(200);
  expect(doc.headers()["access-control-allow-origin"]).toBe("*");
  // API-48: a trailing slash is a 404 problem, never a redirect.
  for (const pad of ["/api/v1/notas/", "/api/v1/openapi.json/", "/api/v1/ik/"]) {
    const r = await request.get(pad, { maxRedirects: 0 });
    expect(r.status(), pad).toBe(404);
    expect(r.headers()["content-type"]).toMatch(/^application\/problem\+json/);
  }
  // Pages keep their redirect to the address without the slash.
  const pagina = await request.get("/notas/", { maxRedirects: 0 });
  expect([pagina.status(), pagina.headers()["location"]]).toEqual([308, "/notas"]);
  // Unknown API paths are problem+json too, whatever the method.
  const onbekend = await request.post("/api/v1/bestaat-niet", { data: {} });
  expect(onbekend.status()).toBe(404);
  expect(onbekend.headers()["content-type"]).toMatch(/^application\/problem\+json/);
});
