// The leak benchmark of the Woo publication (issue 16, point 5): generates notas and PDF bijlagen
// with personal data planted in every form of docs/WOO.md (officials' names in every form, other
// people's names, e-mail addresses, phone numbers, BSN, IBAN, addresses, dates of birth) at random
// places, publishes them as the product does — the public version is generated, a simulated
// woo_coordinator confirms every candidate on the review screen and dismisses the ones that are
// ordinary words (the control phrases), the candidates must then be none — and reports per form how
// many planted items are still readable in what is published (leaks, must be 0), and how many
// control phrases (ordinary words that look like names) were redacted anyway (over-redactions).
//
//   node --conditions react-server --import tsx scripts/bench-woo.ts [--notas 1000] [--pdfs 100] [--seed 16] [--markdown]
//
// Exits 1 when any leak is found. Pure domain code plus the real PDF path (unpdf reads, pdfkit
// draws, unpdf reads the result back); no database: the database steps are covered by the
// integration tests, this measures what gets through.
import { parseArgs } from "node:util";
import { loadavg, cpus } from "node:os";
import { maakOpenbareVersie, openbareTekst, type HandmatigeWeglakking, type WeglakOpties } from "@/lib/domain/openbare-versie";
import { notaDocument, type NotaBron, type Persoon } from "@/lib/domain/nota-document";
import { documentKandidaten, kandidaatSleutel, openKandidaten, VOORGESTELDE_GROND, type Kandidaat } from "@/lib/domain/woo-kandidaten";
import { planPagina } from "@/lib/domain/bijlage-weglakken";
import { leesPdf, pdfAlleTekst, tekenOpenbarePdf } from "@/lib/server/publicatie/bijlage-pdf";
import PDFDocument from "pdfkit";
import { rng } from "@/tests/support/nota-generator";

const { values: args } = parseArgs({ options: { notas: { type: "string", default: "1000" }, pdfs: { type: "string", default: "100" }, seed: { type: "string", default: "16" }, markdown: { type: "boolean", default: false } } });

const r = rng(Number(args.seed));
const kies = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (min: number, max: number) => min + Math.floor(r() * (max - min + 1));

// ------------------------------------------------------------------------------------------------
// People

const VOORNAMEN = "Anna Bram Chantal Daan Eline Floor Gijs Hanna Iris Jeroen Karin Lars Maaike Niels Olga Pim Quirine Ruben Sanne Tijmen Ursula Vincent Wendy Yara Zeno Mohamed Fatma Youssef Aylin Priya".split(" ");
const TUSSEN = ["", "", "", "de", "van", "van der", "van den", "ter", "el", "van de"];
// Surnames, several of which are also ordinary words (Bakker, Visser, Smit, Kok, Boer, Koster, Schipper).
const ACHTERNAMEN =
  "Bakker Visser Smit Kok Boer Koster Schipper Dekker Brouwer Meijer Mulder Hendriks Jansen Vos Peters Willems Dijkstra Veenstra Hoekstra Kuipers Postma Huisman Wolters Sluiter Verbeek Koopman Prins Blom Groot Haan Wit Hoek Laan Berg Bos Veen Heuvel Linden Amrani Yildiz Öztürk Nijhuis Zwart Molenaar Kramer Timmermans Roelofs Scholten Gerritsen Jacobs Maas Bosch Verhoeven Hermans Koning Jonker Evers Brink Vermeulen Baas".split(
    " ",
  );
const DERDE_ACHTERNAMEN = "Pietersen Appelboom Zandvoort Oosterhuis Lindeboom Steenbergen Rozendaal Kloosterman Wassenaar Grootendorst Hofstede Overbeek Mooijman Ravesteijn Schuurman Terpstra".split(" ");

