// npm test: every suite in turn (lint, typecheck, unit, integration, e2e), then one plain line
// "N passed, N failed" over all of them. A suite that crashes before reporting counts as failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { childEnv } from "@/lib/env";

interface Counts { passed: number; failed: number; skipped: number }
interface Suite { name: string; run: () => Counts }

const OUT = "test-results";

function sh(cmd: string, args: string[], env?: Record<string, string>): number {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: childEnv({ NEXT_TELEMETRY_DISABLED: "1", ...env }) });
  return r.status ?? 1;
}

function check(cmd: string, args: string[]): Counts {
  return sh(cmd, args) === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
}

function vitest(project: string): Counts {
  const file = `${OUT}/${project}.json`;
  rmSync(file, { force: true });
  const code = sh("node_modules/.bin/vitest", ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${file}`]);
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; numTotalTests: number };
  const counts = { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
  // A crash outside the tests (setup, a file that fails to load) is a failure even with no test failing.
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  if (r.numTotalTests === 0) counts.failed += 1;
  return counts;
}

function playwright(): Counts {
  const file = `${OUT}/e2e.json`;
  rmSync(file, { force: true });
  const code = sh(process.execPath, ["--conditions", "react-server", "--import", "tsx", "scripts/e2e.ts"], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  const counts = { passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky, skipped: r.stats.skipped };
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  if (counts.passed + counts.failed === 0) counts.failed = 1;
  return counts;
}

/**
 * Node 22 LTS (the container image's version) beside the machine's Node 20: fetched from the npm
 * registry (`npx node@22`), it runs the unit tests and the standalone server smoke test.
 */
function node22(): Counts {
  const unitFile = `${OUT}/node22-unit.json`;
  rmSync(unitFile, { force: true });
  const unit = sh("npx", ["--yes", "node@22", "node_modules/vitest/vitest.mjs", "run", "--project", "unit", "--reporter=dot", "--reporter=json", `--outputFile.json=${unitFile}`]);
  const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(unitFile)) {
    const r = JSON.parse(readFileSync(unitFile, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
    counts.passed += r.numPassedTests;
    counts.failed += r.numFailedTests;
    counts.skipped += r.numPendingTests;
  }
  if (unit !== 0 && counts.failed === 0) counts.failed = 1;
  if (counts.passed === 0) {
    console.error("Node 22 kon niet worden gestart: `npx node@22` haalt het van de npm-registry; controleer de verbinding.");
    counts.failed += 1;
  }
  const smoke = sh("npx", ["--yes", "node@22", "--conditions", "react-server", "--import", "tsx", "scripts/smoke-standalone.ts"]);
  if (smoke === 0) counts.passed += 1;
  else counts.failed += 1;
  return counts;
}

/**
 * The OpenAPI document: the committed file is what the code generates, it keeps the API Design
 * Rules (Spectral, openapi/ruleset.spectral.yaml: no error) and Redocly's recommended rules (no
 * warning). All three run offline from node_modules.
 */
function apiLint(): Counts {
  const runs = [
    check(process.execPath, ["--import", "tsx", "scripts/openapi.ts", "--check"]),
    check("node_modules/.bin/spectral", ["lint", "openapi/openapi.json", "--ruleset", "openapi/ruleset.spectral.yaml", "--fail-severity", "error"]),
    check("node_modules/.bin/redocly", ["lint", "openapi/openapi.json", "--config", "openapi/redocly.yaml", "--max-problems", "1000"]),
  ];
  return runs.reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: 0 }));
}

const suites: Suite[] = [
  { name: "lint", run: () => check("node_modules/.bin/eslint", ["--max-warnings", "0", "."]) },
  { name: "api-lint", run: apiLint },
  { name: "typecheck", run: () => check("node_modules/.bin/tsc", ["--noEmit"]) },
  { name: "unit", run: () => vitest("unit") },
  { name: "integration", run: () => vitest("integration") },
  { name: "e2e", run: playwright },
  // After e2e: the smoke test runs the build the e2e suite made.
  { name: "node22", run: node22 },
];

mkdirSync(OUT, { recursive: true });
const only = process.argv.slice(2);
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const lines: string[] = [];
for (const suite of suites) {
  if (only.length && !only.includes(suite.name)) continue;
  console.log(`\n=== ${suite.name} ===`);
  const started = Date.now();
  const c = suite.run();
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
  lines.push(`${suite.name}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ""} (${Math.round((Date.now() - started) / 1000)} s)`);
}
console.log("\n" + lines.join("\n"));
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(total.failed > 0 || total.skipped > 0 ? 1 : 0);
