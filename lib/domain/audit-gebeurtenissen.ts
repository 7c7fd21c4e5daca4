// Every kind of event on the audit chain, with the shape of what it records (`voor`: the state before,
// `na`: what was done), as one discriminated union on `actie`. appendAuditEvent validates each event
// against it before the event is hashed and written, so a payload cannot drift from its schema; the
// Tijdlijn reads its sentence and remark from the same entry; the OpenAPI document's audit response
// is generated from it. The schemas describe the stored JSON (dates as ISO strings).
//
// Adding an event: add an entry here (schema + omschrijving), then write it with appendAuditEvent or,
// in a nota use case, return it from `apply`. Events written before an entry changed stay readable:
// readers use safeParse and fall back to the bare actie.
import { z } from "@/lib/domain/validatie";
import { formatDag } from "@/lib/domain/datum";
import { mrUitkomstLabels, type MrUitkomst } from "@/lib/domain/nota-status";
import { paraafOordeelLabels, type ParaafOordeel } from "@/lib/domain/paraafroute";

const tekst = z.string();
const optTekst = z.string().nullable().optional();
const id = z.string();
const dag = z.iso.date();
const tijd = z.iso.datetime();
const json = z.unknown();

/** The nota's content as a version snapshot (mutation.ts snapshotVan). */
const snapshot = z.looseObject({ kenmerk: tekst, onderwerp: tekst, soort: tekst });

/** One entry of the registry: the payload schemas, and the sentence the Tijdlijn shows. */
interface Soort<V extends z.ZodType, N extends z.ZodType> {
  voor: V;
  na: N;
  /** The line in the nota's Tijdlijn (null: not a nota event, or not shown there). */
  omschrijving?: (na: z.output<N>, naarStatus: string | null) => string;
  /** The field of `na` that is the official's remark (shown as a quote under the line). */
  opmerking?: string;
  /** Security events (sign-in, tokens) listed on the Beheer page's security log. */
  beveiliging?: string;
}

const soort = <V extends z.ZodType, N extends z.ZodType>(s: Soort<V, N>) => s;
const geen = z.null();

