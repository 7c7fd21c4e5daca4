// The ministerraad's year: holidays (written out from the calendar, not computed here), the
// regular Fridays that fall out, the recess, and the deadlines planned back over a holiday.
import { describe, expect, it } from "vitest";
import { feestdag, feestdagNamen, werkdagOpOfVoor, werkdagenTussen } from "@/lib/domain/werkdagen";
import { geenVergaderingReden, recesSchema, reguliereVergaderdata, vervallenVrijdagen } from "@/lib/domain/mr-kalender";
import { aftellen, deadlineketen } from "@/lib/domain/deadlines";
import { uiterlijkeRondzenddatum } from "@/lib/domain/ministerraad";

/** The national holidays, from the published calendars (Easter: 20 April 2025, 5 April 2026, 28 March 2027, 16 April 2028, 1 April 2029, 21 April 2030). */
const FEESTDAGEN: Record<number, [string, string][]> = {
  2025: [["2025-01-01", "Nieuwjaarsdag"], ["2025-04-21", "Tweede Paasdag"], ["2025-04-26", "Koningsdag"], ["2025-05-05", "Bevrijdingsdag"], ["2025-05-29", "Hemelvaartsdag"], ["2025-06-09", "Tweede Pinksterdag"], ["2025-12-25", "Eerste Kerstdag"], ["2025-12-26", "Tweede Kerstdag"]],
  2026: [["2026-01-01", "Nieuwjaarsdag"], ["2026-04-06", "Tweede Paasdag"], ["2026-04-27", "Koningsdag"], ["2026-05-14", "Hemelvaartsdag"], ["2026-05-25", "Tweede Pinksterdag"], ["2026-12-25", "Eerste Kerstdag"], ["2026-12-26", "Tweede Kerstdag"]],
  2027: [["2027-01-01", "Nieuwjaarsdag"], ["2027-03-29", "Tweede Paasdag"], ["2027-04-27", "Koningsdag"], ["2027-05-06", "Hemelvaartsdag"], ["2027-05-17", "Tweede Pinksterdag"], ["2027-12-25", "Eerste Kerstdag"], ["2027-12-26", "Tweede Kerstdag"]],
  2028: [["2028-01-01", "Nieuwjaarsdag"], ["2028-04-17", "Tweede Paasdag"], ["2028-04-27", "Koningsdag"], ["2028-05-25", "Hemelvaartsdag"], ["2028-06-05", "Tweede Pinksterdag"], ["2028-12-25", "Eerste Kerstdag"], ["2028-12-26", "Tweede Kerstdag"]],
  2029: [["2029-01-01", "Nieuwjaarsdag"], ["2029-04-02", "Tweede Paasdag"], ["2029-04-27", "Koningsdag"], ["2029-05-10", "Hemelvaartsdag"], ["2029-05-21", "Tweede Pinksterdag"], ["2029-12-25", "Eerste Kerstdag"], ["2029-12-26", "Tweede Kerstdag"]],
  2030: [["2030-01-01", "Nieuwjaarsdag"], ["2030-04-22", "Tweede Paasdag"], ["2030-04-27", "Koningsdag"], ["2030-05-05", "Bevrijdingsdag"], ["2030-05-30", "Hemelvaartsdag"], ["2030-06-10", "Tweede Pinksterdag"], ["2030-12-25", "Eerste Kerstdag"], ["2030-12-26", "Tweede Kerstdag"]],
};

describe("the national holidays", () => {
  it.each(Object.entries(FEESTDAGEN))("are those of the calendar in %s", (jaar, verwacht) => {
    expect([...feestdagNamen(Number(jaar)).entries()].sort()).toEqual([...verwacht].sort());
  });

  it("moves Koningsdag to Saturday 26 April when the 27th is a Sunday (2025, 2031), never to Monday", () => {
    expect(feestdag("2025-04-26")).toBe("Koningsdag");
    expect(feestdag("2025-04-27")).toBeNull();
    expect(feestdag("2031-04-26")).toBe("Koningsdag");
    expect(feestdag("2031-04-28")).toBeNull();
  });

  it("has Bevrijdingsdag as a day off only every fifth year", () => {
    expect(feestdag("2025-05-05")).toBe("Bevrijdingsdag");
    expect(feestdag("2026-05-05")).toBeNull();
    expect(feestdag("2035-05-05")).toBe("Bevrijdingsdag");
  });

  it("does not count Goede Vrijdag as a holiday of the Rijksoverheid", () => {
    expect(feestdag("2026-04-03")).toBeNull();
  });
});

