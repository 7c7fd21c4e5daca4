import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";

const MAX_POGINGEN = 8;

/**
 * Sends queued e-mails through SMTP_URL. Each row is claimed with SKIP LOCKED, so several workers
 * never send the same mail; a failure is retried later with back-off, up to MAX_POGINGEN times.
 */
export async function sendPendingMail(opts: { limit?: number; smtpUrl?: string } = {}): Promise<{ verzonden: number; mislukt: number }> {
  const smtpUrl = opts.smtpUrl ?? serverEnv().SMTP_URL;
  if (!smtpUrl) return { verzonden: 0, mislukt: 0 };
  const transport = nodemailer.createTransport(smtpUrl);
  const from = serverEnv().MAIL_FROM;
  let verzonden = 0;
  let mislukt = 0;
  try {
    for (let i = 0; i < (opts.limit ?? 50); i++) {
      const done = await db().$transaction(async (tx) => {
        const rows = await tx.$queryRaw<{ id: string; aan: string; onderwerp: string; tekst: string; pogingen: number }[]>`
          SELECT id, aan, onderwerp, tekst, pogingen FROM "Outbox"
          WHERE "verzondenOp" IS NULL AND "volgendePoging" <= now() AND pogingen < ${MAX_POGINGEN}
          ORDER BY "aangemaaktOp" LIMIT 1 FOR UPDATE SKIP LOCKED`;
        const row = rows[0];
        if (!row) return false;
        try {
          await transport.sendMail({ from, to: row.aan, subject: row.onderwerp, text: row.tekst });
          await tx.outbox.update({ where: { id: row.id }, data: { verzondenOp: new Date(), pogingen: { increment: 1 }, laatsteFout: null } });
          verzonden++;
        } catch (e) {
          const wacht = Math.min(2 ** row.pogingen, 60) * 60_000;
          await tx.outbox.update({
            where: { id: row.id },
            data: { pogingen: { increment: 1 }, laatsteFout: String(e instanceof Error ? e.message : e).slice(0, 500), volgendePoging: new Date(Date.now() + wacht) },
          });
          mislukt++;
        }
        return true;
      }, { timeout: 60_000 });
      if (!done) break;
    }
  } finally {
    transport.close();
  }
  return { verzonden, mislukt };
}
