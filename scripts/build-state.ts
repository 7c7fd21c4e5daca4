// Decides whether the production build in .next is current: a hash over the sources and the lock
// file is written next to it after each build, and compared before the next start.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const SOURCES = ["app", "components", "lib", "proxy.ts", "next.config.ts", "package-lock.json", "tsconfig.json", "tsconfig.app.json", "instrumentation.ts", "prisma/schema.prisma"];
const STAMP = ".next/beslisroute-build-hash";

function walk(path: string, files: string[]) {
  if (!existsSync(path)) return;
  const st = statSync(path);
  if (st.isFile()) return void files.push(path);
  for (const entry of readdirSync(path).sort()) {
    if (entry === "generated" || entry === "node_modules") continue;
    walk(join(path, entry), files);
  }
}

export function sourceHash(): string {
  const files: string[] = [];
  for (const s of SOURCES) walk(s, files);
  const h = createHash("sha256");
  for (const f of files) h.update(f).update("\0").update(readFileSync(f)).update("\0");
  return h.digest("hex");
}

export function isBuildCurrent(): boolean {
  if (!existsSync(".next/BUILD_ID") || !existsSync(STAMP)) return false;
  return readFileSync(STAMP, "utf8").trim() === sourceHash();
}

export function recordBuild(): void {
  writeFileSync(STAMP, sourceHash() + "\n");
}
