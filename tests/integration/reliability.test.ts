// Operations (issue 10): Idempotency-Key on creating POSTs, 503 when the database is away, the
// readiness probe. Through the real route handlers, against a real PostgreSQL (and a second one
// that is stopped on purpose).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { POST as createNotaRoute, GET as listNotasRoute } from "@/app/api/v1/notas/route";
import { POST as paraafRoute } from "@/app/api/v1/notas/[id]/paraaf/route";
import { GET as liveRoute } from "@/app/api/health/live/route";
import { GET as readyRoute } from "@/app/api/health/ready/route";
import { GET as healthRoute } from "@/app/api/health/route";
import { createToken } from "@/lib/server/tokens/create-token";
import { submitNota } from "@/lib/server/notas/submit-nota";
import { databaseAvailable, probeDatabase } from "@/lib/server/ops/database-status";
import { checkHealth } from "@/lib/server/health";
import { gate } from "@/lib/server/ops/http-gate";
import { createPrismaClient } from "@/prisma/client";
import { createTestDatabase } from "@/tests/support/test-database";
import { as, ensureSeed, newNota, prisma, standardRoute, userId } from "@/tests/support/fixtures";

let token: string;

beforeAll(async () => {
  await ensureSeed();
  token = (await createToken(await as("opsteller"), { naam: "Idempotentie", scope: "schrijven" })).token;
});

async function notaBody() {
  return {
    onderwerp: `Idempotent ${randomUUID().slice(0, 8)}`,
    soort: "ter_beslissing",
    aanId: await userId("minister"),
    uitersteBeslisdatum: "2099-06-30",
    aanleiding: "Aanleiding.",
    kern: "Kern.",
    beslispunten: [{ tekst: "Instemmen" }],
  };
}

