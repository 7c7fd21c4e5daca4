// One test per fixture nota in tests/fixtures/import/: each a different ministry template or form.
// Every field of the result is compared with what a person reading the nota would fill in, written
// out here by hand (never taken from the importer's output).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { importeerNota, type ImportResultaat } from "@/lib/domain/importeren";
import { notaInvoerSchema } from "@/lib/domain/nota-schemas";

const fixture = (naam: string) => readFileSync(new URL(`../fixtures/import/${naam}`, import.meta.url), "utf8");

/**
 * Every word of the input must be somewhere in the result: a field, "niet herkend", or left out as
 * furniture. List marks (1), a., •), "Bijlage 2 -" and the column heads of a bijlagen table are
 * structure, not words of the nota: they are taken off before counting.
 */
function inhoud(tekst: string): string {
  return tekst
    .split("\n")
    .filter((r) => !/^\s*(?:volgnummer|nr\.?)\s+(?:naam|titel)\s+informatie\s*$/i.test(r))
    .map((r) => r.replace(/^\s*(?:bijlage\s+\d+\s*[-–:]|\(?\d{1,3}[.)]?|\(?[a-z][.)]|[-–•])\s+/i, ""))
    .join("\n");
}
function woorden(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.,/-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)?.map((w) => w.replace(/[.,]+$/, "")) ?? [];
}
function verlorenWoorden(invoer: string, r: ImportResultaat): string[] {
  const uit = new Map<string, number>();
  const teksten = [
    ...Object.values(r.nota).flatMap((v) => (typeof v === "string" ? [v] : [])),
    ...r.nota.beslispunten.map((b) => b.tekst),
    ...r.nota.bijlagen.flatMap((b) => [b.naam, b.informatie.replace("_", " "), ...b.gronden, b.vindplaats ?? ""]),
    ...Object.values(r.kop),
    ...Object.values(r.herkomst),
    ...r.nietHerkend.map((n) => n.tekst),
    ...r.weggelaten.map((n) => n.tekst),
  ];
  for (const w of teksten.flatMap((t) => woorden(String(t)))) uit.set(w, (uit.get(w) ?? 0) + 1);
  const weg: string[] = [];
  for (const w of woorden(inhoud(invoer))) {
    const n = uit.get(w) ?? 0;
    if (n > 0) uit.set(w, n - 1);
    else weg.push(w);
  }
  return weg;
}

function controleer(naam: string, verwacht: Omit<ImportResultaat, "waarschuwingen"> & { waarschuwingen: string[] }) {
  const invoer = fixture(naam);
  const r = importeerNota(invoer);
  expect(r.nota).toEqual(verwacht.nota);
  expect(r.kop).toEqual(verwacht.kop);
  expect(r.herkomst).toEqual(verwacht.herkomst);
  expect(r.nietHerkend).toEqual(verwacht.nietHerkend);
  expect(r.weggelaten).toEqual(verwacht.weggelaten);
  expect(r.waarschuwingen).toEqual(verwacht.waarschuwingen);
  expect(verlorenWoorden(invoer, r)).toEqual([]);
  // what the review screen offers is accepted by the schema of POST /api/v1/notas
  const parsed = notaInvoerSchema.safeParse({ ...r.nota, aanId: "5f0c3c1e-8d7b-4c1a-9a57-0d7e2b6c1a11" });
  expect(parsed.error?.issues ?? []).toEqual([]);
}

const NIET_HERKEND = (n: number) => `${n === 1 ? "Eén regel is" : `${n} regels zijn`} niet herkend; u vindt ze onder "Niet herkend" en kunt ze naar een sectie verplaatsen.`;

