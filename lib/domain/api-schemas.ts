// What the REST API answers and the query parameters it reads, as zod schemas: the OpenAPI
// document (lib/domain/openapi.ts) is generated from these and from the request schemas in
// nota-schemas.ts, so no shape is written twice. The use cases' own DTO types are checked against
// these at compile time (tests/types/api-antwoorden.ts) and every answer in the integration and
// e2e tests against the generated document at run time (ajv).
//
// Objects here are open (extra fields allowed) in the document: a new field in an answer is not a
// breaking change (README, "Versioning"). The tests close them, so a field the document does not
// name fails a test.
import { dagSchema, idSchema, z } from "@/lib/domain/validatie";
import { NOTA_STATUSSEN, MR_UITKOMSTEN } from "@/lib/domain/nota-status";
import { PARAAF_OORDELEN } from "@/lib/domain/paraafroute";
import { ROLLEN } from "@/lib/domain/rollen";
import { BESLISPUNT_OORDELEN, BIJLAGE_INFORMATIE, NOTA_SOORTEN } from "@/lib/domain/nota-schemas";
import { AUDIT_SOORTEN, type AuditActie } from "@/lib/domain/audit-gebeurtenissen";
import { AFLEVERING_STATUSSEN, WEBHOOK_EVENTTYPES } from "@/lib/domain/webhooks";

const tijdstip = z.iso.datetime({ offset: true }).meta({ description: "Tijdstip (RFC 3339, UTC)", example: "2025-06-30T08:15:00.000Z" });
const dag = z.iso.date().meta({ description: "Datum (JJJJ-MM-DD, Europe/Amsterdam)", example: "2025-06-30" });
const uuid = z.uuid();
const persoon = z.object({ id: uuid, naam: z.string() });
const status = z.enum(NOTA_STATUSSEN);
const risico = z.enum(["op_schema", "krap", "te_laat"]);

// ---------------------------------------------------------------------------------------------
// Query parameters (the use cases parse these; the document lists them)

export const notaLijstQuerySchema = z.object({
  status: z.enum(NOTA_STATUSSEN, { error: "Onbekende status." }).optional().meta({ description: "Alleen nota's met deze status" }),
  q: z.string().trim().max(200).optional().meta({ description: "Zoektekst (volledige tekst, Nederlandse woordstammen)" }),
  mrDatum: dagSchema.optional().meta({ description: "Alleen nota's voor de MR-vergadering op deze datum" }),
  directie: z.uuid({ error: "Onbekende directie." }).optional().meta({ description: "Alleen nota's van deze directie" }),
  bewindspersoon: z.uuid({ error: "Onbekende bewindspersoon." }).optional().meta({ description: "Alleen nota's aan deze bewindspersoon" }),
  sort: z.enum(["gewijzigd", "kenmerk", "onderwerp"], { error: "Sorteer op gewijzigd, kenmerk of onderwerp." }).default("gewijzigd"),
  cursor: z.string().max(200).optional().meta({ description: "De waarde `volgende` van de vorige pagina" }),
  limit: z.coerce.number().int().min(1).max(100).default(25).meta({ description: "Aantal per pagina" }),
});

export const gebruikersQuerySchema = z.object({ rol: z.enum(ROLLEN, { error: "Onbekende rol." }).optional().meta({ description: "Alleen gebruikers met deze rol" }) });

export const vergaderingenQuerySchema = z.object({
  van: dagSchema.optional().meta({ description: "Vanaf deze datum" }),
  tot: dagSchema.optional().meta({ description: "Tot en met deze datum" }),
});

export const beveiligingslogQuerySchema = z.object({ limiet: z.coerce.number().int().min(1).max(500).default(100).meta({ description: "Hoeveel events, nieuwste eerst" }) });

// ---------------------------------------------------------------------------------------------
// Answers

export const problemSchema = z
  .object({
    type: z.string().meta({ description: "URI die het soort probleem aanduidt" }),
    title: z.string().meta({ description: "Korte Nederlandse omschrijving" }),
    status: z.int().meta({ description: "De HTTP-statuscode" }),
    detail: z.string().meta({ description: "Nederlandse uitleg voor dit geval" }),
    code: z.string().meta({ description: "Machineleesbare code, bijvoorbeeld STALE_VERSION of INVALID_TRANSITION" }),
    instance: z.string().optional().meta({ description: "Het pad van het verzoek" }),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional().meta({ description: "Bij validatie: per veld wat er mis is" }),
  })
  .meta({ id: "Problem", description: "Probleem (RFC 9457, application/problem+json)" });

