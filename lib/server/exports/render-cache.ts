// Rendered documents, kept by the fingerprint of everything that goes into them.
//
// A Kamerbrief or a nota PDF is a pure function of its model (the letter's text, its dates and
// kenmerken, the organisation's letter paper) and the beeldmerk: the same input gives the same
// document. Rendering is CPU work on the event loop (pdfkit, docx: 15–40 ms per document on these
// machines, several times that at 10 concurrent downloads, queued behind each other and behind
// every other request: issue 8). Officials download the same letter many times (the opsteller,
// PZ, the minister's office, the Woo request later), so this process keeps what it rendered:
//
// - the key is a SHA-256 over the kind of document and the whole input (the model's JSON and the
//   beeldmerk's bytes), so any change to the nota, its letter or the organisation's data is a
//   different key: a stale document cannot come out. The renderer's code is not in the key: it
//   changes only with a deployment, which starts a new process with an empty cache;
// - a render in progress is shared: ten simultaneous downloads of a new letter render it once;
// - at most 32 MB of documents, least recently used out first; a failed render is not kept.
//
// The access log still records every download (lib/server/exports/downloads.ts), with the hash of
// the bytes that were actually sent.
import "server-only";
import { createHash } from "node:crypto";

const MAX_BYTES = 32 * 1024 * 1024;

interface Regel {
  bytes: Promise<Uint8Array>;
  grootte: number;
}

const regels = new Map<string, Regel>(); // in order of last use
let totaal = 0;
let treffers = 0;
let missers = 0;

/** The key of a document: SHA-256 over its kind and its input, each part length-prefixed. */
export function documentSleutel(soort: string, model: unknown, ...bestanden: (Uint8Array | null | undefined)[]): string {
  const h = createHash("sha256");
  const deel = (b: Uint8Array | string) => {
    const bytes = typeof b === "string" ? Buffer.from(b, "utf8") : b;
    h.update(`${bytes.byteLength}:`);
    h.update(bytes);
  };
  deel(soort);
  deel(JSON.stringify(model));
  for (const b of bestanden) deel(b ?? "");
  return h.digest("hex");
}

/** The document under `sleutel`: from the cache, or rendered now (once, however many ask at the same time). */
export async function gerenderd(sleutel: string, render: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const bestaand = regels.get(sleutel);
  if (bestaand) {
    treffers++;
    regels.delete(sleutel);
    regels.set(sleutel, bestaand);
    return bestaand.bytes;
  }
  missers++;
  const regel: Regel = { bytes: render(), grootte: 0 };
  regels.set(sleutel, regel);
  let bytes: Uint8Array;
  try {
    bytes = await regel.bytes;
  } catch (e) {
    if (regels.get(sleutel) === regel) regels.delete(sleutel);
    throw e;
  }
  if (regels.get(sleutel) === regel) {
    regel.grootte = bytes.byteLength;
    totaal += bytes.byteLength;
    for (const [k, r] of regels) {
      if (totaal <= MAX_BYTES) break;
      if (r.grootte === 0) continue; // still rendering
      regels.delete(k);
      totaal -= r.grootte;
    }
  }
  return bytes;
}

/** For the benchmark and the metrics: how the cache is doing. */
export function renderCacheStand(): { documenten: number; bytes: number; treffers: number; missers: number } {
  return { documenten: regels.size, bytes: totaal, treffers, missers };
}

/** Empties the cache (the export benchmark measures rendering itself with it). */
export function leegRenderCache(): void {
  regels.clear();
  totaal = 0;
}
