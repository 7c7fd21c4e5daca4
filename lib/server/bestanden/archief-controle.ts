import "server-only";
// Unpacking and parsing uploads off the main event loop, within limits. Every upload that is a ZIP
// archive (.docx, .xlsx, .odt) passes here before it is parsed or stored:
//
// 1. on the main thread, the central directory only (lib/domain/zip-archief.ts): declared expanded
//    size at most 100 MB in total, a compression ratio of at most 100, at most 5000 entries;
// 2. in a worker thread (node:worker_threads) with a time limit and a memory limit: every entry is
//    inflated in small steps and counted, so an archive whose real size exceeds what it declared is
//    stopped as soon as it does; then, for an import, mammoth turns the .docx into HTML there.
//
// A refusal is an AppError: 413 for too large or too compressed, 400 for damaged or too slow, 503
// when too many documents are being read at once. The main thread never inflates anything itself.
import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import { controleerZip, ZIP_GRENZEN, type ZipGrenzen } from "@/lib/domain/zip-archief";
import { DOCX_STIJLEN } from "@/lib/domain/importeren-docx";

export const TIJDSLIMIET_MS = 10_000;
const GELIJKTIJDIG = 2;
const MAX_WACHTRIJ = 8;

// The worker's own code: plain CommonJS, so it runs as it is under `next start`, the tests and the
// scripts alike (no bundler involved); its packages are resolved from the application's folder.
const WORKER_CODE = String.raw`
const { parentPort, workerData } = require("node:worker_threads");
const { createRequire } = require("node:module");
const path = require("node:path");
const laad = createRequire(path.join(workerData.basis, "package.json"));
const { Inflate } = laad("fflate");
const bytes = new Uint8Array(workerData.bytes);
const u16 = (o) => bytes[o] | (bytes[o + 1] << 8);
function controleer() {
  let totaal = 0;
  for (const it of workerData.items) {
    const naam = u16(it.lokaleKop + 26), extra = u16(it.lokaleKop + 28);
    const begin = it.lokaleKop + 30 + naam + extra;
    const data = bytes.subarray(begin, begin + it.gecomprimeerd);
    if (it.methode === 0) { totaal += data.length; continue; }
    let uit = 0, fout = null;
    const inflate = new Inflate((chunk) => {
      uit += chunk.length; totaal += chunk.length;
      if (uit > it.uitgepakt || totaal > workerData.maxUitgepakt) { fout = "te_groot"; throw new Error("te_groot"); }
    });
    try {
      for (let p = 0; p < data.length; p += 16384) inflate.push(data.subarray(p, Math.min(p + 16384, data.length)), p + 16384 >= data.length);
      if (data.length === 0) inflate.push(new Uint8Array(0), true);
    } catch (e) {
      return fout || "ongeldig";
    }
    if (uit !== it.uitgepakt) return "ongeldig";
  }
  return null;
}
(async () => {
  const fout = controleer();
  if (fout) return parentPort.postMessage({ ok: false, reden: fout });
  if (workerData.taak !== "docx-html") return parentPort.postMessage({ ok: true });
  const mammoth = laad("mammoth");
  const r = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    { styleMap: workerData.stijlen, includeDefaultStyleMap: true, ignoreEmptyParagraphs: true,
      convertImage: mammoth.images.imgElement(async (image) => ({ src: "", alt: image.altText || "" })) },
  );
  parentPort.postMessage({ ok: true, html: r.value });
})().catch(() => parentPort.postMessage({ ok: false, reden: "onleesbaar" }));
`;

let actief = 0;
const wachtrij: (() => void)[] = [];

async function beurt<T>(werk: () => Promise<T>): Promise<T> {
  if (actief >= GELIJKTIJDIG) {
    if (wachtrij.length >= MAX_WACHTRIJ) throw new AppError("SERVICE_UNAVAILABLE", "Er worden nu te veel documenten tegelijk gelezen. Probeer het over een minuut opnieuw.");
    await new Promise<void>((klaar) => wachtrij.push(klaar));
  }
  actief++;
  try {
    return await werk();
  } finally {
    actief--;
    wachtrij.shift()?.();
  }
}

export interface ArchiefOpties {
  tijdslimietMs?: number;
  grenzen?: ZipGrenzen;
  /** How the file is named in messages: "Het document", "De bijlage". */
  wat?: string;
}

const fout = (code: "PAYLOAD_TOO_LARGE" | "VALIDATION_FAILED", melding: string) => new AppError(code, melding, [{ path: "bestand", message: melding }]);

/**
 * Checks a ZIP-based upload (declared sizes, then real sizes in a worker) and, for "docx-html",
 * answers the document as HTML (mammoth, with the heading style map of the importer).
 */
export async function leesArchief(bytes: Uint8Array, taak: "controle" | "docx-html", opties: ArchiefOpties = {}): Promise<{ html?: string }> {
  const grenzen = opties.grenzen ?? ZIP_GRENZEN;
  const wat = opties.wat ?? "Het bestand";
  const limiet = opties.tijdslimietMs ?? TIJDSLIMIET_MS;
  const c = controleerZip(bytes, grenzen);
  if (!c.ok) throw fout(c.reden === "ongeldig" || c.reden === "methode" ? "VALIDATION_FAILED" : "PAYLOAD_TOO_LARGE", c.melding);
  return beurt(
    () =>
      new Promise<{ html?: string }>((resolve, reject) => {
        const worker = new Worker(WORKER_CODE, {
          eval: true,
          workerData: { bytes, items: c.items, maxUitgepakt: grenzen.maxUitgepakt, taak, stijlen: DOCX_STIJLEN, basis: process.cwd() },
          resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 },
        });
        let klaar = false;
        const einde = (f: () => void) => {
          if (klaar) return;
          klaar = true;
          clearTimeout(klok);
          void worker.terminate();
          f();
        };
        const klok = setTimeout(
          () => einde(() => reject(fout("VALIDATION_FAILED", `${wat} kon niet binnen ${Math.round(limiet / 1000) || 1} seconden worden gelezen en is afgebroken. Is het erg groot of ingewikkeld? Plak dan de tekst.`))),
          limiet,
        );
        worker.on("message", (m: { ok: boolean; reden?: string; html?: string }) =>
          einde(() => {
            if (m.ok) resolve(m.html === undefined ? {} : { html: m.html });
            else if (m.reden === "te_groot") reject(fout("PAYLOAD_TOO_LARGE", `${wat} pakt uit tot meer dan het opgegeven of toegestane formaat (hoogstens ${Math.round(grenzen.maxUitgepakt / (1024 * 1024))} MB); het wordt niet geopend.`));
            else reject(fout("VALIDATION_FAILED", `${wat} is beschadigd of geen geldig Office-document en kon niet worden gelezen.`));
          }),
        );
        worker.on("error", (e: Error & { code?: string }) =>
          einde(() =>
            reject(
              e.code === "ERR_WORKER_OUT_OF_MEMORY"
                ? fout("PAYLOAD_TOO_LARGE", `${wat} vraagt te veel geheugen om te lezen; het wordt niet geopend.`)
                : fout("VALIDATION_FAILED", `${wat} kon niet worden gelezen.`),
            ),
          ),
        );
        worker.on("exit", () => einde(() => reject(fout("VALIDATION_FAILED", `${wat} kon niet worden gelezen.`))));
      }),
  );
}
