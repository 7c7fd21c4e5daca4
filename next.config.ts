import type { NextConfig } from "next";
import { FIXED_SECURITY_HEADERS } from "./lib/domain/security-headers";
import { API_VERSION } from "./lib/domain/api-versie";

const nextConfig: NextConfig = {
  // The Prisma client, pg and argon2 are server-side dependencies with native or wasm parts:
  // keep them out of the bundle and load them from node_modules at run time.
  // The OpenTelemetry instrumentation patches `require("pg")`, so both stay real node_modules.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "@opentelemetry/instrumentation", "@opentelemetry/instrumentation-pg", "@opentelemetry/sdk-trace", "@opentelemetry/exporter-trace-otlp-http", "unpdf", "@resvg/resvg-js"],
  poweredByHeader: false,
  // API-48: a trailing slash is another (unknown) resource, so /api/v1/notas/ is a 404, not a 308
  // to /api/v1/notas: Next's own redirect is off, the API's slash paths are rewritten to the 404 of
  // app/api/v1/[...onbekend], and pages keep the 308 to the path without the slash.
  skipTrailingSlashRedirect: true,
  async redirects() {
    return [{ source: "/:pad((?!api/).+)/", destination: "/:pad", permanent: true }];
  },
  async rewrites() {
    return { beforeFiles: [{ source: "/api/:pad+/", destination: "/api/v1/__schuine-streep-aan-het-eind" }], afterFiles: [], fallback: [] };
  },
  // A self-contained server (.next/standalone/server.js with only the files it needs), which npm
  // start, the e2e suite and the container image all run (docs/DEPLOYMENT.md). Files read at run time
  // by path are traced in by hand: the PDF fonts and the migrations (for the readiness probe).
  output: "standalone",
  outputFileTracingIncludes: {
    "/**": ["./node_modules/@fontsource/fira-sans/files/*.woff", "./prisma/migrations/**/*"],
    // The API reference page's Swagger UI (read by path in app/api/v1/docs/[bestand]).
    "/api/v1/docs/*": ["./node_modules/swagger-ui-dist/swagger-ui.css", "./node_modules/swagger-ui-dist/swagger-ui-bundle.js"],
  },
  // The build checks the application only; `npm run typecheck` checks tests and scripts too.
  typescript: { tsconfigPath: "tsconfig.app.json" },
  typedRoutes: false,
  // Bijlagen up to 20 MB are uploaded through a server action.
  // authInterrupts: forbidden() answers 403 with app/forbidden.tsx for pages a role may not open.
  // proxy.ts runs before every route: Next buffers a request body for it up to this size and cuts off the rest
  // (10 MB by default), which would truncate a bijlage of 10–20 MB. The routes hold bodies to their own limits.
  experimental: { serverActions: { bodySizeLimit: "21mb" }, proxyClientMaxBodySize: "21mb", authInterrupts: true },
  // The same security headers on every response, static files included; the CSP (with a nonce per
  // page) and HSTS come from proxy.ts.
  async headers() {
    // API-57: every answer of the REST API (errors and unknown paths too) names the API's version.
    return [
      { source: "/:path*", headers: FIXED_SECURITY_HEADERS },
      { source: "/api/v1/:path*", headers: [{ key: "API-Version", value: API_VERSION }] },
    ];
  },
};

export default nextConfig;
