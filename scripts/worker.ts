// npm run worker: the outbox workers (mail and webhooks) as their own process, for a fleet where the
// web servers run with OUTBOX_IN_PROCESS=false. Any number may run against one database: each mail
// and each webhook delivery is claimed by one. Needs DATABASE_URL (and NEXTAUTH_SECRET, which the
// shared configuration checks); mail only when SMTP_URL is set.
import { serverEnv } from "@/lib/env";
import { startOutboxWorker, stopOutboxWorker } from "@/lib/server/outbox/worker";
import { startWebhookWorker, stopWebhookWorker } from "@/lib/server/webhooks/worker";
import { log } from "@/lib/server/ops/log";
import { db } from "@/lib/db";

function main() {
  const env = serverEnv();
  if (env.SMTP_URL) {
    startOutboxWorker(15_000, { keepAlive: true });
    log().info({ interval_s: 15 }, "outbox-worker gestart");
  } else {
    log().warn("SMTP_URL is niet gezet: geen e-mail. Zet SMTP_URL (bijvoorbeeld smtp://mail.intern:25) om e-mail te versturen.");
  }
  startWebhookWorker({ keepAlive: true });
  log().info({ interval_s: env.WEBHOOKS_INTERVAL_SECONDS }, "webhook-worker gestart");
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log().info({ signal }, "worker stopt na de lopende ronde");
    await Promise.all([stopOutboxWorker(), stopWebhookWorker()]);
    await db().$disconnect();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main();
