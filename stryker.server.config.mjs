// Mutation testing of the use cases (npm run test:mutation:server): like stryker.config.mjs, over
// lib/server, judged by the integration suite on a real PostgreSQL (vitest.mutation.server.config.ts).
// That suite takes minutes, so one folder at a time: MUTATE="lib/server/notas/**/*.ts" (the
// default) or any glob. Incremental, in a state file of its own: a rerun tests only the mutants of
// code or tests that changed. The score goes to docs/TESTING.md between the mutation-server markers
// (node --import tsx scripts/mutation-report.ts --report reports/mutation/server.json
// --marker mutation-server --write).
import basis from "./stryker.config.mjs";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  ...basis,
  vitest: { configFile: "vitest.mutation.server.config.ts", related: true },
  mutate: (process.env.MUTATE ?? "lib/server/notas/**/*.ts").split(",").concat(["!lib/server/**/*.d.ts"]),
  incrementalFile: "reports/stryker-server-incremental.json",
  jsonReporter: { fileName: "reports/mutation/server.json" },
  // Each worker has its own database (its own vitest and global setup) and an embedded PostgreSQL
  // beside it; on two cores one worker is the most that leaves the machine usable.
  concurrency: 1,
  timeoutMS: 60_000,
  disableTypeChecks: "lib/server/**/*.ts",
};

export default config;
