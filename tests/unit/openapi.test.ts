// The OpenAPI document against the code: every route file under app/api/v1 is in it (and every
// operation in it has a route), each operation is complete, the committed document and client
// types are what the code generates, and the contract checker itself catches drift.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { API_VERSION, MEDIA, openApiDocument } from "@/lib/domain/openapi";
import { openApiDocumentTekst, schemaTypesTekst } from "@/scripts/openapi-artefacten";
import { checkAntwoord, padSjabloon } from "@/tests/support/openapi-contract";

type Operation = { operationId?: string; summary?: string; security?: unknown[]; parameters?: { name: string; in: string }[]; requestBody?: unknown; responses: Record<string, { content?: Record<string, { schema?: unknown }>; headers?: Record<string, unknown> }> };
const doc = openApiDocument() as unknown as { info: { version: string; contact?: Record<string, string>; license?: { name: string } }; servers: { url: string }[]; security: unknown[]; paths: Record<string, Record<string, Operation>> };
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/**
 * Browser download links that stay where they were, outside the API contract: each calls the same
 * use case as the documented resource does for that media type.
 */
const DOWNLOADLINKS: Record<string, [string, string]> = {
  "/notas/{id}/kamerbrief.pdf": ["/notas/{id}/kamerbrief", MEDIA.pdf],
  "/notas/{id}/kamerbrief.docx": ["/notas/{id}/kamerbrief", MEDIA.docx],
  "/notas/{id}/nota.pdf": ["/notas/{id}", MEDIA.pdf],
  "/notas/{id}/openbare-versie.pdf": ["/notas/{id}/openbare-versie", MEDIA.pdf],
  "/notas/{id}/openbare-versie.html": ["/notas/{id}/openbare-versie", MEDIA.html],
  "/notas/{id}/diwoo.xml": ["/notas/{id}/diwoo", MEDIA.xml],
  "/notas/{id}/publicatiepakket.zip": ["/notas/{id}/publicatiepakket", MEDIA.zip],
  "/mr-vergaderingen/{id}/besluitenlijst.pdf": ["/mr-vergaderingen/{id}/besluitenlijst", MEDIA.pdf],
};
/**
 * Not a resource: the 404 for every unknown path and every path with a trailing slash (API-48),
 * and the reference page's own script and styles.
 */
const GEEN_BRON = ["/{...onbekend}", "/docs/{bestand}"];

function routeFiles(dir = "app/api/v1", prefix = ""): { path: string; file: string }[] {
  const out: { path: string; file: string }[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...routeFiles(full, `${prefix}/${name.replace(/^\[(.+)\]$/, "{$1}")}`));
    else if (name === "route.ts") out.push({ path: prefix, file: full });
  }
  return out;
}

const routes = routeFiles();
const exported = (file: string) => METHODS.filter((m) => new RegExp(`export const ${m}\\b`).test(readFileSync(file, "utf8")));

describe("the OpenAPI document names every route", () => {
  it("has an operation for every method of every route file under app/api/v1, and a route for every operation", () => {
    expect(routes.length).toBeGreaterThan(40);
    const missing: string[] = [];
    for (const r of routes) {
      if (GEEN_BRON.includes(r.path) || r.path in DOWNLOADLINKS) continue;
      for (const m of exported(r.file)) if (!doc.paths[r.path]?.[m.toLowerCase()]) missing.push(`${m} ${r.path} (${r.file})`);
    }
    expect(missing).toEqual([]);
    const routePaths = new Map(routes.map((r) => [r.path, exported(r.file)]));
    const unrouted = Object.entries(doc.paths).flatMap(([p, item]) => Object.keys(item).filter((m) => !routePaths.get(p)?.includes(m.toUpperCase() as (typeof METHODS)[number])).map((m) => `${m} ${p}`));
    expect(unrouted).toEqual([]);
  });

  it("maps each browser download link to a documented resource in that media type", () => {
    for (const [link, [resource, media]] of Object.entries(DOWNLOADLINKS)) {
      expect(routes.some((r) => r.path === link), link).toBe(true);
      expect(Object.keys(doc.paths[resource]!.get!.responses["200"]!.content!), link).toContain(media);
    }
    expect(Object.keys(doc.paths).filter((p) => /\.\w+$/.test(p))).toEqual(["/openapi.json"]);
  });
});

