import { describe, expect, it } from "vitest";
import { dossiernummerSchema, formatDossiernummer, formatKenmerk, formatVergaderjaar, kamerstukCitaat, kamerstukUrl, KENMERK_PATROON, ondernummerSchema, tkDocumentnummerSchema, tkZaaknummerSchema, vergaderjaarSchema } from "@/lib/domain/kamerstuk";
import { tkNummersSchema } from "@/lib/domain/nota-schemas";

describe("Kamerstuk numbers", () => {
  it("cites the seed nota's letter as the TK does", () => {
    const n = { dossiernummer: "29362", ondernummer: 385, vergaderjaar: "2024-2025" };
    expect(kamerstukCitaat(n)).toBe("Kamerstukken II 2024/25, 29 362, nr. 385");
    expect(kamerstukUrl(n)).toBe("https://zoek.officielebekendmakingen.nl/kst-29362-385.html");
  });

  it("groups dossier numbers and keeps chapter suffixes", () => {
    expect(formatDossiernummer("36200-VII")).toBe("36 200-VII");
    expect(formatDossiernummer("2 9 3 6 2")).toBe("29 362");
    expect(kamerstukUrl({ dossiernummer: "36200-VII", ondernummer: 5 })).toBe("https://zoek.officielebekendmakingen.nl/kst-36200-VII-5.html");
  });

  it("validates the numbers the TK sends back", () => {
    expect(tkNummersSchema.safeParse({ tkDocumentnummer: "2025D31349", tkZaaknummer: "2025Z13826", dossiernummer: "29 362", ondernummer: 385, vergaderjaar: "2024-2025" }).success).toBe(true);
    const bad = tkNummersSchema.safeParse({ tkDocumentnummer: "D31349", vergaderjaar: "2024-2026", dossiernummer: "29362" });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["tkDocumentnummer", "vergaderjaar", "ondernummer"]));
  });

  it("formats kenmerken", () => {
    expect(formatKenmerk("BZK", 2025, 1234)).toBe("BZK-2025-001234");
    expect(KENMERK_PATROON.test("BZK-2025-001234")).toBe(true);
  });
});

describe("Kamerstuk numbers, field by field", () => {
  const fouten = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? [] : r.error!.issues.map((i) => i.message));

  it("a TK-documentnummer is 4 digits, D, 5 digits (trimmed); a zaaknummer the same with Z", () => {
    expect(tkDocumentnummerSchema.parse(" 2025D31349 ")).toBe("2025D31349");
    expect(tkZaaknummerSchema.parse(" 2025Z13826 ")).toBe("2025Z13826");
    for (const fout of ["2025Z31349", "2025D3134", "2025D313490", "x2025D31349", "2025D31349x", "25D31349", ""]) {
      expect(fouten(tkDocumentnummerSchema.safeParse(fout)), fout).toEqual(["Een TK-documentnummer ziet eruit als 2025D31349."]);
    }
    for (const fout of ["2025D13826", "2025Z1382", "2025Z138260", "x2025Z13826", "2025Z13826x"]) {
      expect(fouten(tkZaaknummerSchema.safeParse(fout)), fout).toEqual(["Een TK-zaaknummer ziet eruit als 2025Z13826."]);
    }
  });

  it("a dossiernummer is up to 6 digits with an optional suffix, stored without spaces", () => {
    const goed: [string, string][] = [
      ["29362", "29362"],
      [" 29 362 ", "29362"],
      ["36 200-VII", "36200-VII"],
      ["1", "1"],
      ["123456-A1", "123456-A1"],
      ["36200-ABCDEFGH", "36200-ABCDEFGH"],
    ];
    for (const [invoer, uit] of goed) expect(dossiernummerSchema.parse(invoer), invoer).toBe(uit);
    for (const fout of ["1234567", "36200-vii", "36200-", "36200-ABCDEFGHI", "-VII", "dossier", "", "36200-VII-X"]) {
      expect(fouten(dossiernummerSchema.safeParse(fout)), fout).toEqual(["Een dossiernummer is een getal, eventueel met een toevoeging (29 362 of 36 200-VII)."]);
    }
  });

  it("an ondernummer is a positive whole number, also when it arrives as text", () => {
    expect(ondernummerSchema.parse("385")).toBe(385);
    expect(ondernummerSchema.parse(1)).toBe(1);
    expect(fouten(ondernummerSchema.safeParse("nr. 3"))).toEqual(["Het ondernummer is een getal."]);
    expect(fouten(ondernummerSchema.safeParse(2.5))).toEqual(["Het ondernummer is een geheel getal."]);
    expect(fouten(ondernummerSchema.safeParse(0))).toEqual(["Het ondernummer is positief."]);
    expect(fouten(ondernummerSchema.safeParse(-4))).toEqual(["Het ondernummer is positief."]);
  });

  it("a vergaderjaar runs over two consecutive years", () => {
    expect(vergaderjaarSchema.parse(" 2024-2025 ")).toBe("2024-2025");
    expect(vergaderjaarSchema.parse("1999-2000")).toBe("1999-2000");
    for (const fout of ["2024/2025", "2024-25", "24-2025", "x2024-2025", "2024-2025x"]) {
      expect(fouten(vergaderjaarSchema.safeParse(fout)), fout).toContain("Schrijf het vergaderjaar als 2024-2025.");
    }
    for (const fout of ["2024-2026", "2025-2024", "2024-2024"]) {
      expect(fouten(vergaderjaarSchema.safeParse(fout)), fout).toEqual(["Het vergaderjaar loopt over twee opeenvolgende jaren, zoals 2024-2025."]);
    }
  });

  it("formats numbers as the TK prints them", () => {
    const dossiers: [string, string][] = [
      ["999", "999"],
      ["1000", "1 000"],
      ["123456", "123 456"],
      ["1234567", "1 234 567"],
      ["36 200-VII", "36 200-VII"],
      ["21501-02", "21 501-02"],
    ];
    for (const [invoer, uit] of dossiers) expect(formatDossiernummer(invoer), invoer).toBe(uit);
    expect(formatVergaderjaar("2024-2025")).toBe("2024/25");
    expect(formatVergaderjaar("1999-2000")).toBe("1999/00");
    expect(kamerstukCitaat({ dossiernummer: "36200-VII", ondernummer: 12, vergaderjaar: "2025-2026" })).toBe("Kamerstukken II 2025/26, 36 200-VII, nr. 12");
    expect(kamerstukUrl({ dossiernummer: "29 362", ondernummer: 385 })).toBe("https://zoek.officielebekendmakingen.nl/kst-29362-385.html");
  });

  it("kenmerken: a 2–6 letter prefix, the year, six digits", () => {
    expect(formatKenmerk("AZ", 2026, 7)).toBe("AZ-2026-000007");
    expect(formatKenmerk("OCW", 2025, 123456)).toBe("OCW-2025-123456");
    for (const goed of ["AZ-2026-000007", "ABCDEF-2025-999999"]) expect(KENMERK_PATROON.test(goed), goed).toBe(true);
    for (const fout of ["B-2025-000001", "ABCDEFG-2025-000001", "BZK-25-000001", "BZK-2025-00001", "BZK-2025-0000012", "bzk-2025-000001", "xBZK-2025-000001", "BZK-2025-000001x"]) {
      expect(KENMERK_PATROON.test(fout), fout).toBe(false);
    }
  });
});