export const notaSchema = z
  .object({
    id: uuid,
    kenmerk: z.string(),
    onderwerp: z.string(),
    soort: z.enum(NOTA_SOORTEN),
    status,
    versie: z.int().meta({ description: "De versie; ook in de ETag-kop" }),
    aan: z.object({ id: uuid, naam: z.string(), ambtstitel: z.string().nullable() }),
    van: z.object({ id: uuid, naam: z.string(), afkorting: z.string().nullable() }),
    opsteller: persoon.nullable(),
    contactpersoon: persoon.nullable(),
    uitersteBeslisdatum: dag.nullable(),
    deadlineReden: z.string().nullable(),
    rubricering: z.string().nullable(),
    mrBehandeling: z.boolean(),
    kamerbrief: z.boolean(),
    aanleiding: z.string(),
    kern: z.string(),
    toelichting: z.string(),
    politiekeContext: z.string().nullable(),
    nietOpenbaar: z.string(),
    motivering: z.string(),
    beslispunten: z.array(z.object({ volgnummer: z.int(), tekst: z.string(), oordeel: z.enum(BESLISPUNT_OORDELEN).nullable(), wijziging: z.string().nullable() })),
    bijlagen: z.array(
      z.object({
        volgnummer: z.int(),
        naam: z.string(),
        informatie: z.enum(BIJLAGE_INFORMATIE),
        gronden: z.array(z.string()),
        vindplaats: z.string().nullable(),
        bestand: z.object({ naam: z.string().nullable(), type: z.string().nullable(), grootte: z.int().nullable(), sha256: z.string(), geuploadOp: tijdstip.nullable() }).nullable(),
      }),
    ),
    paraafrondes: z.array(
      z.object({
        nummer: z.int(),
        versie: z.int(),
        gestartOp: tijdstip,
        afgerondOp: tijdstip.nullable(),
        stappen: z.array(
          z.object({
            id: uuid,
            volgorde: z.int(),
            rol: z.string(),
            gebruiker: persoon.nullable(),
            deadline: dag.nullable(),
            oordeel: z.enum(PARAAF_OORDELEN).nullable(),
            opmerking: z.string().nullable(),
            geparafeerdOp: tijdstip.nullable(),
            versie: z.int().nullable(),
            uitgevoerdDoor: persoon.nullable().meta({ description: "Wie de paraaf zette als dat een ander was (een vervanger)" }),
          }),
        ),
      }),
    ),
    besluit: z.object({ op: tijdstip, doorId: uuid.nullable(), namensId: uuid.nullable() }).nullable(),
    annotaties: z.array(z.object({ id: uuid, tekst: z.string(), openbaar: z.boolean(), auteurId: uuid, namensId: uuid.nullable(), aangemaaktOp: tijdstip })),
    mr: z
      .object({
        agendapuntId: uuid,
        vergadering: z.object({ id: uuid, datum: dag, soort: z.enum(["regulier", "extra"]) }),
        rondgezondenOp: dag,
        motivering: z.string().nullable(),
        uitkomst: z.enum(MR_UITKOMSTEN).nullable(),
        toelichting: z.string().nullable(),
      })
      .nullable(),
    mrHistorie: z.array(
      z.object({
        vergadering: z.object({ id: uuid, datum: dag, soort: z.enum(["regulier", "extra"]) }),
        aangemeldOp: tijdstip,
        rondgezondenOp: dag,
        uitkomst: z.enum(MR_UITKOMSTEN).nullable(),
        toelichting: z.string().nullable(),
      }),
    ),
    kamerbriefDocument: z
      .object({
        datum: dag.nullable(),
        betreft: z.string(),
        onsKenmerk: z.string().nullable().meta({ description: "Het eigen kenmerk van de brief; leeg: het kenmerk van de nota" }),
        uwKenmerk: z.string().nullable(),
        aanhef: z.string(),
        tekst: z.string(),
        slot: z.string().nullable(),
        ondertekenaarId: uuid.nullable(),
      })
      .nullable(),
    verzending: z
      .object({
        verzondenOp: dag,
        verzondenDoorId: uuid,
        tkDocumentnummer: z.string().nullable(),
        tkZaaknummer: z.string().nullable(),
        dossiernummer: z.string().nullable(),
        ondernummer: z.int().nullable(),
        vergaderjaar: z.string().nullable(),
        kamerstuk: z.object({ citaat: z.string(), url: z.url() }).nullable(),
      })
      .nullable(),
    deadlines: z.object({
      mrDatum: dag.nullable(),
      rondzenddatum: dag.nullable().meta({ description: "Uiterlijk rondzenden: de MR-datum min 7 dagen (de werkdag ervoor)" }),
      bewindspersoon: dag.nullable(),
      paraaf: z.record(z.string(), dag).meta({ description: "Per volgorde in de paraafroute de geplande deadline" }),
      eerstvolgende: dag.nullable(),
      risico: risico.nullable(),
    }),
    intrekReden: z.string().nullable(),
    aangemaaktOp: tijdstip,
    gewijzigdOp: tijdstip,
    toegestaneActies: z.array(z.string()).meta({ description: "Wat u nu met deze nota mag doen (bewerken, indienen, paraferen, …)" }),
    aanZet: z
      .object({ stapId: uuid, rol: z.string(), namens: persoon.nullable().meta({ description: "Wie u vervangt, als de stap van een ander is" }) })
      .nullable()
      .meta({ description: "De paraafstap waarop u nu aan de beurt bent (eigen stap of als vervanger)" }),
  })
  .meta({ id: "Nota", description: "Een nota met status, versie, route, besluiten, MR-agendapunt, Kamerbrief en verzending" });

