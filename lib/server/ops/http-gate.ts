// The first thing every HTTP request meets, before Next.js sees it (installed by instrumentation.ts
// on http.Server#emit, so it works under `next start` and the standalone server alike):
// - the client's address in one header a client cannot set (lib/server/auth/client-address.ts);
// - a request id (X-Request-Id, taken when well-formed, else fresh), echoed on the answer and on
//   every log line of the request;
// - a bound on the work in flight: over MAX_REQUESTS_IN_FLIGHT the answer is an immediate 503 with
//   Retry-After instead of a queue that makes everyone wait; health probes, sign-in and the build's
//   static files have a reserve of their own, so they keep answering under overload;
// - while the database is unreachable, 503 at once (a Dutch page, or problem+json for the API);
// - while stopping, answers carry "Connection: close" so keep-alive clients go elsewhere;
// - one log line and the metrics per request when it ends.
import http, { type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import { ADDRESS_HEADER, clientAddress } from "@/lib/server/auth/client-address";
import { requestContext, baseLog, type RequestContext } from "@/lib/server/ops/log";
import { metrics, routeLabel } from "@/lib/server/ops/metrics";
import { databaseAvailable } from "@/lib/server/ops/database-status";
import { AppError, toProblem } from "@/lib/errors";

export interface GateOptions {
  trustProxyHops: number;
  maxInFlight: number;
  maxPriorityInFlight: number;
}

interface GateState {
  installed: boolean;
  servers: Set<Server>;
  inFlight: number;
  priorityInFlight: number;
  draining: boolean;
  idle: Set<() => void>;
}

const g = globalThis as unknown as { beslisrouteGate?: GateState };
export const gate = (): GateState => (g.beslisrouteGate ??= { installed: false, servers: new Set(), inFlight: 0, priorityInFlight: 0, draining: false, idle: new Set() });

/** Paths that must keep answering when everything else is refused (own, smaller reserve). */
const PRIORITY = /^\/(api\/health(\/|$)|api\/metrics$|api\/auth\/|inloggen(\/|$)|uitloggen(\/|$)|_next\/static\/|favicon\.ico$|icon\.svg$)/;
/** Paths that do not need the database: served even while it is away. */
const WITHOUT_DATABASE = /^\/(api\/health(\/|$)|_next\/static\/|favicon\.ico$|icon\.svg$)/;

export const REQUEST_ID_HEADER = "x-request-id";
const VALID_ID = /^[\w.:-]{1,100}$/;

export function isPriorityPath(path: string): boolean {
  return PRIORITY.test(path);
}

function wantsHtml(req: IncomingMessage, path: string): boolean {
  if (path.startsWith("/api/")) return false;
  const accept = req.headers.accept ?? "";
  return accept === "" || accept.includes("text/html") || accept.includes("*/*");
}

const PAGE = (titel: string, tekst: string) => `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${titel} – Beslisroute</title></head>
<body><main><h1>${titel}</h1><p>${tekst}</p><p><a href="/">Probeer het opnieuw</a></p></main></body></html>`;

/** An answer written by the gate itself: 503 (or 429) with Retry-After, in the form the client reads. */
function refuse(req: IncomingMessage, res: ServerResponse, path: string, reason: "overbelast" | "database", requestId: string): void {
  const retryAfter = reason === "database" ? 5 : 1;
  const detail = reason === "database"
    ? "De database is tijdelijk niet bereikbaar. Probeer het over enkele seconden opnieuw."
    : "Beslisroute is op dit moment te druk. Probeer het over een ogenblik opnieuw.";
  metrics().rejected.inc({ reason });
  req.resume(); // read and discard a body the client is still sending
  const headers: Record<string, string> = {
    "retry-after": String(retryAfter),
    "cache-control": "no-store",
    // No scripts, no framing; the page is plain HTML with no styles of its own.
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    "x-content-type-options": "nosniff",
    [REQUEST_ID_HEADER]: requestId,
    // Keep-alive stays: a client that comes back after Retry-After need not connect again (a flood
    // of reconnects would cost more than the refusals themselves).
    ...(gate().draining ? { connection: "close" } : {}),
  };
  let body: string;
  if (wantsHtml(req, path)) {
    headers["content-type"] = "text/html; charset=utf-8";
    body = PAGE("Tijdelijk niet beschikbaar", detail);
  } else {
    headers["content-type"] = "application/problem+json; charset=utf-8";
    body = JSON.stringify(toProblem(new AppError("SERVICE_UNAVAILABLE", detail), path));
  }
  res.writeHead(503, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

/** Installs the gate once per process. */
export function installHttpGate(opts: GateOptions): void {
  const state = gate();
  if (state.installed) return;
  state.installed = true;
  const proto = http.Server.prototype as Server & { emit: (event: string, ...args: unknown[]) => boolean };
  const emit = proto.emit;
  proto.emit = function (this: Server, event: string, ...args: unknown[]) {
    if (event !== "request") return emit.call(this, event, ...args);
    state.servers.add(this);
    const req = args[0] as IncomingMessage;
    const res = args[1] as ServerResponse;
    const started = process.hrtime.bigint();
    const xff = req.headers["x-forwarded-for"];
    req.headers[ADDRESS_HEADER] = clientAddress(Array.isArray(xff) ? xff.join(",") : xff, req.socket?.remoteAddress, opts.trustProxyHops);
    const given = req.headers[REQUEST_ID_HEADER];
    const requestId = typeof given === "string" && VALID_ID.test(given) ? given : randomUUID();
    req.headers[REQUEST_ID_HEADER] = requestId;
    const path = (req.url ?? "/").split("?")[0]!;
    const ctx: RequestContext = { requestId, method: req.method ?? "GET", path };

    const priority = PRIORITY.test(path);
    if (!WITHOUT_DATABASE.test(path) && !databaseAvailable()) {
      refuse(req, res, path, "database", requestId);
      return true;
    }
    if (priority ? state.priorityInFlight >= opts.maxPriorityInFlight : state.inFlight >= opts.maxInFlight) {
      refuse(req, res, path, "overbelast", requestId);
      return true;
    }
    if (priority) state.priorityInFlight++;
    else state.inFlight++;
    metrics().inFlight.inc();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    if (state.draining) res.setHeader("connection", "close");
    res.once("close", () => {
      if (priority) state.priorityInFlight--;
      else state.inFlight--;
      metrics().inFlight.dec();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeLabel(path);
      metrics().requests.observe({ method: req.method ?? "GET", route, status: String(res.statusCode) }, seconds);
      if (!path.startsWith("/_next/static/")) {
        baseLog().info({ req_id: requestId, ...(ctx.actorId ? { actor_id: ctx.actorId } : {}), method: req.method, route, status: res.statusCode, duration_ms: Math.round(seconds * 1000), aborted: !res.writableFinished || undefined }, "verzoek");
      }
      if (state.inFlight + state.priorityInFlight === 0) for (const l of state.idle) l();
    });
    return requestContext.run(ctx, () => emit.call(this, event, ...args));
  } as typeof proto.emit;
}

/** Work in flight now (requests being served by this process). */
export function inFlight(): number {
  const s = gate();
  return s.inFlight + s.priorityInFlight;
}

export function isDraining(): boolean {
  return gate().draining;
}
