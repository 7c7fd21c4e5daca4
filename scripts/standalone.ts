// The production server as the container image runs it: Next's standalone output
// (.next/standalone/server.js), with the build's static files copied beside it (Next leaves that to
// the deployment). npm start, the e2e suite and the Dockerfile all start the app this way.
import { cpSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";

export const STANDALONE_DIR = join(".next", "standalone");
export const SERVER_JS = join(STANDALONE_DIR, "server.js");

/**
 * The environment the server runs with wherever it is started (npm start, the benchmarks, the
 * Dockerfile sets the same). MALLOC_ARENA_MAX=2: glibc gives every thread that allocates its own
 * malloc arena (up to 8 per core), and Node's thread pool (crypto, zlib, file I/O) left their
 * fragments behind: at 50 concurrent page requests the server's RSS peaked at 615–622 MB with the
 * default and 524–571 MB with 2 arenas, at the same throughput (issue 8, docs/PERFORMANCE.md).
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: "2" };

/** Copies .next/static (and public/, when there is one) into the standalone folder. Idempotent. */
export function prepareStandalone(): void {
  if (!existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} ontbreekt: de build is niet af (next build met output "standalone").`);
  const target = join(STANDALONE_DIR, ".next", "static");
  rmSync(target, { recursive: true, force: true });
  cpSync(join(".next", "static"), target, { recursive: true });
  if (existsSync("public")) cpSync("public", join(STANDALONE_DIR, "public"), { recursive: true });
}

/** The command that starts it: node server.js on PORT, on every interface (IPv4 and IPv6) unless HOSTNAME says otherwise. */
export function standaloneCommand(port: number): { cmd: string; args: string[]; env: Record<string, string> } {
  return { cmd: process.execPath, args: [SERVER_JS], env: { ...SERVER_ENV, PORT: String(port), HOSTNAME: "::" } };
}
