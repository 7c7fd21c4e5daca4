// The unit project alone, for Stryker (npm run test:mutation): lib/domain is pure and its tests
// need no database, so every mutant is judged by the unit tests that cover it.
import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: `${root}/tests/support/server-only-stub.ts` },
    ],
  },
  test: { include: ["tests/unit/**/*.test.ts"], environment: "node" },
});
