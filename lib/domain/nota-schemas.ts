// The shapes the API and the forms accept, one schema for both doors. Messages are Dutch.
import { dagSchema, idSchema, optioneleTekst, verplichteTekst, z } from "@/lib/domain/validatie";
import { tekstSchema } from "@/lib/domain/tekst-schema";
import { kopVan } from "@/lib/domain/nota-secties";
import { checkGrondenCombinatie } from "@/lib/domain/woo-gronden";
import { wooGrondSchema } from "@/lib/domain/woo-grond-schema";
import { PARAAF_OORDELEN } from "@/lib/domain/paraafroute";
import { MR_UITKOMSTEN } from "@/lib/domain/nota-status";
import { dossiernummerSchema, ondernummerSchema, tkDocumentnummerSchema, tkZaaknummerSchema, vergaderjaarSchema } from "@/lib/domain/kamerstuk";

import { BESLISPUNT_OORDELEN, BIJLAGE_INFORMATIE, NOTA_SOORTEN } from "@/lib/domain/nota-keuzes";
export { BESLISPUNT_OORDELEN, BIJLAGE_INFORMATIE, NOTA_SOORTEN, beslispuntOordeelLabels, bijlageInformatieLabels, notaSoortLabels, type BijlageInformatie } from "@/lib/domain/nota-keuzes";

const beslispuntSchema = z.object({ tekst: verplichteTekst("de tekst van het beslispunt", 2000) });

export const bijlageSchema = z
  .object({
    naam: verplichteTekst("de naam van de bijlage", 300),
    informatie: z.enum(BIJLAGE_INFORMATIE, { error: "Kies openbaar, deels openbaar, niet openbaar of reeds openbaar." }),
    gronden: z.array(wooGrondSchema).max(20).default([]),
    vindplaats: optioneleTekst("de vindplaats", 500),
  })
  .superRefine((b, ctx) => {
    if ((b.informatie === "deels_openbaar" || b.informatie === "niet_openbaar") && b.gronden.length === 0) {
      ctx.addIssue({ code: "custom", path: ["gronden"], message: "Noem de Woo-grond(en) waarom de bijlage niet (geheel) openbaar is." });
    }
    if ((b.informatie === "openbaar" || b.informatie === "reeds_openbaar") && b.gronden.length > 0) {
      ctx.addIssue({ code: "custom", path: ["gronden"], message: "Een openbare bijlage heeft geen Woo-gronden." });
    }
    if (b.informatie === "reeds_openbaar" && !b.vindplaats) {
      ctx.addIssue({ code: "custom", path: ["vindplaats"], message: "Vermeld waar de reeds openbare bijlage te vinden is." });
    }
    const combinatie = checkGrondenCombinatie(b.gronden);
    if (combinatie) ctx.addIssue({ code: "custom", path: ["gronden"], message: combinatie });
  });

const notaVelden = {
  onderwerp: verplichteTekst("het onderwerp", 300),
  soort: z.enum(NOTA_SOORTEN, { error: "Kies ter beslissing of ter informatie." }),
  aanId: idSchema,
  contactpersoonId: idSchema.nullish().transform((v) => v ?? null),
  uitersteBeslisdatum: dagSchema.nullish().transform((v) => v ?? null),
  deadlineReden: optioneleTekst("de reden van de deadline", 300),
  rubricering: optioneleTekst("de rubricering", 100),
  mrBehandeling: z.boolean({ error: "Geef aan of de nota naar de ministerraad gaat (true of false)." }),
  kamerbrief: z.boolean({ error: "Geef aan of er een Kamerbrief bij hoort (true of false)." }),
  aanleiding: tekstSchema(kopVan("aanleiding")),
  kern: tekstSchema(kopVan("kern")),
  toelichting: tekstSchema(kopVan("toelichting")),
  politiekeContext: tekstSchema(kopVan("politiekeContext")).nullish().transform((v) => (v ? v : null)),
  nietOpenbaar: tekstSchema(kopVan("nietOpenbaar")),
  motivering: tekstSchema(kopVan("motivering")),
  beslispunten: z.array(beslispuntSchema).max(50, "Hoogstens 50 beslispunten."),
  bijlagen: z.array(bijlageSchema).max(100, "Hoogstens 100 bijlagen."),
};

