import "server-only";
import { serverEnv } from "@/lib/env";
import { sendPendingWebhooks } from "@/lib/server/webhooks/deliver";
import { errorFields, log } from "@/lib/server/ops/log";
import { poller } from "@/lib/server/ops/poller";

const loop = poller();

/**
 * Polls the webhook deliveries every WEBHOOKS_INTERVAL_SECONDS: inside the web process by default
 * (instrumentation.ts), or in `npm run worker` beside a fleet with OUTBOX_IN_PROCESS=false. Any
 * number of workers may run: each delivery is claimed by one.
 */
export function startWebhookWorker(opts: { keepAlive?: boolean; intervalMs?: number } = {}): boolean {
  const round = () =>
    sendPendingWebhooks()
      .then((r) => { if (r.afgeleverd || r.mislukt || r.opgegeven) log().info(r, "webhooks"); })
      .catch((e) => log().error(errorFields(e), "webhooks afleveren mislukt"));
  return loop.start(round, opts.intervalMs ?? serverEnv().WEBHOOKS_INTERVAL_SECONDS * 1000, opts);
}

/** Stops polling and waits for a round in progress. */
export function stopWebhookWorker(): Promise<void> {
  return loop.stop();
}
