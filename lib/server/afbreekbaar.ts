import "server-only";
// Queries that stop when the client has gone away. PostgreSQL keeps running a statement whose
// HTTP client disconnected; here the statement runs on one connection (a read-only transaction),
// and when the request's AbortSignal fires, pg_cancel_backend() stops it from another connection.
import { db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";

export async function afbreekbaar<T>(signal: AbortSignal | undefined, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (!signal) return fn(db());
  signal.throwIfAborted();
  return db().$transaction(
    async (tx) => {
      const [{ pid }] = await tx.$queryRaw<[{ pid: number }]>`SELECT pg_backend_pid() AS pid`;
      const stop = () => void db().$executeRaw`SELECT pg_cancel_backend(${pid}::int)`.catch(() => {});
      signal.addEventListener("abort", stop, { once: true });
      try {
        return await fn(tx);
      } finally {
        signal.removeEventListener("abort", stop);
      }
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}
