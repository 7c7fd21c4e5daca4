// Reading exported documents back in tests: PDF text and metadata (poppler-utils), XML schema
// validation (libxml2-utils), and the parts of a .docx or .zip (fflate).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";

const TOOLS: Record<string, string> = {
  pdftotext: "apt-get install -y poppler-utils",
  pdfinfo: "apt-get install -y poppler-utils",
  xmllint: "apt-get install -y libxml2-utils",
  qpdf: "apt-get install -y qpdf",
};

/** Runs a command-line tool on a temporary file; a missing tool fails loudly with the apt command. */
function metBestand(bytes: Uint8Array | string, naam: string, tool: string, args: (pad: string) => string[]): { stdout: string; stderr: string; status: number | null } {
  const dir = mkdtempSync(join(tmpdir(), "br-export-"));
  const pad = join(dir, naam);
  try {
    writeFileSync(pad, bytes);
    const r = spawnSync(tool, args(pad), { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (r.error && (r.error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Error(`${tool} ontbreekt op deze machine. Installeer het met: ${TOOLS[tool] ?? `apt-get install ${tool}`}`);
    }
    return { stdout: r.stdout, stderr: r.stderr, status: r.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF as pdftotext -layout reads it. */
export function pdfText(bytes: Uint8Array): string {
  const r = metBestand(bytes, "document.pdf", "pdftotext", (p) => ["-layout", "-enc", "UTF-8", p, "-"]);
  if (r.status !== 0) throw new Error(`pdftotext faalde: ${r.stderr}`);
  return r.stdout;
}

/** pdfinfo's fields (Title, Author, Creator, Producer, Tagged, Pages, Page size, PDF version …). */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const r = metBestand(bytes, "document.pdf", "pdfinfo", (p) => [p]);
  if (r.status !== 0) throw new Error(`pdfinfo faalde: ${r.stderr}`);
  return Object.fromEntries(
    r.stdout
      .split("\n")
      .map((l) => /^([^:]+):\s*(.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!.trim(), m[2]!.trim()]),
  );
}

/** The structure tree of a tagged PDF (pdfinfo -struct-text). */
export function pdfStructuur(bytes: Uint8Array): string {
  const r = metBestand(bytes, "document.pdf", "pdfinfo", (p) => ["-struct-text", p]);
  if (r.status !== 0) throw new Error(`pdfinfo -struct-text faalde: ${r.stderr}`);
  return r.stdout;
}

/** The raw XMP metadata stream of a PDF, as far as pdfinfo shows it. */
export function pdfXmp(bytes: Uint8Array): string {
  return metBestand(bytes, "document.pdf", "pdfinfo", (p) => ["-meta", p]).stdout;
}

/** Every object of a PDF as qpdf writes it in QDF form (streams uncompressed, no object streams), as Latin-1 text. */
export function pdfQdfTekst(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "br-qpdf-"));
  try {
    const uit = join(dir, "qdf.pdf");
    const r = metBestand(bytes, "document.pdf", "qpdf", (p) => ["--qdf", "--object-streams=disable", p, uit]);
    if (r.status !== 0 && r.status !== 3) throw new Error(`qpdf faalde: ${r.stderr}`);
    return readFileSync(uit, "latin1");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Validates XML against an XSD with xmllint --nonet; returns xmllint's verdict. */
export function xmllintValidate(xml: string, xsd: string): { ok: boolean; output: string } {
  const r = metBestand(xml, "record.xml", "xmllint", (p) => ["--nonet", "--noout", "--schema", xsd, p]);
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

/** The entries of a zip (a .docx is one), as name → bytes. */
export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function unzipText(bytes: Uint8Array, naam: string): string {
  const entry = unzipSync(bytes)[naam];
  if (!entry) throw new Error(`${naam} ontbreekt in het archief`);
  return strFromU8(entry);
}

/** The visible text of word/document.xml, paragraph by paragraph. */
export function docxParagrafen(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((m) => (m[0] === "<w:tab/>" ? "\t" : (m[1] ?? "")))
      .join("")
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'"),
  );
}

/** Asserts that each needle occurs in `haystack` after the previous one; returns the positions. */
export function posities(haystack: string, needles: readonly string[]): number[] {
  const uit: number[] = [];
  let vanaf = 0;
  for (const n of needles) {
    const i = haystack.indexOf(n, vanaf);
    if (i < 0) throw new Error(`"${n}" niet gevonden na positie ${vanaf}:\n${haystack}`);
    uit.push(i);
    vanaf = i + n.length;
  }
  return uit;
}

/** A line of text on a PDF page as pdftotext -bbox-layout places it (points, from the top left). */
export interface PdfRegel {
  tekst: string;
  x: number;
  y: number;
  hoogte: number;
}

/** The lines of one page (1-based) with their positions and heights. */
export function pdfRegels(bytes: Uint8Array, pagina: number): PdfRegel[] {
  const r = metBestand(bytes, "document.pdf", "pdftotext", (p) => ["-bbox-layout", "-f", String(pagina), "-l", String(pagina), p, "-"]);
  if (r.status !== 0) throw new Error(`pdftotext -bbox-layout faalde: ${r.stderr}`);
  return [...r.stdout.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((m) => ({
    tekst: [...m[4]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]!.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'")).join(" "),
    x: Number(m[1]),
    y: Number(m[2]),
    hoogte: Number(m[3]) - Number(m[2]),
  }));
}

/** Every object of a PDF as qpdf --json=2 gives them ("obj:3 0 R" → value or stream dictionary), and the trailer. */
export function pdfObjecten(bytes: Uint8Array): { trailer: Record<string, unknown>; objecten: Record<string, Record<string, unknown>> } {
  const r = metBestand(bytes, "document.pdf", "qpdf", (p) => ["--json=2", "--json-key=qpdf", p]);
  if (r.status !== 0) throw new Error(`qpdf --json faalde: ${r.stderr}`);
  const d = (JSON.parse(r.stdout) as { qpdf: [unknown, Record<string, { value?: Record<string, unknown>; stream?: { dict: Record<string, unknown> } }>] }).qpdf[1];
  const objecten = Object.fromEntries(Object.entries(d).map(([k, v]) => [k, (v.value ?? v.stream?.dict ?? {}) as Record<string, unknown>]));
  return { trailer: objecten.trailer!, objecten };
}

/** Follows an indirect reference ("5 0 R") in pdfObjecten's result. */
export function pdfVolg(o: ReturnType<typeof pdfObjecten>, ref: unknown): Record<string, unknown> {
  return typeof ref === "string" && /^\d+ \d+ R$/.test(ref) ? (o.objecten[`obj:${ref}`] ?? {}) : ((ref ?? {}) as Record<string, unknown>);
}

/**
 * The images drawn on each page: where and how large, in points from the page's top left corner.
 * Read from the uncompressed content streams (qpdf --qdf): the page's own flip
 * "1 0 0 -1 0 H cm" and the image's "w 0 0 -h x y cm /In Do".
 */
export function pdfAfbeeldingen(bytes: Uint8Array): { pagina: number; x: number; top: number; breedte: number; hoogte: number }[] {
  const dir = mkdtempSync(join(tmpdir(), "br-qdf-"));
  try {
    writeFileSync(join(dir, "in.pdf"), bytes);
    const q = spawnSync("qpdf", ["--qdf", "--object-streams=disable", join(dir, "in.pdf"), join(dir, "uit.pdf")], { encoding: "utf8" });
    if (q.error) throw new Error(`qpdf ontbreekt op deze machine. Installeer het met: ${TOOLS.qpdf}`);
    const tekst = readFileSync(join(dir, "uit.pdf"), "latin1");
    const uit: { pagina: number; x: number; top: number; breedte: number; hoogte: number }[] = [];
    // qpdf --qdf writes "%% Contents for page N" before each page's content stream.
    const delen = tekst.split(/%% Contents for page (\d+)/);
    for (let i = 1; i < delen.length; i += 2) {
      const pagina = Number(delen[i]);
      const stroom = delen[i + 1]!.split("endstream")[0]!;
      const flip = /1 0 0 -1 0 ([\d.]+) cm/.exec(stroom);
      if (!flip) throw new Error(`pagina ${pagina}: geen omkering van de y-as gevonden`);
      for (const m of stroom.matchAll(/([\d.]+) 0 0 (-?[\d.]+) ([\d.]+) ([\d.]+) cm\s*\/I\d+ Do/g)) {
        const [b, h, x, y] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
        // In the flipped space the image spans y … y + h (h < 0): its top edge is at y + h.
        uit.push({ pagina, x, top: Math.min(y, y + h), breedte: b, hoogte: Math.abs(h) });
      }
    }
    return uit;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