export const notaInvoerSchema = z
  .object({
    ...notaVelden,
    mrBehandeling: notaVelden.mrBehandeling.default(false),
    kamerbrief: notaVelden.kamerbrief.default(false),
    aanleiding: notaVelden.aanleiding.default(""),
    kern: notaVelden.kern.default(""),
    toelichting: notaVelden.toelichting.default(""),
    nietOpenbaar: notaVelden.nietOpenbaar.default("NVT"),
    motivering: notaVelden.motivering.default(""),
    beslispunten: notaVelden.beslispunten.default([]),
    bijlagen: notaVelden.bijlagen.default([]),
    // Only when a nota is imported: the kenmerk and date of the document it came from.
    externKenmerk: optioneleTekst("het kenmerk van het oorspronkelijke document", 100),
    externDatum: dagSchema.nullish().transform((v) => v ?? null),
  })
  .strict();

export type NotaInvoer = z.output<typeof notaInvoerSchema>;

export const notaPatchSchema = z.object(notaVelden).partial().strict();
export type NotaPatch = z.output<typeof notaPatchSchema>;

/** What indienen needs beyond the route: checks on the content that only matter from then on. */
export function indienFouten(nota: { soort: string; onderwerp: string; kern: string; beslispunten: readonly unknown[]; aanleiding: string }): { path: string; message: string }[] {
  const fouten: { path: string; message: string }[] = [];
  if (!nota.aanleiding.trim()) fouten.push({ path: "aanleiding", message: "Vul de aanleiding in voordat u de nota indient." });
  if (!nota.kern.trim()) fouten.push({ path: "kern", message: "Vul de kern in voordat u de nota indient." });
  if (nota.soort === "ter_beslissing" && nota.beslispunten.length === 0) {
    fouten.push({ path: "beslispunten", message: "Een nota ter beslissing heeft ten minste één beslispunt." });
  }
  return fouten;
}

export const indienenSchema = z
  .object({
    paraafroute: z
      .array(
        z.object({
          volgorde: z.number({ error: "De volgorde is een getal." }).int().min(1, "De volgorde begint bij 1.").max(20),
          gebruikerId: idSchema,
          rol: verplichteTekst("de rol in de route (bijvoorbeeld Afdelingshoofd)", 80),
          deadline: dagSchema.nullish().transform((v) => v ?? null),
        }),
      )
      .min(1, "Kies ten minste één parafeerder.")
      .max(20, "Hoogstens 20 paraafstappen."),
  })
  .strict();

export const paraafSchema = z
  .object({
    oordeel: z.enum(PARAAF_OORDELEN, { error: "Kies akkoord, akkoord met opmerkingen of niet akkoord." }),
    opmerking: optioneleTekst("de opmerking", 5000),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.oordeel !== "akkoord" && !p.opmerking) {
      ctx.addIssue({ code: "custom", path: ["opmerking"], message: p.oordeel === "niet_akkoord" ? "Licht toe waarom u niet akkoord gaat." : "Schrijf uw opmerkingen op." });
    }
  });

export const besluitSchema = z
  .object({
    beslispunten: z
      .array(
        z.object({
          volgnummer: z.number().int().min(1),
          oordeel: z.enum(BESLISPUNT_OORDELEN, { error: "Kies akkoord, niet akkoord of gewijzigd akkoord." }),
          wijziging: optioneleTekst("de wijziging", 2000),
        }),
      )
      .default([]),
    annotatie: optioneleTekst("de annotatie", 10_000),
    uitkomst: z.enum(["besloten", "afgewezen"], { error: "Kies besloten of afgewezen." }).default("besloten"),
  })
  .strict()
  .superRefine((b, ctx) => {
    b.beslispunten.forEach((p, i) => {
      if (p.oordeel === "gewijzigd_akkoord" && !p.wijziging) {
        ctx.addIssue({ code: "custom", path: ["beslispunten", i, "wijziging"], message: "Schrijf op hoe het beslispunt gewijzigd is." });
      }
    });
  });

export const terugsturenSchema = z.object({ opmerking: verplichteTekst("de reden van terugsturen", 5000) }).strict();
export const intrekkenSchema = z.object({ reden: verplichteTekst("de reden van intrekken", 2000) }).strict();

export const mrVergaderingSchema = z
  .object({ datum: dagSchema, soort: z.enum(["regulier", "extra"], { error: "Kies regulier of extra." }).default("extra") })
  .strict();

export const mrAanmeldingSchema = z
  .object({ vergaderingId: idSchema, rondgezondenOp: dagSchema, motivering: optioneleTekst("de motivering", 2000) })
  .strict();