interface Mens {
  voornaam: string;
  tussen: string;
  achternaam: string;
}
const naamVan = (m: Mens) => [m.voornaam, m.tussen, m.achternaam].filter(Boolean).join(" ");
const hoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// 400 officials, each a unique combination, and 20 bewindspersonen.
const ambtenaren: (Mens & { initialen: string; email: string; telefoon: string })[] = [];
const gezien = new Set<string>();
while (ambtenaren.length < 400) {
  const m = { voornaam: kies(VOORNAMEN), tussen: kies(TUSSEN), achternaam: kies(ACHTERNAMEN) };
  if (gezien.has(naamVan(m))) continue;
  gezien.add(naamVan(m));
  ambtenaren.push({ ...m, initialen: `${m.voornaam[0]}.`, email: `${m.voornaam.toLowerCase()}.${(m.tussen + m.achternaam).replace(/\s/g, "").toLowerCase()}@minbzk.nl`, telefoon: `06-${String(int(10000000, 99999999))}` });
}
const MINISTER = "Marieke van den Berg";
const PERSONEN: Persoon[] = ambtenaren.map((a) => ({ naam: naamVan(a), initialen: a.initialen, email: a.email, telefoon: a.telefoon }));
const OPTIES: WeglakOpties = { ambtenaren: PERSONEN, behouden: [MINISTER] };

// ------------------------------------------------------------------------------------------------
// Planted items: the text, and the fragments that may not be readable in the public version.

interface Geplant {
  /** Marker words around the planted sentence: its part of the public text is checked, not the rest. */
  id: string;
  vorm: string;
  groep: "ambtenaar" | "derde";
  tekst: string;
  /** Each must not occur (as a word, case-insensitive) in what is published. */
  verboden: string[];
}

function elfproefBsn(): string {
  for (;;) {
    const d = Array.from({ length: 8 }, () => int(0, 9));
    const som = d.reduce((s, x, i) => s + x * (9 - i), 0);
    const laatste = som % 11;
    if (laatste <= 9 && som > 0) return d.join("") + String(laatste);
  }
}
function iban(): string {
  const bank = kies(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]);
  const nummer = String(int(1000000000, 9999999999));
  const basis = `${bank}${nummer}NL00`;
  const num = [...basis].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join("");
  let rest = 0;
  for (const c of num) rest = (rest * 10 + Number(c)) % 97;
  const controle = String(98 - rest).padStart(2, "0");
  const vol = `NL${controle}${bank}${nummer}`;
  return r() < 0.5 ? vol : vol.replace(/(.{4})/g, "$1 ").trim();
}
let teller = 0;
const volgendId = () => `zq${(teller++).toString(36)}q`;
const TITELS = ["mw.", "mevr.", "mevrouw", "dhr.", "de heer", "drs.", "mr.", "ir.", "dr.", "prof."];

function ambtenaarVorm(): Geplant {
  const a = kies(ambtenaren);
  const tv = a.tussen;
  const achter = tv ? `${tv} ${a.achternaam}` : a.achternaam;
  const Achter = tv ? `${hoofdletter(tv)} ${a.achternaam}` : a.achternaam;
  const kern = [a.achternaam];
  const vormen: [string, string, string[]][] = [
    ["volledige naam", `${a.voornaam} ${achter}`, [a.voornaam, ...kern]],
    ["initialen + achternaam", `${a.initialen} ${achter}`, kern],
    ["titel + achternaam", `${kies(TITELS)} ${kies([achter, Achter])}`, kern],
    ["achternaam alleen: met X", `met ${Achter}`, kern],
    ["achternaam alleen: X (DWJZ)", `${Achter} (${kies(["DWJZ", "FEZ", "DGOO", "CZW"])})`, kern],
    ["achternaam alleen: X heeft", `${Achter} ${kies(["heeft", "stelt", "meldt", "adviseert", "vindt"])}`, kern],
    ["achternaam alleen: in een lijst", `${Achter}, ${kies(ambtenaren).achternaam} en ${kies(ambtenaren).achternaam}`, kern],
    ["Achternaam, Voornaam", `${Achter}, ${a.voornaam}`, [a.voornaam, ...kern]],
    ["Achternaam, V.", `${Achter}, ${a.initialen}`, kern],
    ["tussenvoegsel met hoofdletter", `${Achter}`, kern],
    ["genitief", `${Achter}${kies(["s", "'s", "’s"])}`, kern],
    ["hoofdletters", `${a.voornaam} ${achter}`.toUpperCase(), [a.voornaam, ...kern]],
    ["over een regelafbreking", `${a.voornaam}\n${achter}`, [a.voornaam, ...kern]],
    ["e-mailadres ambtenaar", a.email, [a.email]],
    ["telefoonnummer ambtenaar", kies([a.telefoon, a.telefoon.replace("-", " "), `+31 6 ${a.telefoon.slice(3)}`]), [a.telefoon.slice(3)]],
  ];
  const [vorm, tekst, verboden] = kies(vormen);
  // In the list form the other surnames are officials too: not checked as this item's.
  return { id: volgendId(), vorm, groep: "ambtenaar", tekst, verboden };
}

