// npm run worker: the outbox worker as its own process, for a fleet where the web servers run with
// OUTBOX_IN_PROCESS=false. Any number may run against one database: each mail is claimed by one.
// Needs DATABASE_URL and SMTP_URL (and NEXTAUTH_SECRET, which the shared configuration checks).
import { serverEnv } from "@/lib/env";
import { startOutboxWorker, stopOutboxWorker } from "@/lib/server/outbox/worker";
import { log } from "@/lib/server/ops/log";
import { db } from "@/lib/db";

function main() {
  const env = serverEnv();
  if (!env.SMTP_URL) {
    log().error("SMTP_URL is niet gezet: er valt niets te versturen. Zet SMTP_URL (bijvoorbeeld smtp://mail.intern:25) en start opnieuw.");
    process.exit(1);
  }
  startOutboxWorker(15_000, { keepAlive: true });
  log().info({ interval_s: 15 }, "outbox-worker gestart");
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log().info({ signal }, "outbox-worker stopt na de lopende ronde");
    await stopOutboxWorker();
    await db().$disconnect();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main();