export const gepubliceerdeNotaSchema = notaSchema
  .extend({
    publicatie: z
      .object({ sha256: z.string(), gepubliceerdOp: tijdstip, bestandsnaam: z.string(), grootte: z.int() })
      .meta({ description: "Het gepubliceerde PDF-bestand: GET /notas/{id}/openbare-versie geeft precies dit" }),
  })
  .meta({ id: "GepubliceerdeNota" });

export const notaSamenvattingSchema = z
  .object({
    id: uuid,
    kenmerk: z.string(),
    onderwerp: z.string(),
    soort: z.string(),
    status: z.string(),
    versie: z.int(),
    van: z.string(),
    aan: z.string(),
    mrDatum: dag.nullable(),
    eerstvolgendeDeadline: dag.nullable(),
    risico: z.string().nullable(),
    gewijzigdOp: tijdstip,
  })
  .meta({ id: "NotaSamenvatting" });

export const notaLijstSchema = z
  .object({ items: z.array(notaSamenvattingSchema), volgende: z.string().nullable().meta({ description: "Cursor voor de volgende pagina; null op de laatste" }) })
  .meta({ id: "NotaLijst" });

const organisatieonderdeel = z.object({ id: uuid, naam: z.string(), afkorting: z.string().nullable() });

export const profielSchema = z
  .object({ id: uuid, naam: z.string(), email: z.string(), rollen: z.array(z.enum(ROLLEN)), functie: z.string().nullable(), ambtstitel: z.string().nullable(), organisatieonderdeel })
  .meta({ id: "Profiel" });

export const gebruikerSchema = z
  .object({ id: uuid, naam: z.string(), email: z.string().optional().meta({ description: "Alleen voor de beheerder" }), rollen: z.array(z.enum(ROLLEN)), functie: z.string().nullable(), ambtstitel: z.string().nullable(), organisatieonderdeel })
  .meta({ id: "Gebruiker" });

export const taakSchema = z
  .object({
    soort: z.enum(["paraaf", "besluit", "mr_aanmelden", "mr_uitkomst", "verzenden", "tk_nummers", "woo_publicatie", "concept", "retour"]),
    label: z.string(),
    nota: z.object({ id: uuid, kenmerk: z.string(), onderwerp: z.string(), status: z.string(), versie: z.int() }),
    deadline: dag.nullable(),
    risico,
    namens: z.string().nullable().meta({ description: "De naam van wie u vervangt, als het zijn of haar taak is" }),
  })
  .meta({ id: "Taak" });

export const dashboardSchema = z
  .object({
    taken: z.array(taakSchema),
    vergaderingen: z.array(z.object({ id: uuid, datum: dag, soort: z.string(), aftellen: z.string().meta({ example: "nog 3 werkdagen" }), aantalNotas: z.int() })),
    perStatus: z.array(z.object({ status: z.string(), aantal: z.int() })),
    bijgewerktOp: tijdstip,
  })
  .meta({ id: "Dashboard" });