function derdeVorm(): Geplant {
  const v = kies(VOORNAMEN);
  const a = kies(DERDE_ACHTERNAMEN);
  const tv = kies(["van", "de", "van der", "ter"]);
  const vormen: [string, string, string[]][] = [
    ["derde: titel + naam", `${kies(TITELS)} ${a}`, [a]],
    ["derde: initialen + naam", `${v[0]}.${kies(["", `${kies(VOORNAMEN)[0]}.`])} ${a}`, [a]],
    ["derde: voornaam + tussenvoegsel + naam", `${v} ${tv} ${a}`, [v, a]],
    ["derde: voornaam + achternaam in een zin", `${v} ${a}`, [v, a]],
    ["derde: namens", `namens ${v} ${a}`, [v, a]],
    ["derde: ondertekening", `Met vriendelijke groet,\n${v} ${a}`, [v, a]],
    ["derde: e-mailadres", `${v.toLowerCase()}.${a.toLowerCase()}@${kies(["gmail.com", "zwolle.nl", "example.org", "uu.nl"])}`, [`${v.toLowerCase()}.${a.toLowerCase()}`]],
    ["derde: telefoonnummer", kies([`06 ${int(1000, 9999)} ${int(1000, 9999)}`, `(0${int(10, 99)}) ${int(1000000, 9999999)}`]), []],
    ["derde: buitenlands telefoonnummer", `+32 ${int(2, 9)} ${int(100, 999)} ${int(10, 99)} ${int(10, 99)}`, []],
    ["derde: BSN", elfproefBsn(), []],
    ["derde: IBAN", iban(), []],
    ["derde: adres", `${kies(["Kerk", "Molen", "Dorps", "School"])}${kies(["straat", "weg", "laan"])} ${int(1, 250)}, ${int(1000, 9999)} ${kies(["AB", "KL", "XZ"])}`, []],
    ["derde: postcode + huisnummer", `${int(1000, 9999)} ${kies(["AB", "KL", "XZ"])} ${int(1, 250)}`, []],
    ["derde: geboortedatum", `geboren op ${int(1, 28)} ${kies(["maart", "juni", "oktober"])} ${int(1940, 2005)}`, []],
  ];
  const [vorm, tekst, verboden] = kies(vormen);
  // Numbers: the digits of the planted value may not be readable.
  const cijfers = tekst.replace(/^geboren op /, "");
  return { id: volgendId(), vorm, groep: "derde", tekst, verboden: verboden.length ? verboden : [cijfers] };
}

/** Ordinary words that look like names: they must stay. */
const CONTROLE = [
  "de Bakker-regeling",
  "de bakker en de visser",
  "een smid en een kok",
  "de Tweede Kamer",
  "de motie-Jansen",
  "minister Van den Berg",
  `de minister, ${MINISTER},`,
  "het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
  "de Raad voor het Openbaar Bestuur",
  "Kamerstukken II 2024/25, 29 362, nr. 385",
  "de Berg-commissie",
  "de koster van de kerk",
];

