import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { errorFields, log } from "@/lib/server/ops/log";

export const MAX_POGINGEN = 8;
/** How long the mail server may keep us waiting at any step (connect, greeting, each reply). */
const SMTP_TIMEOUT_MS = 10_000;
/**
 * A claim lasts this long. It outlasts the worst SMTP exchange (three timeouts), so a live worker
 * never loses its row to another; a worker that died holding it frees the row when it runs out.
 */
const CLAIM_SECONDS = 120;

/**
 * The SMTP URL with our timeouts, unless it sets its own. Nodemailer's defaults (2 minutes to
 * connect, 10 minutes of silence) outlast a claim.
 */
function withTimeouts(smtpUrl: string, ms: number): string {
  const url = new URL(smtpUrl);
  for (const key of ["connectionTimeout", "greetingTimeout", "socketTimeout"]) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, String(ms));
  }
  return url.toString();
}

/** The Message-ID of an outbox row: the same on every attempt, so a receiver can drop a repeat. */
export function messageIdFor(id: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? "beslisroute.invalid";
  return `<outbox-${id}@${domain}>`;
}

interface Claimed { id: string; aan: string; onderwerp: string; tekst: string; pogingen: number }

/**
 * Sends queued e-mails through SMTP_URL: claim, commit, send, record.
 * - Claim: one statement takes the oldest due row (SKIP LOCKED: workers never take the same one),
 *   counts the attempt and holds it for CLAIM_SECONDS; it commits at once, so no transaction stays
 *   open while the mail server talks.
 * - Send, with a Message-ID fixed per row.
 * - Record: sent; or failed with back-off; or, after MAX_POGINGEN, given up (the beheerder sees it).
 * At least once: a worker that dies between the send and the record lets the claim run out and
 * the mail goes again, with the same Message-ID. Never twice because a commit failed after a send.
 */
export async function sendPendingMail(
  opts: { limit?: number; smtpUrl?: string; timeoutMs?: number; claimSeconds?: number } = {},
): Promise<{ verzonden: number; mislukt: number; opgegeven: number }> {
  const smtpUrl = opts.smtpUrl ?? serverEnv().SMTP_URL;
  if (!smtpUrl) return { verzonden: 0, mislukt: 0, opgegeven: 0 };
  const transport = nodemailer.createTransport(withTimeouts(smtpUrl, opts.timeoutMs ?? SMTP_TIMEOUT_MS));
  const from = serverEnv().MAIL_FROM;
  const claimSeconds = opts.claimSeconds ?? CLAIM_SECONDS;
  const result = { verzonden: 0, mislukt: 0, opgegeven: 0 };
  try {
    for (let i = 0; i < (opts.limit ?? 50); i++) {
      const rows = await db().$queryRaw<Claimed[]>`
        UPDATE "Outbox" SET pogingen = pogingen + 1, "geclaimdTot" = now() + make_interval(secs => ${claimSeconds})
        WHERE id = (
          SELECT id FROM "Outbox"
          WHERE "verzondenOp" IS NULL AND "opgegevenOp" IS NULL AND "volgendePoging" <= now()
            AND ("geclaimdTot" IS NULL OR "geclaimdTot" < now())
          ORDER BY "aangemaaktOp" LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id, aan, onderwerp, tekst, pogingen`;
      const row = rows[0];
      if (!row) break;
      try {
        await transport.sendMail({ from, to: row.aan, subject: row.onderwerp, text: row.tekst, messageId: messageIdFor(row.id, from) });
      } catch (e) {
        const fout = String(e instanceof Error ? e.message : e).slice(0, 500);
        const opgeven = row.pogingen >= MAX_POGINGEN;
        const wacht = Math.min(2 ** (row.pogingen - 1), 60) * 60_000;
        await db().outbox.update({
          where: { id: row.id },
          data: { laatsteFout: fout, geclaimdTot: null, volgendePoging: new Date(Date.now() + wacht), ...(opgeven ? { opgegevenOp: new Date() } : {}) },
        });
        if (opgeven) {
          result.opgegeven++;
          log().error({ outbox_id: row.id, pogingen: row.pogingen, ...errorFields(e) }, "e-mail opgegeven na de laatste poging");
        } else {
          result.mislukt++;
          log().warn({ outbox_id: row.id, pogingen: row.pogingen, ...errorFields(e) }, "e-mail versturen mislukt; later opnieuw");
        }
        continue;
      }
      // Sent. If recording fails now (database gone), the claim runs out and the mail goes once more,
      // with the same Message-ID: at least once, recognisably.
      await db().outbox.update({ where: { id: row.id }, data: { verzondenOp: new Date(), geclaimdTot: null, laatsteFout: null } });
      result.verzonden++;
    }
  } finally {
    transport.close();
  }
  return result;
}
