// The ZIP table of contents and the limits checked on it. The archives are built byte by byte here
// (APPNOTE.TXT §4.3: local file header, central directory, end of central directory), so each
// field can hold exactly the value, or the lie, a test needs.
import { describe, expect, it } from "vitest";
import { strToU8, zipSync } from "fflate";
import { controleerZip, leesZipInhoud } from "@/lib/domain/zip-archief";

const MiB = 1024 * 1024;

interface Onderdeel {
  naam?: string | Uint8Array;
  methode?: number;
  gecomprimeerd?: number;
  uitgepakt?: number;
  /** Bytes of data written after the local header; default: gecomprimeerd. */
  data?: number;
  extra?: number;
  commentaar?: number;
  /** Overrides the offset of the local header the central directory gives. */
  lokaleKop?: number;
  handtekening?: number;
}

interface Archief {
  aantal?: number;
  grootte?: number;
  start?: number;
  eocdCommentaar?: Uint8Array;
  /** Bytes after the end of central directory (not declared as its comment). */
  naEocd?: Uint8Array;
}

const naamBytes = (n: string | Uint8Array | undefined) => (n instanceof Uint8Array ? n : strToU8(n ?? "a.xml"));

function bouwZip(onderdelen: Onderdeel[], archief: Archief = {}): Uint8Array {
  const lokaal: Uint8Array[] = [];
  const offsets: number[] = [];
  let pos = 0;
  for (const o of onderdelen) {
    const naam = naamBytes(o.naam);
    const kop = new Uint8Array(30 + naam.length + (o.data ?? o.gecomprimeerd ?? 0));
    const v = new DataView(kop.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(26, naam.length, true);
    kop.set(naam, 30);
    offsets.push(pos);
    lokaal.push(kop);
    pos += kop.length;
  }
  const start = pos;
  const centraal: Uint8Array[] = onderdelen.map((o, i) => {
    const naam = naamBytes(o.naam);
    const extra = o.extra ?? 0;
    const commentaar = o.commentaar ?? 0;
    const c = new Uint8Array(46 + naam.length + extra + commentaar).fill(0x20);
    const v = new DataView(c.buffer);
    v.setUint32(0, o.handtekening ?? 0x02014b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, 20, true);
    v.setUint16(8, 0, true);
    v.setUint16(10, o.methode ?? 8, true);
    v.setUint32(12, 0, true);
    v.setUint32(16, 0, true);
    v.setUint32(20, o.gecomprimeerd ?? 0, true);
    v.setUint32(24, o.uitgepakt ?? 0, true);
    v.setUint16(28, naam.length, true);
    v.setUint16(30, extra, true);
    v.setUint16(32, commentaar, true);
    v.setUint16(34, 0, true);
    v.setUint16(36, 0, true);
    v.setUint32(38, 0, true);
    v.setUint32(42, o.lokaleKop ?? offsets[i]!, true);
    c.set(naam, 46);
    return c;
  });
  const cdGrootte = centraal.reduce((n, c) => n + c.length, 0);
  const commentaar = archief.eocdCommentaar ?? new Uint8Array(0);
  const eocd = new Uint8Array(22 + commentaar.length);
  const v = new DataView(eocd.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, archief.aantal ?? onderdelen.length, true);
  v.setUint16(10, archief.aantal ?? onderdelen.length, true);
  v.setUint32(12, archief.grootte ?? cdGrootte, true);
  v.setUint32(16, archief.start ?? start, true);
  v.setUint16(20, commentaar.length, true);
  eocd.set(commentaar, 22);
  const delen = [...lokaal, ...centraal, eocd, archief.naEocd ?? new Uint8Array(0)];
  const uit = new Uint8Array(delen.reduce((n, d) => n + d.length, 0));
  let k = 0;
  for (const d of delen) {
    uit.set(d, k);
    k += d.length;
  }
  return uit;
}

/** Offset of the central directory in an archive built by bouwZip: after the local headers and their data. */
const cdStart = (onderdelen: Onderdeel[]) => onderdelen.reduce((n, o) => n + 30 + naamBytes(o.naam).length + (o.data ?? o.gecomprimeerd ?? 0), 0);

const ONGELDIG = { ok: false, reden: "ongeldig", melding: "Het bestand is geen geldig Word-, Excel- of OpenDocument-bestand (het ZIP-archief is beschadigd)." };

describe("leesZipInhoud: the central directory", () => {
  it("reads an archive made by a real ZIP writer", () => {
    const zip = zipSync({ "[Content_Types].xml": [strToU8("<Types/>"), { level: 0 }], "word/document.xml": strToU8("<w:document/>".repeat(50)) });
    const items = leesZipInhoud(zip)!;
    expect(items.map((i) => [i.naam, i.methode, i.uitgepakt])).toEqual([
      ["[Content_Types].xml", 0, 8],
      ["word/document.xml", 8, 650],
    ]);
    expect(items[0]!.gecomprimeerd).toBe(8);
    expect(items[0]!.lokaleKop).toBe(0);
    // The second local header follows the first: 30 bytes, the 19-byte name, the 8 stored bytes.
    expect(items[1]!.lokaleKop).toBe(57);
  });

  it("reads every field from its place, including values that use all four bytes", () => {
    const onderdelen: Onderdeel[] = [
      { naam: "word/document.xml", methode: 8, gecomprimeerd: 1234, uitgepakt: 0x12345678 },
      { naam: "b", methode: 0, gecomprimeerd: 3, uitgepakt: 0x90000001 },
    ];
    expect(leesZipInhoud(bouwZip(onderdelen))).toEqual([
      { naam: "word/document.xml", methode: 8, gecomprimeerd: 1234, uitgepakt: 305419896, lokaleKop: 0 },
      { naam: "b", methode: 0, gecomprimeerd: 3, uitgepakt: 2415919105, lokaleKop: 1281 },
    ]);
  });

  it("reads a two-byte field's high byte", () => {
    const items = leesZipInhoud(bouwZip([{ naam: "x".repeat(300), methode: 0x0163, gecomprimeerd: 0 }]))!;
    expect(items[0]!.naam).toBe("x".repeat(300));
    expect(items[0]!.methode).toBe(355);
  });

  it("steps over each entry's extra field and comment to the next entry", () => {
    const onderdelen: Onderdeel[] = [
      { naam: "een.xml", extra: 9, commentaar: 4, gecomprimeerd: 2, uitgepakt: 2 },
      { naam: "twee.xml", extra: 0, commentaar: 7, gecomprimeerd: 5, uitgepakt: 6 },
      { naam: "drie.xml", extra: 3, commentaar: 0, gecomprimeerd: 1, uitgepakt: 1 },
    ];
    expect(leesZipInhoud(bouwZip(onderdelen))!.map((i) => [i.naam, i.gecomprimeerd, i.uitgepakt, i.lokaleKop])).toEqual([
      ["een.xml", 2, 2, 0],
      ["twee.xml", 5, 6, 39],
      ["drie.xml", 1, 1, 82],
    ]);
  });

  it("decodes names as UTF-8, and bad UTF-8 as replacement characters", () => {
    expect(leesZipInhoud(bouwZip([{ naam: "bijlagen/financiële paragraaf.xml" }]))![0]!.naam).toBe("bijlagen/financiële paragraaf.xml");
    expect(leesZipInhoud(bouwZip([{ naam: new Uint8Array([0x61, 0xff, 0x62]) }]))![0]!.naam).toBe("a\uFFFDb");
  });

  it("reads an empty archive, whose end record stands at offset 0, as no entries", () => {
    const leeg = bouwZip([]);
    expect(leeg.length).toBe(22);
    expect(leesZipInhoud(leeg)).toEqual([]);
    expect(controleerZip(leeg)).toEqual({ ok: true, items: [], uitgepakt: 0 });
  });

  it("finds the end record behind a comment of up to 65535 bytes", () => {
    const onderdelen: Onderdeel[] = [{ naam: "a.xml", gecomprimeerd: 4, uitgepakt: 10 }];
    const metCommentaar = bouwZip(onderdelen, { eocdCommentaar: new Uint8Array(0xffff).fill(0x41) });
    expect(leesZipInhoud(metCommentaar)!.map((i) => i.naam)).toEqual(["a.xml"]);
    // Undeclared bytes after the record: found up to 65535 of them, not one more.
    expect(leesZipInhoud(bouwZip(onderdelen, { naEocd: new Uint8Array(0xffff) }))!.map((i) => i.naam)).toEqual(["a.xml"]);
    expect(leesZipInhoud(bouwZip(onderdelen, { naEocd: new Uint8Array(0x10000) }))).toBeNull();
  });

  it("takes the last full end-record signature, not part of one nor one in the final 21 bytes", () => {
    const onderdelen: Onderdeel[] = [{ naam: "a.xml", gecomprimeerd: 4, uitgepakt: 10 }];
    // A comment (read from the back) with near-signatures, then a real one within 22 bytes of the end.
    const bijna = [0x50, 0x4b, 0x05, 0x07, 0x50, 0x4b, 0x06, 0x06, 0x50, 0x4c, 0x05, 0x06, 0x51, 0x4b, 0x05, 0x06];
    const commentaar = new Uint8Array(48).fill(0x20);
    commentaar.set(bijna, 0);
    commentaar.set([0x50, 0x4b, 0x05, 0x06], 48 - 10);
    expect(leesZipInhoud(bouwZip(onderdelen, { eocdCommentaar: commentaar }))!.map((i) => i.naam)).toEqual(["a.xml"]);
  });

  it("is null without an end record", () => {
    expect(leesZipInhoud(strToU8("PK\u0003\u0004 geen archief, wel lang genoeg"))).toBeNull();
    expect(leesZipInhoud(new Uint8Array(0))).toBeNull();
    expect(leesZipInhoud(new Uint8Array(21))).toBeNull();
  });

  it("is null when a real archive is cut short", () => {
    const zip = zipSync({ "a.xml": strToU8("<a/>") });
    expect(leesZipInhoud(zip.subarray(0, zip.length - 10))).toBeNull();
  });

  it("is null for ZIP64 markers: 65535 entries, or a size or offset of 0xFFFFFFFF", () => {
    // 65535 real entries: the count itself is the ZIP64 marker.
    const veel: Onderdeel[] = Array.from({ length: 0xffff }, () => ({ naam: "" }));
    expect(leesZipInhoud(bouwZip(veel))).toBeNull();
    expect(leesZipInhoud(bouwZip(veel.slice(1)))).toHaveLength(0xfffe);
    expect(leesZipInhoud(bouwZip([{ gecomprimeerd: 4, data: 4, uitgepakt: 0xffffffff }]))).toBeNull();
    expect(leesZipInhoud(bouwZip([{ gecomprimeerd: 4, uitgepakt: 10 }], { start: 0xffffffff }))).toBeNull();
    expect(leesZipInhoud(bouwZip([{ gecomprimeerd: 4, uitgepakt: 10 }], { grootte: 0xffffffff }))).toBeNull();
  });

  it("accepts a central directory that ends at the end of the file at most", () => {
    const onderdelen: Onderdeel[] = [{ naam: "a.xml", gecomprimeerd: 4, uitgepakt: 10 }];
    const lengte = bouwZip(onderdelen).length;
    const start = cdStart(onderdelen);
    expect(leesZipInhoud(bouwZip(onderdelen, { grootte: lengte - start }))).toHaveLength(1);
    expect(leesZipInhoud(bouwZip(onderdelen, { grootte: lengte - start + 1 }))).toBeNull();
    expect(leesZipInhoud(bouwZip(onderdelen, { start: lengte }))).toBeNull();
  });

  it("is null when the directory holds fewer entries than the end record counts, or a wrong signature", () => {
    expect(leesZipInhoud(bouwZip([{ gecomprimeerd: 4, uitgepakt: 10 }], { aantal: 2 }))).toBeNull();
    expect(leesZipInhoud(bouwZip([{ gecomprimeerd: 4, uitgepakt: 10, handtekening: 0x02014b51 }]))).toBeNull();
    expect(leesZipInhoud(bouwZip([{ gecomprimeerd: 4, uitgepakt: 10, handtekening: 0x04034b50 }]))).toBeNull();
  });

  it("is null when a directory entry would run past the end of the file", () => {
    // The directory (4 bytes: only a signature) ends where the end record starts, so its bounds
    // pass; the 46-byte entry it begins does not fit in the 26-byte file.
    const eind = (commentaar: number) => {
      const b = new Uint8Array(4 + 22 + commentaar);
      const v = new DataView(b.buffer);
      v.setUint32(0, 0x02014b50, true);
      v.setUint32(4, 0x06054b50, true);
      v.setUint16(4 + 8, 1, true);
      v.setUint16(4 + 10, 1, true);
      v.setUint32(4 + 12, 4, true);
      v.setUint32(4 + 16, 0, true);
      v.setUint16(4 + 20, commentaar, true);
      return b;
    };
    expect(leesZipInhoud(eind(0))).toBeNull();
    expect(leesZipInhoud(eind(19))).toBeNull();
    // With a 20-byte comment the file is 46 bytes: the entry (overlapping the end record) just fits,
    // and its fields are read from the bytes that are there.
    expect(leesZipInhoud(eind(20))).toEqual([{ naam: "", methode: 0, gecomprimeerd: 0, uitgepakt: 20, lokaleKop: 0 }]);
  });

  it("reads only as many entries as the end record counts", () => {
    const onderdelen: Onderdeel[] = [{ naam: "a.xml" }, { naam: "b.xml" }];
    expect(leesZipInhoud(bouwZip(onderdelen, { aantal: 1 }))!.map((i) => i.naam)).toEqual(["a.xml"]);
  });

  it("is null when an entry's local header or data would lie beyond the file", () => {
    const onderdelen: Onderdeel[] = [{ naam: "a.xml", gecomprimeerd: 4, uitgepakt: 10 }];
    const lengte = bouwZip(onderdelen).length;
    // A local header of 30 bytes fits up to the last byte, not one further.
    expect(leesZipInhoud(bouwZip([{ ...onderdelen[0]!, lokaleKop: lengte - 30 }]))).toHaveLength(1);
    expect(leesZipInhoud(bouwZip([{ ...onderdelen[0]!, lokaleKop: lengte - 29 }]))).toBeNull();
    // The declared compressed data likewise.
    const data = (gecomprimeerd: number, lokaleKop: number) => leesZipInhoud(bouwZip([{ naam: "a.xml", gecomprimeerd, data: 4, uitgepakt: 10, lokaleKop }]));
    expect(data(lengte - 40, 40)).toHaveLength(1);
    expect(data(lengte - 39, 40)).toBeNull();
    expect(data(0xffffffff, 0)).toBeNull();
    expect(data(4, 0xffffffff)).toBeNull();
  });
});

describe("controleerZip: the limits", () => {
  const GRENZEN = { maxUitgepakt: 10 * MiB, maxVerhouding: 100, maxBestanden: 10 };

  it("passes an ordinary archive with its entries and their total expanded size", () => {
    const onderdelen: Onderdeel[] = [
      { naam: "[Content_Types].xml", methode: 0, gecomprimeerd: 8, uitgepakt: 8 },
      { naam: "word/document.xml", methode: 8, gecomprimeerd: 200, uitgepakt: 650 },
    ];
    expect(controleerZip(bouwZip(onderdelen), GRENZEN)).toEqual({
      ok: true,
      items: [
        { naam: "[Content_Types].xml", methode: 0, gecomprimeerd: 8, uitgepakt: 8, lokaleKop: 0 },
        { naam: "word/document.xml", methode: 8, gecomprimeerd: 200, uitgepakt: 650, lokaleKop: 57 },
      ],
      uitgepakt: 658,
    });
  });

  it("refuses an archive it cannot read", () => {
    expect(controleerZip(strToU8("geen archief, alleen tekst"), GRENZEN)).toEqual(ONGELDIG);
  });

  it("allows as many entries as the limit, not one more", () => {
    const n = (aantal: number) => Array.from({ length: aantal }, (_, i): Onderdeel => ({ naam: `f${i}.txt`, methode: 0, gecomprimeerd: 1, uitgepakt: 1 }));
    expect(controleerZip(bouwZip(n(10)), GRENZEN)).toMatchObject({ ok: true, uitgepakt: 10 });
    expect(controleerZip(bouwZip(n(11)), GRENZEN)).toEqual({ ok: false, reden: "te_veel_bestanden", melding: "Het bestand bevat 11 onderdelen; hoogstens 10 zijn toegestaan." });
  });

  it("allows only stored and deflated entries", () => {
    for (const methode of [1, 9, 12, 14, 93, 99]) {
      expect(controleerZip(bouwZip([{ methode, gecomprimeerd: 4, uitgepakt: 10 }]), GRENZEN), String(methode)).toEqual({
        ok: false,
        reden: "methode",
        melding: "Het bestand gebruikt een compressiemethode die niet wordt ondersteund.",
      });
    }
    expect(controleerZip(bouwZip([{ methode: 0, gecomprimeerd: 10, uitgepakt: 10 }]), GRENZEN)).toMatchObject({ ok: true });
    expect(controleerZip(bouwZip([{ methode: 8, gecomprimeerd: 4, uitgepakt: 10 }]), GRENZEN)).toMatchObject({ ok: true });
  });

  it("refuses a stored entry whose two sizes differ", () => {
    const fout = { ok: false, reden: "ongeldig", melding: "Het bestand is beschadigd: een onderdeel heeft een onjuiste grootte." };
    expect(controleerZip(bouwZip([{ methode: 0, gecomprimeerd: 4, uitgepakt: 10 }]), GRENZEN)).toEqual(fout);
    expect(controleerZip(bouwZip([{ methode: 0, gecomprimeerd: 10, uitgepakt: 4 }]), GRENZEN)).toEqual(fout);
    // Checked per entry, in order: a bad stored entry after a good one.
    expect(controleerZip(bouwZip([{ methode: 8, gecomprimeerd: 4, uitgepakt: 10 }, { methode: 0, gecomprimeerd: 3, uitgepakt: 5 }]), GRENZEN)).toEqual(fout);
  });

  it("allows a total expanded size up to the limit, counted over all entries", () => {
    const grenzen = { maxUitgepakt: 2000, maxVerhouding: 100, maxBestanden: 10 };
    const twee = (a: number, b: number) => bouwZip([{ naam: "a", gecomprimeerd: 100, uitgepakt: a }, { naam: "b", gecomprimeerd: 100, uitgepakt: b }]);
    expect(controleerZip(twee(1000, 1000), grenzen)).toMatchObject({ ok: true, uitgepakt: 2000 });
    expect(controleerZip(twee(1000, 1001), grenzen)).toEqual({ ok: false, reden: "te_groot", melding: "Het bestand pakt uit tot meer dan 0 MB; dat is niet toegestaan." });
  });

  it("names the size limit in whole MB, rounded", () => {
    const een = (uitgepakt: number, maxUitgepakt: number) => controleerZip(bouwZip([{ gecomprimeerd: 100, uitgepakt }]), { maxUitgepakt, maxVerhouding: 1e9, maxBestanden: 10 });
    expect(een(3 * MiB, 2 * MiB)).toMatchObject({ reden: "te_groot", melding: "Het bestand pakt uit tot meer dan 2 MB; dat is niet toegestaan." });
    expect(een(3 * MiB, 2.6 * MiB)).toMatchObject({ reden: "te_groot", melding: "Het bestand pakt uit tot meer dan 3 MB; dat is niet toegestaan." });
    expect(een(3 * MiB, 1.4 * MiB)).toMatchObject({ reden: "te_groot", melding: "Het bestand pakt uit tot meer dan 1 MB; dat is niet toegestaan." });
  });

  it("refuses an entry over 1 MiB expanded more than the ratio times its compressed size", () => {
    const een = (gecomprimeerd: number, uitgepakt: number) => controleerZip(bouwZip([{ gecomprimeerd, uitgepakt }]), GRENZEN);
    const fout = { ok: false, reden: "verhouding", melding: "Een onderdeel van het bestand is meer dan 100 keer samengeperst; zo'n bestand wordt niet geopend." };
    expect(een(20_000, 2_000_000)).toMatchObject({ ok: true, uitgepakt: 2_000_000 });
    expect(een(20_000, 2_000_001)).toEqual(fout);
    // A compressed size of 0 counts as 1.
    expect(controleerZip(bouwZip([{ gecomprimeerd: 0, uitgepakt: MiB + 1 }]), GRENZEN)).toEqual(fout);
  });

  it("does not count the ratio of an entry of at most 1 MiB expanded", () => {
    expect(controleerZip(bouwZip([{ gecomprimeerd: 10, uitgepakt: MiB }]), GRENZEN)).toMatchObject({ ok: true, uitgepakt: MiB });
    expect(controleerZip(bouwZip([{ gecomprimeerd: 0, uitgepakt: MiB }]), GRENZEN)).toMatchObject({ ok: true, uitgepakt: MiB });
  });

  it("uses the given ratio, not a fixed one", () => {
    expect(controleerZip(bouwZip([{ gecomprimeerd: 20_000, uitgepakt: 2_000_000 }]), { ...GRENZEN, maxVerhouding: 99 })).toEqual({
      ok: false,
      reden: "verhouding",
      melding: "Een onderdeel van het bestand is meer dan 99 keer samengeperst; zo'n bestand wordt niet geopend.",
    });
  });

  it("refuses an archive of small entries that together expand more than the ratio times the file", () => {
    const onderdelen: Onderdeel[] = [1, 2, 3].map((i) => ({ naam: `deel${i}.xml`, gecomprimeerd: 1000, uitgepakt: MiB }));
    const zip = bouwZip(onderdelen);
    expect(zip.length).toBeLessThan(3 * MiB / 100);
    expect(controleerZip(zip, GRENZEN)).toEqual({ ok: false, reden: "verhouding", melding: "Het bestand is meer dan 100 keer samengeperst; zo'n bestand wordt niet geopend." });
    // With a ratio that the file as a whole stays within, it passes.
    expect(controleerZip(zip, { ...GRENZEN, maxVerhouding: 1100 })).toMatchObject({ ok: true, uitgepakt: 3 * MiB });
  });

  it("measures the archive's ratio against the file's length, at the boundary", () => {
    // Two entries of 600,039 bytes expanded: over 1 MiB together, under it each.
    const onderdelen: Onderdeel[] = [
      { naam: "a", gecomprimeerd: 1000, uitgepakt: 600_039 },
      { naam: "b", gecomprimeerd: 1000, uitgepakt: 600_039 },
    ];
    const zip = bouwZip(onderdelen);
    // 2 × (30 + 1 + 1000) local, 2 × (46 + 1) central, 22 end record.
    expect(zip.length).toBe(2178);
    const ratio = (maxVerhouding: number) => controleerZip(zip, { ...GRENZEN, maxVerhouding });
    // 1,200,078 expanded is exactly 551 × 2178: allowed; 550 × 2178 = 1,197,900 is exceeded.
    expect(ratio(551)).toMatchObject({ ok: true, uitgepakt: 1_200_078 });
    expect(ratio(550)).toMatchObject({ ok: false, reden: "verhouding", melding: "Het bestand is meer dan 550 keer samengeperst; zo'n bestand wordt niet geopend." });
  });

  it("does not count the archive's ratio up to 1 MiB expanded in all", () => {
    const zip = bouwZip([{ gecomprimeerd: 1, uitgepakt: MiB / 2 }, { naam: "b", gecomprimeerd: 1, uitgepakt: MiB / 2 }]);
    expect(controleerZip(zip, GRENZEN)).toMatchObject({ ok: true, uitgepakt: MiB });
  });

  it("passes a large stored archive, whose ratio is 1", () => {
    const zip = bouwZip([{ methode: 0, gecomprimeerd: 2 * MiB, uitgepakt: 2 * MiB }]);
    expect(controleerZip(zip, GRENZEN)).toMatchObject({ ok: true, uitgepakt: 2 * MiB });
  });

  it("checks the total before the ratio of the entry that crosses it", () => {
    const grenzen = { maxUitgepakt: 2 * MiB, maxVerhouding: 100, maxBestanden: 10 };
    expect(controleerZip(bouwZip([{ gecomprimeerd: 1, uitgepakt: 3 * MiB }]), grenzen)).toMatchObject({ reden: "te_groot" });
  });
});

describe("controleerZip: the default limits", () => {
  it("allows 5000 entries, not 5001", () => {
    const n = (aantal: number) => Array.from({ length: aantal }, (): Onderdeel => ({ naam: "", methode: 0 }));
    expect(controleerZip(bouwZip(n(5000)))).toMatchObject({ ok: true, uitgepakt: 0 });
    expect(controleerZip(bouwZip(n(5001)))).toEqual({ ok: false, reden: "te_veel_bestanden", melding: "Het bestand bevat 5001 onderdelen; hoogstens 5000 zijn toegestaan." });
  });

  it("allows 100 MiB expanded in all, not a byte more", () => {
    // 1,100,000 compressed bytes: under the ratio of 100 for the entry and for the file.
    const metRuimte = (uitgepakt: number) => bouwZip([{ methode: 8, gecomprimeerd: 1_100_000, uitgepakt }]);
    expect(controleerZip(metRuimte(100 * MiB))).toMatchObject({ ok: true, uitgepakt: 100 * MiB });
    expect(controleerZip(metRuimte(100 * MiB + 1))).toEqual({ ok: false, reden: "te_groot", melding: "Het bestand pakt uit tot meer dan 100 MB; dat is niet toegestaan." });
  });

  it("allows an entry expanded 100 times its compressed size, not more", () => {
    expect(controleerZip(bouwZip([{ gecomprimeerd: 20_000, uitgepakt: 2_000_000 }]))).toMatchObject({ ok: true });
    expect(controleerZip(bouwZip([{ gecomprimeerd: 20_000, uitgepakt: 2_000_001 }]))).toMatchObject({ ok: false, reden: "verhouding" });
  });
});