export const AUDIT_SOORTEN = {
  // The nota's workflow
  "nota.aangemaakt": soort({ voor: geen, na: snapshot, omschrijving: () => "Nota aangemaakt" }),
  "nota.gewijzigd": soort({ voor: snapshot, na: snapshot, omschrijving: () => "Inhoud gewijzigd" }),
  "nota.ingediend": soort({
    voor: geen,
    na: z.object({ ronde: z.number().int().min(1), paraafroute: z.array(z.object({ volgorde: z.number(), gebruikerId: id, rol: tekst, deadline: dag.nullable() })) }),
    omschrijving: (na) => `Ingediend voor paraaf${na.ronde > 1 ? ` (ronde ${na.ronde})` : ""}`,
  }),
  "nota.geparafeerd": soort({
    voor: geen,
    na: z.object({
      stap: z.object({ id, rol: tekst, volgorde: z.number() }),
      oordeel: z.enum(["akkoord", "akkoord_met_opmerkingen", "niet_akkoord"]),
      opmerking: optTekst,
    }),
    omschrijving: (na) => `Paraaf ${na.stap.rol}: ${paraafOordeelLabels[na.oordeel as ParaafOordeel]}`,
    opmerking: "opmerking",
  }),
  "nota.besloten": soort({
    voor: geen,
    na: z.object({
      uitkomst: z.enum(["besloten", "afgewezen"]),
      beslispunten: z.array(z.object({ volgnummer: z.number(), oordeel: tekst, wijziging: optTekst })),
      annotatie: optTekst,
    }),
    omschrijving: (_na, naar) =>
      naar === "kennisgenomen" ? "Kennisgenomen door de bewindspersoon" : naar === "afgewezen" ? "Afgewezen door de bewindspersoon" : "Besluit van de bewindspersoon",
    opmerking: "annotatie",
  }),
  "nota.teruggestuurd": soort({ voor: geen, na: z.object({ opmerking: tekst }), omschrijving: () => "Teruggestuurd door de bewindspersoon", opmerking: "opmerking" }),
  "nota.ingetrokken": soort({ voor: geen, na: z.object({ reden: tekst }), omschrijving: () => "Ingetrokken", opmerking: "reden" }),
  "mr.aangemeld": soort({
    voor: geen,
    na: z.object({ vergadering: dag, rondgezondenOp: dag, motivering: optTekst }),
    omschrijving: (na) => `Aangemeld voor de ministerraad van ${formatDag(na.vergadering)}`,
    opmerking: "motivering",
  }),
  "mr.uitkomst": soort({
    voor: geen,
    na: z.object({ vergadering: dag, uitkomst: tekst, toelichting: optTekst, naarVergadering: dag.nullable() }),
    omschrijving: (na) => `Ministerraad van ${formatDag(na.vergadering)}: ${mrUitkomstLabels[na.uitkomst as MrUitkomst] ?? na.uitkomst}`,
    opmerking: "toelichting",
  }),
  "kamerbrief.opgeslagen": soort({
    voor: z.looseObject({ betreft: tekst, onsKenmerk: tekst, tekst }).nullable(),
    na: z.looseObject({ betreft: tekst, onsKenmerk: tekst, tekst, ondertekenaarId: id }),
    omschrijving: () => "Kamerbrief opgeslagen",
  }),
  "kamerbrief.verzonden": soort({
    voor: geen,
    na: z.object({ verzondenOp: dag }),
    omschrijving: (na) => `Kamerbrief verzonden aan de Tweede Kamer op ${formatDag(na.verzondenOp)}`,
  }),
  "kamerbrief.tk_nummers": soort({
    // The Verzending row as stored: its date column comes out as a timestamp.
    voor: z.looseObject({ verzondenOp: tijd }),
    na: z.looseObject({ verzondenOp: tijd, tkDocumentnummer: optTekst, tkZaaknummer: optTekst, dossiernummer: optTekst, ondernummer: z.number().nullable(), vergaderjaar: optTekst }),
    omschrijving: () => "Nummers van de Tweede Kamer vastgelegd",
  }),
  "bijlage.bestand_toegevoegd": soort({
    voor: z.object({ sha256: tekst, naam: optTekst }).nullable(),
    na: z.object({ volgnummer: z.number(), naam: tekst, type: tekst, grootte: z.number(), sha256: tekst }),
    omschrijving: () => "Bestand bij een bijlage toegevoegd",
  }),
  // The public version (Woo)
  "weglakking.toegevoegd": soort({ voor: geen, na: z.object({ id, tekst, grond: tekst }), omschrijving: () => "Tekst weggelakt in de openbare versie" }),
  "kandidaten.beoordeeld": soort({
    voor: geen,
    na: z.object({ besluiten: z.array(z.object({ tekst, waar: tekst, besluit: z.enum(["weglakken", "behouden"]), grond: tekst.optional(), reden: tekst.optional() })) }),
    omschrijving: (na) => `Mogelijke persoonsgegevens beoordeeld (${na.besluiten.length})`,
  }),
  "nota.gepubliceerd": soort({
    voor: geen,
    na: z.object({ bestandsnaam: tekst, sha256: tekst, grootte: z.number(), gronden: z.array(tekst), gepubliceerdOp: tijd, pakket: z.array(tekst) }),
    omschrijving: () => "Openbare versie gepubliceerd",
  }),
  // The ministerraad calendar
  "mr.vergadering_toegevoegd": soort({ voor: geen, na: z.object({ id, datum: dag, soort: tekst }) }),
  "mr.reces_vastgelegd": soort({
    voor: z.object({ jaar: z.number(), van: dag, tot: dag }).nullable(),
    na: z.object({ jaar: z.number(), van: dag, tot: dag, vervallen: json, toegevoegd: json }),
  }),
  // People, roles, organisation
  "gebruiker.aangemaakt": soort({ voor: geen, na: z.object({ id, email: tekst, rollen: z.array(tekst) }) }),
  "gebruiker.gewijzigd": soort({
    voor: z.object({ rollen: z.array(tekst), actief: z.boolean() }),
    na: z.object({ id, rollen: z.array(tekst), actief: z.boolean(), sessiesBeeindigd: z.number().optional() }),
  }),
  "gebruiker.ambtstitel_gewijzigd": soort({ voor: z.object({ ambtstitel: optTekst }), na: z.object({ id, ambtstitel: optTekst }) }),
  "gebruiker.meldingvoorkeuren": soort({ voor: z.object({ mailBijTaak: z.boolean(), mailBijVervanging: z.boolean() }), na: z.object({ mailBijTaak: z.boolean(), mailBijVervanging: z.boolean() }) }),
  "vervanging.ingesteld": soort({ voor: geen, na: z.object({ id, gebruikerId: id, vervangerId: id, van: dag, tot: dag }) }),
  "vervanging.beeindigd": soort({ voor: z.object({ id, gebruikerId: id, vervangerId: id, van: dag, tot: dag }), na: geen }),
  "organisatie.gewijzigd": soort({ voor: z.looseObject({ naam: tekst }), na: z.looseObject({ id, naam: tekst }) }),
  "organisatie.logo_gewijzigd": soort({ voor: geen, na: z.object({ id, bestandsnaam: tekst, type: tekst, grootte: z.number() }) }),
  "organisatie.logo_verwijderd": soort({ voor: geen, na: z.object({ id }) }),
  "organisatie.onderdeel_aangemaakt": soort({ voor: geen, na: z.looseObject({ id, naam: tekst }) }),
  "email.opnieuw_versturen": soort({ voor: geen, na: z.object({ outboxId: z.union([z.string(), z.number()]) }) }),
  // Webhooks (docs/WEBHOOKS.md): the URL without its query, never the secret.
  "webhook.aangemaakt": soort({ voor: geen, na: z.object({ id, url: tekst, eventtypes: z.array(tekst), actief: z.boolean(), eigenaarId: id }), beveiliging: "Webhook-abonnement aangemaakt" }),
  "webhook.gewijzigd": soort({
    voor: z.object({ url: tekst, eventtypes: z.array(tekst), actief: z.boolean(), omschrijving: optTekst }),
    na: z.object({ id, url: tekst, eventtypes: z.array(tekst), actief: z.boolean(), omschrijving: optTekst }),
    beveiliging: "Webhook-abonnement gewijzigd",
  }),
  "webhook.verwijderd": soort({ voor: z.object({ url: tekst, eventtypes: z.array(tekst), eigenaarId: id }), na: z.object({ id }), beveiliging: "Webhook-abonnement verwijderd" }),
  "webhook.geheim_vernieuwd": soort({ voor: geen, na: z.object({ id }), beveiliging: "Geheim van een webhook-abonnement vernieuwd" }),
  "webhook.aflevering_opnieuw": soort({ voor: geen, na: z.object({ id, afleveringId: id }) }),
  // Security
  "sessie.gestart": soort({ voor: geen, na: z.looseObject({ sessie: id, soort: tekst }), beveiliging: "Ingelogd" }),
  "sessie.afgemeld": soort({ voor: geen, na: z.looseObject({}), beveiliging: "Uitgelogd" }),
  // email null: a refused single sign-on before the provider named anyone (a bad token, a forged callback).
  "inloggen.mislukt": soort({ voor: geen, na: z.looseObject({ email: tekst.nullable(), reden: tekst }), beveiliging: "Inloggen mislukt" }),
  "inloggen.geblokkeerd": soort({ voor: geen, na: z.looseObject({ email: tekst }), beveiliging: "Inloggen tijdelijk geblokkeerd" }),
  "inloggen.geweigerd": soort({ voor: geen, na: z.looseObject({ email: tekst }), beveiliging: "Inlogpoging geweigerd (geblokkeerd)" }),
  "inloggen.aanval_vermoed": soort({ voor: geen, na: z.looseObject({ email: tekst, mislukt: z.number() }), beveiliging: "Veel mislukte pogingen op één account" }),
  "gebruiker.wachtwoord_gewijzigd": soort({ voor: geen, na: z.object({ sessiesBeeindigd: z.number() }), beveiliging: "Eigen wachtwoord gewijzigd" }),
  "gebruiker.wachtwoord_ingesteld": soort({ voor: geen, na: z.object({ id, sessiesBeeindigd: z.number() }), beveiliging: "Wachtwoord ingesteld door beheer" }),
  "gebruiker.wachtwoord_onjuist": soort({ voor: geen, na: geen, beveiliging: "Onjuist huidig wachtwoord bij wijzigen" }),
  "token.aangemaakt": soort({ voor: geen, na: z.object({ id, naam: tekst, scope: tekst, verlooptOp: tijd }), beveiliging: "API-token aangemaakt" }),
  "token.gebruikt": soort({ voor: geen, na: z.object({ id, scope: tekst }), beveiliging: "API-token gebruikt (eerste keer die dag)" }),
  "token.ingetrokken": soort({ voor: geen, na: z.object({ id, naam: tekst, eigenaarId: id.optional() }), beveiliging: "API-token ingetrokken" }),
  "agenda.token_vernieuwd": soort({ voor: geen, na: z.object({ vorigeIngetrokken: z.boolean() }), beveiliging: "Agenda-adres vernieuwd" }),
  // Single sign-on and recent sign-in (issue 11; lib/server/auth/sso-accounts.ts, recent-sign-in.ts)
  "sessie.herbevestigd": soort({ voor: geen, na: z.looseObject({ sessie: id, soort: tekst }), beveiliging: "Opnieuw ingelogd voor een besluit of beheerhandeling" }),
  "sso.gekoppeld": soort({ voor: geen, na: z.object({ gebruikerId: id, email: tekst, issuer: tekst, subject: tekst }), beveiliging: "Account gekoppeld aan de identiteitsprovider" }),
  "sso.aangemaakt": soort({ voor: geen, na: z.object({ gebruikerId: id, email: tekst, issuer: tekst, subject: tekst, rollen: z.array(tekst), groepen: z.array(tekst) }), beveiliging: "Account aangemaakt bij de eerste inlog via de organisatie" }),
  "sso.rollen_gewijzigd": soort({
    voor: z.object({ rollen: z.array(tekst), organisatieonderdeelId: id }),
    na: z.object({ gebruikerId: id, rollen: z.array(tekst), organisatieonderdeelId: id, groepen: z.array(tekst) }),
    beveiliging: "Rollen gewijzigd door groepen van de identiteitsprovider",
  }),
  "sso.backchannel_afgemeld": soort({ voor: geen, na: z.object({ gebruikerId: id.nullable(), issuer: tekst, subject: tekst.nullable(), sid: tekst.nullable(), sessies: z.number() }), beveiliging: "Uitgelogd door de identiteitsprovider (back-channel)" }),
  "sso.groepkoppeling_gewijzigd": soort({ voor: z.looseObject({ rollen: z.array(tekst) }).nullable(), na: z.looseObject({ groep: tekst }), beveiliging: "Koppeling van groepen aan rollen gewijzigd" }),
} as const;

