// The sections of a beslisnota (DOMAIN.md §2), in their order, once: the document model, the
// form, the page, the version diff, the schemas' messages and the .docx importer all read this list.
export type SectieSoort = "tekst" | "beslispunten" | "bijlagen";

export interface NotaSectieDefinitie {
  /** The field of the nota (and of its snapshot) that holds the section. */
  sleutel: "aanleiding" | "beslispunten" | "kern" | "toelichting" | "politiekeContext" | "nietOpenbaar" | "motivering" | "bijlagen";
  /** The heading as the nota prints it. */
  kop: string;
  soort: SectieSoort;
  /** The help text on the form. */
  uitleg: string;
  /** May be left empty; an empty optional section is not printed. */
  optioneel: boolean;
  /**
   * In the public version (Woo) after redaction. Every section is: what may not be published is
   * withheld per passage on a ground; "Informatie die niet openbaar gemaakt kan worden" says what
   * and why, and is itself published (as the real published notas show it).
   */
  openbaar: boolean;
  /** Other headings the .docx importer recognises for it (lower case, as officials write them). */
  andereKoppen: readonly string[];
}

export const NOTA_SECTIES = [
  { sleutel: "aanleiding", kop: "Aanleiding", soort: "tekst", uitleg: "Waarom nu: de aanleiding en de deadline.", optioneel: false, openbaar: true, andereKoppen: ["aanleiding en doel", "inleiding"] },
  {
    sleutel: "beslispunten",
    kop: "Geadviseerd besluit",
    soort: "beslispunten",
    uitleg: "Genummerde beslispunten, elk één zin: \u201cKennisnemen van \u2026\u201d, \u201cInstemmen met \u2026\u201d.",
    optioneel: false,
    openbaar: true,
    andereKoppen: ["geadviseerde besluiten", "gevraagd besluit", "gevraagde besluiten", "gevraagde beslissing", "gevraagde beslissingen", "voorgesteld besluit", "te nemen besluit", "besluit", "beslispunten", "advies"],
  },
  { sleutel: "kern", kop: "Kern", soort: "tekst", uitleg: "Het vraagstuk en het advies in een paar zinnen.", optioneel: false, openbaar: true, andereKoppen: ["kernpunten", "kernboodschap", "samenvatting", "kern van het advies"] },
  { sleutel: "toelichting", kop: "Toelichting", soort: "tekst", uitleg: "Feiten, afwegingen, alternatieven, risico's, afstemming.", optioneel: false, openbaar: true, andereKoppen: ["nadere toelichting"] },
  { sleutel: "politiekeContext", kop: "Politieke context", soort: "tekst", uitleg: "Optioneel.", optioneel: true, openbaar: true, andereKoppen: ["politiek", "politieke aspecten"] },
  {
    sleutel: "nietOpenbaar",
    kop: "Informatie die niet openbaar gemaakt kan worden",
    soort: "tekst",
    uitleg: "Wat in de openbare versie wordt weggelaten en waarom; NVT als er niets is.",
    optioneel: false,
    openbaar: true,
    andereKoppen: ["informatie die niet openbaar kan worden gemaakt", "informatie die niet openbaar wordt gemaakt", "niet openbare informatie", "niet openbaar te maken informatie"],
  },
  {
    sleutel: "motivering",
    kop: "Motivering",
    soort: "tekst",
    uitleg: "Bijvoorbeeld: in de openbaar gemaakte versie zijn persoonsgegevens van ambtenaren geanonimiseerd.",
    optioneel: false,
    openbaar: true,
    andereKoppen: ["motivering openbaarmaking"],
  },
  { sleutel: "bijlagen", kop: "Bijlagen", soort: "bijlagen", uitleg: "Per bijlage: naam en of ze openbaar is (met de Woo-gronden).", optioneel: false, openbaar: true, andereKoppen: ["bijlage", "bijlagen n", "bijlage n", "bijlagen bij deze nota"] },
] as const satisfies readonly NotaSectieDefinitie[];

export type SectieSleutel = (typeof NOTA_SECTIES)[number]["sleutel"];
export type TekstSectieSleutel = Extract<(typeof NOTA_SECTIES)[number], { soort: "tekst" }>["sleutel"];

/** The free-text sections, in order (the form's text areas, the importer's text targets). */
export const TEKST_SECTIES = NOTA_SECTIES.filter((s): s is Extract<(typeof NOTA_SECTIES)[number], { soort: "tekst" }> => s.soort === "tekst");

/** The printed heading of a section. */
export function kopVan(sleutel: SectieSleutel): string {
  return NOTA_SECTIES.find((s) => s.sleutel === sleutel)!.kop;
}
