import "server-only";
import { serverEnv } from "@/lib/env";
import { sendPendingMail } from "@/lib/server/outbox/send-pending";

let started = false;

/** Polls the outbox every 15 seconds while SMTP_URL is set. Started once per server process. */
export function startOutboxWorker(intervalMs = 15_000): void {
  if (started || !serverEnv().SMTP_URL) return;
  started = true;
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      await sendPendingMail();
    } catch (e) {
      console.error("Uitgaande e-mail mislukt", e);
    } finally {
      busy = false;
    }
  }, intervalMs);
  timer.unref();
}
