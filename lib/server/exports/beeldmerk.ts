import "server-only";
// The beeldmerk on the letter paper: the organisation's own logo (uploaded on Beheer, else the file
// LOGO_PATH names), or a neutral placeholder of the right size. The Rijkshuisstijl ribbon is not
// open, so it is never in the repository: the deployment supplies it. An SVG is kept (the .docx
// carries it, with a PNG fallback) and rasterised at 600 dpi for the PDF and the fallback.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { serverEnv } from "@/lib/env";
import { BEELDMERK_MM, logoTypeVan, type LogoType } from "@/lib/domain/organisatie";
import type { Tx } from "@/lib/server/tx";
import { geuploadLogo } from "@/lib/server/organisatie/organisatie";

export interface Beeldmerk {
  /** Where it came from: the upload on Beheer, LOGO_PATH, or the placeholder. */
  bron: "upload" | "bestand" | "plaatshouder";
  png: Buffer;
  svg: Buffer | null;
  /** The size it is printed at, fitted into the 13 × 37.125 mm box (aspect kept), in mm. */
  breedteMm: number;
  hoogteMm: number;
}

const DPI = 600;

/** A neutral placeholder: a light grey block the size of the beeldmerk, with a thin outline. */
export const PLAATSHOUDER_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="520" height="1485" viewBox="0 0 520 1485"><rect x="8" y="-8" width="504" height="1485" fill="#e8e8e8" stroke="#9a9a9a" stroke-width="16"/></svg>`;

function pngMaat(png: Uint8Array): { breedte: number; hoogte: number } {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { breedte: v.getUint32(16), hoogte: v.getUint32(20) };
}

/** Fits an image of `breedte` × `hoogte` (any unit) into the beeldmerk's box. */
export function pasIn(breedte: number, hoogte: number): { breedteMm: number; hoogteMm: number } {
  const verhouding = breedte / hoogte;
  const vak = BEELDMERK_MM.breedte / BEELDMERK_MM.hoogte;
  return verhouding >= vak
    ? { breedteMm: BEELDMERK_MM.breedte, hoogteMm: BEELDMERK_MM.breedte / verhouding }
    : { breedteMm: BEELDMERK_MM.hoogte * verhouding, hoogteMm: BEELDMERK_MM.hoogte };
}

/** An SVG rasterised to fit the box at 600 dpi; throws on an unreadable SVG. */
export function rasterLogo(svg: Uint8Array): { png: Buffer; breedteMm: number; hoogteMm: number } {
  const intrinsiek = new Resvg(Buffer.from(svg));
  if (!(intrinsiek.width > 0 && intrinsiek.height > 0)) throw new Error("SVG zonder afmetingen");
  const maat = pasIn(intrinsiek.width, intrinsiek.height);
  const px = Math.max(1, Math.round((maat.breedteMm / 25.4) * DPI));
  const png = new Resvg(Buffer.from(svg), { fitTo: { mode: "width", value: px }, background: "rgba(0,0,0,0)" }).render().asPng();
  return { png, ...maat };
}

function maakBeeldmerk(bytes: Uint8Array, type: LogoType, bron: Beeldmerk["bron"]): Beeldmerk {
  if (type === "image/svg+xml") {
    const r = rasterLogo(bytes);
    return { bron, png: r.png, svg: Buffer.from(bytes), breedteMm: r.breedteMm, hoogteMm: r.hoogteMm };
  }
  const maat = pngMaat(bytes);
  return { bron, png: Buffer.from(bytes), svg: null, ...pasIn(maat.breedte, maat.hoogte) };
}

let vastCache: { sleutel: string; beeldmerk: Beeldmerk } | undefined;

/** The deployment's file (LOGO_PATH) or the placeholder, read once per process. */
function vastBeeldmerk(): Beeldmerk {
  const pad = serverEnv().LOGO_PATH ?? "";
  if (vastCache?.sleutel === pad) return vastCache.beeldmerk;
  let beeldmerk: Beeldmerk;
  if (pad) {
    // A deployment's own file outside the project: not something the build should trace.
    const bytes = readFileSync(/*turbopackIgnore: true*/ pad);
    const type = logoTypeVan(bytes);
    if (!type) throw new Error(`LOGO_PATH (${pad}) is geen PNG of SVG.`);
    beeldmerk = maakBeeldmerk(bytes, type, "bestand");
  } else {
    beeldmerk = maakBeeldmerk(Buffer.from(PLAATSHOUDER_SVG), "image/svg+xml", "plaatshouder");
  }
  vastCache = { sleutel: pad, beeldmerk };
  return beeldmerk;
}

/** The beeldmerk for a letter of the ministerie `ministerieId`. */
export async function beeldmerkVan(tx: Tx, ministerieId: string): Promise<Beeldmerk> {
  const upload = await geuploadLogo(tx, ministerieId);
  return upload ? geuploadBeeldmerk(upload.bytes, upload.type) : vastBeeldmerk();
}

/**
 * Uploaded logos, rasterised once per distinct file (by its SHA-256): rasterising an SVG at 600 dpi
 * took longer than rendering the letter it goes on, and ran on every export. A new upload is a
 * new hash. A few organisations per deployment: at most eight kept.
 */
const uploads = new Map<string, Beeldmerk>();
function geuploadBeeldmerk(bytes: Uint8Array, type: LogoType): Beeldmerk {
  const sleutel = `${type}:${createHash("sha256").update(bytes).digest("hex")}`;
  let b = uploads.get(sleutel);
  if (!b) {
    b = maakBeeldmerk(bytes, type, "upload");
    uploads.set(sleutel, b);
    if (uploads.size > 8) uploads.delete(uploads.keys().next().value!);
  }
  return b;
}
