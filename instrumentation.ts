// Runs once when the Next server starts: the outbox worker sends queued e-mail when SMTP_URL is set.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startOutboxWorker } = await import("./lib/server/outbox/worker");
    startOutboxWorker();
  }
}
