import "server-only";
import { serverEnv } from "@/lib/env";
import { sendPendingWebhooks } from "@/lib/server/webhooks/deliver";
import { errorFields, log } from "@/lib/server/ops/log";

let timer: NodeJS.Timeout | undefined;
let running: Promise<unknown> | undefined;

/**
 * Polls the webhook deliveries every WEBHOOKS_INTERVAL_SECONDS: inside the web process by default
 * (instrumentation.ts), or in `npm run worker` beside a fleet with OUTBOX_IN_PROCESS=false. Any
 * number of workers may run: each delivery is claimed by one.
 */
export function startWebhookWorker(opts: { keepAlive?: boolean; intervalMs?: number } = {}): boolean {
  if (timer) return false;
  const tick = async () => {
    if (running) return;
    running = sendPendingWebhooks()
      .then((r) => { if (r.afgeleverd || r.mislukt || r.opgegeven) log().info(r, "webhooks"); })
      .catch((e) => log().error(errorFields(e), "webhooks afleveren mislukt"))
      .finally(() => { running = undefined; });
  };
  timer = setInterval(tick, opts.intervalMs ?? serverEnv().WEBHOOKS_INTERVAL_SECONDS * 1000);
  if (!opts.keepAlive) timer.unref();
  void tick();
  return true;
}

/** Stops polling and waits for a round in progress. */
export async function stopWebhookWorker(): Promise<void> {
  if (timer) clearInterval(timer);
  timer = undefined;
  await running;
}
