import "server-only";
// WOFF 1.0 → SFNT (TrueType/OpenType). fontkit reads WOFF itself, but inflates every table in pure
// JavaScript for every document (about 40 ms per font per PDF); doing it once with node:zlib and
// handing pdfkit the plain font makes a PDF several times faster. Spec: https://www.w3.org/TR/WOFF/
import { inflateSync } from "node:zlib";

export function woffNaarSfnt(woff: Uint8Array): Buffer {
  const bron = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (bron.toString("latin1", 0, 4) !== "wOFF") throw new Error("Geen WOFF-bestand");
  const flavor = bron.readUInt32BE(4);
  const aantal = bron.readUInt16BE(12);
  const tabellen = Array.from({ length: aantal }, (_, i) => {
    const o = 44 + i * 20;
    const tag = bron.readUInt32BE(o);
    const offset = bron.readUInt32BE(o + 4);
    const compLength = bron.readUInt32BE(o + 8);
    const origLength = bron.readUInt32BE(o + 12);
    const checksum = bron.readUInt32BE(o + 16);
    const ruw = bron.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(ruw) : Buffer.from(ruw);
    if (data.length !== origLength) throw new Error("Beschadigd WOFF-bestand");
    return { tag, checksum, data };
  });
  let macht = 1;
  let exponent = 0;
  while (macht * 2 <= aantal) {
    macht *= 2;
    exponent++;
  }
  const kop = Buffer.alloc(12 + 16 * aantal);
  kop.writeUInt32BE(flavor, 0);
  kop.writeUInt16BE(aantal, 4);
  kop.writeUInt16BE(macht * 16, 6);
  kop.writeUInt16BE(exponent, 8);
  kop.writeUInt16BE(aantal * 16 - macht * 16, 10);
  const delen: Buffer[] = [kop];
  let positie = kop.length;
  tabellen.forEach((t, i) => {
    const o = 12 + i * 16;
    kop.writeUInt32BE(t.tag, o);
    kop.writeUInt32BE(t.checksum, o + 4);
    kop.writeUInt32BE(positie, o + 8);
    kop.writeUInt32BE(t.data.length, o + 12);
    const opvulling = (4 - (t.data.length % 4)) % 4;
    delen.push(t.data, Buffer.alloc(opvulling));
    positie += t.data.length + opvulling;
  });
  return Buffer.concat(delen);
}
