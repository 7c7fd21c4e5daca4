import { describe, expect, it } from "vitest";
import { referentieHtml } from "@/lib/domain/api-referentie";

// referentieHtml() is called inside each test, not in the describe body: Stryker counts code run
// while tests are collected as static and skips its mutants.
describe("referentieHtml", () => {

  it("is a Dutch page titled after the API and its version", () => {
    const html = referentieHtml();
    expect(html.startsWith("<!doctype html>\n<html lang=\"nl\">")).toBe(true);
    expect(html).toMatch(/<title>API-referentie \d+\.\d+\.\d+ — Beslisroute<\/title>/);
    expect(html).toMatch(/<h1>Beslisroute API \d+\.\d+\.\d+<\/h1>/);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
  });

  it("loads exactly the four files served under /api/v1/docs", () => {
    const html = referentieHtml();
    const stijlen = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]);
    const scripts = [...html.matchAll(/<script src="([^"]+)"><\/script>/g)].map((m) => m[1]);
    expect(stijlen).toEqual(["/api/v1/docs/swagger-ui.css", "/api/v1/docs/referentie.css"]);
    expect(scripts).toEqual(["/api/v1/docs/swagger-ui-bundle.js", "/api/v1/docs/start.js"]);
  });

  it("has no inline script, which the page's CSP forbids", () => {
    const html = referentieHtml();
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/\son[a-z]+=/);
  });

  it("links the OpenAPI document, also for a reader without JavaScript", () => {
    const html = referentieHtml();
    expect(html.match(/href="\/api\/v1\/openapi\.json"/g)).toHaveLength(2);
    expect(html).toContain('<main id="referentie" aria-label="API-referentie">');
    expect(html).toContain("<noscript><p>Deze pagina toont het OpenAPI-document met JavaScript.");
  });
});