describe("the regular meetings", () => {
  /** Fridays without a regular meeting, from the table above: holidays on a Friday. */
  const VERVALLEN: Record<number, { datum: string; reden: string }[]> = {
    2025: [{ datum: "2025-12-26", reden: "Tweede Kerstdag" }],
    2026: [{ datum: "2026-12-25", reden: "Eerste Kerstdag" }],
    2027: [{ datum: "2027-01-01", reden: "Nieuwjaarsdag" }],
    2028: [],
    2029: [{ datum: "2029-04-27", reden: "Koningsdag" }],
  };

  it.each(Object.entries(VERVALLEN))("skip the holidays on a Friday in %s", (jaar, verwacht) => {
    expect(vervallenVrijdagen(Number(jaar), null)).toEqual(verwacht);
  });

  it("meet on 51 Fridays in 2026 (52 Fridays, Christmas Day out), none on 25 December 2026 or 1 January 2027", () => {
    const data = reguliereVergaderdata(2026, null);
    expect(data).toHaveLength(51);
    expect(data[0]).toBe("2026-01-02");
    expect(data.at(-1)).toBe("2026-12-18");
    expect(data).not.toContain("2026-12-25");
    expect(reguliereVergaderdata(2027, null)[0]).toBe("2027-01-08");
  });

  it("skip the summer recess the mr_coordinator set (both ends included)", () => {
    const reces = { van: "2026-07-10", tot: "2026-08-21" };
    const data = reguliereVergaderdata(2026, reces);
    expect(data.filter((d) => d >= "2026-07-01" && d <= "2026-08-31")).toEqual(["2026-07-03", "2026-08-28"]);
    expect(data).toHaveLength(51 - 7); // 10, 17, 24, 31 July, 7, 14, 21 August
    expect(geenVergaderingReden("2026-07-10", reces)).toBe("zomerreces");
    expect(geenVergaderingReden("2026-12-25", reces)).toBe("Eerste Kerstdag");
    expect(geenVergaderingReden("2026-07-03", reces)).toBeNull();
  });

  it("validate the recess: within its year, not ending before it starts", () => {
    expect(recesSchema.safeParse({ jaar: 2026, van: "2026-07-10", tot: "2026-08-21" }).success).toBe(true);
    const fouten = (v: unknown) => recesSchema.safeParse(v).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(fouten({ jaar: 2026, van: "2026-08-21", tot: "2026-07-10" })).toEqual([["tot", "Het reces eindigt niet voor het begint."]]);
    expect(fouten({ jaar: 2026, van: "2025-07-10", tot: "2026-08-21" })).toEqual([["van", "Kies een datum in 2026."]]);
    expect(fouten({ jaar: 2026, van: "2026-07-10", tot: "2026-08-21", extra: 1 })?.length).toBe(1);
  });
});

describe("deadlines over a holiday", () => {
  it("takes the working day before when 7 days before the meeting is a holiday or a weekend day", () => {
    expect(werkdagOpOfVoor("2027-01-01")).toBe("2026-12-31");
    expect(werkdagOpOfVoor("2026-12-26")).toBe("2026-12-24"); // Saturday Tweede Kerstdag, Christmas Day before it
    expect(uiterlijkeRondzenddatum("2027-01-08")).toBe("2026-12-31");
    expect(uiterlijkeRondzenddatum("2026-05-01")).toBe("2026-04-24"); // an ordinary Friday
    const k = deadlineketen({ mrDatum: "2027-01-08", volgordes: [1] });
    expect(k.rondzenddatum).toBe("2026-12-31");
    // Two working days before 31 December 2026: 29 December (the 24th, 28th … are counted, the 25th not).
    expect(k.bewindspersoon).toBe("2026-12-29");
    expect(k.paraaf[1]).toBe("2026-12-24");
  });

  it("counts down in working days past Christmas and New Year", () => {
    // From Wednesday 23 December 2026 to Friday 8 January 2027: 24, 28, 29, 30, 31 Dec, 4–8 Jan.
    expect(werkdagenTussen("2026-12-23", "2027-01-08")).toBe(10);
    expect(aftellen("2027-01-08", "2026-12-23")).toBe("nog 10 werkdagen");
  });
});
