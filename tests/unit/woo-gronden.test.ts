import { describe, expect, it } from "vitest";
import {
  WOO_GROND_CODES,
  WOO_GRONDEN,
  checkGrondenCombinatie,
  isWooGrond,
  onbekendeWooGrondMelding,
  wooGrondOmschrijving,
  type WooGrond,
} from "@/lib/domain/woo-gronden";
import { wooGrondSchema } from "@/lib/domain/woo-grond-schema";

describe("Woo grounds (DOMAIN.md §3)", () => {
  it("lists exactly the codes of art. 5.1 and 5.2, in the order of the law", () => {
    expect(WOO_GRONDEN.map((g) => g.code)).toEqual([
      "5.1.1a", "5.1.1b", "5.1.1c", "5.1.1d", "5.1.1e",
      "5.1.2a", "5.1.2b", "5.1.2c", "5.1.2d", "5.1.2e", "5.1.2f", "5.1.2g", "5.1.2h", "5.1.2i",
      "5.1.5", "5.2",
    ]);
    expect(WOO_GROND_CODES).toEqual(WOO_GRONDEN.map((g) => g.code));
  });

  it.each([
    ["5.1.1a", "absoluut"],
    ["5.1.1e", "absoluut"],
    ["5.1.2a", "relatief"],
    ["5.1.2i", "relatief"],
    ["5.1.5", "onevenredige_benadeling"],
    ["5.2", "beleidsopvattingen"],
  ] as const)("%s is %s", (code, soort) => {
    expect(WOO_GRONDEN.find((g) => g.code === code)?.soort).toBe(soort);
  });

  it("gives every ground a non-empty Dutch description", () => {
    expect(wooGrondOmschrijving("5.1.2e")).toBe("Eerbiediging van de persoonlijke levenssfeer");
    expect(wooGrondOmschrijving("5.1.2i")).toBe("Goed functioneren van de Staat");
    expect(wooGrondOmschrijving("5.1.5")).toBe("Onevenredige benadeling");
    expect(wooGrondOmschrijving("5.2")).toBe("Persoonlijke beleidsopvattingen");
    for (const g of WOO_GRONDEN) expect(wooGrondOmschrijving(g.code).length).toBeGreaterThan(5);
  });

  it.each([
    ["5.1.2e", true],
    ["5.1.1a", true],
    ["5.2", true],
    ["5.1.5", true],
    ["5.1.9", false],
    ["5.1.2j", false],
    ["5.1.2", false],
    ["5.1.2E", false],
    [" 5.1.2e", false],
    ["art. 5.1.2e", false],
    ["", false],
    [5.2, false],
    [null, false],
    [undefined, false],
  ] as const)("isWooGrond(%j) is %s", (waarde, verwacht) => {
    expect(isWooGrond(waarde)).toBe(verwacht);
  });

  it("accepts every known code in the zod schema", () => {
    for (const code of WOO_GROND_CODES) expect(wooGrondSchema.parse(code)).toBe(code);
  });

  it.each([
    ["5.1.9", 'Onbekende Woo-grond "5.1.9". Kies uit 5.1.1a–e, 5.1.2a–i, 5.1.5 of 5.2.'],
    ["5.1.2E", 'Onbekende Woo-grond "5.1.2E". Kies uit 5.1.1a–e, 5.1.2a–i, 5.1.5 of 5.2.'],
    [12, "Kies een Woo-grond: 5.1.1a–e, 5.1.2a–i, 5.1.5 of 5.2."],
    [undefined, "Kies een Woo-grond: 5.1.1a–e, 5.1.2a–i, 5.1.5 of 5.2."],
  ])("refuses %j with a Dutch message naming it", (waarde, melding) => {
    const r = wooGrondSchema.safeParse(waarde);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual([melding]);
  });

  it("shortens an absurdly long bad code in the message", () => {
    const melding = onbekendeWooGrondMelding("x".repeat(500), " in regel 2");
    expect(melding).toBe(`Onbekende Woo-grond "${"x".repeat(40)}…" in regel 2. Kies uit 5.1.1a–e, 5.1.2a–i, 5.1.5 of 5.2.`);
  });

  describe("checkGrondenCombinatie", () => {
    const geldig: WooGrond[][] = [[], ["5.1.2e"], ["5.1.2e", "5.1.2i"], ["5.1.1d", "5.1.2e"], ["5.1.5"], ["5.1.5", "5.2"], ["5.2", "5.1.2e"]];
    it.each(geldig.map((c) => [c.join(", ") || "(geen)", c] as const))("allows %s", (_naam, codes) => {
      expect(checkGrondenCombinatie(codes)).toBeNull();
    });

    it.each([
      [["5.1.5", "5.1.2e"], /5\.1\.5 .*niet samen met een andere grond uit artikel 5\.1 \(5\.1\.2e\)/],
      [["5.1.2i", "5.1.5"], /5\.1\.5 .*\(5\.1\.2i\)/],
      [["5.1.1a", "5.1.5", "5.2"], /5\.1\.5 .*\(5\.1\.1a\)/],
      [["5.1.2e", "5.1.2e"], /Woo-grond 5\.1\.2e staat meer dan één keer/],
      [["5.2", "5.1.2i", "5.2"], /Woo-grond 5\.2 staat meer dan één keer/],
    ] as [WooGrond[], RegExp][])("refuses %j", (codes, melding) => {
      expect(checkGrondenCombinatie(codes)).toMatch(melding);
    });
  });
});
