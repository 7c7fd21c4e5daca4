import "server-only";

/**
 * A background loop for the outbox workers (mail, webhooks): `start` runs `round` at once and then
 * every intervalMs, never two rounds at a time; `stop` ends the polling and waits for a round in
 * progress (a graceful stop). `round` must not reject: it logs its own failures.
 */
export function poller() {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  return {
    /** false when already polling. keepAlive: the timer keeps the process alive (npm run worker). */
    start(round: () => Promise<unknown>, intervalMs: number, opts: { keepAlive?: boolean } = {}): boolean {
      if (timer) return false;
      const tick = () => {
        if (running) return;
        running = round().finally(() => {
          running = undefined;
        });
      };
      timer = setInterval(tick, intervalMs);
      if (!opts.keepAlive) timer.unref();
      tick();
      return true;
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
