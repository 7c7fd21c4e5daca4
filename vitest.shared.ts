// What every vitest configuration of the project shares: the "@/" path alias and the stub for
// "server-only" (it throws outside React Server Components; tests run the server code directly).
import { fileURLToPath } from "node:url";
import type { ViteUserConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export const resolve: ViteUserConfig["resolve"] = {
  alias: [
    { find: /^@\//, replacement: `${root}/` },
    { find: /^server-only$/, replacement: `${root}/tests/support/server-only-stub.ts` },
  ],
};

/** The integration project's settings, for vitest.config.ts and Stryker's vitest.mutation.server.config.ts. */
export const integrationTest = {
  include: ["tests/integration/**/*.test.ts"],
  environment: "node",
  globalSetup: ["tests/support/integration-global-setup.ts"],
  setupFiles: ["tests/support/integration-setup.ts"],
  // One database per run; files run one after another so counts and chains stay exact.
  fileParallelism: false,
  testTimeout: 30_000,
  hookTimeout: 60_000,
};
