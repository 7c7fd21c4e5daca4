import { describe, expect, it } from "vitest";
import { formatDossiernummer, formatKenmerk, kamerstukCitaat, kamerstukUrl, KENMERK_PATROON } from "@/lib/domain/kamerstuk";
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