/** The chain fields of every audit event; `actie`, `voor` and `na` are typed per actie below. */
export const auditEventBasisSchema = z.object({
  seq: z.int(),
  tijdstip,
  actor: z.object({ id: uuid, naam: z.string().nullable() }).nullable(),
  namens: z.object({ id: uuid, naam: z.string().nullable() }).nullable(),
  vanStatus: z.string().nullable(),
  naarStatus: z.string().nullable(),
  versie: z.int().nullable(),
  requestId: z.string().nullable(),
  hash: z.string(),
  vorigeHash: z.string(),
});

/**
 * An audit event: the chain fields and, per `actie`, the shape of `voor` (the state before) and `na`
 * (what was done), from the one registry the code validates every event against when it is written
 * (lib/domain/audit-gebeurtenissen.ts). Events written by an older version keep the shape they had.
 */
export const auditEventSchema = z
  .discriminatedUnion(
    "actie",
    (Object.keys(AUDIT_SOORTEN) as AuditActie[]).map((actie) =>
      auditEventBasisSchema.extend({ actie: z.literal(actie), voor: AUDIT_SOORTEN[actie].voor, na: AUDIT_SOORTEN[actie].na }),
    ) as unknown as [z.ZodObject, ...z.ZodObject[]],
  )
  .meta({ id: "AuditEvent", description: "Per actie: de vorm van voor en na" });

export const auditVerificatieSchema = z
  .object({ ok: z.boolean(), aantal: z.int(), eersteFout: z.object({ seq: z.string(), reden: z.string() }).nullable() })
  .meta({ id: "AuditVerificatie" });

export const versieSchema = z.object({ versie: z.int(), aanleiding: z.string(), aangemaaktOp: tijdstip, doorId: uuid.nullable() }).meta({ id: "Versie" });

export const versieDiffSchema = z
  .object({
    van: z.int(),
    naar: z.int(),
    secties: z.array(z.object({ sectie: z.string(), label: z.string(), gewijzigd: z.boolean(), delen: z.array(z.object({ soort: z.enum(["gelijk", "toegevoegd", "verwijderd"]), tekst: z.string() })) })),
  })
  .meta({ id: "VersieDiff" });

export const mrVergaderingAntwoordSchema = z.object({ id: uuid, datum: dag, soort: z.enum(["regulier", "extra"]), aantalNotas: z.int() }).meta({ id: "MrVergadering" });

const tokenVelden = {
  id: uuid,
  naam: z.string(),
  scope: z.enum(["lezen", "schrijven", "webhooks"]),
  aangemaaktOp: tijdstip,
  verlooptOp: tijdstip,
  laatstGebruiktOp: tijdstip.nullable(),
  ingetrokkenOp: tijdstip.nullable(),
  status: z.enum(["actief", "ingetrokken", "verlopen"]),
};
export const tokenAntwoordSchema = z.object(tokenVelden).meta({ id: "Token" });
export const nieuwTokenSchema = z.object({ ...tokenVelden, token: z.string().meta({ description: "Het geheim (brt_…), alleen nu getoond" }) }).meta({ id: "NieuwToken" });

export const beveiligingsEventSchema = z
  .object({ seq: z.int(), tijdstip, actie: z.string(), wie: z.string().nullable(), email: z.string().nullable(), adres: z.string().nullable(), details: z.record(z.string(), z.unknown()) })
  .meta({ id: "BeveiligingsEvent" });

export const vervangingAntwoordSchema = z.object({ id: uuid, gebruikerId: uuid, vervangerId: uuid, van: dag, tot: dag }).meta({ id: "Vervanging" });

export const weglakkingAntwoordSchema = z.object({ id: uuid, tekst: z.string(), grond: z.string(), doorId: uuid, op: tijdstip }).meta({ id: "Weglakking" });
export const weglakkingToegevoegdSchema = z
  .object({ versie: z.int(), weglakking: weglakkingAntwoordSchema, weglakkingen: z.array(weglakkingAntwoordSchema) })
  .meta({ id: "WeglakkingToegevoegd" });

const kandidaat = z.object({ tekst: z.string(), soort: z.enum(["naam", "bsn", "iban", "adres", "geboortedatum", "telefoon"]), waar: z.string() });
export const kandidatenSchema = z
  .object({ open: z.array(kandidaat), behouden: z.array(z.object({ tekst: z.string(), reden: z.string(), waar: z.string(), op: tijdstip })) })
  .meta({ id: "Kandidaten" });
