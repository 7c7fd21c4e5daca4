import { describe, expect, it } from "vitest";
import { dagAlsDate, dagIso, dagVan, formatDag, formatDagMetWeekdag, formatTijdstip, plusDagen, vrijdagenVan } from "@/lib/domain/datum";

describe("Dutch dates in Europe/Amsterdam", () => {
  it("writes a date-only value as officials read it", () => {
    expect(formatDag("2025-06-30")).toBe("30 juni 2025");
    expect(formatDag("2025-07-01")).toBe("1 juli 2025");
    expect(formatDagMetWeekdag("2025-06-30")).toBe("maandag 30 juni 2025");
  });

  it("places an instant on the Amsterdam calendar day, not the UTC one", () => {
    // 22:30 UTC on 30 June is 00:30 on 1 July in Amsterdam (summer time, UTC+2).
    const moment = new Date("2025-06-30T22:30:00Z");
    expect(dagVan(moment)).toBe("2025-07-01");
    expect(formatTijdstip(moment)).toBe("1 juli 2025 om 00:30");
    // In winter Amsterdam is UTC+1.
    expect(dagVan(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
  });

  it("refuses impossible dates", () => {
    expect(() => dagAlsDate("2025-02-30")).toThrow(RangeError);
    expect(() => dagAlsDate("30-06-2025")).toThrow(RangeError);
  });

  it("does day arithmetic on date-only values across DST changes", () => {
    expect(plusDagen("2025-06-30", -7)).toBe("2025-06-23");
    expect(plusDagen("2025-03-31", -7)).toBe("2025-03-24");
    expect(dagIso(new Date(Date.UTC(2025, 5, 30)))).toBe("2025-06-30");
  });

  it("lists the Fridays of a year", () => {
    const v = vrijdagenVan(2025);
    expect(v).toHaveLength(52);
    expect(v[0]).toBe("2025-01-03");
    expect(v.at(-1)).toBe("2025-12-26");
    expect(v.every((d) => dagAlsDate(d).getUTCDay() === 5)).toBe(true);
    expect(vrijdagenVan(2026)[0]).toBe("2026-01-02");
  });
});
