import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Asks the database a trivial question; a SERVICE_UNAVAILABLE error when it does not answer in time. */
export async function checkHealth(timeoutMs = 3000): Promise<{ status: "ok" }> {
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs)),
    ]);
    return { status: "ok" };
  } catch {
    throw new AppError("SERVICE_UNAVAILABLE", "De database antwoordt niet.");
  }
}
