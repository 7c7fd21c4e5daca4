// The OpenAPI 3.1 description of /api/v1, generated from the same zod schemas the use cases parse.
import { z } from "@/lib/domain/validatie";
import {
  besluitSchema,
  indienenSchema,
  intrekkenSchema,
  kamerbriefSchema,
  mrAanmeldingSchema,
  mrUitkomstSchema,
  mrVergaderingSchema,
  notaInvoerSchema,
  notaPatchSchema,
  paraafSchema,
  terugsturenSchema,
  tkNummersSchema,
  tokenSchema,
  verzendingSchema,
  vervangingSchema,
} from "@/lib/domain/nota-schemas";

const input = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" });

const problem = {
  description: "Probleem (RFC 9457)",
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
};

const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), problem]));

const notaOk = (status = "200") => ({
  [status]: {
    description: "De nota, met haar versie in de ETag-kop",
    headers: { ETag: { schema: { type: "string" }, description: 'De versie, bijvoorbeeld "3"; stuur terug in If-Match' } },
    content: { "application/json": { schema: { $ref: "#/components/schemas/Nota" } } },
  },
});

const ifMatch = { name: "If-Match", in: "header", required: true, schema: { type: "string" }, description: "De ETag van de versie die u zag (428 zonder, 409 STALE_VERSION als hij verouderd is)" };
const idParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };

function mutation(summary: string, schema: z.ZodType, method: "post" | "put" | "patch" = "post") {
  return {
    [method]: {
      summary,
      parameters: [idParam, ifMatch],
      requestBody: { required: true, content: { "application/json": { schema: input(schema) } } },
      responses: { ...notaOk(), ...errors(400, 401, 403, 404, 409, 415, 428) },
    },
  };
}

/** A file download (Content-Disposition: attachment) of one nota, authorised like the nota (404 when invisible). */
function bestand(summary: string, mediaType: string, extraErrors: number[] = []) {
  return {
    get: {
      summary,
      parameters: [idParam],
      responses: {
        "200": {
          description: "Het bestand, als bijlage (Content-Disposition: attachment; filename=…)",
          content: { [mediaType]: { schema: { type: "string", format: "binary" } } },
        },
        ...errors(401, 404, ...extraErrors),
      },
    },
  };
}

const weglakkingSchema = {
  type: "object",
  required: ["tekst", "grond"],
  additionalProperties: false,
  properties: { tekst: { type: "string", minLength: 2, maxLength: 500 }, grond: { type: "string", description: "Woo-grond, bijvoorbeeld 5.1.2e" } },
};

