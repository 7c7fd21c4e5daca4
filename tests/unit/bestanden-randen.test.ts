// The edges of recognising files and naming them (lib/domain/bestandstype.ts,
// lib/domain/export-bestanden.ts, the beeldmerk of lib/domain/organisatie.ts). Expected values by hand.
import { describe, expect, it } from "vitest";
import { MAX_BIJLAGE_BYTES, herkenBestandstype } from "@/lib/domain/bestandstype";
import { bijlageBestandsnaam, exportBestandsnaam, extensieVoor, slug } from "@/lib/domain/export-bestanden";
import { BEELDMERK_MM, LOGO_TYPES, adresregels, logoTypeVan, retouradres } from "@/lib/domain/organisatie";

const bytes = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const ODT = "application/vnd.oasis.opendocument.text";
/** A ZIP whose first entry (name at byte 30) is "mimetype" holding `type`, as ODF writes it. */
const odf = (type: string, rest = "") => bytes("PK\u0003\u0004" + "\u0000".repeat(26) + "mimetype" + type + rest);

describe("recognising a bijlage", () => {
  it.each([
    ["an ODT", odf(ODT, "PK\u0003\u0004content.xml"), { soort: "odt", mimeType: ODT }],
    ["an ODT with nothing after the type", odf(ODT), { soort: "odt", mimeType: ODT }],
    ["an ODT template (.ott)", odf(`${ODT}-template`), null],
    ["an ODT master (.odm)", odf(`${ODT}-master`), null],
    ["a spreadsheet (.ods)", odf("application/vnd.oasis.opendocument.spreadsheet"), null],
    ["mimetype at another place", bytes("PK\u0003\u0004" + "\u0000".repeat(25) + "mimetype" + ODT), null],
    ["a macro-enabled Word file", bytes("PK\u0003\u0004....[Content_Types].xml..word/document.xml..word/vbaProject.bin"), null],
    ["a macro-enabled Excel file", bytes("PK\u0003\u0004....[Content_Types].xml..xl/workbook.xml..xl/vbaProject.bin"), null],
    ["an OOXML package that is neither", bytes("PK\u0003\u0004....[Content_Types].xml..ppt/presentation.xml"), null],
    ["a Word part without [Content_Types].xml", bytes("PK\u0003\u0004....word/document.xml"), null],
    ["a Word file", bytes("PK\u0003\u0004....[Content_Types].xml..word/document.xml"), { soort: "docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }],
    ["an Excel file", bytes("PK\u0003\u0004....[Content_Types].xml..xl/workbook.xml"), { soort: "xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }],
    ["a PDF", bytes("%PDF-1.7"), { soort: "pdf", mimeType: "application/pdf" }],
    ["the start of a PDF signature only", bytes("%PDF"), null],
    ["the start of a ZIP signature only", bytes("PK\u0003"), null],
    ["nothing", new Uint8Array(0), null],
    ["a PDF signature further on", bytes(" %PDF-1.7"), null],
    ["OOXML names in a file that is no ZIP", bytes("XX\u0003\u0004....[Content_Types].xml..word/document.xml"), null],
    ["another first entry holding the ODT type", bytes("PK\u0003\u0004" + "\u0000".repeat(26) + "mimetypX" + ODT), null],
  ])("%s", (_soort, invoer, verwacht) => {
    expect(herkenBestandstype(invoer)).toEqual(verwacht);
  });
  it("takes 20 MiB at most", () => {
    expect(MAX_BIJLAGE_BYTES).toBe(20_971_520);
  });
});

describe("file names", () => {
  it.each([
    ["Éé ïö", 60, "ee-io"],
    ["abc def", 4, "abc"],
    ["abcdefghijkl", 5, "abcde"],
    ["---", 60, "document"],
    ["  Nota: over   regels!  ", 60, "nota-over-regels"],
    ["ab-cd-ef-", 6, "ab-cd"],
    ["abc def", 7, "abc-def"],
  ] as const)("slug of %j (at most %d) is %s", (tekst, max, verwacht) => {
    expect(slug(tekst, max)).toBe(verwacht);
  });
  it("cuts at 60 characters by default", () => {
    expect(slug("a".repeat(30) + " " + "b".repeat(40))).toBe("a".repeat(30));
  });
  it("keeps a safe kenmerk and slugs another", () => {
    expect(exportBestandsnaam("BZK 2025/1", "nota", "pdf")).toBe("bzk-2025-1-nota.pdf");
    expect(exportBestandsnaam("A".repeat(40), "x", "pdf")).toBe(`${"A".repeat(40)}-x.pdf`);
    expect(exportBestandsnaam("A".repeat(41), "x", "pdf")).toBe(`${"a".repeat(40)}-x.pdf`);
    expect(exportBestandsnaam("", "x", "pdf")).toBe("document-x.pdf");
  });
  it("names a bijlage with a short slug of its name", () => {
    expect(bijlageBestandsnaam("BZK-1", 3, "x".repeat(60), "odt")).toBe(`BZK-1-bijlage-3-${"x".repeat(50)}.odt`);
  });
  it.each([
    ["application/vnd.oasis.opendocument.text", null, "odt"],
    ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "x.pdf", "docx"],
    ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", null, "xlsx"],
    ["text/plain", "archief.tar.gz", "gz"],
    ["text/plain", "a.toolong", "bin"],
    [undefined, "zonder-punt", "bin"],
    [null, "Brief.PDF", "pdf"],
  ] as const)("the extension for %s, %s is %s", (mime, naam, verwacht) => {
    expect(extensieVoor(mime, naam)).toBe(verwacht);
  });
});

describe("the beeldmerk and the addresses", () => {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const tekst = (s: string) => new TextEncoder().encode(s);
  it.each([
    ["the PNG signature alone", Uint8Array.from(png), null],
    ["a PNG signature with one byte wrong", Uint8Array.from([...png.slice(0, 7), 0x0b, 0]), null],
    ["a PNG", Uint8Array.from([...png, 0]), "image/png"],
    ["an SVG with a doctype", tekst('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN">\n<svg></svg>'), "image/svg+xml"],
    ["an SVG in capitals", tekst("<SVG></SVG>"), "image/svg+xml"],
    ["an SVG after white space", tekst("\n  <svg\n></svg>"), "image/svg+xml"],
    ["an SVG right after its declaration, comment and doctype", tekst('<?xml version="1.0"?><!-- c --><!DOCTYPE svg><svg></svg>'), "image/svg+xml"],
    ["an SVG two lines after its declaration, comment and doctype", tekst('<?xml version="1.0"?>\n\n<!-- c -->\n\n<!DOCTYPE svg>\n\n<svg></svg>'), "image/svg+xml"],
    ["an element that only starts with svg", tekst("<svgx></svgx>"), null],
    ["an SVG after 2 KiB of comment", tekst(`<!--${"x".repeat(2100)}--><svg></svg>`), null],
    ["text before the SVG", tekst("logo <svg></svg>"), null],
  ])("%s", (_soort, invoer, verwacht) => {
    expect(logoTypeVan(invoer)).toBe(verwacht);
  });
  it("knows two logo types and the beeldmerk's box", () => {
    expect(LOGO_TYPES).toEqual(["image/png", "image/svg+xml"]);
    expect(BEELDMERK_MM).toEqual({ breedte: 13, hoogte: 37.125 });
  });
  it("has no retouradres without a postbus, and no lines without an address", () => {
    expect(retouradres({ postbus: null, postcodePlaats: "2500 EA Den Haag" })).toBeNull();
    expect(retouradres({ postbus: "", postcodePlaats: "" })).toBeNull();
    expect(adresregels(null)).toEqual([]);
    expect(adresregels(undefined)).toEqual([]);
    expect(adresregels("\n \r\n")).toEqual([]);
    expect(adresregels("Turfmarkt 147\n2511 DP Den Haag")).toEqual(["Turfmarkt 147", "2511 DP Den Haag"]);
  });
});
