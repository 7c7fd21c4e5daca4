// The kinds of webhook event and delivery status, with their Dutch labels: plain data without zod,
// so the Beheer page's client form can show them (lib/domain/webhooks.ts holds the rules).

/** The CloudEvent types, reverse-DNS (NL GOV profile), with what they mean in Dutch. */
export const WEBHOOK_EVENTS = {
  "nl.beslisroute.nota.status-gewijzigd": "De status van een nota is gewijzigd",
  "nl.beslisroute.nota.besluit-vastgelegd": "De bewindspersoon heeft besloten (of kennisgenomen, of afgewezen)",
  "nl.beslisroute.nota.mr-uitkomst-vastgelegd": "De uitkomst van de ministerraad is vastgelegd",
  "nl.beslisroute.nota.kamerbrief-verzonden": "De Kamerbrief is verzonden",
  "nl.beslisroute.nota.tk-nummers-vastgelegd": "De nummers van de Tweede Kamer zijn vastgelegd",
  "nl.beslisroute.nota.gepubliceerd": "De openbare versie is gepubliceerd (Woo)",
} as const;

export type WebhookEventType = keyof typeof WEBHOOK_EVENTS;
export const WEBHOOK_EVENTTYPES = Object.keys(WEBHOOK_EVENTS) as [WebhookEventType, ...WebhookEventType[]];

export const AFLEVERING_STATUSSEN = ["pending", "afgeleverd", "mislukt", "opgegeven"] as const;
export type AfleveringStatus = (typeof AFLEVERING_STATUSSEN)[number];

export const afleveringStatusLabels: Record<AfleveringStatus, string> = {
  pending: "Wacht",
  afgeleverd: "Afgeleverd",
  mislukt: "Mislukt, wordt opnieuw geprobeerd",
  opgegeven: "Opgegeven",
};

