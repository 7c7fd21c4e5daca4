// The organisation's letter paper as data: validation with Dutch messages, the retouradres line,
// and a beeldmerk recognised by its content, never by its name.
import { describe, expect, it } from "vitest";
import { adresregels, logoTypeVan, retouradres } from "@/lib/domain/organisatie";
import { organisatieSchema } from "@/lib/domain/organisatie-schema";

const enc = (s: string) => new TextEncoder().encode(s);

describe("the organisation form", () => {
  it("takes the afkorting in capitals and the addresses as given", () => {
    const r = organisatieSchema.parse({ naam: " Ministerie van Financiën ", afkorting: "fin", postbus: "Postbus 20201", postcodePlaats: "2500 EE Den Haag", bezoekadres: "Korte Voorhout 7\n2511 CW Den Haag", website: "www.rijksoverheid.nl/fin" });
    expect(r).toEqual({ naam: "Ministerie van Financiën", afkorting: "FIN", postbus: "Postbus 20201", postcodePlaats: "2500 EE Den Haag", bezoekadres: "Korte Voorhout 7\n2511 CW Den Haag", website: "www.rijksoverheid.nl/fin" });
  });

  it.each([
    [{ naam: "X", afkorting: "B Z K" }, "afkorting", "De afkorting is 2 tot 10 hoofdletters of cijfers, bijvoorbeeld BZK; zij is het begin van elk kenmerk."],
    [{ naam: "X", afkorting: "B" }, "afkorting", "De afkorting is 2 tot 10 hoofdletters of cijfers, bijvoorbeeld BZK; zij is het begin van elk kenmerk."],
    [{ naam: "", afkorting: "BZK" }, "naam", "Vul de naam van de organisatie in."],
    [{ naam: "X", afkorting: "BZK", postbus: "Postbus 1" }, "postcodePlaats", "Vul postbus en postcode met plaats samen in (of laat beide leeg)."],
    [{ naam: "X", afkorting: "BZK", website: "geen adres" }, "website", "Geef een webadres, bijvoorbeeld www.rijksoverheid.nl."],
  ])("refuses %j with a message beside the field", (invoer, pad, melding) => {
    const issues = organisatieSchema.safeParse(invoer).error?.issues ?? [];
    expect(issues.map((i) => [i.path.join("."), i.message])).toEqual([[pad, melding]]);
  });

  it("writes the retouradres only with a complete postal address", () => {
    expect(retouradres({ postbus: "Postbus 20011", postcodePlaats: "2500 EA Den Haag" })).toBe("Retouradres Postbus 20011 2500 EA Den Haag");
    expect(retouradres({ postbus: "Postbus 20011", postcodePlaats: null })).toBeNull();
    expect(adresregels(" Turfmarkt 147 \r\n\n2511 DP Den Haag")).toEqual(["Turfmarkt 147", "2511 DP Den Haag"]);
  });
});

describe("the beeldmerk's type", () => {
  it.each([
    ["a PNG", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "image/png"],
    ["an SVG", enc('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'), "image/svg+xml"],
    ["an SVG with an XML declaration, a comment and a BOM", enc('\uFEFF<?xml version="1.0"?>\n<!-- logo -->\n<svg viewBox="0 0 1 1"></svg>'), "image/svg+xml"],
    ["a GIF", enc("GIF89a\u0001\u0000"), null],
    ["HTML", enc("<html><svg></svg></html>"), null],
    ["a PDF named logo.png", enc("%PDF-1.7\n"), null],
  ])("recognises %s", (_naam, bytes, type) => {
    expect(logoTypeVan(bytes)).toBe(type);
  });
});
