import { defineConfig } from "vitest/config";
import { integrationTest, resolve } from "./vitest.shared.ts";

export default defineConfig({
  resolve,
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: { name: "integration", ...integrationTest },
      },
    ],
  },
});
