// The load generator of the benchmark, in its own process (so its CPU is not the server's): runs
// autocannon for one endpoint at one concurrency, bounded in time, and prints a JSON line with
// the latency quantiles of every response, requests/s, and the non-2xx and error counts.
//
//   node --import tsx scripts/bench-client.ts '<json spec>' | @<file with the json spec>
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

interface Spec {
  url: string;
  paths: string[];
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Per request: the header "if-match" from the path list's companion values. */
  ifMatch?: string[];
  connections: number;
  duration: number;
  /** Seconds before the client gives up on a request (a timeout); default 30. */
  timeout?: number;
}

const arg = process.argv[2]!;
const spec = JSON.parse(arg.startsWith("@") ? readFileSync(arg.slice(1), "utf8") : arg) as Spec;
const latencies: number[] = [];
/** Latencies of the 2xx answers only (the work that was done, not the refusals). */
const latenciesOk: number[] = [];
let next = 0;
const status = new Map<number, number>();

const instance = autocannon(
  {
    url: spec.url,
    connections: spec.connections,
    duration: spec.duration,
    pipelining: 1,
    timeout: spec.timeout ?? 30,
    requests: [
      {
        method: spec.method ?? "GET",
        headers: spec.headers,
        body: spec.body,
        setupRequest: (req) => {
          const i = next++ % spec.paths.length;
          const headers = { ...(spec.headers ?? {}) };
          if (spec.ifMatch) headers["if-match"] = spec.ifMatch[i]!;
          return { ...req, path: spec.paths[i]!, headers };
        },
      },
    ],
  },
  (err, result) => {
    if (err) {
      console.error(err);
      process.exit(1);
    }
    latencies.sort((a, b) => a - b);
    latenciesOk.sort((a, b) => a - b);
    const q = (p: number, xs = latencies) => xs[Math.min(xs.length - 1, Math.max(0, Math.ceil(p * xs.length) - 1))] ?? NaN;
    const fouten = result.errors + result.timeouts + [...status.entries()].filter(([c]) => c >= 300).reduce((n, [, k]) => n + k, 0);
    console.log(
      JSON.stringify({
        requests: latencies.length,
        rps: latencies.length / spec.duration,
        p50: q(0.5),
        p95: q(0.95),
        p99: q(0.99),
        p50ok: q(0.5, latenciesOk),
        p95ok: q(0.95, latenciesOk),
        max: latencies.at(-1) ?? NaN,
        errors: fouten,
        timeouts: result.timeouts,
        status: Object.fromEntries(status),
      }),
    );
    process.exit(0);
  },
);
instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
  latencies.push(responseTime);
  if (statusCode >= 200 && statusCode < 300) latenciesOk.push(responseTime);
  status.set(statusCode, (status.get(statusCode) ?? 0) + 1);
});
