import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "lib/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", ".stryker-tmp/**", "reports/**"]),
  {
    rules: {
      // The architecture's arrows: only lib/server, lib/db.ts, prisma/ and scripts/ reach the database.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/generated/*", "**/generated/prisma/*", "@prisma/*"], message: "Alleen lib/server, prisma/ en scripts/ gebruiken Prisma." },
            { group: ["@/lib/db"], message: "Alleen lib/server gebruikt de database." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/server/**", "lib/db.ts", "prisma/**", "scripts/**", "tests/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["lib/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/server/*", "@/lib/db", "@/lib/generated/*", "@prisma/*", "next", "next/*", "react", "node:*", "pg"], message: "lib/domain is pure: geen I/O, geen Next, geen Prisma." }] },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/server/*", "@/lib/db", "@/lib/generated/*", "@prisma/*"], message: "Componenten gebruiken alleen lib/domain (types van DTO's mogen).", allowTypeImports: true }] },
      ],
    },
  },
  {
    // The application logs through lib/server/ops/log.ts: JSON lines with the request id, no personal data.
    files: ["lib/**", "app/**", "components/**", "proxy.ts", "instrumentation.ts"],
    rules: { "no-console": "error" },
  },
]);
