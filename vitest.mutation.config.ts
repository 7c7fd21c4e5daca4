// The unit project alone, for Stryker (npm run test:mutation): lib/domain is pure and its tests
// need no database, so every mutant is judged by the unit tests that cover it.
import { defineConfig } from "vitest/config";
import { resolve } from "./vitest.shared.ts";

export default defineConfig({
  resolve,
  test: { include: ["tests/unit/**/*.test.ts"], environment: "node" },
});
