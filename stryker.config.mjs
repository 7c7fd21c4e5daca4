// Mutation testing (npm run test:mutation): Stryker changes the code under test one small thing at
// a time (a < for a <=, a && for a ||, a string emptied, a branch removed …) and runs the tests that
// cover it; a mutant no test notices "survives". The score per folder goes to docs/TESTING.md.
// Incremental: a rerun only tests the mutants of code or tests that changed (reports/ keeps the state).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: true },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: ["lib/domain/**/*.ts", "!lib/domain/**/*.d.ts"],
  coverageAnalysis: "perTest",
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  concurrency: 2,
  // Static mutants (module-level constants: label tables, schemas built at import) were 41% of the
  // mutants and, by Stryker's estimate, 96% of the time (every test run again per mutant); and the
  // vitest runner does not load the module again, so they "survive" even where a test writes the
  // constant out (the role labels). They are left out; scripts/mutation-report.ts counts them apart.
  ignoreStatic: true,
  timeoutMS: 10000,
  // Stryker puts "// @ts-nocheck" atop the files whose type checks it disables; by default every
  // .ts file of the sandbox, openapi/schema.d.ts too, which then no longer equals what
  // tests/unit/openapi.test.ts generates. Only the mutated code needs it.
  disableTypeChecks: "lib/domain/**/*.ts",
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};

export default config;
