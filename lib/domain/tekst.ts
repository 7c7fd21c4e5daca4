/**
 * Tekstopmaak van nota-secties (Aanleiding, Kern, Toelichting, …)
 *
 * Een sectie is gewone tekst met een kleine, vaste set Markdown-opmaak. Al het andere blijft
 * letterlijk tekst: HTML zoals `<script>` wordt nooit opmaak, maar als tekst getoond.
 *
 * - Alinea's worden gescheiden door een lege regel. Een losse regelovergang binnen een alinea
 *   wordt een spatie.
 * - Opsomming: regels die beginnen met `- ` of `* `. Genummerde lijst: `1. `, `2. `, … (de
 *   nummering wordt altijd vanaf 1 weergegeven). Een item loopt door op de volgende regel als die
 *   inspringt. Eén niveau: ingesprongen items horen bij dezelfde lijst. Een lege regel tussen
 *   items van dezelfde soort houdt de lijst bij elkaar. Een genummerde regel onderbreekt een
 *   alinea alleen als hij met `1. ` begint, zodat "… in\n2025. Daarna …" gewoon tekst blijft.
 * - `**vet**`, `*cursief*` en `_cursief_` (ook `__vet__`). Een `**` zonder sluitteken blijft
 *   gewoon tekst; `_` midden in een woord (zoals in bestand_naam) ook.
 * - Tussenkoppen: `### ` (niveau 3) en `#### ` (niveau 4), op één regel. `#`, `##` en `#####`
 *   zijn geen kop in deze opmaak en blijven als gewone tekst staan.
 * - Niet-openbare passage: `{{5.1.2i: de passage}}`, met meer gronden
 *   `{{5.1.2e, 5.1.2i: de passage}}`. Alleen de codes 5.1.1a–e, 5.1.2a–i, 5.1.5 en 5.2 (precies
 *   zo geschreven). De passage staat binnen één alinea, kop of lijstitem, mag vet en cursief
 *   bevatten en kan niet genest worden. In de openbare versie wordt de hele passage vervangen
 *   door de gronden, bijvoorbeeld `[5.1.2i]`.
 * - Een backslash maakt een leesteken letterlijk: `\*`, `\_`, `\{`, `\#`, `\-`, `\\`.
 *   Elke `{{` begint een passage; wie `{{` als tekst wil, schrijft `\{{`.
 *
 * Een tekst wordt geweigerd (met regelnummer) bij: een onbekende Woo-grond, een passage zonder
 * grond, dezelfde grond twee keer of 5.1.5 samen met een andere 5.1-grond, een `{{` zonder `}}`
 * (ook een passage binnen een passage), en een lege passage. Zo wordt een bedoelde weglating
 * nooit stilzwijgend openbaar.
 */

import { checkGrondenCombinatie, isWooGrond, onbekendeWooGrondMelding, type WooGrond } from "@/lib/domain/woo-gronden";

// ---------------------------------------------------------------------------------------------
// AST

export type Inline =
  | { type: "tekst"; tekst: string }
  | { type: "vet"; inhoud: Inline[] }
  | { type: "cursief"; inhoud: Inline[] }
  | { type: "nietOpenbaar"; gronden: WooGrond[]; inhoud: Inline[] };

export type TekstBlok =
  | { type: "alinea"; inhoud: Inline[] }
  | { type: "kop"; niveau: 3 | 4; inhoud: Inline[] }
  | { type: "lijst"; geordend: boolean; items: Inline[][] };

export type TekstFoutCode = "ONBEKENDE_GROND" | "ONGELDIGE_COMBINATIE" | "NIET_AFGESLOTEN" | "LEGE_PASSAGE";

export interface TekstFout {
  code: TekstFoutCode;
  /** Dutch, names the line and, for an unknown ground, the bad code. */
  melding: string;
  /** 1-based line of the source where the problem starts. */
  regel: number;
}

export interface GeparseerdeTekst {
  blokken: TekstBlok[];
  fouten: TekstFout[];
}

export interface WeergaveOpties {
  /** true for the Woo public version: not-public passages are replaced by their grounds. */
  openbaar?: boolean;
}

export const TEKST_MAX_LENGTE = 100_000;