export const mrUitkomstSchema = z
  .object({
    uitkomst: z.enum(MR_UITKOMSTEN, { error: "Kies akkoord, aanvaard met wijzigingen, aangehouden, besproken zonder conclusie of teruggetrokken." }),
    toelichting: optioneleTekst("de toelichting", 5000),
    nieuweVergaderingId: idSchema.nullish().transform((v) => v ?? null),
  })
  .strict()
  .superRefine((u, ctx) => {
    if (u.uitkomst === "aanvaard_met_wijzigingen" && !u.toelichting) {
      ctx.addIssue({ code: "custom", path: ["toelichting"], message: "Noteer kort welke wijzigingen de ministerraad aanbracht." });
    }
  });

export const kamerbriefSchema = z
  .object({
    datum: dagSchema.nullish().transform((v) => v ?? null),
    betreft: verplichteTekst("het onderwerp (Betreft)", 300),
    /** The letter's own number (in the DMS, e.g. 2025-0000396582); none: the nota's kenmerk. */
    onsKenmerk: optioneleTekst("ons kenmerk", 100).describe("Het eigen kenmerk van de brief (het nummer in het DMS, bijvoorbeeld 2025-0000396582), als 'Ons kenmerk' op de brief. Leeg of weggelaten: het kenmerk van de nota."),
    uwKenmerk: optioneleTekst("uw kenmerk", 100).describe("Het kenmerk van de Kamer (bijvoorbeeld een zaaknummer), als 'Uw kenmerk' op de brief; leeg: geen regel."),
    aanhef: verplichteTekst("de aanhef", 200).default("Geachte voorzitter,"),
    tekst: tekstSchema("De tekst van de brief").pipe(z.string().min(1, "Schrijf de tekst van de brief.")),
    slot: optioneleTekst("het slot", 500),
    /** The bewindspersoon who signs; none: the one the nota is addressed to. */
    ondertekenaarId: idSchema
      .nullish()
      .transform((v) => v ?? null)
      .describe("De bewindspersoon die ondertekent. Weggelaten: de bewindspersoon aan wie de nota is gericht."),
  })
  .strict();

export const verzendingSchema = z.object({ verzondenOp: dagSchema }).strict();

export const tkNummersSchema = z
  .object({
    tkDocumentnummer: tkDocumentnummerSchema.nullish(),
    tkZaaknummer: tkZaaknummerSchema.nullish(),
    dossiernummer: dossiernummerSchema.nullish(),
    ondernummer: ondernummerSchema.nullish(),
    vergaderjaar: vergaderjaarSchema.nullish(),
  })
  .strict()
  .superRefine((n, ctx) => {
    const kamerstuk = [n.dossiernummer, n.ondernummer, n.vergaderjaar];
    if (kamerstuk.some((v) => v != null) && kamerstuk.some((v) => v == null)) {
      for (const key of ["dossiernummer", "ondernummer", "vergaderjaar"] as const) {
        if (n[key] == null) ctx.addIssue({ code: "custom", path: [key], message: "Vul dossiernummer, ondernummer en vergaderjaar samen in." });
      }
    }
  });

/** Token lifetime: 90 days unless chosen, never more than a year. */
export const TOKEN_STANDAARD_DAGEN = 90;
export const TOKEN_MAX_DAGEN = 365;

/** The scopes of a personal API token, as the pages name them. */
export const TOKEN_BEREIK_LABELS: Record<"lezen" | "schrijven" | "webhooks", string> = {
  lezen: "Alleen lezen",
  schrijven: "Lezen en schrijven",
  webhooks: "Lezen en eigen webhooks beheren",
};

export const tokenSchema = z
  .object({
    naam: verplichteTekst("een naam voor het token", 100),
    scope: z.enum(["lezen", "schrijven", "webhooks"], { error: "Kies lezen, schrijven of webhooks." }).default("lezen"),
    geldigheidDagen: z.coerce
      .number({ error: "Geef het aantal dagen als getal." })
      .int("Geef een heel aantal dagen.")
      .min(1, "Een token is minstens 1 dag geldig.")
      .max(TOKEN_MAX_DAGEN, `Een token is hoogstens ${TOKEN_MAX_DAGEN} dagen geldig.`)
      .default(TOKEN_STANDAARD_DAGEN),
  })
  .strict();

export const vervangingSchema = z
  .object({ vervangerId: z.string({ error: "Kies de vervanger." }).min(1, "Kies de vervanger.").pipe(idSchema), van: dagSchema, tot: dagSchema })
  .strict()
  .refine((v) => v.tot >= v.van, { path: ["tot"], message: "De einddatum ligt niet voor de begindatum." });
