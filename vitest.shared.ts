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