// Deeper bold/italic nesting than this is left as literal text, so rendering never recurses deep.
const MAX_DIEPTE = 16;
// A passage header ("5.1.2e, 5.1.2i") is looked for this far after "{{".
const MAX_KOPTEKST = 100;

// ---------------------------------------------------------------------------------------------
// Blocks

interface Deel {
  tekst: string;
  regel: number;
}

type OpenBlok =
  | { soort: "alinea"; delen: Deel[] }
  | { soort: "lijst"; geordend: boolean; items: Deel[][]; naLegeRegel: boolean };

const KOP = /^[ \t]*(#{3,4})[ \t]+(\S.*)$/;
const OPSOMMING = /^[ \t]*[-*][ \t]+(.*)$/;
const GENUMMERD = /^[ \t]*(\d{1,9})\.[ \t]+(.*)$/;
const INGESPRONGEN = /^[ \t]/;

/** Parses section text into blocks; never throws. `fouten` is empty for a text that may be saved. */
export function parseText(bron: string): GeparseerdeTekst {
  const blokken: TekstBlok[] = [];
  const fouten: TekstFout[] = [];
  let open: OpenBlok | null = null;

  const sluit = () => {
    if (open?.soort === "alinea") {
      const inhoud = parseInline(open.delen, fouten);
      if (inhoud.length > 0) blokken.push({ type: "alinea", inhoud });
    } else if (open?.soort === "lijst") {
      const items = open.items.map((delen) => parseInline(delen, fouten)).filter((item) => item.length > 0);
      if (items.length > 0) blokken.push({ type: "lijst", geordend: open.geordend, items });
    }
    open = null;
  };

  const regels = bron.replace(/\r\n?/g, "\n").split("\n");
  regels.forEach((lijn, index) => {
    const regel = index + 1;
    if (lijn.trim() === "") {
      if (open?.soort === "lijst") open.naLegeRegel = true;
      else sluit();
      return;
    }

    const kop = KOP.exec(lijn);
    if (kop) {
      sluit();
      const inhoud = parseInline([{ tekst: (kop[2] ?? "").trim(), regel }], fouten);
      blokken.push({ type: "kop", niveau: kop[1] === "###" ? 3 : 4, inhoud });
      return;
    }

    const opsomming = OPSOMMING.exec(lijn);
    const genummerd = opsomming ? null : GENUMMERD.exec(lijn);
    const item = opsomming?.[1] ?? genummerd?.[2];
    if (item !== undefined) {
      const geordend = genummerd !== null;
      const huidig = open as OpenBlok | null;
      if (genummerd && huidig?.soort === "alinea" && Number(genummerd[1]) !== 1) {
        huidig.delen.push({ tekst: lijn.trim(), regel });
      } else if (huidig?.soort === "lijst" && huidig.geordend === geordend) {
        huidig.items.push([{ tekst: item.trim(), regel }]);
        huidig.naLegeRegel = false;
      } else {
        sluit();
        open = { soort: "lijst", geordend, items: [[{ tekst: item.trim(), regel }]], naLegeRegel: false };
      }
      return;
    }

    const deel = { tekst: lijn.trim(), regel };
    const huidig = open as OpenBlok | null;
    if (huidig?.soort === "lijst" && !huidig.naLegeRegel && INGESPRONGEN.test(lijn)) {
      huidig.items.at(-1)?.push(deel);
    } else if (huidig?.soort === "alinea") {
      huidig.delen.push(deel);
    } else {
      sluit();
      open = { soort: "alinea", delen: [deel] };
    }
  });
  sluit();
  return { blokken, fouten };
}

// ---------------------------------------------------------------------------------------------
// Inline: passages first (they are isolated levels), bold/italic matched per level with a
// delimiter stack in the manner of CommonMark, simplified.

type Item =
  | { soort: "node"; node: Inline; diepte: number }
  | { soort: "delim"; teken: "*" | "_"; aantal: number };

interface Niveau {
  items: Item[];
  /** Indices into items of delimiter runs that may still open, per character. */
  openers: { "*": number[]; _: number[] };
  /** null on the block level; set inside a {{…}} passage. */
  passage: { pos: number; gronden: WooGrond[] } | null;
  /** Nested "{{" inside this passage, kept as text (and reported); their "}}" too. */
  genest: number;
}

const LEESTEKEN = /[!-/:-@[-`{-~]/;
const LETTER_OF_CIJFER = /[\p{L}\p{N}]/u;
const WITRUIMTE = /\s/;
const SPECIAAL = /[\\{}*_]/g;

function nieuwNiveau(passage: Niveau["passage"]): Niveau {
  return { items: [], openers: { "*": [], _: [] }, passage, genest: 0 };
}

function parseInline(delen: readonly Deel[], fouten: TekstFout[]): Inline[] {
  const gevuld = delen.filter((d) => d.tekst !== "");
  if (gevuld.length === 0) return [];
  const begin: number[] = [];
  let s = "";
  for (const deel of gevuld) {
    if (s !== "") s += " ";
    begin.push(s.length);
    s += deel.tekst;
  }
  const regelVan = (pos: number): number => {
    let lo = 0;
    let hi = begin.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((begin[mid] ?? 0) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return gevuld[lo]?.regel ?? 1;
  };

  const niveaus: Niveau[] = [nieuwNiveau(null)];
  const huidig = () => niveaus[niveaus.length - 1] as Niveau;

  const sluitPassage = (afgesloten: boolean) => {
    const niveau = niveaus.pop() as Niveau;
    const passage = niveau.passage as NonNullable<Niveau["passage"]>;
    const inhoud = trimInlines(afronden(niveau.items));
    if (afgesloten && inhoud.length === 0) {
      fouten.push({ code: "LEGE_PASSAGE", melding: `Lege niet-openbare passage in regel ${regelVan(passage.pos)}: zet de tekst tussen ":" en "}}".`, regel: regelVan(passage.pos) });
    }
    voegNodeToe(huidig(), { type: "nietOpenbaar", gronden: passage.gronden, inhoud }, 1 + maxDiepte(niveau.items));
  };

  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    const niveau = huidig();
    if (c === "\\") {
      const volgend = s[i + 1];
      if (volgend !== undefined && LEESTEKEN.test(volgend)) {
        voegTekstToe(niveau, volgend);
        i += 2;
      } else {
        voegTekstToe(niveau, "\\");
        i += 1;
      }
    } else if (c === "{" && s[i + 1] === "{") {
      const regel = regelVan(i);
      if (niveau.passage) {
        fouten.push({
          code: "NIET_AFGESLOTEN",
          melding: `De passage in regel ${regelVan(niveau.passage.pos)} is niet afgesloten met "}}" voordat in regel ${regel} een nieuwe "{{" begint. Passages kunnen niet genest worden.`,
          regel,
        });
        niveau.genest += 1;
        voegTekstToe(niveau, "{{");
        i += 2;
        continue;
      }
      let dubbelepunt = -1;
      for (let m = i + 2; m < s.length && m < i + 2 + MAX_KOPTEKST; m++) {
        if (s[m] === ":") {
          dubbelepunt = m;
          break;
        }
        if ((s[m] === "{" && s[m + 1] === "{") || (s[m] === "}" && s[m + 1] === "}")) break;
      }
      const gronden = dubbelepunt >= 0 ? leesGronden(s.slice(i + 2, dubbelepunt), regel, fouten) : [];
      if (dubbelepunt < 0) fouten.push(geenGrond(regel));
      niveaus.push(nieuwNiveau({ pos: i, gronden }));
      i = dubbelepunt >= 0 ? dubbelepunt + 1 : i + 2;
    } else if (c === "}" && s[i + 1] === "}") {
      if (niveau.passage && niveau.genest > 0) {
        niveau.genest -= 1;
        voegTekstToe(niveau, "}}");
      } else if (niveau.passage) {
        sluitPassage(true);
      } else {
        voegTekstToe(niveau, "}}");
      }
      i += 2;
    } else if (c === "*" || c === "_") {
      let aantal = 1;
      while (s[i + aantal] === c) aantal++;
      const voor = s[i - 1];
      const na = s[i + aantal];
      const linksFlank = na !== undefined && !WITRUIMTE.test(na);
      const rechtsFlank = voor !== undefined && !WITRUIMTE.test(voor);
      const kanOpenen = c === "*" ? linksFlank : linksFlank && !(voor !== undefined && LETTER_OF_CIJFER.test(voor));
      const kanSluiten = c === "*" ? rechtsFlank : rechtsFlank && !(na !== undefined && LETTER_OF_CIJFER.test(na));
      voegDelimToe(niveau, c, aantal, kanOpenen, kanSluiten);
      i += aantal;
    } else {
      SPECIAAL.lastIndex = i + 1;
      const m = SPECIAAL.exec(s);
      const einde = m ? m.index : s.length;
      voegTekstToe(niveau, s.slice(i, einde));
      i = einde;
    }
  }
  while (niveaus.length > 1) {
    const passage = huidig().passage as NonNullable<Niveau["passage"]>;
    const regel = regelVan(passage.pos);
    fouten.push({ code: "NIET_AFGESLOTEN", melding: `De niet-openbare passage in regel ${regel} is niet afgesloten met "}}".`, regel });
    // Fail closed: the rest of the block stays inside the passage.
    sluitPassage(false);
  }
  return afronden(huidig().items);
}

function geenGrond(regel: number): TekstFout {
  return {
    code: "ONBEKENDE_GROND",
    melding: `De niet-openbare passage in regel ${regel} noemt geen Woo-grond. Schrijf bijvoorbeeld {{5.1.2e: de passage}}.`,
    regel,
  };
}

function leesGronden(koptekst: string, regel: number, fouten: TekstFout[]): WooGrond[] {
  const bekend: WooGrond[] = [];
  let onbekend = 0;
  for (const deel of koptekst.split(",")) {
    const code = deel.trim();
    if (code === "") continue;
    if (isWooGrond(code)) {
      bekend.push(code);
    } else {
      onbekend++;
      fouten.push({ code: "ONBEKENDE_GROND", melding: onbekendeWooGrondMelding(code, ` in regel ${regel}`), regel });
    }
  }
  if (bekend.length === 0 && onbekend === 0) fouten.push(geenGrond(regel));
  const combinatie = checkGrondenCombinatie(bekend);
  if (combinatie) fouten.push({ code: "ONGELDIGE_COMBINATIE", melding: `Regel ${regel}: ${combinatie}`, regel });
  return [...new Set(bekend)];
}

function voegTekstToe(niveau: Niveau, tekst: string) {
  const laatste = niveau.items[niveau.items.length - 1];
  if (laatste?.soort === "node" && laatste.node.type === "tekst") {
    niveau.items[niveau.items.length - 1] = { soort: "node", node: { type: "tekst", tekst: laatste.node.tekst + tekst }, diepte: 0 };
  } else {
    niveau.items.push({ soort: "node", node: { type: "tekst", tekst }, diepte: 0 });
  }
}

function voegNodeToe(niveau: Niveau, node: Inline, diepte: number) {
  niveau.items.push({ soort: "node", node, diepte });
}

function voegDelimToe(niveau: Niveau, teken: "*" | "_", aantal: number, kanOpenen: boolean, kanSluiten: boolean) {
  const stapel = niveau.openers[teken];
  const andere = niveau.openers[teken === "*" ? "_" : "*"];
  let rest = aantal;
  while (kanSluiten && rest > 0 && stapel.length > 0) {
    const openerIndex = stapel[stapel.length - 1] as number;
    const opener = niveau.items[openerIndex];
    if (opener?.soort !== "delim") break;
    const inhoudItems = niveau.items.slice(openerIndex + 1);
    const diepte = 1 + maxDiepte(inhoudItems);
    if (diepte > MAX_DIEPTE) {
      // Every opener further left would wrap this content too: give them all up.
      stapel.length = 0;
      while (andere.length > 0 && (andere[0] as number) < openerIndex) andere.shift();
      break;
    }
    const gebruik = rest >= 2 && opener.aantal >= 2 ? 2 : 1;
    niveau.items.length = openerIndex + 1;
    while (andere.length > 0 && (andere[andere.length - 1] as number) > openerIndex) andere.pop();
    opener.aantal -= gebruik;
    rest -= gebruik;
    if (opener.aantal === 0) {
      niveau.items.pop();
      stapel.pop();
    }
    const inhoud = afronden(inhoudItems);
    niveau.items.push({ soort: "node", node: gebruik === 2 ? { type: "vet", inhoud } : { type: "cursief", inhoud }, diepte });
  }
  if (rest > 0) {
    niveau.items.push({ soort: "delim", teken, aantal: rest });
    if (kanOpenen) stapel.push(niveau.items.length - 1);
  }
}

function maxDiepte(items: readonly Item[]): number {
  let max = 0;
  for (const item of items) if (item.soort === "node" && item.diepte > max) max = item.diepte;
  return max;
}

/** Unmatched delimiters become text; adjacent text merges; empty text disappears. */
function afronden(items: readonly Item[]): Inline[] {
  return normaliseer(items.map((item): Inline => (item.soort === "node" ? item.node : { type: "tekst", tekst: item.teken.repeat(item.aantal) })));
}

function normaliseer(inlines: readonly Inline[]): Inline[] {
  const uit: Inline[] = [];
  for (const inline of inlines) {
    if (inline.type === "tekst") {
      if (inline.tekst === "") continue;
      const laatste = uit[uit.length - 1];
      if (laatste?.type === "tekst") {
        uit[uit.length - 1] = { type: "tekst", tekst: laatste.tekst + inline.tekst };
        continue;
      }
    }
    uit.push(inline);
  }
  return uit;
}

/** Drops the blanks right after "{{grond:" and right before "}}". */
function trimInlines(inlines: Inline[]): Inline[] {
  const uit = [...inlines];
  const eerste = uit[0];
  if (eerste?.type === "tekst") uit[0] = { type: "tekst", tekst: eerste.tekst.trimStart() };
  const laatste = uit[uit.length - 1];
  if (laatste?.type === "tekst") uit[uit.length - 1] = { type: "tekst", tekst: laatste.tekst.trimEnd() };
  return normaliseer(uit);
}

// ---------------------------------------------------------------------------------------------
// Validation

// (the zod schema for a section's text is in tekst-schema.ts: the browser reads this module)

// ---------------------------------------------------------------------------------------------
// Walking the tree

function inlineLijsten(blok: TekstBlok): Inline[][] {
  return blok.type === "lijst" ? blok.items : [blok.inhoud];
}

/** The ground codes used in a text, each once, in order of first use. */
export function gebruikteGronden(bron: string | readonly TekstBlok[]): WooGrond[] {
  const blokken = typeof bron === "string" ? parseText(bron).blokken : bron;
  const gevonden = new Set<WooGrond>();
  const loop = (inlines: readonly Inline[]) => {
    for (const inline of inlines) {
      if (inline.type === "tekst") continue;
      if (inline.type === "nietOpenbaar") for (const g of inline.gronden) gevonden.add(g);
      loop(inline.inhoud);
    }
  };
  for (const blok of blokken) for (const inlines of inlineLijsten(blok)) loop(inlines);
  return [...gevonden];
}

/** "[5.1.2e, 5.1.2i]": what the public version shows instead of a withheld passage. */
export function weglatingLabel(gronden: readonly WooGrond[]): string {
  return `[${gronden.length > 0 ? gronden.join(", ") : "niet openbaar"}]`;
}

const HTML_TEKENS: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(tekst: string): string {
  return tekst.replace(/[&<>"']/g, (c) => HTML_TEKENS[c] ?? c);
}

function htmlInlines(inlines: readonly Inline[], openbaar: boolean): string {
  let uit = "";
  for (const inline of inlines) {
    switch (inline.type) {
      case "tekst":
        uit += escapeHtml(inline.tekst);
        break;
      case "vet":
        uit += `<strong>${htmlInlines(inline.inhoud, openbaar)}</strong>`;
        break;
      case "cursief":
        uit += `<em>${htmlInlines(inline.inhoud, openbaar)}</em>`;
        break;
      case "nietOpenbaar":
        uit += openbaar
          ? `<span class="br-weggelakt">${escapeHtml(weglatingLabel(inline.gronden))}</span>`
          : `<mark class="br-niet-openbaar" data-gronden="${escapeHtml(inline.gronden.join(" "))}">${htmlInlines(inline.inhoud, openbaar)}</mark>`;
        break;
    }
  }
  return uit;
}

/**
 * Safe HTML for the blocks: every text is escaped, the only tags are p, h3, h4, ul, ol, li,
 * strong, em, mark and span. Blocks are separated by a newline. Not-public passages are marked
 * (`<mark class="br-niet-openbaar" data-gronden="5.1.2e 5.1.2i">`, grounds space-separated) or,
 * with `openbaar: true`, replaced by `<span class="br-weggelakt">[5.1.2e, 5.1.2i]</span>`.
 */
export function renderHtml(blokken: readonly TekstBlok[], opties: WeergaveOpties = {}): string {
  const openbaar = opties.openbaar === true;
  return blokken
    .map((blok) => {
      switch (blok.type) {
        case "alinea":
          return `<p>${htmlInlines(blok.inhoud, openbaar)}</p>`;
        case "kop":
          return `<h${blok.niveau}>${htmlInlines(blok.inhoud, openbaar)}</h${blok.niveau}>`;
        case "lijst": {
          const tag = blok.geordend ? "ol" : "ul";
          return `<${tag}>${blok.items.map((item) => `<li>${htmlInlines(item, openbaar)}</li>`).join("")}</${tag}>`;
        }
      }
    })
    .join("\n");
}

function tekstInlines(inlines: readonly Inline[], openbaar: boolean): string {
  let uit = "";
  for (const inline of inlines) {
    if (inline.type === "tekst") uit += inline.tekst;
    else if (inline.type === "nietOpenbaar" && openbaar) uit += weglatingLabel(inline.gronden);
    else uit += tekstInlines(inline.inhoud, openbaar);
  }
  return uit;
}

/**
 * The text without markup: blocks separated by a blank line, list items on their own line with
 * "- " or "1. ". Not-public passages show their content (unmarked), or with `openbaar: true`
 * only "[5.1.2e]".
 */
export function plainText(blokken: readonly TekstBlok[], opties: WeergaveOpties = {}): string {
  const openbaar = opties.openbaar === true;
  return blokken
    .map((blok) => {
      if (blok.type !== "lijst") return tekstInlines(blok.inhoud, openbaar);
      return blok.items.map((item, i) => `${blok.geordend ? `${i + 1}.` : "-"} ${tekstInlines(item, openbaar)}`).join("\n");
    })
    .join("\n\n");
}

export interface TekstContext {
  /** true when the text lies inside a not-public passage. */
  nietOpenbaar: boolean;
}

/**
 * A new tree in which every plain text leaf (inside not-public passages too) is replaced by what
 * `fn` returns for it, e.g. an official's name by
 * `{ type: "nietOpenbaar", gronden: ["5.1.2e"], inhoud: [{ type: "tekst", tekst: naam }] }`.
 * The result of `fn` is not mapped again. Adjacent text is merged and empty text dropped, so the
 * result is a normal tree for renderHtml, plainText and gebruikteGronden.
 */
export function mapText(blokken: readonly TekstBlok[], fn: (tekst: string, context: TekstContext) => Inline[]): TekstBlok[] {
  const map = (inlines: readonly Inline[], binnen: boolean): Inline[] =>
    normaliseer(
      inlines.flatMap((inline): Inline[] => {
        switch (inline.type) {
          case "tekst":
            return fn(inline.tekst, { nietOpenbaar: binnen });
          case "vet":
          case "cursief":
            return [{ type: inline.type, inhoud: map(inline.inhoud, binnen) }];
          case "nietOpenbaar":
            return [{ type: "nietOpenbaar", gronden: [...inline.gronden], inhoud: map(inline.inhoud, true) }];
        }
      }),
    );
  return blokken.map((blok): TekstBlok => {
    switch (blok.type) {
      case "alinea":
        return { type: "alinea", inhoud: map(blok.inhoud, false) };
      case "kop":
        return { type: "kop", niveau: blok.niveau, inhoud: map(blok.inhoud, false) };
      case "lijst":
        return { type: "lijst", geordend: blok.geordend, items: blok.items.map((item) => map(item, false)) };
    }
  });
}
