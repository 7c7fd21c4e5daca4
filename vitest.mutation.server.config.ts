// The integration project alone, for Stryker over lib/server (npm run test:mutation:server): the
// use cases are judged by the tests that run them against a real PostgreSQL. Each Stryker worker
// starts its own vitest, so its global setup makes each worker a database of its own.
import { defineConfig } from "vitest/config";
import { integrationTest, resolve } from "./vitest.shared.ts";

export default defineConfig({ resolve, test: integrationTest });
