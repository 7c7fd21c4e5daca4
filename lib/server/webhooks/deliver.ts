// The webhook worker's round: claim, commit, POST, record — the mail outbox's style
// (lib/server/outbox/send-pending.ts), with order per nota and subscription.
import "server-only";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { WEBHOOK_MAX_POGINGEN, wachttijdNaPoging } from "@/lib/domain/webhooks";
import { log } from "@/lib/server/ops/log";
import { onderteken, ontsleutel } from "@/lib/server/webhooks/geheim";

/** A claim outlasts the slowest POST (the timeout) by far; a worker that died frees the row when it runs out. */
const CLAIM_SECONDS = 120;

interface Claimed { id: string; eventId: string; body: string; pogingen: number; url: string; geheim: string }

export interface Ronde { afgeleverd: number; mislukt: number; opgegeven: number }

/** POSTs one delivery; the outcome is a 2xx, or an HTTP status / error to record. */
async function post(row: Claimed, timeoutMs: number, nu: () => Date): Promise<{ ok: boolean; status: number | null; fout: string | null }> {
  const timestamp = Math.floor(nu().getTime() / 1000);
  try {
    const res = await fetch(row.url, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        "content-type": "application/cloudevents+json",
        "user-agent": "Beslisroute-Webhooks/1.0",
        "webhook-id": row.eventId,
        "webhook-timestamp": String(timestamp),
        "webhook-signature": onderteken(ontsleutel(row.geheim), row.eventId, timestamp, row.body),
      },
      body: row.body,
    });
    await res.body?.cancel().catch(() => undefined);
    if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status, fout: null };
    if (res.status >= 300 && res.status < 400) return { ok: false, status: res.status, fout: "Doorverwijzing: een webhook volgt geen redirects; registreer de eindbestemming." };
    return { ok: false, status: res.status, fout: `HTTP ${res.status}` };
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    const fout = err.name === "TimeoutError" ? `Geen antwoord binnen ${timeoutMs / 1000} s` : (err.cause?.code ?? err.cause?.message ?? err.message);
    return { ok: false, status: null, fout: String(fout).slice(0, 500) };
  }
}

/**
 * Delivers due webhook events:
 * - Claim: the oldest due delivery of an active subscription whose owner is active, and only when
 *   no earlier delivery for the same nota and subscription is still open (pending or mislukt):
 *   events about one nota arrive in order. SKIP LOCKED: workers never take the same row.
 * - POST with the Standard Webhooks headers, a timeout, no redirects followed.
 * - Record: 2xx afgeleverd; otherwise mislukt with back-off and jitter, or opgegeven after
 *   WEBHOOK_MAX_POGINGEN. At least once: a worker that dies after the POST lets the claim run out
 *   and the event goes again, with the same webhook-id.
 */
export async function sendPendingWebhooks(opts: { limit?: number; timeoutMs?: number; toeval?: () => number; nu?: () => Date } = {}): Promise<Ronde> {
  const timeoutMs = opts.timeoutMs ?? serverEnv().WEBHOOK_TIMEOUT_SECONDS * 1000;
  const toeval = opts.toeval ?? Math.random;
  const nu = opts.nu ?? (() => new Date());
  const result: Ronde = { afgeleverd: 0, mislukt: 0, opgegeven: 0 };
  for (let i = 0; i < (opts.limit ?? 50); i++) {
    const rows = await db().$queryRaw<Claimed[]>`
      UPDATE "WebhookAflevering" AS d SET pogingen = d.pogingen + 1, "geclaimdTot" = now() + make_interval(secs => ${CLAIM_SECONDS}), "laatstePogingOp" = now()
        FROM "WebhookAbonnement" s
       WHERE s.id = d."abonnementId" AND d.id = (
         SELECT a.id FROM "WebhookAflevering" a
           JOIN "WebhookAbonnement" ab ON ab.id = a."abonnementId" AND ab.actief
           JOIN "Gebruiker" g ON g.id = ab."eigenaarId" AND g.actief
          WHERE a.status IN ('pending', 'mislukt') AND a."volgendePoging" <= now()
            AND (a."geclaimdTot" IS NULL OR a."geclaimdTot" < now())
            AND NOT EXISTS (
              SELECT 1 FROM "WebhookAflevering" e
               WHERE e."abonnementId" = a."abonnementId" AND e."notaId" = a."notaId"
                 AND e.volgnummer < a.volgnummer AND e.status IN ('pending', 'mislukt'))
          ORDER BY a.volgnummer LIMIT 1 FOR UPDATE OF a SKIP LOCKED)
      RETURNING d.id, d."eventId", d.body, d.pogingen, s.url, s.geheim`;
    const row = rows[0];
    if (!row) break;
    const uitkomst = await post(row, timeoutMs, nu);
    if (uitkomst.ok) {
      await db().webhookAflevering.update({ where: { id: row.id }, data: { status: "afgeleverd", afgeleverdOp: new Date(), geclaimdTot: null, laatsteHttpStatus: uitkomst.status, laatsteFout: null } });
      result.afgeleverd++;
      continue;
    }
    const opgeven = row.pogingen >= WEBHOOK_MAX_POGINGEN;
    await db().webhookAflevering.update({
      where: { id: row.id },
      data: {
        status: opgeven ? "opgegeven" : "mislukt",
        geclaimdTot: null,
        laatsteHttpStatus: uitkomst.status,
        laatsteFout: uitkomst.fout,
        volgendePoging: new Date(Date.now() + wachttijdNaPoging(row.pogingen, toeval())),
        ...(opgeven ? { opgegevenOp: new Date() } : {}),
      },
    });
    if (opgeven) {
      result.opgegeven++;
      log().error({ aflevering_id: row.id, pogingen: row.pogingen, http_status: uitkomst.status }, "webhook opgegeven na de laatste poging");
    } else {
      result.mislukt++;
      log().warn({ aflevering_id: row.id, pogingen: row.pogingen, http_status: uitkomst.status, fout: uitkomst.fout }, "webhook afleveren mislukt; later opnieuw");
    }
  }
  return result;
}
