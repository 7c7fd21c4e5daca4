// Whether an error means "the database cannot be reached right now" (a 503 the client may retry)
// rather than a fault in the request or in our code (a 4xx or 500). Walks the error's causes: Prisma
// wraps the pg driver's error in a DriverAdapterError, which it wraps again in its own error.

/** Prisma's own codes for an unreachable server, a closed connection and a pool that gave up. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** Kinds of Prisma's DriverAdapterError that are about the connection, not the query. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError"]);
/**
 * SQLSTATEs: class 08 (connection exception), 57P01 admin_shutdown, 57P02 crash_shutdown,
 * 57P03 cannot_connect_now (starting up or in recovery), 53300 too_many_connections.
 */
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;
/** Node's socket errors. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);
/** What pg and its pool say when the connection goes away or cannot be had in time. */
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Can't reach database server|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)/i;

function fields(e: unknown): Record<string, unknown> | undefined {
  return typeof e === "object" && e !== null ? (e as Record<string, unknown>) : undefined;
}

/** Waiting for a connection (or a free one in the pool) took too long: busy or gone, the probe tells. */
const POOL_TIMEOUT = /timeout exceeded when trying to connect|Timed out fetching a new connection/i;

/** Every error in the chain: Prisma's meta.driverAdapterError, .cause, AggregateError's .errors. */
function chain(error: unknown): Record<string, unknown>[] {
  const seen = new Set<unknown>();
  const out: Record<string, unknown>[] = [];
  const queue: unknown[] = [error];
  while (queue.length) {
    const f = fields(queue.shift());
    if (!f || seen.has(f)) continue;
    seen.add(f);
    out.push(f);
    const meta = fields(f.meta);
    if (meta?.driverAdapterError) queue.push(meta.driverAdapterError);
    if (f.cause) queue.push(f.cause);
    if (Array.isArray(f.errors)) queue.push(...f.errors);
  }
  return out;
}

function aboutConnection(f: Record<string, unknown>): boolean {
  const code = typeof f.code === "string" ? f.code : undefined;
  if (code && (PRISMA_CODES.has(code) || SQLSTATE.test(code) || SOCKET_CODES.has(code))) return true;
  if (typeof f.kind === "string" && ADAPTER_KINDS.has(f.kind)) return true;
  return typeof f.message === "string" && MESSAGES.test(f.message);
}

/**
 * "onbereikbaar": the server refused, closed or shut down the connection. "wachttijd": no connection
 * came in time (the pool is exhausted, or the server does not answer); a 503 too, but not by itself
 * proof that the database is gone. null: not about the connection.
 */
export function classifyDatabaseError(error: unknown): "onbereikbaar" | "wachttijd" | null {
  const all = chain(error);
  if (!all.some(aboutConnection)) return null;
  return all.some((f) => f.code === "P2024" || (typeof f.message === "string" && POOL_TIMEOUT.test(f.message))) ? "wachttijd" : "onbereikbaar";
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return classifyDatabaseError(error) !== null;
}
