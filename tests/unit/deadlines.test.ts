import { describe, expect, it } from "vitest";
import { aftellen, deadlineketen, risico, risicoLabels } from "@/lib/domain/deadlines";
import { feestdagen, isWerkdag, plusWerkdagen, werkdagenTussen } from "@/lib/domain/werkdagen";
import { aanmeldFouten, isTeLaatRondgezonden, uiterlijkeRondzenddatum } from "@/lib/domain/ministerraad";

describe("working days", () => {
  it("knows the national holidays", () => {
    const f2025 = feestdagen(2025);
    for (const d of ["2025-01-01", "2025-04-21", "2025-04-26", "2025-05-05", "2025-05-29", "2025-06-09", "2025-12-25", "2025-12-26"]) expect(f2025.has(d)).toBe(true);
    expect(feestdagen(2026).has("2026-04-27")).toBe(true);
    expect(feestdagen(2026).has("2026-05-05")).toBe(false);
    expect(isWerkdag("2025-06-30")).toBe(true);
    expect(isWerkdag("2025-06-28")).toBe(false);
  });

  it("counts and steps over weekends and holidays", () => {
    expect(plusWerkdagen("2025-06-23", -2)).toBe("2025-06-19");
    expect(plusWerkdagen("2025-06-06", 1)).toBe("2025-06-10"); // over the weekend and Pinkstermaandag
    expect(werkdagenTussen("2025-06-27", "2025-06-30")).toBe(1);
    expect(werkdagenTussen("2025-06-30", "2025-06-27")).toBe(-1);
  });
});

describe("the deadline chain back from the MR", () => {
  it("plans from the MR of 30 June 2025", () => {
    const k = deadlineketen({ mrDatum: "2025-06-30", volgordes: [1, 2, 2, 3] });
    expect(k.rondzenddatum).toBe("2025-06-23");
    expect(k.bewindspersoon).toBe("2025-06-19");
    expect(k.paraaf).toEqual({ 3: "2025-06-17", 2: "2025-06-13", 1: "2025-06-11" });
  });

  it("plans from the uiterste beslisdatum when there is no MR date", () => {
    const k = deadlineketen({ uitersteBeslisdatum: "2025-07-04", volgordes: [1] });
    expect(k.rondzenddatum).toBeNull();
    expect(k.bewindspersoon).toBe("2025-07-04");
    expect(k.paraaf[1]).toBe("2025-07-02");
  });

  it("rates the risk of a deadline", () => {
    expect(risico("2025-06-30", "2025-07-01")).toBe("te_laat");
    expect(risico("2025-06-30", "2025-06-26")).toBe("krap");
    expect(risico("2025-06-30", "2025-06-16")).toBe("op_schema");
    expect(risico(null, "2025-06-16")).toBe("op_schema");
  });

  it("counts down in working days", () => {
    expect(aftellen("2025-06-30", "2025-06-25")).toBe("nog 3 werkdagen");
    expect(aftellen("2025-06-30", "2025-06-27")).toBe("nog 1 werkdag");
    expect(aftellen("2025-06-30", "2025-06-30")).toBe("vandaag");
    expect(aftellen("2025-06-30", "2025-07-02")).toBe("2 werkdagen geleden");
  });
});

describe("MR aanmelding", () => {
  it("needs the papers 7 days before the meeting, or a motivation", () => {
    expect(uiterlijkeRondzenddatum("2025-06-30")).toBe("2025-06-23");
    expect(isTeLaatRondgezonden("2025-06-23", "2025-06-30")).toBe(false);
    expect(isTeLaatRondgezonden("2025-06-24", "2025-06-30")).toBe(true);
    expect(aanmeldFouten({ vergaderdatum: "2025-06-30", rondgezondenOp: "2025-06-25", motivering: null, vandaag: "2025-06-20" }).map((f) => f.path)).toEqual(["motivering"]);
    expect(aanmeldFouten({ vergaderdatum: "2025-06-30", rondgezondenOp: "2025-06-25", motivering: "Spoed", vandaag: "2025-06-20" })).toEqual([]);
  });

  it("refuses past meetings and papers after the meeting", () => {
    const f = aanmeldFouten({ vergaderdatum: "2025-06-30", rondgezondenOp: "2025-07-01", motivering: "x", vandaag: "2025-07-01" });
    expect(f.map((x) => x.path)).toEqual(["vergaderingId", "rondgezondenOp"]);
  });
});

