// The system tools the test suites need. As root they are installed from Debian's packages when
// missing; otherwise the suite stops with the exact command to run (it never skips silently).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { childEnv, scriptEnv } from "@/lib/env";

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

function which(cmd: string): string | null {
  const r = spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

let aptUpdated = false;
function aptInstall(packages: string[]): void {
  if (!aptUpdated) {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    aptUpdated = true;
  }
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], {
    stdio: "inherit",
    env: childEnv({ DEBIAN_FRONTEND: "noninteractive" }),
  });
}

/** Ensures each command exists, installing its Debian package as root. */
export function ensureCommands(tools: { command: string; aptPackage: string }[]): void {
  const missing = tools.filter((t) => !which(t.command));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((t) => t.aptPackage))];
  if (!isRoot()) {
    throw new Error(
      `De tests hebben ${missing.map((t) => t.command).join(", ")} nodig. Installeer: sudo apt-get install -y ${packages.join(" ")}`,
    );
  }
  console.log(`Installeren uit Debian: ${packages.join(" ")}`);
  aptInstall(packages);
}

/** Path of Debian's chromium, installing it when missing and running as root. */
export function ensureBrowser(): string {
  const configured = scriptEnv().CHROMIUM_PATH;
  if (configured && existsSync(configured)) return configured;
  ensureCommands([{ command: "chromium", aptPackage: "chromium" }]);
  const path = which("chromium");
  if (!path) throw new Error("chromium is niet gevonden na installatie.");
  return path;
}
