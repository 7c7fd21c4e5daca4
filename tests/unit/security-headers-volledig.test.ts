// The security headers and Content-Security-Policies written out in full (lib/domain/security-headers.ts).
import { describe, expect, it } from "vitest";
import { FIXED_SECURITY_HEADERS, apiCsp, pageCsp, referentieCsp } from "@/lib/domain/security-headers";

describe("the policies in full", () => {
  it("of a page in production", () => {
    expect(pageCsp("abc123==")).toBe(
      "default-src 'self'; script-src 'self' 'nonce-abc123==' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
  });
  it("of a page in next dev, with the identity provider's logout", () => {
    expect(pageCsp("n", { dev: true, formAction: "https://login.example" })).toBe(
      "default-src 'self'; script-src 'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws:; object-src 'none'; base-uri 'self'; form-action 'self' https://login.example; frame-ancestors 'none'",
    );
  });
  it("of the API reference page", () => {
    expect(referentieCsp()).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    );
  });
  it("of API answers and files", () => {
    expect(apiCsp()).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox");
  });
  it("the fixed headers", () => {
    expect(FIXED_SECURITY_HEADERS).toEqual([
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Referrer-Policy", value: "same-origin" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), display-capture=(), browsing-topics=()" },
      { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
      { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
    ]);
  });
});
