// The table of contents of a ZIP archive (.docx, .xlsx and .odt are ZIP archives), read without
// unpacking anything, and the limits an upload must stay within before anything unpacks or parses
// it: a 300 KB file that expands to 300 MB (a "zip bomb") is refused from its central directory.
// The sizes in the directory are the sender's claim; lib/server/bestanden/archief-controle.ts
// unpacks in a worker and refuses an archive whose real sizes exceed what it claimed.

export const ZIP_GRENZEN = {
  /** Total of all expanded entries. */
  maxUitgepakt: 100 * 1024 * 1024,
  /** Expanded ÷ compressed, per entry (entries under 1 MiB expanded are not counted) and for the archive as a whole. */
  maxVerhouding: 100,
  /** Entries in one archive. */
  maxBestanden: 5000,
} as const;

export type ZipGrenzen = { maxUitgepakt: number; maxVerhouding: number; maxBestanden: number };

export interface ZipItem {
  naam: string;
  /** 0 stored, 8 deflate. */
  methode: number;
  gecomprimeerd: number;
  uitgepakt: number;
  /** Offset of the entry's local file header. */
  lokaleKop: number;
}

export type ZipControle =
  | { ok: true; items: ZipItem[]; uitgepakt: number }
  | { ok: false; reden: "ongeldig" | "te_groot" | "verhouding" | "te_veel_bestanden" | "methode"; melding: string };

const MB = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16)) + b[o + 3]! * 0x1000000;
}

/** The entries of the central directory, or null when the archive has none that can be read. */
export function leesZipInhoud(bytes: Uint8Array): ZipItem[] | null {
  // End of central directory: 22 bytes plus a comment of at most 65535 bytes, at the end.
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const aantal = u16(bytes, eocd + 10);
  const grootte = u32(bytes, eocd + 12);
  const start = u32(bytes, eocd + 16);
  if (aantal === 0xffff || start === 0xffffffff || grootte === 0xffffffff) return null; // ZIP64: not for office documents of this size
  if (start + grootte > bytes.length) return null;
  const items: ZipItem[] = [];
  let p = start;
  for (let n = 0; n < aantal; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) return null;
    const methode = u16(bytes, p + 10);
    const gecomprimeerd = u32(bytes, p + 20);
    const uitgepakt = u32(bytes, p + 24);
    const naamLengte = u16(bytes, p + 28);
    const extra = u16(bytes, p + 30);
    const commentaar = u16(bytes, p + 32);
    const lokaleKop = u32(bytes, p + 42);
    if (gecomprimeerd === 0xffffffff || uitgepakt === 0xffffffff || lokaleKop === 0xffffffff) return null;
    if (lokaleKop + 30 > bytes.length || lokaleKop + gecomprimeerd > bytes.length) return null;
    const naam = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(p + 46, p + 46 + naamLengte));
    items.push({ naam, methode, gecomprimeerd, uitgepakt, lokaleKop });
    p += 46 + naamLengte + extra + commentaar;
  }
  return items;
}

/** Checks the sizes the archive declares against the limits, before anything is unpacked. */
export function controleerZip(bytes: Uint8Array, grenzen: ZipGrenzen = ZIP_GRENZEN): ZipControle {
  const items = leesZipInhoud(bytes);
  if (!items) return { ok: false, reden: "ongeldig", melding: "Het bestand is geen geldig Word-, Excel- of OpenDocument-bestand (het ZIP-archief is beschadigd)." };
  if (items.length > grenzen.maxBestanden) {
    return { ok: false, reden: "te_veel_bestanden", melding: `Het bestand bevat ${items.length} onderdelen; hoogstens ${grenzen.maxBestanden} zijn toegestaan.` };
  }
  let uitgepakt = 0;
  for (const it of items) {
    if (it.methode !== 0 && it.methode !== 8) {
      return { ok: false, reden: "methode", melding: "Het bestand gebruikt een compressiemethode die niet wordt ondersteund." };
    }
    if (it.methode === 0 && it.gecomprimeerd !== it.uitgepakt) return { ok: false, reden: "ongeldig", melding: "Het bestand is beschadigd: een onderdeel heeft een onjuiste grootte." };
    uitgepakt += it.uitgepakt;
    if (uitgepakt > grenzen.maxUitgepakt) {
      return { ok: false, reden: "te_groot", melding: `Het bestand pakt uit tot meer dan ${MB(grenzen.maxUitgepakt)}; dat is niet toegestaan.` };
    }
    if (it.uitgepakt > 1024 * 1024 && it.uitgepakt > grenzen.maxVerhouding * Math.max(1, it.gecomprimeerd)) {
      return { ok: false, reden: "verhouding", melding: `Een onderdeel van het bestand is meer dan ${grenzen.maxVerhouding} keer samengeperst; zo'n bestand wordt niet geopend.` };
    }
  }
  if (uitgepakt > 1024 * 1024 && uitgepakt > grenzen.maxVerhouding * Math.max(1, bytes.length)) {
    return { ok: false, reden: "verhouding", melding: `Het bestand is meer dan ${grenzen.maxVerhouding} keer samengeperst; zo'n bestand wordt niet geopend.` };
  }
  return { ok: true, items, uitgepakt };
}
