// Webhooks (docs/WEBHOOKS.md): which events exist, which change raises which, what an event says
// (a CloudEvent after the NL GOV profile, without personal data), the input of a subscription and
// the retry schedule. Pure: the server signs, stores and sends.
import { z } from "@/lib/domain/validatie";
import type { NotaHandeling } from "@/lib/domain/nota-handelingen";
import type { NotaStatus } from "@/lib/domain/nota-status";
import { WEBHOOK_EVENTTYPES, type WebhookEventType } from "@/lib/domain/webhook-events";

export { WEBHOOK_EVENTS, WEBHOOK_EVENTTYPES, type WebhookEventType } from "@/lib/domain/webhook-events";

/** The event a nota action raises besides a status change (if any). */
export const EVENT_VAN_HANDELING: Partial<Record<NotaHandeling, WebhookEventType>> = {
  beslissen: "nl.beslisroute.nota.besluit-vastgelegd",
  mr_uitkomst: "nl.beslisroute.nota.mr-uitkomst-vastgelegd",
  verzenden: "nl.beslisroute.nota.kamerbrief-verzonden",
  tk_nummers: "nl.beslisroute.nota.tk-nummers-vastgelegd",
  publiceren: "nl.beslisroute.nota.gepubliceerd",
};

/** The events one change raises, in the order they are queued: the status change first. */
export function eventsVoorWijziging(handeling: NotaHandeling, van: NotaStatus, naar: NotaStatus): WebhookEventType[] {
  const events: WebhookEventType[] = [];
  if (van !== naar) events.push("nl.beslisroute.nota.status-gewijzigd");
  const eigen = EVENT_VAN_HANDELING[handeling];
  if (eigen) events.push(eigen);
  return events;
}

/** What is known of the nota after the change: only non-personal facts (never names or addresses). */
export interface NotaFeiten {
  id: string;
  kenmerk: string;
  status: NotaStatus;
  vorigeStatus: NotaStatus;
  mrUitkomst?: string | null;
  verzondenOp?: string | null;
  tk?: { tkDocumentnummer: string | null; tkZaaknummer: string | null; dossiernummer: string | null; ondernummer: number | null; vergaderjaar: string | null } | null;
}

/** The `data` of an event: the nota's id, kenmerk and status, and the fact the type announces. */
export function eventData(type: WebhookEventType, n: NotaFeiten, tijdstip: string): Record<string, unknown> {
  const basis = { notaId: n.id, kenmerk: n.kenmerk, status: n.status };
  switch (type) {
    case "nl.beslisroute.nota.status-gewijzigd":
      return { ...basis, vorigeStatus: n.vorigeStatus };
    case "nl.beslisroute.nota.besluit-vastgelegd":
      return { ...basis, besluit: n.status };
    case "nl.beslisroute.nota.mr-uitkomst-vastgelegd":
      return { ...basis, mrUitkomst: n.mrUitkomst ?? null };
    case "nl.beslisroute.nota.kamerbrief-verzonden":
      return { ...basis, verzondenOp: n.verzondenOp ?? null };
    case "nl.beslisroute.nota.tk-nummers-vastgelegd":
      return { ...basis, ...(n.tk ?? {}) };
    case "nl.beslisroute.nota.gepubliceerd":
      return { ...basis, gepubliceerdOp: tijdstip };
  }
}

export interface CloudEvent {
  specversion: "1.0";
  id: string;
  source: string;
  type: WebhookEventType;
  subject: string;
  time: string;
  datacontenttype: "application/json";
  dataref: string;
  data: Record<string, unknown>;
}

/**
 * A CloudEvent 1.0 in structured JSON after the NL GOV profile: `source` the URI of this API,
 * `subject` and `dataref` the nota's API URL (fetch it there with your own rights), `data` without
 * personal data.
 */
export function maakCloudEvent(e: { id: string; type: WebhookEventType; apiBasis: string; nota: NotaFeiten; tijdstip: Date }): CloudEvent {
  const basis = e.apiBasis.replace(/\/$/, "");
  const notaUrl = `${basis}/notas/${e.nota.id}`;
  const time = e.tijdstip.toISOString();
  return {
    specversion: "1.0",
    id: e.id,
    source: basis,
    type: e.type,
    subject: notaUrl,
    time,
    datacontenttype: "application/json",
    dataref: notaUrl,
    data: eventData(e.type, e.nota, time),
  };
}