const WOORDEN = "de het een van en in op voor met dat is aan bij door ook om uit wordt heeft gemeenten provincies uitvoering beleid advies kabinet begroting middelen burgers toezicht inspectie evaluatie maatregel planning gevolgen risico kosten afspraken overleg partners regio".split(" ");
const zin = () => {
  const w = Array.from({ length: int(5, 12) }, () => kies(WOORDEN));
  return `${hoofdletter(w[0]!)} ${w.slice(1).join(" ")}`;
};
/** A sentence with the planted text in it, at a random place (between the item's markers). */
const metInhoud = (inhoud: string, id?: string) => {
  const w = zin().split(" ");
  const i = int(1, w.length);
  const zinMet = `${[...w.slice(0, i), inhoud, ...w.slice(i)].join(" ")}.`;
  return id ? `${id}b ${zinMet} ${id}e` : zinMet;
};

// ------------------------------------------------------------------------------------------------
// Checking

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const leesbaar = (tekst: string, fragment: string) => new RegExp(`(?<![\\p{L}\\p{N}])${fragment.trim().split(/\s+/).map(escapeRe).join("\\s+")}(?![\\p{L}\\p{N}])`, "iu").test(tekst);

interface Telling {
  geplant: number;
  lekken: number;
  voorbeelden: string[];
}
const perVorm = new Map<string, Telling>();
const tel = (vorm: string, lek: boolean, voorbeeld: string) => {
  const t = perVorm.get(vorm) ?? { geplant: 0, lekken: 0, voorbeelden: [] };
  t.geplant++;
  if (lek) {
    t.lekken++;
    if (t.voorbeelden.length < 3) t.voorbeelden.push(voorbeeld);
  }
  perVorm.set(vorm, t);
};
let controleGeplant = 0;
let overRedacties = 0;
const overVoorbeelden: string[] = [];
let kandidatenBevestigd = 0;
let kandidatenAfgewezen = 0;
let geweigerd = 0;

/** The simulated woo_coordinator: confirms each candidate, dismisses one inside a control phrase. */
function beoordeel(kandidaten: readonly Kandidaat[], controle: readonly string[]): { weglakkingen: HandmatigeWeglakking[]; afgewezen: string[] } {
  const weglakkingen: HandmatigeWeglakking[] = [];
  const afgewezen: string[] = [];
  for (const k of kandidaten) {
    if (controle.some((c) => kandidaatSleutel(c).includes(kandidaatSleutel(k.tekst)))) {
      afgewezen.push(k.tekst);
      kandidatenAfgewezen++;
    } else {
      weglakkingen.push({ tekst: k.tekst, grond: VOORGESTELDE_GROND[k.soort] });
      kandidatenBevestigd++;
    }
  }
  return { weglakkingen, afgewezen };
}

function controleer(publiek: string, geplant: readonly Geplant[], controle: readonly string[]) {
  for (const g of geplant) {
    // The planted sentence runs from its marker "…b" to its marker "…e".
    const begin = publiek.indexOf(`${g.id}b`);
    const eind = publiek.indexOf(`${g.id}e`, begin);
    const stuk = begin >= 0 && eind > begin ? publiek.slice(begin, eind) : publiek;
    const lek = g.verboden.find((f) => leesbaar(stuk, f));
    tel(g.vorm, !!lek, lek ? `${JSON.stringify(g.tekst)} → "${lek}" leesbaar in ${JSON.stringify(stuk.slice(0, 160))}` : "");
  }
  for (const c of controle) {
    controleGeplant++;
    if (!publiek.replace(/\s+/g, " ").includes(c.replace(/\s+/g, " "))) {
      overRedacties++;
      if (overVoorbeelden.length < 5) {
        const eerste = c.split(/\s+/).find((w) => w.length > 3) ?? c;
        const i = publiek.indexOf(eerste.replace(/[,.]/g, ""));
        overVoorbeelden.push(`"${c}" werd ${JSON.stringify(i >= 0 ? publiek.slice(Math.max(0, i - 20), i + c.length + 20) : "(niet gevonden)")}`);
      }
    }
  }
}

// ------------------------------------------------------------------------------------------------
// Notas

