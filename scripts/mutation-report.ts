// Reads Stryker's JSON report (reports/mutation/mutation.json, written by `npm run test:mutation`)
// and prints the mutation score per file and folder, with the surviving mutants; with --write it
// also puts the table into docs/TESTING.md between its markers.
//   score = (killed + timeout) / (killed + timeout + survived + no coverage), over the mutants that
//   act when code runs. Static mutants (a module-level constant: a label table, a schema built at
//   import) are counted apart and not scored: they take effect only when the module is loaded
//   again, which Stryker's vitest runner does not do reliably (in the run of 3 December 2026 the
//   role labels that tests/unit/navigatie.test.ts writes out word for word "survived").
import { readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

interface Mutant {
  id: string;
  mutatorName: string;
  status: "Killed" | "Survived" | "NoCoverage" | "Timeout" | "CompileError" | "RuntimeError" | "Ignored" | "Pending";
  location: { start: { line: number; column: number } };
  replacement?: string;
  static?: boolean;
}
interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}

// --report FILE (default: lib/domain's report) and --marker NAME (the markers in docs/TESTING.md:
// "mutation" for lib/domain, "mutation-server" for lib/server's run, stryker.server.config.mjs).
const arg = (naam: string, standaard: string) => {
  const i = process.argv.indexOf(naam);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : standaard;
};
const bron = arg("--report", "reports/mutation/mutation.json");
const marker = arg("--marker", "mutation");
const report = JSON.parse(readFileSync(bron, "utf8")) as Report;

interface Telling {
  gedood: number;
  overleefd: number;
  geenDekking: number;
  statisch: number;
}
const leeg = (): Telling => ({ gedood: 0, overleefd: 0, geenDekking: 0, statisch: 0 });
const score = (t: Telling) => {
  const n = t.gedood + t.overleefd + t.geenDekking;
  return n === 0 ? "—" : `${((100 * t.gedood) / n).toFixed(1)}%`;
};

const perMap = new Map<string, Telling>();
const perBestand = new Map<string, Telling>();
const overlevers: string[] = [];
for (const [pad, f] of Object.entries(report.files)) {
  const b = perBestand.get(pad) ?? leeg();
  const m = perMap.get(dirname(pad)) ?? leeg();
  for (const mu of f.mutants) {
    if (mu.static) {
      b.statisch++;
      m.statisch++;
      continue;
    }
    for (const t of [b, m]) {
      if (mu.status === "Killed" || mu.status === "Timeout") t.gedood++;
      else if (mu.status === "Survived") t.overleefd++;
      else if (mu.status === "NoCoverage") t.geenDekking++;
    }
    if (mu.status === "Survived" || mu.status === "NoCoverage") overlevers.push(`${pad}:${mu.location.start.line} ${mu.mutatorName}${mu.status === "NoCoverage" ? " (no test covers it)" : ""}`);
  }
  perBestand.set(pad, b);
  perMap.set(dirname(pad), m);
}
const totaal = [...perMap.values()].reduce((a, t) => ({ gedood: a.gedood + t.gedood, overleefd: a.overleefd + t.overleefd, geenDekking: a.geenDekking + t.geenDekking, statisch: a.statisch + t.statisch }), leeg());

const regels = [
  "| folder | killed | survived | no coverage | score | static (not scored) |",
  "|---|---:|---:|---:|---:|---:|",
  ...[...perMap.entries()].sort().map(([map, t]) => `| ${map} | ${t.gedood} | ${t.overleefd} | ${t.geenDekking} | ${score(t)} | ${t.statisch} |`),
  `| **all** | ${totaal.gedood} | ${totaal.overleefd} | ${totaal.geenDekking} | **${score(totaal)}** | ${totaal.statisch} |`,
  "",
  "| file | killed | survived | no coverage | score | static (not scored) |",
  "|---|---:|---:|---:|---:|---:|",
  ...[...perBestand.entries()].sort().map(([p, t]) => `| ${p} | ${t.gedood} | ${t.overleefd} | ${t.geenDekking} | ${score(t)} | ${t.statisch} |`),
];
console.log(regels.join("\n"));
console.log(`\n${overlevers.length} surviving mutants (${bron} has each with its replacement).`);

if (process.argv.includes("--write")) {
  const doc = readFileSync("docs/TESTING.md", "utf8");
  const begin = `<!-- ${marker}:begin -->`;
  const eind = `<!-- ${marker}:end -->`;
  const i = doc.indexOf(begin);
  const j = doc.indexOf(eind);
  if (i < 0 || j < 0) throw new Error(`docs/TESTING.md has no ${marker} markers`);
  writeFileSync("docs/TESTING.md", `${doc.slice(0, i + begin.length)}\n${regels.join("\n")}\n${doc.slice(j)}`);
  console.log("docs/TESTING.md bijgewerkt");
}
