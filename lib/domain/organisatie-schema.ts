import { optioneleTekst, verplichteTekst, z } from "@/lib/domain/validatie";

/** Kenmerk prefixes: capitals and digits, 2–10 long ("BZK", "OCW", "JenV" is written "JENV"). */
const afkortingSchema = z
  .string({ error: "Vul de afkorting in." })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9]{1,9}$/, "De afkorting is 2 tot 10 hoofdletters of cijfers, bijvoorbeeld BZK; zij is het begin van elk kenmerk.");

export const organisatieSchema = z
  .object({
    naam: verplichteTekst("de naam van de organisatie", 200),
    afkorting: afkortingSchema,
    postbus: optioneleTekst("de postbus", 100),
    postcodePlaats: optioneleTekst("postcode en plaats", 100),
    bezoekadres: optioneleTekst("het bezoekadres", 300),
    website: optioneleTekst("de website", 200).refine((w) => w === null || /^(https?:\/\/)?[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i.test(w), "Geef een webadres, bijvoorbeeld www.rijksoverheid.nl."),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (!!o.postbus !== !!o.postcodePlaats) {
      ctx.addIssue({ code: "custom", path: [o.postbus ? "postcodePlaats" : "postbus"], message: "Vul postbus en postcode met plaats samen in (of laat beide leeg)." });
    }
  });

export type OrganisatieInvoer = z.infer<typeof organisatieSchema>;