function nota(i: number): { bron: NotaBron; geplant: Geplant[]; controle: string[] } {
  const geplant: Geplant[] = [];
  const controle: string[] = [];
  const velden = { aanleiding: [zin() + "."], kern: [zin() + "."], toelichting: [zin() + "."], politiekeContext: [zin() + "."], beslispunten: [zin() + ".", zin() + "."] };
  const sleutels = Object.keys(velden) as (keyof typeof velden)[];
  for (let n = int(3, 6); n > 0; n--) {
    const g = r() < 0.6 ? ambtenaarVorm() : derdeVorm();
    geplant.push(g);
    const sleutel = kies(sleutels);
    const veld = velden[sleutel];
    // In a list item a continued line is indented, as the editor writes it.
    veld.splice(int(0, veld.length), 0, metInhoud(sleutel === "toelichting" ? g.tekst.replace(/\n/g, "\n  ") : g.tekst, g.id));
  }
  for (let n = int(1, 2); n > 0; n--) {
    const c = kies(CONTROLE);
    if (controle.includes(c)) continue;
    controle.push(c);
    const veld = velden[kies(sleutels)];
    veld.splice(int(0, veld.length), 0, metInhoud(c));
  }
  const bron: NotaBron = {
    kenmerk: `BZK-2026-${String(i).padStart(6, "0")}`,
    onderwerp: `Benchmarknota ${i}`,
    soort: "ter_beslissing",
    datum: "2026-06-01",
    aan: { naam: MINISTER, ambtstitel: "Minister van Binnenlandse Zaken en Koninkrijksrelaties" },
    van: "Directie Democratie en Bestuur",
    contactpersoon: PERSONEN[i % PERSONEN.length]!,
    uitersteBeslisdatum: null,
    deadlineReden: null,
    rubricering: null,
    mrBehandeling: false,
    kamerbrief: true,
    aanleiding: velden.aanleiding.join(" "),
    kern: velden.kern.join(" "),
    toelichting: velden.toelichting.map((z) => `- ${z}`).join("\n"),
    politiekeContext: velden.politiekeContext.join(" "),
    nietOpenbaar: "NVT",
    motivering: "In de openbaar gemaakte versie zijn alle persoonsgegevens geanonimiseerd.",
    beslispunten: velden.beslispunten.map((tekst, j) => ({ volgnummer: j + 1, tekst, oordeel: "akkoord" as const, wijziging: null })),
    paraafronde: null,
    annotaties: [],
    bijlagen: [],
  };
  return { bron, geplant, controle };
}

function publiceerNota(bron: NotaBron, geplant: Geplant[], controle: string[]) {
  const doc = notaDocument(bron);
  const eerste = maakOpenbareVersie(doc, OPTIES);
  const { weglakkingen, afgewezen } = beoordeel(documentKandidaten(eerste.document, [], OPTIES.behouden), controle);
  const tweede = maakOpenbareVersie(doc, { ...OPTIES, weglakkingen });
  if (documentKandidaten(tweede.document, afgewezen, OPTIES.behouden).length > 0) geweigerd++;
  controleer(openbareTekst(tweede.document), geplant, controle);
}

// ------------------------------------------------------------------------------------------------
// PDF bijlagen

