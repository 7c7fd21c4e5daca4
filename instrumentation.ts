// Runs once when the Next server starts: the client-address header (before any request), the
// outbox worker (sends queued e-mail when SMTP_URL is set) and the audit checkpoint writer.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { serverEnv } = await import("./lib/env");
    const { installClientAddressHeader } = await import("./lib/server/auth/client-address");
    await installClientAddressHeader(serverEnv().TRUST_PROXY_HOPS);
    const { startOutboxWorker } = await import("./lib/server/outbox/worker");
    startOutboxWorker();
    const { startCheckpointWriter } = await import("./lib/server/audit/checkpoints");
    startCheckpointWriter();
  }
}
