import { describe, expect, it } from "vitest";
import { aftellen, deadlineketen, risico } from "@/lib/domain/deadlines";
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
