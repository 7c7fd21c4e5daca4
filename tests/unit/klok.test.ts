import { describe, expect, it } from "vitest";
import { systeemKlok, vasteKlok } from "@/lib/domain/klok";

describe("the clock a use case acts at", () => {
  it("the system clock reads the real time, now", () => {
    const voor = Date.now();
    const t = systeemKlok();
    const na = Date.now();
    expect(t).toBeInstanceOf(Date);
    expect(t.getTime()).toBeGreaterThanOrEqual(voor);
    expect(t.getTime()).toBeLessThanOrEqual(na);
  });

  it("a fixed clock always reads its moment, given as a string or as a Date", () => {
    const klok = vasteKlok("2025-06-30T09:15:00.000Z");
    expect(klok().toISOString()).toBe("2025-06-30T09:15:00.000Z");
    expect(klok().toISOString()).toBe("2025-06-30T09:15:00.000Z");
    expect(vasteKlok(new Date(Date.UTC(2024, 11, 31, 23, 59, 59)))().toISOString()).toBe("2024-12-31T23:59:59.000Z");
  });

  it("hands out a fresh Date each time: changing one does not move the clock", () => {
    const moment = new Date("2025-06-30T09:15:00.000Z");
    const klok = vasteKlok(moment);
    const eerste = klok();
    eerste.setUTCFullYear(1999);
    moment.setUTCFullYear(1998);
    expect(klok().toISOString()).toBe("2025-06-30T09:15:00.000Z");
    expect(klok()).not.toBe(klok());
  });

  it("refuses a moment that is no time, naming it", () => {
    expect(() => vasteKlok("gisteren")).toThrow("Ongeldig tijdstip: gisteren");
    expect(() => vasteKlok(new Date(Number.NaN))).toThrow("Ongeldig tijdstip: Invalid Date");
  });
});