function exportPaths() {
  return {
    "/api/v1/notas/{id}/kamerbrief.pdf": bestand("De Kamerbrief als PDF (A4, tagged)", "application/pdf"),
    "/api/v1/notas/{id}/kamerbrief.docx": bestand("De Kamerbrief als Word-document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "/api/v1/notas/{id}/nota.pdf": bestand("De beslisnota als PDF (intern)", "application/pdf"),
    "/api/v1/notas/{id}/openbare-versie.pdf": bestand("De openbare versie (Woo) als PDF; na publicatie precies het gepubliceerde bestand", "application/pdf", [409]),
    "/api/v1/notas/{id}/openbare-versie.html": bestand("De openbare versie (Woo) als HTML", "text/html", [409]),
    "/api/v1/notas/{id}/diwoo.xml": bestand("DiWoo-metadata (XSD 0.9.8), vanaf verzonden", "application/xml", [409]),
    "/api/v1/notas/{id}/publicatiepakket.zip": bestand("Publicatiepakket: Kamerbrief, openbare nota, openbare bijlagen, DiWoo-metadata", "application/zip", [409]),
    "/api/v1/notas/{id}/weglakkingen": {
      get: { summary: "Handmatige weglakkingen", parameters: [idParam], responses: { "200": { description: "[{id, tekst, grond, doorId, op}]" }, ...errors(401, 404) } },
      post: {
        summary: "Handmatige weglakking toevoegen (woo-coördinator)",
        parameters: [idParam, ifMatch],
        requestBody: { required: true, content: { "application/json": { schema: weglakkingSchema } } },
        responses: { "200": { description: "{versie, weglakking, weglakkingen}, met de nieuwe versie in de ETag" }, ...errors(400, 401, 403, 404, 409, 415, 428) },
      },
    },
    "/api/v1/notas/{id}/kandidaten": {
      get: { summary: "Mogelijke persoonsgegevens van anderen: open kandidaten en behouden", parameters: [idParam], responses: { "200": { description: "{open: [{tekst, soort, waar}], behouden: [{tekst, reden, waar, op}]}" }, ...errors(401, 404) } },
      post: {
        summary: "Kandidaten beoordelen: weglakken op een Woo-grond of behouden met een reden (woo-coördinator)",
        parameters: [idParam, ifMatch],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["besluiten"],
                properties: {
                  besluiten: {
                    type: "array",
                    items: { type: "object", required: ["tekst", "besluit"], properties: { tekst: { type: "string" }, besluit: { type: "string", description: '"weglakken:<grond>", "behouden:<geen_persoon|publieke_functie|reeds_openbaar|toestemming>" of "" (open laten)' } } },
                  },
                },
              },
            },
          },
        },
        responses: { "200": { description: "{versie, weggelakt, behouden, open}, met de nieuwe versie in de ETag" }, ...errors(400, 401, 403, 404, 409, 415, 428) },
      },
    },
    "/api/v1/notas/{id}/publicatie": {
      post: {
        summary: "Openbare versie publiceren (woo-coördinator; niet de opsteller)",
        parameters: [idParam, ifMatch],
        responses: { ...notaOk(), ...errors(401, 403, 404, 409, 428) },
      },
    },
    "/api/v1/mr-vergaderingen/{id}/besluitenlijst.pdf": bestand("Besluitenlijst van een MR-vergadering (alleen agendapunten die u mag zien)", "application/pdf", [403]),
    "/api/v1/agenda/token": {
      post: { summary: "Nieuwe geheime agenda-URL (de vorige vervalt); eenmalig getoond", responses: { "201": { description: "{url, token}" }, ...errors(401) } },
    },
    "/api/v1/agenda/{token}.ics": {
      get: {
        summary: "Agenda-feed (iCalendar): MR-vergaderingen en uw deadlines. Geen sessie: het token is de sleutel",
        security: [],
        parameters: [{ name: "token", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "text/calendar", content: { "text/calendar": { schema: { type: "string" } } } }, "404": problem },
      },
    },
  };
}

/** The Idempotency-Key header that every POST accepts (lib/server/ops/idempotency.ts). */
const idempotencyKey = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  schema: { type: "string", minLength: 1, maxLength: 255 },
  description:
    "Optioneel, aanbevolen voor elke POST die iets aanmaakt: een unieke sleutel per verzoek (bijvoorbeeld een UUID). Een herhaling met dezelfde sleutel en dezelfde inhoud krijgt het eerste antwoord terug (kop Idempotent-Replayed: true), ook op een andere server; dezelfde sleutel met andere inhoud geeft 409, net als een herhaling terwijl het eerste verzoek nog loopt (met Retry-After). Sleutels gelden per gebruiker, 24 uur.",
};

type Operation = { parameters?: unknown[]; responses?: Record<string, unknown> };

/**
 * What holds for every operation: 503 (database away, server full; with Retry-After) on each, and
 * on each POST the Idempotency-Key header and its 409.
 */