function post(url: string, body: unknown, headers: Record<string, string> = {}, bearer = token) {
  return new Request(`http://localhost${url}`, {
    method: "POST",
    headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

describe("Idempotency-Key on POST", () => {
  it("creates one nota for two requests with the same key and body, and replays the first answer", async () => {
    const body = await notaBody();
    const key = randomUUID();
    const first = await createNotaRoute(post("/api/v1/notas", body, { "idempotency-key": key }), { params: Promise.resolve({}) });
    expect(first.status).toBe(201);
    const firstJson = await first.json();
    const second = await createNotaRoute(post("/api/v1/notas", body, { "idempotency-key": key }), { params: Promise.resolve({}) });
    expect(second.status).toBe(201);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(second.headers.get("location")).toBe(`/api/v1/notas/${firstJson.id}`);
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    expect((await second.json()).id).toBe(firstJson.id);
    expect(await prisma.nota.count({ where: { onderwerp: body.onderwerp } })).toBe(1);
  });

  it("refuses the same key with another body with 409, and creates nothing", async () => {
    const key = randomUUID();
    const a = await notaBody();
    const b = { ...a, onderwerp: `${a.onderwerp} anders` };
    expect((await createNotaRoute(post("/api/v1/notas", a, { "idempotency-key": key }), { params: Promise.resolve({}) })).status).toBe(201);
    const res = await createNotaRoute(post("/api/v1/notas", b, { "idempotency-key": key }), { params: Promise.resolve({}) });
    expect(res.status).toBe(409);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect((await res.json()).detail).toMatch(/al gebruikt voor een ander verzoek/);
    expect(await prisma.nota.count({ where: { onderwerp: b.onderwerp } })).toBe(0);
  });

  it("gives two requests that arrive together with one key one nota: the other waits its turn (409, Retry-After)", async () => {
    const body = await notaBody();
    const key = randomUUID();
    const answers = await Promise.all([0, 1, 2].map(() => createNotaRoute(post("/api/v1/notas", body, { "idempotency-key": key }), { params: Promise.resolve({}) })));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    for (const r of answers) if (r.status === 409) expect(r.headers.get("retry-after")).toBe("1");
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(await prisma.nota.count({ where: { onderwerp: body.onderwerp } })).toBe(1);
  });

  it("keeps keys per user: another user's same key is a request of its own", async () => {
    const key = randomUUID();
    const mine = await notaBody();
    expect((await createNotaRoute(post("/api/v1/notas", mine, { "idempotency-key": key }), { params: Promise.resolve({}) })).status).toBe(201);
    const dirToken = (await createToken(await as("afdelingshoofd"), { naam: "x", scope: "schrijven" })).token;
    const theirs = await createNotaRoute(post("/api/v1/notas", mine, { "idempotency-key": key }, dirToken), { params: Promise.resolve({}) });
    // Not a replay of the opsteller's answer: the afdelingshoofd's own request runs (and is judged on its own).
    expect(theirs.headers.get("idempotent-replayed")).toBeNull();
    expect([201, 403]).toContain(theirs.status);
  });

  it("keeps a validation error as the key's answer: the corrected request is a new request with a new key", async () => {
    const key = randomUUID();
    const bad = { onderwerp: "" };
    const r1 = await createNotaRoute(post("/api/v1/notas", bad, { "idempotency-key": key }), { params: Promise.resolve({}) });
    expect(r1.status).toBe(400);
    const r2 = await createNotaRoute(post("/api/v1/notas", bad, { "idempotency-key": key }), { params: Promise.resolve({}) });
    expect(r2.status).toBe(400);
    expect(r2.headers.get("idempotent-replayed")).toBe("true");
  });

  it("refuses a malformed key with 400", async () => {
    const res = await createNotaRoute(post("/api/v1/notas", await notaBody(), { "idempotency-key": "x".repeat(256) }), { params: Promise.resolve({}) });
    expect(res.status).toBe(400);
    expect((await res.json()).detail).toMatch(/Idempotency-Key/);
  });

  it("replays a paraaf instead of answering 409 for the version the first request already moved on", async () => {
    const n = await newNota();
    const fresh = await submitNota(await as("opsteller"), n.id, n.versie, { paraafroute: await standardRoute() });
    const ahToken = (await createToken(await as("afdelingshoofd"), { naam: "paraaf", scope: "schrijven" })).token;
    const key = randomUUID();
    const send = () => paraafRoute(post(`/api/v1/notas/${n.id}/paraaf`, { oordeel: "akkoord" }, { "idempotency-key": key, "if-match": `"${fresh.versie}"` }, ahToken), { params: Promise.resolve({ id: n.id }) });
    const a = await send();
    expect(a.status).toBe(200);
    const b = await send();
    expect(b.status).toBe(200);
    expect(b.headers.get("idempotent-replayed")).toBe("true");
    expect(await prisma.paraafstap.count({ where: { ronde: { notaId: n.id }, oordeel: "akkoord" } })).toBe(1);
  });

  it("does not run a request twice whose change committed but whose answer was lost", async () => {
    const body = await notaBody();
    const key = randomUUID();
    expect((await createNotaRoute(post("/api/v1/notas", body, { "idempotency-key": key }), { params: Promise.resolve({}) })).status).toBe(201);
    // As if the process died after the commit, before it kept the answer: status 0 ("committed"), an old claim.
    await prisma.idempotentVerzoek.updateMany({ where: { sleutel: key }, data: { status: 0, antwoord: null, aangemaaktOp: new Date(Date.now() - 120_000) } });
    const res = await createNotaRoute(post("/api/v1/notas", body, { "idempotency-key": key }), { params: Promise.resolve({}) });
    expect(res.status).toBe(409);
    expect((await res.json()).detail).toMatch(/al uitgevoerd/);
    expect(await prisma.nota.count({ where: { onderwerp: body.onderwerp } })).toBe(1);
  });

  it("runs a request again whose first attempt died before anything committed", async () => {
    const body = await notaBody();
    const key = randomUUID();
    const gid = await userId("opsteller");
    await prisma.idempotentVerzoek.create({ data: { gebruikerId: gid, sleutel: key, methode: "POST", pad: "/api/v1/notas", verzoekHash: "will-not-match", verlooptOp: new Date(Date.now() + 3_600_000) } });
    // Another request's hash: refused.
    expect((await createNotaRoute(post("/api/v1/notas", body, { "idempotency-key": key }), { params: Promise.resolve({}) })).status).toBe(409);
    await prisma.idempotentVerzoek.deleteMany({ where: { sleutel: key } });
    const first = await createNotaRoute(post("/api/v1/notas", body, { "idempotency-key": key }), { params: Promise.resolve({}) });
    expect(first.status).toBe(201);
    // Its claim aged without a commit mark (status null): a retry takes over and runs it.
    await prisma.idempotentVerzoek.updateMany({ where: { sleutel: key }, data: { status: null, antwoord: null, aangemaaktOp: new Date(Date.now() - 120_000) } });
    const again = await createNotaRoute(post("/api/v1/notas", body, { "idempotency-key": key }), { params: Promise.resolve({}) });
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBeNull();
  });
});

describe("health probes", () => {
  it("live never asks the database; ready and the combined health do", async () => {
    const live = await liveRoute();
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: "ok" });
    const ready = await readyRoute();
    expect(ready.status).toBe(200);
    const r = await ready.json();
    expect(r).toMatchObject({ status: "ok", database: "ok", migraties: "ok", stoppen: false });
    expect((await healthRoute(new Request("http://localhost/api/health"), { params: Promise.resolve({}) })).status).toBe(200);
  });

  it("a burst of health checks shares one probe, and a success is reused for a while", async () => {
    // Before, every check took a pool connection: 50 at once exhausted the pool, and the probes
    // that timed out turned the whole instance to 503 (npm run bench, 3 December).
    const g = globalThis as unknown as { beslisroutePrisma: { $queryRaw: (...a: unknown[]) => unknown } };
    const saved = g.beslisroutePrisma;
    let vragen = 0;
    g.beslisroutePrisma = new Proxy(saved, {
      get: (t, k, r) => (k === "$queryRaw" ? (...a: unknown[]) => (vragen++, t.$queryRaw(...a)) : Reflect.get(t, k, r)),
    });
    try {
      expect(await probeDatabase()).toBe(true);
      expect(vragen).toBe(1);
      const statussen = await Promise.all(Array.from({ length: 50 }, () => healthRoute(new Request("http://localhost/api/health"), { params: Promise.resolve({}) }).then((r) => r.status)));
      expect(statussen).toEqual(Array(50).fill(200));
      expect(vragen).toBeLessThanOrEqual(2); // reused, or (on a slow machine, after a second) one shared probe
      vragen = 0;
      await Promise.all(Array.from({ length: 50 }, () => checkHealth(3000, 60_000)));
      expect(vragen).toBe(0);
      await Promise.all(Array.from({ length: 50 }, () => checkHealth(3000, 0)));
      expect(vragen).toBe(1);
    } finally {
      g.beslisroutePrisma = saved;
    }
  });

  it("ready says 503 while the process is stopping", async () => {
    gate().draining = true;
    try {
      const ready = await readyRoute();
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: "niet_gereed", stoppen: true });
      expect((await liveRoute()).status).toBe(200);
    } finally {
      gate().draining = false;
    }
  });

  it("ready says 503 when a migration in the repository is not applied", async () => {
    await prisma.$executeRawUnsafe(`UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = (SELECT max(migration_name) FROM "_prisma_migrations")`);
    try {
      const ready = await readyRoute();
      expect(ready.status).toBe(503);
      const body = await ready.json();
      expect(body.migraties).toBe("achter");
      expect(body.ontbrekend.length).toBe(1);
    } finally {
      await prisma.$executeRawUnsafe(`UPDATE "_prisma_migrations" SET finished_at = now() WHERE finished_at IS NULL`);
    }
  });
});