// ---------------------------------------------------------------------------------------------
// Delivery: retries

/** Attempts before a delivery is given up. */
export const WEBHOOK_MAX_POGINGEN = 8;

/**
 * The wait after failed attempt `poging` (1-based): 30 s doubled per attempt (30 s, 1, 2, 4, 8, 16,
 * 32 min), at most an hour, with up to 20 % jitter (`toeval` in [0, 1)) so receivers that came back
 * are not hit by every sender at once.
 */
export function wachttijdNaPoging(poging: number, toeval: number): number {
  const basis = Math.min(30_000 * 2 ** Math.max(poging - 1, 0), 3_600_000);
  return Math.round(basis * (1 + 0.2 * Math.min(Math.max(toeval, 0), 1)));
}

// ---------------------------------------------------------------------------------------------
// Input

const LOKAAL = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The URL of a subscription: https; http only to this machine when `httpToegestaan` (tests, demo). */
export function webhookUrlSchema(httpToegestaan: boolean) {
  return z
    .string({ error: "Vul een URL in." })
    .trim()
    .min(1, "Vul een URL in.")
    .max(2000, "De URL is te lang (hoogstens 2000 tekens).")
    .superRefine((v, ctx) => {
      if (!v) return;
      let url: URL;
      try {
        url = new URL(v);
      } catch {
        ctx.addIssue({ code: "custom", message: "Vul een volledige URL in, zoals https://voorbeeld.nl/webhooks." });
        return;
      }
      if (url.username || url.password) ctx.addIssue({ code: "custom", message: "Zet geen gebruikersnaam of wachtwoord in de URL." });
      else if (url.hash) ctx.addIssue({ code: "custom", message: "Een URL met een # -deel kan niet." });
      else if (url.protocol === "https:") return;
      else if (url.protocol === "http:" && httpToegestaan && LOKAAL.has(url.hostname)) return;
      else ctx.addIssue({ code: "custom", message: "De URL moet met https:// beginnen." });
    });
}

const eventtypesSchema = z
  .array(z.enum(WEBHOOK_EVENTTYPES, { error: "Onbekend soort gebeurtenis." }), { error: "Kies de gebeurtenissen." })
  .min(1, "Kies minstens één gebeurtenis.")
  .transform((l) => [...new Set(l)])
  .meta({ description: "De soorten gebeurtenis (CloudEvent type)" });

const omschrijvingSchema = z.string().trim().max(200, "Hoogstens 200 tekens.").optional().meta({ description: "Waarvoor het abonnement is" });

export function webhookAbonnementSchema(httpToegestaan: boolean) {
  return z
    .object({
      url: webhookUrlSchema(httpToegestaan).meta({ description: "Waarheen (https)", example: "https://dms.ministerie.nl/beslisroute/events" }),
      eventtypes: eventtypesSchema,
      omschrijving: omschrijvingSchema,
      actief: z.boolean({ error: "Kies aan of uit." }).default(true),
    })
    .strict();
}

export function webhookWijzigingSchema(httpToegestaan: boolean) {
  return z
    .object({
      url: webhookUrlSchema(httpToegestaan).optional(),
      eventtypes: eventtypesSchema.optional(),
      omschrijving: omschrijvingSchema,
      actief: z.boolean({ error: "Kies aan of uit." }).optional(),
    })
    .strict();
}

export type WebhookAbonnementInvoer = z.output<ReturnType<typeof webhookAbonnementSchema>>;
export type WebhookWijziging = z.output<ReturnType<typeof webhookWijzigingSchema>>;

export { AFLEVERING_STATUSSEN, afleveringStatusLabels, type AfleveringStatus } from "@/lib/domain/webhook-events";
import { AFLEVERING_STATUSSEN } from "@/lib/domain/webhook-events";

/** The query of the delivery log (GET /webhooks/{id}/afleveringen). */
export const afleveringenQuerySchema = z.object({
  status: z.enum(AFLEVERING_STATUSSEN, { error: "Onbekende status." }).optional().meta({ description: "Alleen afleveringen met deze status" }),
  limiet: z.coerce.number({ error: "Geef een getal." }).int().min(1, "Minstens 1.").max(500, "Hoogstens 500.").default(100).meta({ description: "Hoeveel, nieuwste eerst" }),
});
