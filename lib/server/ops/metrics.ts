// Prometheus metrics of this process (prom-client), served at /api/metrics. Route labels are the
// path with its ids replaced (":id"), so the number of series stays small.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

interface Metrics {
  registry: Registry;
  requests: Histogram<"method" | "route" | "status">;
  inFlight: Gauge;
  rejected: Counter<"reason">;
  databaseUp: Gauge;
  collectors: Array<() => Promise<void>>;
}

const g = globalThis as unknown as { beslisrouteMetrics?: Metrics };

export function metrics(): Metrics {
  if (g.beslisrouteMetrics) return g.beslisrouteMetrics;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "beslisroute_" });
  const m: Metrics = {
    registry,
    requests: new Histogram({
      name: "beslisroute_http_request_duration_seconds",
      help: "Duur van HTTP-verzoeken per methode, route en status",
      labelNames: ["method", "route", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    inFlight: new Gauge({ name: "beslisroute_http_requests_in_flight", help: "Verzoeken die nu in behandeling zijn", registers: [registry] }),
    rejected: new Counter({ name: "beslisroute_http_rejected_total", help: "Verzoeken die direct zijn geweigerd (overbelast, database weg, stoppen)", labelNames: ["reason"] as const, registers: [registry] }),
    databaseUp: new Gauge({ name: "beslisroute_database_up", help: "1 als de database bereikbaar is", registers: [registry] }),
    collectors: [],
  };
  m.databaseUp.set(1);
  g.beslisrouteMetrics = m;
  return m;
}

/** Adds work done at scrape time (database counts that are not worth keeping up to date). */
export function onScrape(collect: () => Promise<void>): void {
  metrics().collectors.push(collect);
}

const ID_SEGMENT = /^(c[a-z0-9]{20,}|[0-9a-f]{8}-[0-9a-f-]{27,}|\d+|[A-Za-z0-9_-]{32,}(\.ics)?)$/;

/** "/api/v1/notas/cmabc…/paraaf" → "/api/v1/notas/:id/paraaf"; static build files in one series. */
export function routeLabel(path: string): string {
  if (path.startsWith("/_next/")) return "/_next/*";
  const segments = path.split("?")[0]!.split("/").map((s) => (ID_SEGMENT.test(s) ? ":id" : s));
  return segments.slice(0, 8).join("/") || "/";
}