describe("beslisnota's in other ministries' templates", () => {
  it("PDF text of a header table (label line, value line), a letterhead repeated after the page break, Gevraagd besluit with 1), numbered sub-headings, a bijlagen table Nr./Titel/Informatie", () => {
    controleer("01-pdf-financien-koptabel.txt", {
      nota: {
        onderwerp: "Voorjaarsnota 2026: kasschuif voor de uitvoering van de Wet betaalbare huur",
        soort: "ter_beslissing",
        mrBehandeling: true,
        kamerbrief: true,
        deadlineReden: "MR 27 maart",
        aanleiding: "Op 27 maart besluit de MR over de Voorjaarsnota 2026. De minister van VRO heeft gevraagd om een kasschuif omdat de uitvoering van de Wet betaalbare huur later op gang komt dan geraamd.",
        kern: "De kasschuif past binnen het uitgavenkader. Zonder kasschuif vallen de middelen in 2026 vrij en zijn ze in 2027 niet meer beschikbaar.",
        toelichting: [
          "### 1. Achtergrond",
          "",
          "De Wet betaalbare huur is op 1 juli 2024 in werking getreden. Gemeenten melden dat de handhaving langzamer op gang komt.",
          "",
          "### 2. Financiële gevolgen",
          "",
          "De kasschuif is budgettair neutraal over de jaren 2026–2027. Het saldo verslechtert in 2027 met € 120 miljoen en verbetert in 2026 met hetzelfde bedrag.",
          "",
          "### 3. Afstemming",
          "",
          "De Inspectie der Rijksfinanciën is akkoord.",
        ].join("\n"),
        nietOpenbaar: "De raming van de handhavingskosten per gemeente (5.1.2b).",
        motivering: "Openbaarmaking van ramingen per gemeente schaadt de economische belangen van de Staat.",
        beslispunten: [
          { tekst: "Instemmen met een kasschuif van € 120 miljoen van 2026 naar 2027 op artikel 4 van de begroting van VRO." },
          { tekst: "Instemmen met bijgaande brief aan de Tweede Kamer over de Voorjaarsnota." },
        ],
        bijlagen: [
          { naam: "Brief aan de Tweede Kamer over de Voorjaarsnota", informatie: "openbaar", gronden: [] },
          { naam: "Raming handhavingskosten per gemeente", informatie: "deels_openbaar", gronden: ["5.1.2b"] },
        ],
      },
      kop: { aan: "Minister van Financiën", van: "Directie Begrotingszaken", datum: "12 maart 2026", datumIso: "2026-03-12", kenmerk: "2026-0000041873" },
      herkomst: {
        soort: "Beslisnota",
        aan: "Aan",
        van: "Van",
        datum: "Datum",
        kenmerk: "Kenmerk",
        onderwerp: "Onderwerp",
        beslispunten: "Gevraagd besluit",
        aanleiding: "Aanleiding",
        kern: "Kern",
        toelichting: "Toelichting",
        nietOpenbaar: "Informatie die niet openbaar gemaakt kan worden",
        motivering: "Motivering",
        bijlagen: "Bijlagen",
      },
      nietHerkend: [
        { regel: 3, tekst: "Korte Voorhout 7" },
        { regel: 4, tekst: "2511 CW Den Haag" },
      ],
      weggelaten: [
        { regel: 1, tekst: "Ministerie van Financiën", reden: "herhaalde paginakop of -voet" },
        { regel: 2, tekst: "Directie Begrotingszaken", reden: "herhaalde paginakop of -voet" },
        { regel: 39, tekst: "Pagina 1 van 2", reden: "paginanummer" },
        { regel: 40, tekst: "Ministerie van Financiën", reden: "herhaalde paginakop of -voet" },
        { regel: 41, tekst: "Directie Begrotingszaken", reden: "herhaalde paginakop of -voet" },
        { regel: 42, tekst: "Datum", reden: "herhaalde paginakop of -voet" },
        { regel: 43, tekst: "12 maart 2026", reden: "herhaalde paginakop of -voet" },
        { regel: 44, tekst: "Kenmerk", reden: "herhaalde paginakop of -voet" },
        { regel: 45, tekst: "2026-0000041873", reden: "herhaalde paginakop of -voet" },
        { regel: 70, tekst: "Pagina 2 van 2", reden: "paginanummer" },
      ],
      waarschuwingen: [
        "De tekst noemt de ministerraad: MR-behandeling is aangezet.",
        "De tekst noemt een brief aan de Kamer: Kamerbrief is aangezet.",
        NIET_HERKEND(2),
      ],
    });
  });

  it("pasted text with Aan:/Van:/Betreft: on one line, Advies with a lead-in, a) b) beslispunten over several lines with sub-points, Kernpunten, Bijlage n - Titel (openbaar)", () => {
    controleer("02-geplakt-ocw-dubbelepunt.txt", {
      nota: {
        onderwerp: "Reactie op het advies van de Onderwijsraad over burgerschap",
        soort: "ter_beslissing",
        mrBehandeling: false,
        kamerbrief: true,
        aanleiding: 'De Onderwijsraad heeft op 15 januari het advies "Burgerschap in het voortgezet onderwijs" uitgebracht. De Kamer heeft gevraagd vóór 1 maart een reactie te sturen.',
        kern: "- Drie aanbevelingen nemen we over: een burgerschapsopdracht per school, een handreiking en een monitor.\n- De vierde aanbeveling, een centraal examen burgerschap, nemen we niet over.",
        toelichting:
          "Scholen hebben sinds 2021 een verduidelijkte burgerschapsopdracht. De inspectie ziet dat een derde van de scholen die opdracht nog niet concreet maakt.\n\nEen centraal examen past niet bij de vrijheid van onderwijs (artikel 23 Grondwet). De Onderwijsraad erkent dat risico.",
        politiekeContext: "Het lid Paternotte (D66) heeft in het commissiedebat gevraagd om een examen. De coalitiepartijen zijn daar verdeeld over.",
        nietOpenbaar: "NVT",
        motivering: "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.",
        beslispunten: [
          { tekst: "in te stemmen met de kabinetsreactie op het advies, waarin drie van de vier aanbevelingen worden overgenomen;" },
          { tekst: "de reactie met bijgaande Kamerbrief aan de Tweede Kamer te sturen, en daarbij: – de toezegging uit het commissiedebat van 12 november na te komen; – de Kamer te informeren over de planning van de wetswijziging." },
        ],
        bijlagen: [
          { naam: "Kabinetsreactie op het advies Burgerschap", informatie: "openbaar", gronden: [] },
          { naam: "Kamerbrief over burgerschap", informatie: "openbaar", gronden: [] },
          { naam: "Advies Onderwijsraad Burgerschap in het voortgezet onderwijs", informatie: "reeds_openbaar", gronden: [], vindplaats: "www.onderwijsraad.nl" },
        ],
      },
      kop: { aan: "de minister van Onderwijs, Cultuur en Wetenschap", van: "Directie Voortgezet Onderwijs", datum: "3 februari 2026", datumIso: "2026-02-03", kenmerk: "OCW/VO-2026/512044" },
      herkomst: {
        aan: "Aan:",
        van: "Van:",
        datum: "Datum:",
        kenmerk: "Kenmerk:",
        onderwerp: "Betreft:",
        aanleiding: "Aanleiding",
        beslispunten: 'Advies (inleiding: "U wordt geadviseerd:")',
        kern: "Kernpunten",
        toelichting: "Toelichting",
        politiekeContext: "Politieke context",
        nietOpenbaar: "Informatie die niet openbaar gemaakt kan worden",
        motivering: "Motivering",
        bijlagen: "Bijlagen",
      },
      nietHerkend: [{ regel: 6, tekst: "Kopie aan: DG Funderend Onderwijs" }],
      weggelaten: [],
      waarschuwingen: ["De tekst noemt een brief aan de Kamer: Kamerbrief is aangezet.", NIET_HERKEND(1)],
    });
  });

  it("headings written inline (Aanleiding: tekst …), bullets • as beslispunten, Bijlagen: geen, a date as 20-01-2026", () => {
    controleer("03-inline-koppen-jenv.txt", {
      nota: {
        onderwerp: "Capaciteit in het gevangeniswezen, stand van zaken januari",
        soort: "ter_beslissing",
        mrBehandeling: false,
        kamerbrief: true,
        aanleiding: "De Kamer heeft u in het commissiedebat gevangeniswezen gevraagd om een maandelijkse stand van zaken van de capaciteit.",
        kern: "Het aantal beschikbare plaatsen is in december met 84 gestegen. De noodmaatregel van dubbel gebruik van cellen blijft nodig tot ten minste april.",
        toelichting: "In december zijn in Zwaag en Almelo 84 plaatsen heropend. Het ziekteverzuim onder het personeel is gedaald naar 8,1 procent. De instroom blijft hoog door snelrecht bij de jaarwisseling.",
        nietOpenbaar: "NVT",
        motivering: "",
        beslispunten: [{ tekst: "Instemmen met verlenging van de noodmaatregel tot 1 mei 2026." }, { tekst: "Instemmen met de bijgaande voortgangsbrief aan de Tweede Kamer." }],
        bijlagen: [],
      },
      kop: { aan: "Staatssecretaris van Justitie en Veiligheid", van: "DG Straffen en Beschermen", datum: "20-01-2026", datumIso: "2026-01-20" },
      herkomst: {
        soort: "NOTA",
        aan: "Aan:",
        van: "Van:",
        datum: "Datum:",
        onderwerp: "Onderwerp:",
        aanleiding: "Aanleiding:",
        kern: "Kern:",
        beslispunten: "Beslispunten:",
        toelichting: "Toelichting:",
        bijlagen: "Bijlagen: geen",
      },
      nietHerkend: [{ regel: 6, tekst: "Kopie aan: DG Politie en Veiligheidsregio's" }],
      weggelaten: [],
      waarschuwingen: ["De tekst noemt een brief aan de Kamer: Kamerbrief is aangezet.", NIET_HERKEND(1)],
    });
  });

  it("a NOTA TER INFORMATIE banner, header fields in columns, Samenvatting as kern, a numbered bijlagen list with reeds openbaar and niet openbaar", () => {
    controleer("04-ter-informatie-vws.txt", {
      nota: {
        onderwerp: "Uitkomsten van de evaluatie van het landelijk vaccinatieprogramma",
        soort: "ter_informatie",
        mrBehandeling: false,
        kamerbrief: false,
        aanleiding: "Het RIVM heeft op 1 december het jaarverslag 2024 van het Rijksvaccinatieprogramma gepubliceerd.",
        kern: "De evaluatie laat zien dat de vaccinatiegraad voor de BMR-prik verder is gedaald, naar 88,7 procent. In de grote steden is de daling het sterkst.",
        toelichting: [
          "Het RIVM noemt drie oorzaken:",
          "",
          "- twijfel bij ouders over de veiligheid van vaccins;",
          "- minder bereik van de jeugdgezondheidszorg in achterstandswijken;",
          "- praktische drempels, zoals de openingstijden van consultatiebureaus.",
          "",
          "GGD GHOR Nederland start in 2026 een pilot met vaccinatie op scholen.",
        ].join("\n"),
        nietOpenbaar: "Geen.",
        motivering: "In de openbaar gemaakte versie zijn de namen van ambtenaren weggelaten.",
        beslispunten: [],
        bijlagen: [
          { naam: "Jaarverslag Rijksvaccinatieprogramma 2024", informatie: "reeds_openbaar", gronden: [], vindplaats: "rivm.nl/publicaties" },
          { naam: "Analyse vaccinatiegraad per GGD-regio", informatie: "niet_openbaar", gronden: ["5.1.2d", "5.1.2i"] },
        ],
      },
      kop: { aan: "Minister van Volksgezondheid, Welzijn en Sport", van: "Directie Publieke Gezondheid", datum: "9 december 2025", datumIso: "2025-12-09", kenmerk: "4271933-1077402-PG" },
      herkomst: {
        soort: "NOTA TER INFORMATIE",
        aan: "Aan",
        van: "Van",
        datum: "Datum",
        kenmerk: "Kenmerk",
        onderwerp: "Onderwerp",
        kern: "Samenvatting",
        aanleiding: "Aanleiding",
        toelichting: "Toelichting",
        nietOpenbaar: "Informatie die niet openbaar wordt gemaakt",
        motivering: "Motivering",
        bijlagen: "Bijlagen",
      },
      nietHerkend: [],
      weggelaten: [],
      waarschuwingen: ['De sectie "Geadviseerd besluit" is niet gevonden.'],
    });
  });

  it("an already published nota: redaction marks (5.1.2e) stay where the names stood; a bijlagen table Volgnummer Naam Informatie with grounds and a vindplaats", () => {
    controleer("05-gelakt-openbaar-bzk.txt", {
      nota: {
        onderwerp: "Benoeming van de leden van de Kiesraad",
        soort: "ter_beslissing",
        mrBehandeling: false,
        kamerbrief: false,
        aanleiding: "Op 1 juli loopt de benoemingstermijn van twee leden van de Kiesraad af.",
        kern: "De selectiecommissie, onder leiding van 5.1.2e, adviseert twee kandidaten voor te dragen.",
        toelichting:
          "De vacature is op 3 februari opengesteld. Er waren 41 sollicitanten. Na overleg met 5.1.2e (DWJZ) is de procedure gevolgd zoals vastgelegd in het Profiel leden Kiesraad.\n\nDe kandidaten zijn 5.1.2e en 5.1.2e. Zij hebben geen nevenfuncties die strijdig zijn met het lidmaatschap.",
        nietOpenbaar: "De verslagen van de gesprekken met de kandidaten (5.1.2e, 5.2).",
        motivering: "Persoonsgegevens van sollicitanten en ambtenaren zijn weggelakt (5.1.2e). De gespreksverslagen bevatten persoonlijke beleidsopvattingen (5.2).",
        beslispunten: [{ tekst: "Instemmen met de voordracht van twee leden voor benoeming bij koninklijk besluit." }, { tekst: "Kennisnemen van het advies van de selectiecommissie." }],
        bijlagen: [
          { naam: "Ontwerp koninklijk besluit benoeming leden Kiesraad", informatie: "openbaar", gronden: [] },
          { naam: "Advies selectiecommissie", informatie: "niet_openbaar", gronden: ["5.1.2e", "5.2"] },
          { naam: "Profiel leden Kiesraad", informatie: "reeds_openbaar", gronden: [], vindplaats: "Staatscourant 2024, 18211" },
        ],
      },
      kop: { aan: "Minister van Binnenlandse Zaken en Koninkrijksrelaties", van: "Directie Democratie en Bestuur", datum: "14 mei 2025", datumIso: "2025-05-14", kenmerk: "BZK-2025-0004411" },
      herkomst: {
        soort: "Beslisnota (openbare versie)",
        aan: "Aan:",
        van: "Van:",
        datum: "Datum:",
        kenmerk: "Kenmerk:",
        onderwerp: "Onderwerp:",
        aanleiding: "Aanleiding",
        beslispunten: "Geadviseerd besluit",
        kern: "Kern",
        toelichting: "Toelichting",
        nietOpenbaar: "Informatie die niet openbaar gemaakt kan worden",
        motivering: "Motivering",
        bijlagen: "Bijlagen",
      },
      nietHerkend: [{ regel: 7, tekst: "Contactpersoon: 5.1.2e" }],
      weggelaten: [],
      waarschuwingen: [NIET_HERKEND(1)],
    });
  });

  it("numbered headings in capitals (1. AANLEIDING), a running header/footer on every page with a form feed, a. b. beslispunten, Uiterste beslisdatum with its reason", () => {
    controleer("06-hoofdletters-ienw-paginavoet.txt", {
      nota: {
        onderwerp: "Versterking van de Afsluitdijk, aanbesteding tweede fase",
        soort: "ter_beslissing",
        mrBehandeling: true,
        kamerbrief: false,
        uitersteBeslisdatum: "2025-10-10",
        deadlineReden: "MR 17 oktober",
        aanleiding: "Rijkswaterstaat heeft de aanbesteding van de tweede fase afgerond. De MR moet instemmen omdat de opdracht groter is dan € 500 miljoen.",
        kern: "De laagste inschrijving ligt 14 procent boven de raming. Wij adviseren toch te gunnen, omdat uitstel de waterveiligheid na 2030 in gevaar brengt.",
        toelichting: "De meerkosten van € 75 miljoen worden gedekt uit het Deltafonds, artikel 1.01.\n\n### Risico's\n\n- prijsstijging van staal na de gunning;\n- vertraging door stikstofvergunningen.",
        nietOpenbaar: "De inschrijvingssommen van de andere inschrijvers (5.1.2f).",
        motivering: "Openbaarmaking van de inschrijvingen schaadt de concurrentiepositie van de inschrijvers.",
        beslispunten: [
          { tekst: "Instemmen met gunning van de tweede fase aan de combinatie Levvel II voor € 612 miljoen." },
          { tekst: "Instemmen met het aanmelden van dit besluit voor de ministerraad van 17 oktober." },
        ],
        bijlagen: [
          { naam: "Gunningsadvies Rijkswaterstaat", informatie: "niet_openbaar", gronden: ["5.1.2f"] },
          { naam: "Aanbiedingsformulier ministerraad", informatie: "openbaar", gronden: [] },
        ],
      },
      kop: { aan: "Minister van Infrastructuur en Waterstaat", van: "DG Water en Bodem", datum: "2 oktober 2025", datumIso: "2025-10-02", kenmerk: "IENW/BSK-2025/288190", beslisdatum: "10 oktober 2025 (MR 17 oktober)" },
      herkomst: {
        soort: "Nota",
        aan: "Aan:",
        van: "Van:",
        datum: "Datum:",
        kenmerk: "Ons kenmerk:",
        onderwerp: "Betreft:",
        uitersteBeslisdatum: "Uiterste beslisdatum:",
        aanleiding: "1. AANLEIDING",
        kern: "2. KERNBOODSCHAP",
        beslispunten: "3. GEADVISEERD BESLUIT",
        toelichting: "4. TOELICHTING",
        nietOpenbaar: "5. INFORMATIE DIE NIET OPENBAAR GEMAAKT KAN WORDEN",
        motivering: "6. MOTIVERING",
        bijlagen: "7. BIJLAGEN",
      },
      nietHerkend: [],
      weggelaten: [
        { regel: 1, tekst: "IenW | Directie Water en Bodem | DEPARTEMENTAAL VERTROUWELIJK", reden: "herhaalde paginakop of -voet" },
        { regel: 26, tekst: "IenW | Directie Water en Bodem | DEPARTEMENTAAL VERTROUWELIJK", reden: "herhaalde paginakop of -voet" },
        { regel: 27, tekst: "IenW | Directie Water en Bodem | DEPARTEMENTAAL VERTROUWELIJK", reden: "herhaalde paginakop of -voet" },
        { regel: 48, tekst: "IenW | Directie Water en Bodem | DEPARTEMENTAAL VERTROUWELIJK", reden: "herhaalde paginakop of -voet" },
      ],
      waarschuwingen: ["De tekst noemt de ministerraad: MR-behandeling is aangezet."],
    });
  });
});
