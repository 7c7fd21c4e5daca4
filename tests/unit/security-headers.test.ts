import { describe, expect, it } from "vitest";
import { apiCsp, FIXED_SECURITY_HEADERS, pageCsp } from "@/lib/domain/security-headers";
import { sameOrigin } from "@/lib/domain/same-origin";
import { sessieEindeMelding } from "@/lib/domain/sign-in";
import { clientAddress } from "@/lib/server/auth/client-address";

const directives = (csp: string) => Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));

describe("page CSP", () => {
  it("allows scripts only with the request's nonce, never inline or eval in production", () => {
    const d = directives(pageCsp("abc123=="));
    expect(d["script-src"]).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(d["frame-ancestors"]).toEqual(["'none'"]);
    expect(d["object-src"]).toEqual(["'none'"]);
    expect(d["base-uri"]).toEqual(["'self'"]);
    expect(d["form-action"]).toEqual(["'self'"]);
    expect(d["default-src"]).toEqual(["'self'"]);
  });
  it("adds eval only for next dev", () => {
    expect(directives(pageCsp("n", { dev: true }))["script-src"]).toContain("'unsafe-eval'");
    expect(directives(pageCsp("n"))["script-src"]).not.toContain("'unsafe-eval'");
    // RP-initiated logout: the Uitloggen form's redirect to the identity provider is allowed.
    expect(directives(pageCsp("n", { formAction: "https://login.microsoftonline.com" }))["form-action"]).toEqual(["'self'", "https://login.microsoftonline.com"]);
  });
  it("lets nothing run in API answers and files", () => {
    const d = directives(apiCsp());
    expect(d["default-src"]).toEqual(["'none'"]);
    expect(d["script-src"]).toBeUndefined();
    expect(d["sandbox"]).toEqual([]);
    expect(d["frame-ancestors"]).toEqual(["'none'"]);
  });
  it("fixes the other headers for every response", () => {
    expect(Object.fromEntries(FIXED_SECURITY_HEADERS.map((h) => [h.key, h.value]))).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "same-origin",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
  });
});

describe("sameOrigin", () => {
  it.each([
    [null, "localhost:3000", true],
    ["http://localhost:3000", "localhost:3000", true],
    ["https://beslisroute.minbzk.nl", "beslisroute.minbzk.nl", true],
    ["http://localhost:3001", "localhost:3000", false],
    ["https://aanvaller.example", "beslisroute.minbzk.nl", false],
    ["null", "localhost:3000", false],
    ["geen url", "localhost:3000", false],
    ["http://localhost:3000", null, false],
  ])("origin %s, host %s → %s", (origin, host, expected) => {
    expect(sameOrigin(origin, host)).toBe(expected);
  });
});

describe("clientAddress", () => {
  it.each([
    // hops 0: the socket counts, whatever X-Forwarded-For claims
    [undefined, "127.0.0.1", 0, "127.0.0.1"],
    ["6.6.6.6", "10.0.0.5", 0, "10.0.0.5"],
    [undefined, "::ffff:192.0.2.7", 0, "192.0.2.7"],
    // hops 1: the address the one trusted proxy saw (the last entry it appended)
    ["198.51.100.9", "10.0.0.5", 1, "198.51.100.9"],
    ["6.6.6.6, 198.51.100.9", "10.0.0.5", 1, "198.51.100.9"],
    // hops 2: two proxies, the outer one appended first
    ["6.6.6.6, 198.51.100.9, 10.1.1.1", "10.0.0.5", 2, "198.51.100.9"],
    // a proxy configured but no header: the socket
    [undefined, "10.0.0.5", 1, "10.0.0.5"],
    [undefined, undefined, 0, "onbekend"],
  ])("xff %s, socket %s, hops %i → %s", (xff, socket, hops, expected) => {
    expect(clientAddress(xff, socket, hops)).toBe(expected);
  });
});

describe("sessieEindeMelding", () => {
  it.each([
    ["afgemeld", "ok", /U bent uitgelogd/],
    ["inactief", "waarschuwing", /automatisch uitgelogd/],
    ["verlopen", "waarschuwing", /verlopen/],
    ["ingetrokken", "waarschuwing", /beëindigd/],
    ["wachtwoord", "ok", /wachtwoord is gewijzigd/],
    ["gedeactiveerd", "waarschuwing", /niet meer actief/],
  ])("%s", (reden, soort, tekst) => {
    const m = sessieEindeMelding(reden);
    expect(m?.soort).toBe(soort);
    expect(m?.tekst).toMatch(tekst);
  });
  it("says nothing for an unknown or missing reason", () => {
    expect(sessieEindeMelding(undefined)).toBeNull();
    expect(sessieEindeMelding("<script>")).toBeNull();
  });
});
