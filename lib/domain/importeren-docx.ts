// A .docx is read by its structure before the text rules: mammoth turns it into HTML with the
// document's heading styles (Word's English and Dutch names, and the usual ministry template
// names), its numbering (ordered and bullet lists, nested) and its tables; this module turns that
// HTML into the line form lib/domain/importeren.ts reads, keeping what the structure says:
//
// - a heading paragraph becomes "## tekst" (level 1–2) or "### tekst" / "#### tekst" (3, 4+); the
//   importer takes "## " as a section heading when its text names one, otherwise as a sub-heading;
//   the document title (style Title/Titel) becomes "# tekst";
// - list items get their real number ("1.", "2.") or a bullet ("- "); nested items are marked
//   with letters ("a.") or dashes so they stay sub-points;
// - a table row becomes its cells separated by tabs (the bijlagen table, the header table);
// - every other paragraph is a line followed by a blank line.

/** mammoth style map: paragraph styles → HTML elements (in addition to mammoth's defaults). */
export const DOCX_STIJLEN: string[] = [
  "p[style-name='Title'] => h1.titel:fresh",
  "p[style-name='Titel'] => h1.titel:fresh",
  "p[style-name='Kop 1'] => h1:fresh",
  "p[style-name='Kop 2'] => h2:fresh",
  "p[style-name='Kop 3'] => h3:fresh",
  "p[style-name='Kop 4'] => h4:fresh",
  "p[style-name='heading 1'] => h1:fresh",
  "p[style-name='heading 2'] => h2:fresh",
  "p[style-name='heading 3'] => h3:fresh",
  "p[style-name='Rubriekskop'] => h1:fresh",
  "p[style-name='Tussenkop'] => h3:fresh",
  "p[style-name='Subtitle'] => p:fresh",
];

const ENTITEITEN: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function ontsnap(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const n = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return ENTITEITEN[e.toLowerCase()] ?? m;
  });
}

type Knoop = { tag: string; klasse: string; kinderen: Knoop[] } | { tekst: string };

/** A small parser for mammoth's own, well-formed HTML (no scripts, no attributes beyond class/href/src). */
function parse(html: string): Knoop[] {
  const wortel: Knoop = { tag: "#", klasse: "", kinderen: [] };
  const stapel: Extract<Knoop, { tag: string }>[] = [wortel];
  const re = /<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/gi;
  for (const m of html.matchAll(re)) {
    const top = stapel[stapel.length - 1]!;
    if (m[4] !== undefined) {
      top.kinderen.push({ tekst: ontsnap(m[4]) });
      continue;
    }
    const tag = m[2]!.toLowerCase();
    if (m[1]) {
      const i = stapel.map((s) => s.tag).lastIndexOf(tag);
      if (i > 0) stapel.length = i;
      continue;
    }
    if (tag === "br") {
      top.kinderen.push({ tekst: "\n" });
      continue;
    }
    if (tag === "img") {
      const alt = /alt="([^"]*)"/.exec(m[3] ?? "")?.[1];
      if (alt) top.kinderen.push({ tekst: ontsnap(alt) });
      continue;
    }
    const knoop = { tag, klasse: /class="([^"]*)"/.exec(m[3] ?? "")?.[1] ?? "", kinderen: [] as Knoop[] };
    top.kinderen.push(knoop);
    if (!/\/\s*$/.test(m[3] ?? "")) stapel.push(knoop);
  }
  return (wortel as { kinderen: Knoop[] }).kinderen;
}

const BLOK = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "ol", "ul", "table", "li", "tr", "td", "th", "blockquote"]);

/** The text of a node without its nested lists and tables, on one line. */
function tekstVan(k: Knoop, zonderLijsten = false): string {
  if ("tekst" in k) return k.tekst;
  if (zonderLijsten && (k.tag === "ol" || k.tag === "ul" || k.tag === "table")) return "";
  return k.kinderen.map((c) => (("tag" in c && BLOK.has(c.tag) && c.tag !== "ol" && c.tag !== "ul") ? ` ${tekstVan(c, zonderLijsten)} ` : tekstVan(c, zonderLijsten))).join("");
}
const plat = (s: string) => s.replace(/\s+/g, " ").trim();
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** mammoth's HTML of a .docx as the lines the text importer reads. */
export function docxHtmlNaarTekst(html: string): string {
  const uit: string[] = [];
  const leeg = () => {
    if (uit.length && uit[uit.length - 1] !== "") uit.push("");
  };
  const lijst = (k: Extract<Knoop, { tag: string }>, diepte: number) => {
    let n = 0;
    for (const li of k.kinderen) {
      if ("tekst" in li || li.tag !== "li") continue;
      n++;
      const mark = k.tag === "ol" ? (diepte === 0 ? `${n}.` : `${LETTERS[(n - 1) % 26]}.`) : diepte === 0 ? "-" : "–";
      const t = plat(tekstVan(li, true));
      if (t) uit.push(`${"  ".repeat(diepte)}${mark} ${t}`);
      for (const sub of li.kinderen) if ("tag" in sub && (sub.tag === "ol" || sub.tag === "ul")) lijst(sub, diepte + 1);
    }
  };
  const blok = (k: Knoop) => {
    if ("tekst" in k) {
      const t = plat(k.tekst);
      if (t) {
        uit.push(t);
        leeg();
      }
      return;
    }
    const t = () => plat(tekstVan(k));
    switch (k.tag) {
      case "h1":
      case "h2":
        if (t()) {
          leeg();
          uit.push(`${k.klasse.includes("titel") ? "#" : "##"} ${t()}`);
          leeg();
        }
        return;
      case "h3":
      case "h4":
      case "h5":
      case "h6":
        if (t()) {
          leeg();
          uit.push(`${k.tag === "h3" ? "###" : "####"} ${t()}`);
          leeg();
        }
        return;
      case "ol":
      case "ul":
        leeg();
        lijst(k, 0);
        leeg();
        return;
      case "table":
        leeg();
        for (const rij of rijenVan(k)) uit.push(rij.join("\t"));
        leeg();
        return;
      case "p":
      case "blockquote":
        for (const regel of tekstVan(k).split("\n")) if (plat(regel)) uit.push(plat(regel));
        leeg();
        return;
      default:
        for (const c of k.kinderen) blok(c);
    }
  };
  for (const k of parse(html)) blok(k);
  return uit.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

function rijenVan(tabel: Extract<Knoop, { tag: string }>): string[][] {
  const rijen: string[][] = [];
  const loop = (k: Knoop) => {
    if ("tekst" in k) return;
    if (k.tag === "tr") {
      rijen.push(k.kinderen.filter((c): c is Extract<Knoop, { tag: string }> => "tag" in c && (c.tag === "td" || c.tag === "th")).map((c) => plat(tekstVan(c))));
      return;
    }
    for (const c of k.kinderen) loop(c);
  };
  loop(tabel);
  return rijen.filter((r) => r.some(Boolean));
}
