import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { woffNaarSfnt } from "@/lib/server/exports/woff";

const bestand = (naam: string) => readFileSync(fileURLToPath(new URL(`../../node_modules/@fontsource/fira-sans/files/${naam}`, import.meta.url)));

describe("WOFF to SFNT", () => {
  it.each([["fira-sans-latin-400-normal.woff"], ["fira-sans-latin-700-italic.woff"]])("unpacks %s to the size and tables the WOFF header announces", (naam) => {
    const woff = bestand(naam);
    const sfnt = woffNaarSfnt(woff);
    expect(sfnt.length).toBe(woff.readUInt32BE(16)); // totalSfntSize
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4)); // flavor
    const aantal = woff.readUInt16BE(12);
    expect(sfnt.readUInt16BE(4)).toBe(aantal);
    const tags = Array.from({ length: aantal }, (_, i) => sfnt.toString("latin1", 12 + i * 16, 16 + i * 16));
    expect(tags).toEqual(expect.arrayContaining(["cmap", "glyf", "head", "hmtx", "name"]));
    // Every table lies inside the file, 4-byte aligned.
    for (let i = 0; i < aantal; i++) {
      const offset = sfnt.readUInt32BE(12 + i * 16 + 8);
      const lengte = sfnt.readUInt32BE(12 + i * 16 + 12);
      expect(offset % 4).toBe(0);
      expect(offset + lengte).toBeLessThanOrEqual(sfnt.length);
    }
    // The head table's magic number survives decompression.
    const head = tags.indexOf("head");
    expect(sfnt.readUInt32BE(sfnt.readUInt32BE(12 + head * 16 + 8) + 12)).toBe(0x5f0f3cf5);
  });

  it("refuses what is not a WOFF file", () => {
    expect(() => woffNaarSfnt(new TextEncoder().encode("%PDF-1.7"))).toThrow(/WOFF/);
  });
});
