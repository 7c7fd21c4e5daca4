import { describe, expect, it } from "vitest";
import { classifyDatabaseError, isDatabaseUnavailable } from "@/lib/server/ops/database-unavailable";
import { routeLabel } from "@/lib/server/ops/metrics";
import { isPriorityPath } from "@/lib/server/ops/http-gate";

/** Shapes of errors as Prisma 7 with the pg adapter and pg itself throw them (seen in tests/integration/reliability.test.ts). */
const prismaWith = (code: string, cause: Record<string, unknown>) => Object.assign(new Error("Invalid invocation"), { code, meta: { driverAdapterError: { name: "DriverAdapterError", cause } } });

describe("isDatabaseUnavailable", () => {
  const unavailable: [string, unknown][] = [
    ["P1001 can't reach (model query)", prismaWith("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })],
    ["P2010 raw query, DatabaseNotReachable", prismaWith("P2010", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })],
    ["P2010 raw query, 57P01 admin shutdown", prismaWith("P2010", { kind: "postgres", code: "57P01", message: "terminating connection due to administrator command" })],
    ["57P03 cannot connect now", prismaWith("P2010", { kind: "postgres", code: "57P03", message: "the database system is starting up" })],
    ["08006 connection failure", prismaWith("P2010", { kind: "postgres", code: "08006" })],
    ["53300 too many connections", prismaWith("P2010", { kind: "postgres", code: "53300" })],
    ["ConnectionClosed", prismaWith("P2010", { kind: "ConnectionClosed" })],
    ["SocketTimeout", prismaWith("P2010", { kind: "SocketTimeout" })],
    ["TooManyConnections", prismaWith("P2037", { kind: "TooManyConnections", cause: "x" })],
    ["P2024 pool timeout", Object.assign(new Error("Timed out fetching a new connection from the connection pool"), { code: "P2024" })],
    ["pg: Connection terminated unexpectedly", new Error("Connection terminated unexpectedly")],
    ["pg pool: timeout exceeded when trying to connect", new Error("timeout exceeded when trying to connect")],
    ["ECONNREFUSED socket error", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["wrapped in a cause", new Error("outer", { cause: Object.assign(new Error("inner"), { code: "ECONNRESET" }) })],
    ["AggregateError of refusals", new AggregateError([Object.assign(new Error("a"), { code: "ECONNREFUSED" })], "all failed")],
  ];
  const notUnavailable: [string, unknown][] = [
    ["unique violation P2002", Object.assign(new Error("Unique constraint failed"), { code: "P2002" })],
    ["23505 from a raw query", prismaWith("P2010", { kind: "postgres", code: "23505", message: "duplicate key value" })],
    ["57014 statement timeout (the query, not the connection)", prismaWith("P2010", { kind: "postgres", code: "57014", message: "canceling statement due to statement timeout" })],
    ["42P01 missing table", prismaWith("P2021", { kind: "TableDoesNotExist" })],
    ["AuthenticationFailed (configuration, not an outage)", prismaWith("P1000", { kind: "AuthenticationFailed", user: "x" })],
    ["a TypeError in our code", new TypeError("Cannot read properties of undefined")],
    ["a string", "kapot"],
    ["null", null],
  ];
  it.each(unavailable)("%s → unavailable", (_name, e) => expect(isDatabaseUnavailable(e)).toBe(true));
  it.each(notUnavailable)("%s → not unavailable", (_name, e) => expect(isDatabaseUnavailable(e)).toBe(false));
  it("does not loop on an error that is its own cause", () => {
    const e = new Error("zelf") as Error & { cause?: unknown };
    e.cause = e;
    expect(isDatabaseUnavailable(e)).toBe(false);
  });
});

describe("routeLabel", () => {
  const cases: [string, string][] = [
    ["/api/v1/notas", "/api/v1/notas"],
    ["/api/v1/notas/8f14e45f-ceea-467f-a0e4-2b3c5d6e7f80/paraaf", "/api/v1/notas/:id/paraaf"],
    ["/notas/8f14e45f-ceea-467f-a0e4-2b3c5d6e7f80", "/notas/:id"],
    ["/api/v1/notas/8f14e45f-ceea-467f-a0e4-2b3c5d6e7f80/bijlagen/3/bestand", "/api/v1/notas/:id/bijlagen/:id/bestand"],
    ["/api/v1/agenda/Jx3kP0aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics", "/api/v1/agenda/:id"],
    ["/_next/static/chunks/abc.js", "/_next/*"],
    ["/", "/"],
    ["/notas?q=x", "/notas"],
  ];
  it.each(cases)("%s → %s", (path, label) => expect(routeLabel(path)).toBe(label));
});

describe("priority paths (answered even when the server is full)", () => {
  const cases: [string, boolean][] = [
    ["/api/health", true], ["/api/health/live", true], ["/api/health/ready", true],
    ["/api/auth/callback/credentials", true], ["/inloggen", true], ["/uitloggen", true],
    ["/_next/static/chunks/a.js", true], ["/favicon.ico", true],
    ["/api/metrics", true], ["/api/healthz", false], ["/", false], ["/notas", false], ["/api/v1/notas", false], ["/inloggenx", false],
  ];
  it.each(cases)("%s → %s", (path, expected) => expect(isPriorityPath(path)).toBe(expected));
});

describe("classifyDatabaseError", () => {
  const cases: [string, unknown, "onbereikbaar" | "wachttijd" | null][] = [
    ["refused", prismaWith("P1001", { kind: "DatabaseNotReachable" }), "onbereikbaar"],
    ["admin shutdown", prismaWith("P2010", { kind: "postgres", code: "57P01" }), "onbereikbaar"],
    ["pool timeout (pg)", new Error("timeout exceeded when trying to connect"), "wachttijd"],
    ["pool timeout (Prisma P2024)", Object.assign(new Error("Timed out fetching a new connection from the connection pool"), { code: "P2024" }), "wachttijd"],
    ["unique violation", Object.assign(new Error("x"), { code: "P2002" }), null],
  ];
  it.each(cases)("%s → %s", (_n, e, kind) => expect(classifyDatabaseError(e)).toBe(kind));
});

describe("the OpenAPI document names the operational rules", () => {
  it("documents Idempotency-Key (and its 409) on POSTs, 503 on every operation, and no Idempotency-Key on GET", async () => {
    const { openApiDocument } = await import("@/lib/domain/openapi");
    const doc = openApiDocument() as unknown as { paths: Record<string, Record<string, { parameters?: { name: string }[]; responses: Record<string, unknown> }>> };
    const names = (path: string, method: string) => (doc.paths[path]![method]!.parameters ?? []).map((p) => p.name);
    for (const path of ["/notas", "/notas/{id}/paraaf", "/tokens", "/mr-vergaderingen", "/vervangingen"]) {
      expect(names(path, "post"), path).toContain("Idempotency-Key");
      expect(Object.keys(doc.paths[path]!.post!.responses), path).toEqual(expect.arrayContaining(["409", "503"]));
    }
    expect(names("/notas", "get")).not.toContain("Idempotency-Key");
    expect(Object.keys(doc.paths["/notas"]!.get!.responses)).toContain("503");
  });
});