describe("every operation is complete", () => {
  const ops = Object.entries(doc.paths).flatMap(([p, item]) => Object.entries(item).map(([m, op]) => ({ id: `${m.toUpperCase()} ${p}`, m, p, op })));
  const PUBLIEK = ["GET /openapi.json", "GET /docs", "GET /agenda/{token}"];

  it("has a unique operationId and a Dutch summary", () => {
    const ids = ops.map((o) => o.op.operationId);
    expect(ids.every((id) => typeof id === "string" && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { id, op } of ops) {
      expect(op.summary, id).toBeTruthy();
      // Dutch: no English verbs opening the summary.
      expect(op.summary!, id).not.toMatch(/^(Get|List|Create|Update|Delete|Returns?) /);
    }
  });

  it("answers 2xx with a schema for each media type (204 without a body), and every 4xx/5xx as problem+json", () => {
    for (const { id, op } of ops) {
      const statuses = Object.keys(op.responses);
      expect(statuses.some((s) => s.startsWith("2")), id).toBe(true);
      expect(statuses, id).toContain("503");
      for (const [status, r] of Object.entries(op.responses)) {
        expect(r.headers?.["API-Version"], `${id} ${status}`).toBeTruthy();
        if (status === "204") expect(r.content, id).toBeUndefined();
        else expect(Object.values(r.content ?? {}).every((c) => c.schema), `${id} ${status}`).toBe(true);
        if (/^[45]/.test(status)) expect(Object.keys(r.content!), `${id} ${status}`).toEqual(["application/problem+json"]);
      }
      if (!PUBLIEK.includes(id)) expect(statuses, id).toContain("401");
    }
  });

  it("needs a bearer token or the session, except the public documents and the secret-URL agenda", () => {
    expect(doc.security).toEqual([{ bearer: [] }, { sessie: [] }]);
    expect(ops.filter((o) => Array.isArray(o.op.security) && o.op.security.length === 0).map((o) => o.id).sort()).toEqual([...PUBLIEK].sort());
  });

  it("takes If-Match on every nota mutation and Idempotency-Key on every POST", () => {
    for (const { id, m, p, op } of ops) {
      const names = (op.parameters ?? []).map((x) => x.name);
      if (m === "post") expect(names, id).toContain("Idempotency-Key");
      if (/^\/notas\/\{id\}/.test(p) && m !== "get") expect(names, id).toContain("If-Match");
    }
  });

  it("names the version, the server URL with the major version, a contact and a license", () => {
    expect(doc.info.version).toBe(API_VERSION);
    expect(doc.servers).toEqual([expect.objectContaining({ url: "/api/v1" })]);
    expect(doc.info.contact).toMatchObject({ name: expect.any(String), email: expect.stringContaining("@"), url: expect.stringMatching(/^https:/) });
    expect(doc.info.license?.name).toBeTruthy();
  });

  it("keeps the Kamerbrief contract: onsKenmerk and ondertekenaarId both optional", () => {
    const schema = (doc.paths["/notas/{id}/kamerbrief"]!.put!.requestBody as { content: Record<string, { schema: { properties: Record<string, unknown>; required: string[] } }> }).content["application/json"]!.schema;
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["onsKenmerk", "uwKenmerk", "ondertekenaarId"]));
    expect(schema.required).not.toContain("onsKenmerk");
    expect(schema.required).not.toContain("ondertekenaarId");
  });

  it("writes every date as format: date", () => {
    const text = JSON.stringify(doc);
    const patterns = [...text.matchAll(/\{[^{}]*"pattern":"\^\\\\d\{4\}-\\\\d\{2\}-\\\\d\{2\}\$"[^{}]*\}/g)].map((m) => m[0]);
    expect(patterns.length).toBeGreaterThan(5);
    for (const p of patterns) expect(p).toContain('"format":"date"');
  });
});

describe("the committed document and client types", () => {
  it("are what the code generates now (npm run openapi)", async () => {
    const tekst = openApiDocumentTekst();
    expect(readFileSync("openapi/openapi.json", "utf8")).toBe(tekst);
    expect(readFileSync("openapi/schema.d.ts", "utf8")).toBe(await schemaTypesTekst(tekst));
  });
});

describe("the contract checker", () => {
  const nota = JSON.parse(readFileSync("tests/fixtures/api/nota.json", "utf8")) as Record<string, unknown>;

  it("finds the path template of a concrete path, literal segments first", () => {
    expect(padSjabloon("/api/v1/notas/import")).toBe("/notas/import");
    expect(padSjabloon("/api/v1/notas/8f14e45f-ceea-467f-a0e4-2b3c5d6e7f80/paraaf")).toBe("/notas/{id}/paraaf");
    expect(() => padSjabloon("/api/v1/notas/x/kamerbrief.pdf")).toThrow(/staat niet/);
  });

  it("accepts an answer as documented and refuses drift: a missing field, a wrong type, an extra field, an undocumented status", () => {
    expect(() => checkAntwoord("GET", "/api/v1/notas/x", 200, "application/json", nota)).not.toThrow();
    const zonder = Object.fromEntries(Object.entries(nota).filter(([k]) => k !== "kenmerk"));
    expect(() => checkAntwoord("GET", "/api/v1/notas/x", 200, "application/json", zonder)).toThrow(/kenmerk/);
    expect(() => checkAntwoord("GET", "/api/v1/notas/x", 200, "application/json", { ...nota, versie: "3" })).toThrow(/versie/);
    expect(() => checkAntwoord("GET", "/api/v1/notas/x", 200, "application/json", { ...nota, geheim: 1 })).toThrow(/additional/);
    expect(() => checkAntwoord("GET", "/api/v1/notas/x", 200, "application/json", { ...nota, uitersteBeslisdatum: "30-06-2025" })).toThrow(/uitersteBeslisdatum/);
    expect(() => checkAntwoord("GET", "/api/v1/notas/x", 418, "application/json", nota)).toThrow(/418/);
    expect(() => checkAntwoord("GET", "/api/v1/notas/x", 200, "text/csv", "")).toThrow(/text\/csv/);
    expect(() => checkAntwoord("GET", "/api/v1/notas/x", 404, "application/problem+json", { type: "t", title: "Niet gevonden", status: 404, detail: "d", code: "NOT_FOUND" })).not.toThrow();
  });
});
