// Runs a child server process and ties its life to ours: Ctrl-C or SIGTERM stops the child and
// then the database; when the child ends on its own, the database stops too.
import { spawn, type ChildProcess } from "node:child_process";
import type { Database } from "./database";
import { log } from "./prepare";

export function runServer(cmd: string, args: string[], env: NodeJS.ProcessEnv, db: Database): { stop: (code: number) => Promise<void> } {
  const child: ChildProcess = spawn(cmd, args, { env, stdio: "inherit" });
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("Stoppen…");
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      // The server lets requests in flight finish for SHUTDOWN_GRACE_SECONDS; then a little more.
      const grace = (Number(env.SHUTDOWN_GRACE_SECONDS ?? 25) || 25) + 5;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => { child.kill("SIGKILL"); resolve(); }, grace * 1000);
        child.once("exit", () => { clearTimeout(timer); resolve(); });
      });
    }
    await db.stop().catch((e) => log(`Database stoppen mislukte: ${String(e)}`));
    log("Gestopt.");
    process.exit(code);
  };

  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  process.on("SIGHUP", () => void shutdown(0));
  // If whatever started us dies without passing on a signal (a wrapper killed with SIGKILL), we are
  // re-parented: stop too, rather than leave a server and a database running unattended.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown(0);
  }, 2000).unref();
  child.on("exit", (code, signal) => {
    if (!stopping) void shutdown(code ?? (signal ? 1 : 0));
  });
  return { stop: shutdown };
}