describe("when the database is away", () => {
  const g = globalThis as unknown as { beslisroutePrisma?: unknown };
  let saved: unknown;
  let dead: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    // A second, real PostgreSQL that we stop: the app's client is pointed at it for these tests.
    dead = await createTestDatabase("down");
    const client = createPrismaClient(dead.url, { statementTimeoutMs: 15_000 });
    await client.$queryRaw`SELECT 1`;
    await dead.close();
    saved = g.beslisroutePrisma;
    g.beslisroutePrisma = client;
  });
  afterAll(async () => {
    g.beslisroutePrisma = saved;
    await probeDatabase();
  });

  it("answers API calls 503 problem+json with Retry-After instead of 500, and turns the gate to 503", async () => {
    const res = await listNotasRoute(new Request("http://localhost/api/v1/notas", { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) });
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(res.headers.get("retry-after")).toBe("5");
    const body = await res.json();
    expect(body).toMatchObject({ status: 503, code: "SERVICE_UNAVAILABLE" });
    expect(body.detail).toMatch(/database is tijdelijk niet bereikbaar/);
    expect(databaseAvailable()).toBe(false);
  });

  it("answers a write 503 too, and the readiness probe and health say 503 while live stays 200", async () => {
    const res = await createNotaRoute(post("/api/v1/notas", await notaBody()), { params: Promise.resolve({}) });
    expect(res.status).toBe(503);
    expect((await readyRoute()).status).toBe(503);
    expect((await healthRoute(new Request("http://localhost/api/health"), { params: Promise.resolve({}) })).status).toBe(503);
    expect((await liveRoute()).status).toBe(200);
  });

  it("comes back by itself once the database answers again", async () => {
    g.beslisroutePrisma = saved;
    expect(await probeDatabase()).toBe(true);
    expect(databaseAvailable()).toBe(true);
    const res = await listNotasRoute(new Request("http://localhost/api/v1/notas", { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
  });
});