export const kandidatenBeoordeeldSchema = z.object({ versie: z.int(), weggelakt: z.int(), behouden: z.int(), open: z.array(kandidaat) }).meta({ id: "KandidatenBeoordeeld" });

export const agendaTokenSchema = z.object({ url: z.url(), token: z.string() }).meta({ id: "AgendaAdres" });

const regel = z.object({ regel: z.int(), tekst: z.string() });
export const importAntwoordSchema = z
  .object({
    nota: z
      .object({
        onderwerp: z.string(),
        soort: z.enum(NOTA_SOORTEN),
        mrBehandeling: z.boolean(),
        kamerbrief: z.boolean(),
        uitersteBeslisdatum: dag.optional(),
        deadlineReden: z.string().optional(),
        rubricering: z.string().optional(),
        aanleiding: z.string(),
        kern: z.string(),
        toelichting: z.string(),
        politiekeContext: z.string().optional(),
        nietOpenbaar: z.string(),
        motivering: z.string(),
        beslispunten: z.array(z.object({ tekst: z.string() })),
        bijlagen: z.array(z.object({ naam: z.string(), informatie: z.enum(BIJLAGE_INFORMATIE), gronden: z.array(z.string()), vindplaats: z.string().optional() })),
        aanId: uuid.optional(),
        externKenmerk: z.string().optional(),
        externDatum: dag.optional(),
      })
      .meta({ description: "De herkende nota, in de vorm die POST /notas accepteert" }),
    kop: z.object({ aan: z.string(), van: z.string(), kenmerk: z.string(), datum: z.string(), datumIso: dag, beslisdatum: z.string() }).partial(),
    herkomst: z.record(z.string(), z.string()).meta({ description: "Per veld de kop of het label waaruit het herkend is" }),
    nietHerkend: z.array(regel),
    weggelaten: z.array(regel.extend({ reden: z.string() })),
    bron: z.enum(["tekst", "docx"]),
    waarschuwingen: z.array(z.string()),
  })
  .meta({ id: "ImportResultaat" });

/** POST /notas/import as JSON: the text of a nota. */
export const importTekstSchema = z.object({ tekst: z.string().meta({ description: "De tekst van de nota (geplakt, of uit een PDF)" }) }).meta({ id: "ImportTekst" });

export { idSchema };

// ---------------------------------------------------------------------------------------------
// Webhooks (docs/WEBHOOKS.md)

const webhookVelden = {
  id: uuid,
  url: z.url().meta({ description: "Waarheen de events gaan" }),
  omschrijving: z.string().nullable(),
  eventtypes: z.array(z.enum(WEBHOOK_EVENTTYPES)).meta({ description: "De soorten gebeurtenis (CloudEvent type)" }),
  actief: z.boolean().meta({ description: "false: er gaat niets heen; wat in de wachtrij staat wacht" }),
  eigenaar: persoon.meta({ description: "Wie het registreerde: wat die mag zien, wordt gemeld" }),
  aangemaaktOp: tijdstip,
  gewijzigdOp: tijdstip,
};
export const webhookSchema = z.object(webhookVelden).meta({ id: "WebhookAbonnement" });
export const webhookMetGeheimSchema = z
  .object({ ...webhookVelden, geheim: z.string().meta({ description: "Het geheim om de handtekening te controleren (whsec_…), alleen nu getoond", example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }) })
  .meta({ id: "WebhookAbonnementMetGeheim" });
export const webhookAfleveringSchema = z
  .object({
    id: uuid,
    eventId: uuid.meta({ description: "De id van het CloudEvent, ook de kop webhook-id" }),
    type: z.enum(WEBHOOK_EVENTTYPES),
    notaId: uuid,
    kenmerk: z.string().nullable().meta({ description: "Het kenmerk van de nota, zoals het event het droeg" }),
    status: z.enum(AFLEVERING_STATUSSEN).meta({ description: "pending: wacht; afgeleverd: 2xx; mislukt: wordt opnieuw geprobeerd; opgegeven: na de laatste poging" }),
    pogingen: z.int(),
    volgendePoging: tijdstip.nullable().meta({ description: "Wanneer het opnieuw gaat (null als het klaar is)" }),
    laatsteHttpStatus: z.int().nullable(),
    laatsteFout: z.string().nullable(),
    aangemaaktOp: tijdstip,
    laatstePogingOp: tijdstip.nullable(),
    afgeleverdOp: tijdstip.nullable(),
    opgegevenOp: tijdstip.nullable(),
  })
  .meta({ id: "WebhookAflevering" });
