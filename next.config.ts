import type { NextConfig } from "next";
import { FIXED_SECURITY_HEADERS } from "./lib/domain/security-headers";

const nextConfig: NextConfig = {
  // The Prisma client, pg and argon2 are server-side dependencies with native or wasm parts:
  // keep them out of the bundle and load them from node_modules at run time.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "@resvg/resvg-js"],
  poweredByHeader: false,
  // The build checks the application only; `npm run typecheck` checks tests and scripts too.
  typescript: { tsconfigPath: "tsconfig.app.json" },
  typedRoutes: false,
  // Bijlagen up to 20 MB are uploaded through a server action.
  // authInterrupts: forbidden() answers 403 with app/forbidden.tsx for pages a role may not open.
  experimental: { serverActions: { bodySizeLimit: "21mb" }, authInterrupts: true },
  // The same security headers on every response, static files included; the CSP (with a nonce per
  // page) and HSTS come from proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: FIXED_SECURITY_HEADERS }];
  },
};

export default nextConfig;