export type AuditActie = keyof typeof AUDIT_SOORTEN;
type Soorten = typeof AUDIT_SOORTEN;

/** A payload before it is stored as JSON: a date may still be a Date (stored as its ISO string). */
type Invoer<T> = T extends string ? string | Date : T extends (infer E)[] ? Invoer<E>[] : T extends object ? { [K in keyof T]: Invoer<T[K]> } : T;

/** An event as a use case writes it: the actie and its payloads, typed per actie. */
export type AuditGebeurtenis = {
  [A in AuditActie]: { actie: A } & OptioneelAlsNull<"voor", Invoer<z.input<Soorten[A]["voor"]>>> & OptioneelAlsNull<"na", Invoer<z.input<Soorten[A]["na"]>>>;
}[AuditActie];

type OptioneelAlsNull<K extends string, T> = null extends T ? { [P in K]?: T | undefined } : { [P in K]: T };

/** The schema of a stored event's actie and payloads (a discriminated union on actie). */
export const auditGebeurtenisSchema = z.discriminatedUnion(
  "actie",
  (Object.keys(AUDIT_SOORTEN) as AuditActie[]).map((actie) =>
    z.object({ actie: z.literal(actie), voor: AUDIT_SOORTEN[actie].voor, na: AUDIT_SOORTEN[actie].na }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
);

export class OngeldigeAuditGebeurtenis extends Error {
  constructor(actie: string, detail: string) {
    super(`Audit event "${actie}" does not match its schema: ${detail}`);
    this.name = "OngeldigeAuditGebeurtenis";
  }
}

/** Refuses an event whose actie is unknown or whose payload does not match its schema. */
export function controleerGebeurtenis(e: { actie: string; voor: unknown; na: unknown }): void {
  const r = auditGebeurtenisSchema.safeParse(e);
  if (!r.success) throw new OngeldigeAuditGebeurtenis(e.actie, r.error.issues.map((i) => `${i.path.join(".") || "(actie)"}: ${i.message}`).join("; "));
}

function soortVan(actie: string): Soort<z.ZodType, z.ZodType> | null {
  return (AUDIT_SOORTEN as Record<string, Soort<z.ZodType, z.ZodType>>)[actie] ?? null;
}

/** The Tijdlijn's sentence for a stored event; the bare actie when its payload no longer fits. */
export function omschrijvingVan(e: { actie: string; naarStatus: string | null; na: unknown }): string {
  const s = soortVan(e.actie);
  if (!s?.omschrijving) return e.actie;
  const na = s.na.safeParse(e.na ?? null);
  return na.success ? s.omschrijving(na.data, e.naarStatus) : e.actie;
}

/** The remark an official wrote with the step (never a section of the nota itself), if any. */
export function opmerkingVan(e: { actie: string; na: unknown }): string | null {
  const veld = soortVan(e.actie)?.opmerking;
  if (!veld) return null;
  const v = ((e.na ?? {}) as Record<string, unknown>)[veld];
  return typeof v === "string" && v ? v : null;
}

/** Whether the event belongs in the nota's Tijdlijn (decisions and edits; not downloads). */
export function inTijdlijn(actie: string): boolean {
  return soortVan(actie)?.omschrijving !== undefined;
}

/** The actions on the Beheer page's security log, with their labels. */
export const BEVEILIGINGSLABELS: Record<string, string> = Object.fromEntries(
  Object.entries(AUDIT_SOORTEN as Record<string, Soort<z.ZodType, z.ZodType>>).flatMap(([a, s]) => (s.beveiliging ? [[a, s.beveiliging]] : [])),
);
