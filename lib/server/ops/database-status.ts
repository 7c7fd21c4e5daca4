// What this process knows about its database: reachable or not, since when. The HTTP gate
// (http-gate.ts) answers 503 at once while it is down; a probe every few seconds notices both the
// fall (before a page meets it) and the return (so the app recovers by itself).
import "server-only";
import { db } from "@/lib/db";
import { classifyDatabaseError } from "@/lib/server/ops/database-unavailable";

interface State {
  available: boolean;
  since: number;
  lastProbe: number;
  /** When the last probe succeeded. */
  lastOk?: number;
  timer?: NodeJS.Timeout;
  /** The probe now out, which everyone who asks meanwhile shares. */
  probe?: Promise<boolean>;
  listeners: Set<(available: boolean) => void>;
}

const g = globalThis as unknown as { beslisrouteDatabase?: State };
const state = (): State => (g.beslisrouteDatabase ??= { available: true, since: Date.now(), lastProbe: 0, listeners: new Set() });

export function databaseAvailable(): boolean {
  return state().available;
}

export function databaseState(): { available: boolean; since: Date } {
  const s = state();
  return { available: s.available, since: new Date(s.since) };
}

function set(available: boolean): void {
  const s = state();
  if (s.available === available) return;
  s.available = available;
  s.since = Date.now();
  for (const l of s.listeners) l(available);
}

export function onDatabaseChange(listener: (available: boolean) => void): () => void {
  state().listeners.add(listener);
  return () => state().listeners.delete(listener);
}

/**
 * Called where a request met an error: true when it is about the database connection (answer 503).
 * A refused or closed connection turns the gate to 503 at once; a connection that did not come in
 * time (pool exhausted under load) does not: the next probe decides.
 */
export function noteDatabaseError(error: unknown): boolean {
  const kind = classifyDatabaseError(error);
  if (!kind) return false;
  if (kind === "onbereikbaar") set(false);
  return true;
}

/**
 * One probe: SELECT 1 within timeoutMs. Callers that ask while one is out share it: a burst of
 * health checks costs the pool one connection, not one each (50 at once had exhausted it, and the
 * probes that timed out turned the whole instance to 503).
 */
export function probeDatabase(timeoutMs = 2000): Promise<boolean> {
  const s = state();
  return (s.probe ??= probeOnce(timeoutMs).finally(() => (s.probe = undefined)));
}

/**
 * For /api/health: the answer of a successful probe at most maxAgeMs old, when nothing has gone
 * wrong since; otherwise a probe. A failure is never reused: a database that is down is asked
 * again at once, so the instance recovers as soon as it answers.
 */
export function recentProbe(maxAgeMs: number, timeoutMs = 2000): Promise<boolean> {
  const s = state();
  if (s.available && s.lastOk !== undefined && Date.now() - s.lastOk < maxAgeMs && s.since <= s.lastOk) return Promise.resolve(true);
  return probeDatabase(timeoutMs);
}

async function probeOnce(timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => { timer = setTimeout(() => reject(new Error("timeout exceeded when trying to connect")), timeoutMs); }),
    ]);
    set(true);
    state().lastOk = Date.now();
    return true;
  } catch {
    set(false);
    return false;
  } finally {
    clearTimeout(timer);
    state().lastProbe = Date.now();
  }
}

/** Probes every intervalMs (once per process); a probe is skipped while one is still out. */
export function startDatabaseMonitor(intervalMs: number): void {
  const s = state();
  if (s.timer) return;
  let busy = false;
  s.timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      await probeDatabase(Math.min(2000, intervalMs));
    } finally {
      busy = false;
    }
  }, intervalMs);
  s.timer.unref();
}
