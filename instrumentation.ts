// Runs once when the Next server starts (Node.js runtime): the HTTP gate (client address, request
// id, bounded work in flight, 503 while the database is away, logs and metrics per request), the
// graceful stop, the database probe, the outbox workers, mail and webhooks (unless they run as their own process) and the
// audit checkpoint writer. onRequestError: a failure Next caught while rendering is logged, and a
// lost database connection turns the gate to 503 at once.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { serverEnv } = await import("./lib/env");
    const env = serverEnv();
    // First: the pg instrumentation must be in place before the driver is loaded.
    if (env.OTEL_EXPORTER_OTLP_ENDPOINT) {
      const { startTracing } = await import("./lib/server/ops/tracing");
      startTracing(env.OTEL_EXPORTER_OTLP_ENDPOINT);
    }
    const { installHttpGate } = await import("./lib/server/ops/http-gate");
    installHttpGate({ trustProxyHops: env.TRUST_PROXY_HOPS, maxInFlight: env.MAX_REQUESTS_IN_FLIGHT, maxPriorityInFlight: env.MAX_PRIORITY_REQUESTS_IN_FLIGHT });
    const { db } = await import("./lib/db");
    const { installGracefulShutdown } = await import("./lib/server/ops/shutdown");
    installGracefulShutdown({
      graceSeconds: env.SHUTDOWN_GRACE_SECONDS,
      onStopped: async () => {
        await db().$disconnect();
        if (env.OTEL_EXPORTER_OTLP_ENDPOINT) await (await import("./lib/server/ops/tracing")).stopTracing();
      },
    });
    const { startDatabaseMonitor } = await import("./lib/server/ops/database-status");
    startDatabaseMonitor(env.DATABASE_PROBE_SECONDS * 1000);
    if (env.OUTBOX_IN_PROCESS) {
      const { startOutboxWorker } = await import("./lib/server/outbox/worker");
      startOutboxWorker();
      const { startWebhookWorker } = await import("./lib/server/webhooks/worker");
      startWebhookWorker();
    }
    const { startCheckpointWriter } = await import("./lib/server/audit/checkpoints");
    startCheckpointWriter();
  }
}

export async function onRequestError(error: unknown, request: { path: string; method: string }) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { noteDatabaseError } = await import("./lib/server/ops/database-status");
  const { log, errorFields } = await import("./lib/server/ops/log");
  if (noteDatabaseError(error)) log().warn({ route: request.path, method: request.method }, "database niet bereikbaar");
  else log().error({ route: request.path, method: request.method, ...errorFields(error) }, "onverwachte fout");
}
