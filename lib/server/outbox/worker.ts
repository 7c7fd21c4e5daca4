import "server-only";
import { serverEnv } from "@/lib/env";
import { sendPendingMail } from "@/lib/server/outbox/send-pending";
import { errorFields, log } from "@/lib/server/ops/log";
import { poller } from "@/lib/server/ops/poller";

const loop = poller();

/**
 * Polls the outbox every intervalMs while SMTP_URL is set: inside the web process by default, or as
 * its own process (`npm run worker`, OUTBOX_IN_PROCESS=false on the web servers). Any number of
 * workers may run: each row is claimed by one.
 */
export function startOutboxWorker(intervalMs = 15_000, opts: { keepAlive?: boolean; smtpUrl?: string } = {}): boolean {
  const smtpUrl = opts.smtpUrl ?? serverEnv().SMTP_URL;
  if (!smtpUrl) return false;
  const round = () =>
    sendPendingMail({ smtpUrl })
      .then((r) => { if (r.verzonden || r.mislukt || r.opgegeven) log().info(r, "uitgaande e-mail"); })
      .catch((e) => log().error(errorFields(e), "uitgaande e-mail mislukt"));
  return loop.start(round, intervalMs, opts);
}

/** Stops polling and waits for a round in progress (a graceful stop of the worker process). */
export function stopOutboxWorker(): Promise<void> {
  return loop.stop();
}
