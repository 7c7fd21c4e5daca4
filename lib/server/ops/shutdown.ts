// A graceful stop on SIGTERM (and SIGINT): readiness turns false at once, the listening socket
// closes, idle keep-alive connections are closed (and every answer from now on says
// "Connection: close"), requests in flight may finish for up to SHUTDOWN_GRACE_SECONDS, then the
// database pool is closed and the process exits. Next.js's own handler is switched off by
// NEXT_MANUAL_SIG_HANDLE=true (set by scripts/prepare.ts and the Dockerfile); without it, this one
// still runs first and Next's waits for the same connections.
import "server-only";
import { gate, inFlight } from "@/lib/server/ops/http-gate";
import { log } from "@/lib/server/ops/log";

let installed = false;

export function installGracefulShutdown(opts: { graceSeconds: number; onStopped?: () => Promise<void> }): void {
  if (installed) return;
  installed = true;
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const state = gate();
    state.draining = true;
    const started = Date.now();
    // Whatever hangs below (a pool that will not close, a socket that will not finish), the process
    // is gone a few seconds after the grace: an orchestrator must be able to count on it.
    setTimeout(() => {
      log().error({ in_flight: inFlight() }, "stoppen duurde te lang; harde stop");
      process.exit(1);
    }, (opts.graceSeconds + 5) * 1000).unref();
    log().info({ signal, in_flight: inFlight(), grace_s: opts.graceSeconds }, "stoppen: geen nieuwe verbindingen, lopende verzoeken afmaken");
    for (const server of state.servers) {
      server.close();
      server.closeIdleConnections();
    }
    // Connections that finish their last answer later become idle: close them as they do.
    const sweep = setInterval(() => { for (const server of state.servers) server.closeIdleConnections(); }, 100);
    const finished = await new Promise<boolean>((resolve) => {
      if (inFlight() === 0) return resolve(true);
      const timer = setTimeout(() => resolve(false), opts.graceSeconds * 1000);
      state.idle.add(() => { clearTimeout(timer); resolve(true); });
    });
    clearInterval(sweep);
    for (const server of state.servers) server.closeAllConnections();
    if (!finished) log().warn({ in_flight: inFlight() }, "stoppen: wachttijd voorbij, lopende verzoeken afgebroken");
    await Promise.race([opts.onStopped?.().catch(() => {}), new Promise((r) => setTimeout(r, 3000).unref())]);
    log().info({ duration_ms: Date.now() - started, complete: finished }, "gestopt");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}
