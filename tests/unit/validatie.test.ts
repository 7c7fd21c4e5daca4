import { describe, expect, it } from "vitest";
import { dagSchema, idSchema, optioneleTekst, verplichteTekst, z } from "@/lib/domain/validatie";

const meldingen = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? [] : r.error!.issues.map((i) => i.message));

describe("dagSchema", () => {
  it("takes a date that exists, trimmed", () => {
    expect(dagSchema.parse("2025-06-30")).toBe("2025-06-30");
    expect(dagSchema.parse(" 2025-06-30 ")).toBe("2025-06-30");
    expect(dagSchema.parse("2024-02-29")).toBe("2024-02-29");
    expect(dagSchema.parse("2025-12-31")).toBe("2025-12-31");
  });

  it("refuses a date that is not on the calendar", () => {
    for (const dag of ["2025-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-06-00", "1900-02-29"]) {
      expect(meldingen(dagSchema.safeParse(dag)), dag).toEqual(["Deze datum bestaat niet."]);
    }
  });

  it("refuses another notation with an example of the right one, as its first message", () => {
    // zod runs the calendar check too, so "Deze datum bestaat niet." follows; the notation comes first.
    for (const dag of ["30-06-2025", "2025-6-30", "2025/06/30", "20250630", "2025-06-30T00:00", ""]) {
      expect(meldingen(dagSchema.safeParse(dag))[0], dag).toBe("Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-06-30.");
    }
  });

  it("asks for a date where none is given", () => {
    expect(meldingen(dagSchema.safeParse(undefined))).toEqual(["Vul een datum in."]);
    expect(meldingen(dagSchema.safeParse(20250630))).toEqual(["Vul een datum in."]);
  });
});

describe("idSchema", () => {
  it("takes a uuid and refuses anything else in Dutch", () => {
    expect(idSchema.parse("5f0c3c1e-8d7b-4c1a-9a57-0d7e2b6c1a11")).toBe("5f0c3c1e-8d7b-4c1a-9a57-0d7e2b6c1a11");
    for (const id of ["5f0c3c1e-8d7b-4c1a-9a57-0d7e2b6c1a1", "nota-1", ""]) expect(meldingen(idSchema.safeParse(id)), id).toEqual(["Dit is geen geldige verwijzing (uuid)."]);
  });
});

describe("verplichteTekst", () => {
  const onderwerp = () => verplichteTekst("een onderwerp", 10);

  it("trims, and takes text up to the maximum", () => {
    expect(onderwerp().parse("  Woo  ")).toBe("Woo");
    expect(onderwerp().parse("1234567890")).toBe("1234567890");
    expect(onderwerp().parse("  1234567890  ")).toBe("1234567890");
  });

  it("asks for the text when it is missing, empty or only white space", () => {
    for (const v of [undefined, null, "", "   ", 5]) expect(meldingen(onderwerp().safeParse(v)), String(v)).toEqual(["Vul een onderwerp in."]);
  });

  it("names the maximum, the label capitalised", () => {
    expect(meldingen(onderwerp().safeParse("12345678901"))).toEqual(["Een onderwerp mag hoogstens 10 tekens lang zijn."]);
  });

  it("allows 500 characters by default", () => {
    const kern = verplichteTekst("de kern");
    expect(kern.parse("x".repeat(500))).toHaveLength(500);
    expect(meldingen(kern.safeParse("x".repeat(501)))).toEqual(["De kern mag hoogstens 500 tekens lang zijn."]);
  });
});

describe("optioneleTekst", () => {
  const toelichting = () => optioneleTekst("de toelichting", 10);

  it("reads absent, empty and blank text as null", () => {
    for (const v of [undefined, null, "", "   "]) expect(toelichting().parse(v), String(v)).toBeNull();
  });

  it("keeps text, trimmed", () => {
    expect(toelichting().parse("  Zie nota  ")).toBe("Zie nota");
    expect(toelichting().parse("0")).toBe("0");
  });

  it("names the maximum, the label capitalised; 500 by default", () => {
    expect(meldingen(toelichting().safeParse("12345678901"))).toEqual(["De toelichting mag hoogstens 10 tekens lang zijn."]);
    const lang = optioneleTekst("een opmerking");
    expect(lang.parse("x".repeat(500))).toHaveLength(500);
    expect(meldingen(lang.safeParse("x".repeat(501)))).toEqual(["Een opmerking mag hoogstens 500 tekens lang zijn."]);
  });
});

describe("zod's own messages", () => {
  it("are Dutch", () => {
    const [melding] = meldingen(z.number().safeParse("x"));
    expect(melding).toMatch(/^Ongeldige invoer: verwacht /);
  });
});
