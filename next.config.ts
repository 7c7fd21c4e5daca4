import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The Prisma client, pg and argon2 are server-side dependencies with native or wasm parts:
  // keep them out of the bundle and load them from node_modules at run time.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // The build checks the application only; `npm run typecheck` checks tests and scripts too.
  typescript: { tsconfigPath: "tsconfig.app.json" },
  typedRoutes: false,
  // Bijlagen up to 20 MB are uploaded through a server action.
  experimental: { serverActions: { bodySizeLimit: "21mb" } },
};

export default nextConfig;
