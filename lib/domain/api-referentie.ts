// The API reference page (/api/v1/docs): Swagger UI (swagger-ui-dist) over the published
// document. Public, like the document itself (API-51): an integrator reads it before having an
// account, and it shows nothing that is not in /api/v1/openapi.json. Read-only ("Try it out" is
// off): a reference, not a console that acts with whoever's session happens to be in the browser.
import { API_BASIS, API_VERSION } from "@/lib/domain/api-versie";

/** The files the page loads from /api/v1/docs/<naam>, and where each comes from. */
export const REFERENTIE_BESTANDEN = {
  "swagger-ui.css": { bron: "node_modules/swagger-ui-dist/swagger-ui.css", type: "text/css; charset=utf-8" },
  "swagger-ui-bundle.js": { bron: "node_modules/swagger-ui-dist/swagger-ui-bundle.js", type: "text/javascript; charset=utf-8" },
  "start.js": { bron: null, type: "text/javascript; charset=utf-8" },
  "referentie.css": { bron: null, type: "text/css; charset=utf-8" },
} as const;

export type ReferentieBestand = keyof typeof REFERENTIE_BESTANDEN;

/** Starts Swagger UI on the document; no inline script (the page's CSP has none). */
export const START_JS = `window.addEventListener("load", function () {
  window.SwaggerUIBundle({
    url: "${API_BASIS}/openapi.json",
    dom_id: "#referentie",
    deepLinking: false,
    supportedSubmitMethods: [],
    defaultModelsExpandDepth: 0,
    docExpansion: "list",
    validatorUrl: null,
    syntaxHighlight: { activated: false },
  });
  // Swagger UI's selects (the enum values of a parameter) have no label: name them after their
  // parameter, as they appear (WCAG 4.1.2).
  new MutationObserver(function () {
    document.querySelectorAll("#referentie select:not([aria-label])").forEach(function (select) {
      var rij = select.closest("tr[data-param-name]");
      select.setAttribute("aria-label", rij ? "Waarden van " + rij.getAttribute("data-param-name") : "Keuze");
    });
    // Its example blocks scroll sideways: reachable by keyboard (WCAG 2.1.1).
    document.querySelectorAll("#referentie .microlight:not([tabindex]), #referentie .highlight-code > pre:not([tabindex])").forEach(function (blok) {
      blok.setAttribute("tabindex", "0");
    });
  }).observe(document.getElementById("referentie"), { childList: true, subtree: true });
});
`;

/** Our few corrections on Swagger UI's styles: contrast (WCAG AA) and a visible focus. */
export const REFERENTIE_CSS = `body { margin: 0; font-family: "Fira Sans", Arial, sans-serif; color: #1a1a1a; }
.br-kop { padding: 1rem 1.5rem; background: #154273; color: #fff; }
.br-kop h1 { margin: 0; font-size: 1.5rem; }
.br-kop p { margin: .25rem 0 0; }
.br-kop a { color: #fff; }
.swagger-ui .topbar { display: none; }
.swagger-ui .info .title small pre, .swagger-ui .info .title small { background: #154273; }
.swagger-ui .opblock .opblock-summary-method { color: #000; }
.swagger-ui .opblock.opblock-get .opblock-summary-method { background: #8cc6ff; }
.swagger-ui .opblock.opblock-post .opblock-summary-method { background: #7fd8b3; }
.swagger-ui .opblock.opblock-put .opblock-summary-method { background: #ffc680; }
.swagger-ui .opblock.opblock-patch .opblock-summary-method { background: #8fe8dd; }
.swagger-ui .opblock.opblock-delete .opblock-summary-method { background: #ffa3a3; }
.swagger-ui .opblock-summary-path, .swagger-ui .opblock-summary-description, .swagger-ui .opblock-tag, .swagger-ui .opblock-tag small, .swagger-ui .info p, .swagger-ui .info li, .swagger-ui table thead tr th, .swagger-ui .parameter__in, .swagger-ui .response-col_status, .swagger-ui .model-title, .swagger-ui .prop-format, .swagger-ui .renderedMarkdown p { color: #1a1a1a; }
.swagger-ui .info a, .swagger-ui a.nostyle { color: #154273; }
.swagger-ui :focus-visible { outline: 3px solid #154273; outline-offset: 2px; }
/* One server and no console: no server choice, no Authorize buttons. */
.swagger-ui .scheme-container, .swagger-ui .auth-wrapper, .swagger-ui .authorization__btn { display: none; }
.swagger-ui table.headers td .header-example, .swagger-ui .parameter__deprecated, .swagger-ui .response-control-media-type__accept-message { color: #4d4d4d; }
/* Targets of at least 24 by 24 px (WCAG 2.5.8). */
.swagger-ui a, .br-kop a { display: inline-block; min-height: 24px; line-height: 24px; }
.swagger-ui .opblock-summary-control, .swagger-ui .expand-operation, .swagger-ui .opblock-tag { min-height: 24px; }
`;

export function referentieHtml(): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API-referentie ${API_VERSION} — Beslisroute</title>
<link rel="stylesheet" href="${API_BASIS}/docs/swagger-ui.css">
<link rel="stylesheet" href="${API_BASIS}/docs/referentie.css">
</head>
<body>
<header class="br-kop">
<h1>Beslisroute API ${API_VERSION}</h1>
<p>De referentie voor wie een systeem koppelt. Het contract zelf: <a href="${API_BASIS}/openapi.json">${API_BASIS}/openapi.json</a> (OpenAPI 3.1).</p>
</header>
<main id="referentie" aria-label="API-referentie">
<noscript><p>Deze pagina toont het OpenAPI-document met JavaScript. Zonder JavaScript: lees <a href="${API_BASIS}/openapi.json">het document</a> zelf.</p></noscript>
</main>
<script src="${API_BASIS}/docs/swagger-ui-bundle.js"></script>
<script src="${API_BASIS}/docs/start.js"></script>
</body>
</html>
`;
}
