// A bound on costly work in this process (rendering a PDF takes a core for a third of a second):
// at most `limit` at once, a short queue behind them, and beyond that an immediate 503 with
// Retry-After, so a burst of downloads cannot take the server from everyone else.
import { AppError } from "@/lib/errors";

interface Slots { busy: number; waiting: Array<() => void> }

const g = globalThis as unknown as { beslisrouteSlots?: Map<string, Slots> };
const slots = (name: string): Slots => {
  const all = (g.beslisrouteSlots ??= new Map());
  let s = all.get(name);
  if (!s) all.set(name, (s = { busy: 0, waiting: [] }));
  return s;
};

export interface SlotOptions {
  limit: number;
  /** How many may wait for a slot (default: twice the limit). */
  queue?: number;
  /** How long one may wait before the answer is 503 (ms). */
  maxWaitMs?: number;
  detail: string;
}

export async function withSlot<T>(name: string, opts: SlotOptions, fn: () => Promise<T>): Promise<T> {
  const s = slots(name);
  const refuse = () => new AppError("SERVICE_UNAVAILABLE", opts.detail, undefined, { retryAfter: 2 });
  if (s.busy >= opts.limit) {
    if (s.waiting.length >= (opts.queue ?? opts.limit * 2)) throw refuse();
    await new Promise<void>((resolve, reject) => {
      const wake = () => { clearTimeout(timer); resolve(); };
      const timer = setTimeout(() => {
        const i = s.waiting.indexOf(wake);
        if (i >= 0) s.waiting.splice(i, 1);
        reject(refuse());
      }, opts.maxWaitMs ?? 5_000);
      s.waiting.push(wake);
    });
  } else {
    s.busy++;
  }
  try {
    return await fn();
  } finally {
    // Hand the slot straight to the next in line (busy stays the same), or free it.
    const next = s.waiting.shift();
    if (next) next();
    else s.busy--;
  }
}

export function slotUse(name: string): { busy: number; waiting: number } {
  const s = slots(name);
  return { busy: s.busy, waiting: s.waiting.length };
}