describe("the deadline chain, edge cases worked out by hand", () => {
  it("steps back to the working day before when MR − 7 days is a holiday", () => {
    // MR Monday 16 June 2025: 9 June is Pinkstermaandag → Friday 6 June; minister 2 working days
    // before that (Wednesday 4 June); the one paraaf group 2 more (Monday 2 June).
    expect(deadlineketen({ mrDatum: "2025-06-16", volgordes: [1] })).toEqual({
      mrDatum: "2025-06-16",
      rondzenddatum: "2025-06-06",
      bewindspersoon: "2025-06-04",
      paraaf: { 1: "2025-06-02" },
    });
  });

  it("steps back over a weekend when MR − 7 days is a Sunday", () => {
    // MR Sunday 6 July 2025 (an extra meeting): 29 June is a Sunday → Friday 27 June.
    const k = deadlineketen({ mrDatum: "2025-07-06", volgordes: [] });
    expect(k.rondzenddatum).toBe("2025-06-27");
    expect(k.bewindspersoon).toBe("2025-06-25");
    expect(k.paraaf).toEqual({});
  });

  it("the MR date wins over the uiterste beslisdatum", () => {
    const k = deadlineketen({ mrDatum: "2025-06-30", uitersteBeslisdatum: "2025-06-27", volgordes: [1] });
    expect(k.bewindspersoon).toBe("2025-06-19");
    expect(k.paraaf).toEqual({ 1: "2025-06-17" });
  });

  it("plans nothing without an MR date or an uiterste beslisdatum", () => {
    expect(deadlineketen({ volgordes: [1, 2] })).toEqual({ mrDatum: null, rondzenddatum: null, bewindspersoon: null, paraaf: {} });
    expect(deadlineketen({ mrDatum: null, uitersteBeslisdatum: null, volgordes: [1] })).toEqual({ mrDatum: null, rondzenddatum: null, bewindspersoon: null, paraaf: {} });
  });

  it("orders the groups by volgorde, not by the order they are given in", () => {
    const k = deadlineketen({ uitersteBeslisdatum: "2025-07-04", volgordes: [1, 3, 2] });
    expect(k.paraaf).toEqual({ 3: "2025-07-02", 2: "2025-06-30", 1: "2025-06-26" });
  });

  it("rates the risk at the edges: due today is krap, 2 working days krap, 3 op schema", () => {
    const gevallen: [string | null, string, string][] = [
      ["2025-06-30", "2025-06-30", "krap"],
      ["2025-06-30", "2025-06-26", "krap"], // Thu → Mon: 2 working days
      ["2025-06-30", "2025-06-25", "op_schema"], // Wed → Mon: 3
      ["2025-06-30", "2025-07-01", "te_laat"],
      ["", "2025-06-30", "op_schema"],
    ];
    for (const [deadline, vandaag, verwacht] of gevallen) expect(risico(deadline, vandaag), `${deadline} on ${vandaag}`).toBe(verwacht);
  });

  it("counts down over weekends in words", () => {
    const gevallen: [string, string, string][] = [
      ["2025-06-28", "2025-06-27", "na het weekend"], // Sat, seen on Fri: no working day between
      ["2025-06-28", "2025-06-30", "afgelopen weekend"], // Sat, seen on Mon
      ["2025-06-27", "2025-06-30", "1 werkdag geleden"], // Fri, seen on Mon
      ["2025-06-30", "2025-06-26", "nog 2 werkdagen"],
      ["2025-06-26", "2025-06-30", "2 werkdagen geleden"],
    ];
    for (const [doel, vandaag, verwacht] of gevallen) expect(aftellen(doel, vandaag), `${doel} seen on ${vandaag}`).toBe(verwacht);
  });

  it("labels the risks", () => {
    expect(risicoLabels).toEqual({ op_schema: "Op schema", krap: "Krap", te_laat: "Te laat" });
  });
});
