// A small seeded generator of notas for property tests: same seed, same nota. The texts are Dutch
// words in sentences, sections with paragraphs, bullet and numbered lists and sub-headings,
// beslispunten and bijlagen of every informatie kind. No dependency: mulberry32 is enough here.
import type { NotaBron } from "@/lib/domain/nota-document";
import type { BijlageInformatie } from "@/lib/domain/nota-schemas";

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words of two letters or more, none a heading or header label on its own, no digits-with-dot.
const WOORDEN = (
  "de het een van en in op te voor met dat is zijn aan bij door niet ook om uit worden wordt heeft kunnen moet gemeenten provincies " +
  "rijksoverheid uitvoering beleid advies kabinet kamerleden wetsvoorstel begroting middelen burgers ondernemers toezicht inspectie " +
  "evaluatie maatregel planning gevolgen risico kosten opbrengsten afspraken overleg partners regio uitvoerders dienstverlening " +
  "zorgvuldig tijdig structureel tijdelijk landelijk regionaal financieel juridisch bestuurlijk digitaal openbaar betrouwbaar " +
  "onderzoek rapport reactie voorstel besluitvorming samenwerking verantwoording procedure termijn jaarlijks aanvullend"
).split(" ");
const HOOFDWOORDEN = "Financiën Wetgeving Uitvoering Afstemming Gevolgen Achtergrond Planning Draagvlak Alternatieven Risico's".split(" ");
const GRONDEN = ["5.1.1c", "5.1.2a", "5.1.2b", "5.1.2d", "5.1.2e", "5.1.2f", "5.1.2i", "5.2"] as const;

export function genereerNota(seed: number): NotaBron {
  const r = rng(seed);
  const int = (min: number, max: number) => min + Math.floor(r() * (max - min + 1));
  const kies = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const zin = (min = 6, max = 18) => {
    const w = Array.from({ length: int(min, max) }, () => kies(WOORDEN));
    return `${w[0]![0]!.toUpperCase()}${w[0]!.slice(1)} ${w.slice(1).join(" ")}.`;
  };
  const alinea = () => Array.from({ length: int(1, 3) }, () => zin()).join(" ");
  const tekst = (metKoppen: boolean) => {
    const blokken: string[] = [];
    for (let i = int(1, 4); i > 0; i--) {
      const soort = r();
      if (metKoppen && soort < 0.2) blokken.push(`### ${kies(HOOFDWOORDEN)} ${kies(WOORDEN)} ${kies(WOORDEN)}`, alinea());
      else if (soort < 0.4) blokken.push(Array.from({ length: int(2, 4) }, () => `- ${zin(3, 12).toLowerCase().replace(/\.$/, ";")}`).join("\n"));
      else if (soort < 0.5) blokken.push(Array.from({ length: int(2, 3) }, (_, j) => `${j + 1}. ${zin(3, 10)}`).join("\n"));
      else blokken.push(alinea());
    }
    return blokken.join("\n\n");
  };
  const beslispunten = r() < 0.15 ? [] : Array.from({ length: int(1, 4) }, (_, i) => ({ volgnummer: i + 1, tekst: `${kies(["Instemmen met", "Kennisnemen van", "Besluiten tot"])} ${zin(4, 24).toLowerCase()}`, oordeel: null, wijziging: null }));
  const namen = new Set<string>();
  const bijlagen = Array.from({ length: int(0, 4) }, (_, i) => {
    const informatie = kies(["openbaar", "deels_openbaar", "niet_openbaar", "reeds_openbaar"] as const satisfies readonly BijlageInformatie[]);
    let naam = `${kies(HOOFDWOORDEN)} ${Array.from({ length: int(1, 9) }, () => kies(WOORDEN)).join(" ")}`;
    while (namen.has(naam)) naam += ` ${kies(WOORDEN)}`;
    namen.add(naam);
    const gronden = informatie === "deels_openbaar" || informatie === "niet_openbaar" ? [...new Set(Array.from({ length: int(1, 2) }, () => kies(GRONDEN)))].sort() : [];
    const vindplaats = informatie === "reeds_openbaar" ? kies(["Kamerstukken II 2024/25, 29 362, nr. 385", "Staatscourant 2025, 18211", "www.rijksoverheid.nl/documenten"]) : null;
    return { volgnummer: i + 1, naam, informatie, gronden, vindplaats };
  });
  const mr = r() < 0.5;
  const dag = int(1, 28);
  const maand = int(1, 12);
  const beslisdatum = r() < 0.6 ? `2026-${String(maand).padStart(2, "0")}-${String(dag).padStart(2, "0")}` : null;
  return {
    kenmerk: `BZK-2026-${String(seed).padStart(7, "0")}`,
    onderwerp: `${kies(HOOFDWOORDEN)} ${Array.from({ length: int(2, 10) }, () => kies(WOORDEN)).join(" ")}`,
    soort: beslispunten.length ? "ter_beslissing" : "ter_informatie",
    datum: `2026-${String(maand).padStart(2, "0")}-${String(dag).padStart(2, "0")}`,
    aan: { naam: "Marieke van den Berg", ambtstitel: "Minister van Binnenlandse Zaken en Koninkrijksrelaties" },
    van: "Directie Democratie en Bestuur",
    contactpersoon: null,
    uitersteBeslisdatum: beslisdatum,
    deadlineReden: beslisdatum && mr ? `MR ${dag} ${["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"][maand - 1]}` : null,
    rubricering: null,
    mrBehandeling: mr,
    kamerbrief: r() < 0.5,
    aanleiding: alinea(),
    kern: alinea(),
    toelichting: tekst(true),
    politiekeContext: r() < 0.4 ? tekst(true) : null,
    nietOpenbaar: r() < 0.5 ? "NVT" : alinea(),
    motivering: alinea(),
    beslispunten,
    paraafronde: null,
    annotaties: [],
    bijlagen,
  };
}
