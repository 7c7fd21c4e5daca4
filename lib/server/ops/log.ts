// Structured logs: one JSON object per line on stdout (pino), with the request id and the actor's
// id of the request in progress. Never a name or an e-mail address: officials' personal data does
// not belong in logs that platform teams ship elsewhere. Server code logs through this module only.
import pino, { type Logger } from "pino";
import { AsyncLocalStorage } from "node:async_hooks";

export interface RequestContext {
  requestId: string;
  method: string;
  path: string;
  /** Set once the session or token is known (lib/server/actors.ts). */
  actorId?: string;
}

const g = globalThis as unknown as { beslisrouteLog?: Logger; beslisrouteRequests?: AsyncLocalStorage<RequestContext> };

/** The request context, shared by the HTTP gate (which starts it) and the code that serves it. */
export const requestContext: AsyncLocalStorage<RequestContext> = (g.beslisrouteRequests ??= new AsyncLocalStorage<RequestContext>());

/** The logger without the request's bindings (for lines that name their request themselves). */
export function baseLog(): Logger {
  return base();
}

function base(): Logger {
  return (g.beslisrouteLog ??= pino({
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
    base: { service: "beslisroute" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // Belt and braces: these keys never leave the process, whoever logs them.
    redact: { paths: ["email", "naam", "wachtwoord", "password", "*.email", "*.naam", "*.wachtwoord", "*.password", "headers.cookie", "headers.authorization"], censor: "[weggelaten]" },
  }));
}

/** The logger, bound to the current request's id and actor when there is one. */
export function log(): Logger {
  const ctx = requestContext.getStore();
  if (!ctx) return base();
  return base().child({ req_id: ctx.requestId, ...(ctx.actorId ? { actor_id: ctx.actorId } : {}) });
}

/** Records who the request acts for, for the log lines that follow. */
export function noteActor(actorId: string): void {
  const ctx = requestContext.getStore();
  if (ctx) ctx.actorId = actorId;
}

/** An error as loggable fields (message, code, stack), not the whole object with its data. */
export function errorFields(e: unknown): Record<string, unknown> {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    return { err: { type: e.name, message: e.message, ...(typeof code === "string" ? { code } : {}), stack: e.stack } };
  }
  return { err: { message: String(e) } };
}