async function pdfMet(regels: readonly string[]): Promise<Uint8Array> {
  const doc = new PDFDocument({ info: { Author: "Iemand Anders", Title: "Bijlage" } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const klaar = new Promise<Uint8Array>((resolve) => doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  doc.fontSize(10);
  let y = 60;
  for (const regel of regels) {
    for (const deel of regel.split("\n")) {
      if (y > 740) {
        doc.addPage();
        y = 60;
      }
      doc.text(deel, 60, y, { lineBreak: false });
      y += 14;
    }
  }
  doc.end();
  return klaar;
}

async function publiceerPdf(): Promise<void> {
  const geplant: Geplant[] = [];
  const controle: string[] = [];
  const regels: string[] = [];
  for (let n = int(8, 20); n > 0; n--) {
    const roll = r();
    if (roll < 0.15) {
      const c = kies(CONTROLE);
      if (!controle.includes(c)) {
        controle.push(c);
        regels.push(metInhoud(c));
        continue;
      }
    }
    if (roll < 0.7) {
      const g = r() < 0.6 ? ambtenaarVorm() : derdeVorm();
      geplant.push(g);
      regels.push(metInhoud(g.tekst, g.id));
    } else regels.push(`${zin()}.`);
  }
  const paginas = (await leesPdf(await pdfMet(regels)))!;
  const eerst = paginas.map((p) => planPagina(p, OPTIES));
  const kandidaten = openKandidaten(eerst.map((p, i) => ({ waar: `pagina ${i + 1}`, tekst: p.zichtbaar })), []).filter((k) => !k.tekst.includes(MINISTER));
  const { weglakkingen, afgewezen } = beoordeel(kandidaten, controle);
  const plan = paginas.map((p) => planPagina(p, { ...OPTIES, weglakkingen }));
  if (openKandidaten(plan.map((p, i) => ({ waar: `pagina ${i + 1}`, tekst: p.zichtbaar })), afgewezen).filter((k) => !k.tekst.includes(MINISTER)).length > 0) geweigerd++;
  const uit = await tekenOpenbarePdf(plan, { titel: "Bijlage", auteur: "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties" });
  controleer(await pdfAlleTekst(uit), geplant.map((g) => ({ ...g, vorm: `${g.vorm} (PDF)` })), controle);
}

// ------------------------------------------------------------------------------------------------

const aantalNotas = Number(args.notas);
const aantalPdfs = Number(args.pdfs);
const load = loadavg()[0]!.toFixed(2);
for (let i = 1; i <= aantalNotas; i++) {
  const { bron, geplant, controle } = nota(i);
  publiceerNota(bron, geplant, controle);
}
for (let i = 0; i < aantalPdfs; i++) await publiceerPdf();

const rijen = [...perVorm].sort(([a], [b]) => a.localeCompare(b, "nl"));
const totaalGeplant = rijen.reduce((s, [, t]) => s + t.geplant, 0);
const totaalLekken = rijen.reduce((s, [, t]) => s + t.lekken, 0);
const kop = `Woo-lekbenchmark: ${aantalNotas} nota's, ${aantalPdfs} PDF-bijlagen, seed ${args.seed}, ${PERSONEN.length} ambtenaren; load ${load} op ${cpus().length} cores`;
if (args.markdown) {
  console.log(`${kop}\n`);
  console.log("| Vorm | Geplant | Lekken |");
  console.log("|---|---:|---:|");
  for (const [vorm, t] of rijen) console.log(`| ${vorm} | ${t.geplant} | ${t.lekken} |`);
  console.log(`| **Totaal** | **${totaalGeplant}** | **${totaalLekken}** |\n`);
  for (const [vorm, t] of rijen) for (const v of t.voorbeelden) console.log(`- lek (${vorm}): ${v}`);
  console.log(`Controlezinnen (gewone woorden die op een naam lijken): ${controleGeplant} geplant, ${overRedacties} ten onrechte weggelakt (${((100 * overRedacties) / Math.max(controleGeplant, 1)).toFixed(1)}%)${overVoorbeelden.length ? `: ${overVoorbeelden.join("; ")}` : ""}.`);
  console.log(`Kandidaten op het beoordelingsscherm: ${kandidatenBevestigd} bevestigd, ${kandidatenAfgewezen} afgewezen (in een controlezin). Publicaties geweigerd omdat er na beoordeling nog een kandidaat open stond: ${geweigerd}.`);
} else {
  console.log(kop);
  for (const [vorm, t] of rijen) console.log(`${vorm.padEnd(48)} ${String(t.geplant).padStart(5)} geplant ${String(t.lekken).padStart(4)} lekken${t.voorbeelden.length ? `  bv. ${t.voorbeelden.join("; ")}` : ""}`);
  console.log(`Totaal: ${totaalGeplant} geplant, ${totaalLekken} lekken`);
  console.log(`Over-redacties: ${overRedacties} van ${controleGeplant} controlezinnen${overVoorbeelden.length ? ` (bv. ${overVoorbeelden.join("; ")})` : ""}`);
  console.log(`Kandidaten: ${kandidatenBevestigd} bevestigd, ${kandidatenAfgewezen} afgewezen; geweigerd: ${geweigerd}`);
}
process.exitCode = totaalLekken > 0 ? 1 : 0;
