import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";

const MAX_POGINGEN = 8;
/** How long the mail server may keep us waiting at any step (connect, greeting, each reply). */
const SMTP_TIMEOUT_MS = 10_000;
/** Each mail is sent inside the transaction that holds its row; that transaction may last this long. */
const TRANSACTION_TIMEOUT_MS = 60_000;

/**
 * The SMTP URL with our timeouts, unless it sets its own. Nodemailer's defaults (2 minutes to
 * connect, 10 minutes of silence) outlast the transaction: a mail server that hangs would then
 * leave the row unmarked, so it was retried first on every run and blocked the whole queue, and a
 * mail accepted after the transaction expired was sent again and again.
 */
function withTimeouts(smtpUrl: string, ms: number): string {
  const url = new URL(smtpUrl);
  for (const key of ["connectionTimeout", "greetingTimeout", "socketTimeout"]) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, String(ms));
  }
  return url.toString();
}

/**
 * Sends queued e-mails through SMTP_URL. Each row is claimed with SKIP LOCKED, so several workers
 * never send the same mail; a failure is retried later with back-off, up to MAX_POGINGEN times.
 */
export async function sendPendingMail(
  opts: { limit?: number; smtpUrl?: string; timeoutMs?: number } = {},
): Promise<{ verzonden: number; mislukt: number }> {
  const smtpUrl = opts.smtpUrl ?? serverEnv().SMTP_URL;
  if (!smtpUrl) return { verzonden: 0, mislukt: 0 };
  const transport = nodemailer.createTransport(withTimeouts(smtpUrl, opts.timeoutMs ?? SMTP_TIMEOUT_MS));
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
      }, { timeout: TRANSACTION_TIMEOUT_MS });
      if (!done) break;
    }
  } finally {
    transport.close();
  }
  return { verzonden, mislukt };
}