function withOperationalRules<T extends { paths: Record<string, Record<string, Operation>> }>(doc: T): T {
  for (const item of Object.values(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      op.responses = { ...op.responses, "503": { ...problem, description: "Tijdelijk niet beschikbaar (database weg of server vol); probeer het opnieuw na Retry-After seconden" } };
      if (method === "post") {
        op.parameters = [...(op.parameters ?? []), idempotencyKey];
        op.responses = { ...op.responses, "409": op.responses["409"] ?? problem };
      }
    }
  }
  return doc;
}

export function openApiDocument(serverUrl = "/") {
  return withOperationalRules({
    openapi: "3.1.0",
    info: {
      title: "Beslisroute API",
      version: "1.0.0",
      description:
        "De beslisnota en haar keten: opstellen, paraaf, besluit, ministerraad, Kamerbrief, verzending, audit. Authenticatie: sessiecookie of `Authorization: Bearer <token>` (POST /api/v1/tokens). Fouten zijn application/problem+json met een `code` en bij validatie `errors: [{path, message}]`.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }, { sessie: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "Persoonlijk token (brt_…)" },
        sessie: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      schemas: {
        Problem: {
          type: "object",
          required: ["type", "title", "status", "detail", "code"],
          properties: {
            type: { type: "string" },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            code: { type: "string" },
            instance: { type: "string" },
            errors: { type: "array", items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } } },
          },
        },
        Nota: { type: "object", description: "Een nota met status, versie, route, besluiten, MR-agendapunt, Kamerbrief en verzending" },
      },
    },
    paths: {
      "/api/v1/ik": { get: { summary: "Mijn profiel", responses: { "200": { description: "Profiel" }, ...errors(401) } } },
      "/api/v1/gebruikers": {
        get: { summary: "Gebruikers, eventueel per rol (e-mailadressen alleen voor de beheerder)", parameters: [{ name: "rol", in: "query", schema: { type: "string" } }], responses: { "200": { description: "Lijst" }, ...errors(400, 401) } },
      },
      "/api/v1/taken": { get: { summary: "Mijn openstaande taken met deadline en risico", responses: { "200": { description: "Taken" }, ...errors(401) } } },
      "/api/v1/notas": {
        get: {
          summary: "Nota's die ik mag zien",
          parameters: ["status", "q", "mrDatum", "cursor", "limit"].map((name) => ({ name, in: "query", schema: { type: "string" } })),
          responses: { "200": { description: "{items, volgende}" }, ...errors(400, 401) },
        },
        post: {
          summary: "Nieuwe nota (concept)",
          requestBody: { required: true, content: { "application/json": { schema: input(notaInvoerSchema) } } },
          responses: { ...notaOk("201"), ...errors(400, 401, 403, 415) },
        },
      },
      "/api/v1/notas/{id}": {
        get: { summary: "Een nota", parameters: [idParam], responses: { ...notaOk(), ...errors(401, 404) } },
        ...mutation("Inhoud wijzigen (concept of retour)", notaPatchSchema, "patch"),
      },
      "/api/v1/notas/{id}/indienen": mutation("Indienen met een paraafroute", indienenSchema),
      "/api/v1/notas/{id}/paraaf": mutation("Paraaf op mijn open stap", paraafSchema),
      "/api/v1/notas/{id}/besluit": mutation("Besluit van de bewindspersoon", besluitSchema),
      "/api/v1/notas/{id}/terugsturen": mutation("Terugsturen door de bewindspersoon", terugsturenSchema),
      "/api/v1/notas/{id}/intrekken": mutation("Intrekken", intrekkenSchema),
      "/api/v1/notas/{id}/mr-aanmelding": mutation("Aanmelden voor een MR-vergadering", mrAanmeldingSchema),
      "/api/v1/notas/{id}/mr-uitkomst": mutation("Uitkomst van de MR", mrUitkomstSchema),
      "/api/v1/notas/{id}/kamerbrief": mutation("Kamerbrief opslaan", kamerbriefSchema, "put"),
      "/api/v1/notas/{id}/verzending": { ...mutation("Kamerbrief verzonden", verzendingSchema), ...mutation("TK-nummers vastleggen", tkNummersSchema, "patch") },
      "/api/v1/notas/{id}/bijlagen/{volgnummer}/bestand": {
        post: {
          summary: "Bestand bij een bijlage (PDF, DOCX, ODT, XLSX; ≤ 20 MB)",
          parameters: [idParam, { name: "volgnummer", in: "path", required: true, schema: { type: "integer" } }, ifMatch],
          requestBody: { required: true, content: { "multipart/form-data": { schema: { type: "object", properties: { bestand: { type: "string", format: "binary" } } } } } },
          responses: { ...notaOk(), ...errors(400, 401, 403, 404, 409, 413, 415, 428) },
        },
      },
      "/api/v1/notas/{id}/audit": { get: { summary: "Audit-events van de nota", parameters: [idParam], responses: { "200": { description: "Events met seq, hash en vorigeHash" }, ...errors(401, 404) } } },
      "/api/v1/notas/{id}/versies": { get: { summary: "Versies", parameters: [idParam], responses: { "200": { description: "Versies" }, ...errors(401, 404) } } },
      "/api/v1/notas/{id}/versies/{a}/diff/{b}": {
        get: {
          summary: "Verschil per sectie tussen twee versies",
          parameters: [idParam, { name: "a", in: "path", required: true, schema: { type: "integer" } }, { name: "b", in: "path", required: true, schema: { type: "integer" } }],
          responses: { "200": { description: "Secties met delen" }, ...errors(400, 401, 404) },
        },
      },
      "/api/v1/mr-vergaderingen": {
        get: { summary: "MR-vergaderingen", parameters: ["van", "tot"].map((name) => ({ name, in: "query", schema: { type: "string", format: "date" } })), responses: { "200": { description: "[{id, datum, soort}]" }, ...errors(400, 401) } },
        post: { summary: "Extra vergadering", requestBody: { required: true, content: { "application/json": { schema: input(mrVergaderingSchema) } } }, responses: { "201": { description: "Vergadering" }, ...errors(400, 401, 403, 409) } },
      },
      "/api/v1/tokens": {
        get: { summary: "Mijn tokens", responses: { "200": { description: "Tokens (zonder geheim)" }, ...errors(401) } },
        post: {
          summary: "Nieuw token (eenmalig getoond); bereik lezen (standaard) of schrijven, geldig 90 dagen tenzij anders gekozen (hoogstens 365); alleen na inloggen, niet met een token",
          requestBody: { required: true, content: { "application/json": { schema: input(tokenSchema) } } },
          responses: { "201": { description: "Token" }, ...errors(400, 401, 403) },
        },
      },
      "/api/v1/tokens/{id}": { delete: { summary: "Token intrekken (eigen token; de beheerder ook dat van een ander)", parameters: [idParam], responses: { "204": { description: "Ingetrokken" }, ...errors(401, 404) } } },
      "/api/v1/beveiligingslog": {
        get: {
          summary: "Beveiligingslog: inloggen, mislukte pogingen, blokkades, uitloggen, wachtwoorden, tokens (alleen beheerder)",
          parameters: [{ name: "limiet", in: "query", schema: { type: "integer", minimum: 1, maximum: 500 } }],
          responses: { "200": { description: "Events, nieuwste eerst" }, ...errors(401, 403) },
        },
      },
      "/api/v1/vervangingen": { post: { summary: "Vervanger aanwijzen", requestBody: { required: true, content: { "application/json": { schema: input(vervangingSchema) } } }, responses: { "201": { description: "Vervanging" }, ...errors(400, 401, 403) } } },
      "/api/v1/audit/verificatie": { get: { summary: "Controleer de hele audit-keten", responses: { "200": { description: "{ok, aantal, eersteFout}" }, ...errors(401) } } },
      ...exportPaths(),
    } as Record<string, Record<string, Operation>>,
  });
}
