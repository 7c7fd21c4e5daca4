import { describe, expect, it } from "vitest";
import { withSlot } from "@/lib/server/ops/concurrency";
import { isAppError } from "@/lib/errors";

function gate() {
  let open: () => void = () => {};
  const p = new Promise<void>((r) => (open = r));
  return { p, open };
}

describe("withSlot", () => {
  it("runs at most `limit` at once, queues the next ones in order, and refuses beyond the queue with 503", async () => {
    const name = `t-${Math.random()}`;
    const opts = { limit: 2, queue: 1, maxWaitMs: 60_000, detail: "druk" };
    const started: number[] = [];
    const gates = [gate(), gate(), gate()];
    const runs = [0, 1, 2].map((i) => withSlot(name, opts, async () => { started.push(i); await gates[i]!.p; return i; }));
    await new Promise((r) => setTimeout(r, 10));
    expect(started).toEqual([0, 1]);
    const refused = await withSlot(name, opts, async () => 9).catch((e: unknown) => e);
    expect(isAppError(refused) && refused.code).toBe("SERVICE_UNAVAILABLE");
    expect(isAppError(refused) && refused.retryAfter).toBe(2);
    gates[0]!.open();
    await new Promise((r) => setTimeout(r, 10));
    expect(started).toEqual([0, 1, 2]);
    gates[1]!.open();
    gates[2]!.open();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    // All slots free again: the next call runs at once.
    expect(await withSlot(name, opts, async () => 7)).toBe(7);
  });

  it("gives up waiting after maxWaitMs with 503, and frees the slot when the work throws", async () => {
    const name = `t-${Math.random()}`;
    const opts = { limit: 1, maxWaitMs: 20, detail: "druk" };
    const g = gate();
    const first = withSlot(name, opts, () => g.p);
    const waited = await withSlot(name, opts, async () => 1).catch((e: unknown) => e);
    expect(isAppError(waited) && waited.code).toBe("SERVICE_UNAVAILABLE");
    g.open();
    await first;
    await expect(withSlot(name, opts, async () => { throw new Error("kapot"); })).rejects.toThrow("kapot");
    expect(await withSlot(name, opts, async () => 2)).toBe(2);
  });
});
