// The ministerraad's year in the database: the seeded calendar skips holidays, the recess the
// mr_coordinator sets removes (and later restores) regular meetings, an aangehouden nota moves
// past a holiday and past the recess, and the meeting page's one-pass outcomes (same use case per
// item). Dates are written out; 2040 is chosen so the test stays in the future (Koningsdag 2040 is
// a Friday; Easter 2040 is 1 April).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dagAlsDate, dagIso } from "@/lib/domain/datum";
import { setReces } from "@/lib/server/ministerraad/set-reces";
import { registerForMr } from "@/lib/server/ministerraad/register-for-mr";
import { recordMrOutcome } from "@/lib/server/ministerraad/record-mr-outcome";
import { recordMeetingOutcomes } from "@/lib/server/ministerraad/record-meeting-outcomes";
import { seedMrCalendar } from "@/prisma/seed";
import { as, ensureSeed, expectAppError, notaBesloten, prisma } from "@/tests/support/fixtures";

/** The regular meetings in a period (other files of the run add extra meetings of their own). */
async function vergaderdata(van: string, tot: string): Promise<string[]> {
  const rows = await prisma.mrVergadering.findMany({ where: { datum: { gte: dagAlsDate(van), lte: dagAlsDate(tot) }, soort: "regulier" }, orderBy: { datum: "asc" } });
  return rows.map((r) => dagIso(r.datum));
}

async function vergadering(datum: string) {
  return prisma.mrVergadering.findUniqueOrThrow({ where: { datum: dagAlsDate(datum) } });
}

beforeAll(async () => {
  await ensureSeed();
  // The 2040 calendar comes with its recess: setting it makes the year's regular meetings.
  await setReces(await as("mr"), { jaar: 2040, van: "2040-07-07", tot: "2040-08-19" });
}, 120_000);
afterAll(() => prisma.$disconnect());

describe("the seeded calendar", () => {
  it("has no regular meeting on Christmas Day 2026 or New Year's Day 2027, and one on the Fridays around them", async () => {
    expect(await vergaderdata("2026-12-14", "2027-01-10")).toEqual(["2026-12-18", "2027-01-08"]);
    expect(await vergaderdata("2025-12-20", "2025-12-31")).toEqual([]); // 26 December 2025: Tweede Kerstdag
  });

  it("removes a regular meeting an earlier seed put on a holiday, unless a nota is on it", async () => {
    await prisma.mrVergadering.create({ data: { datum: dagAlsDate("2026-12-25"), soort: "regulier" } });
    await seedMrCalendar(prisma);
    expect(await vergaderdata("2026-12-25", "2026-12-25")).toEqual([]);
    // An extra meeting the mr_coordinator put on a holiday stays.
    await prisma.mrVergadering.create({ data: { datum: dagAlsDate("2026-12-25"), soort: "extra" } });
    await seedMrCalendar(prisma);
    expect((await prisma.mrVergadering.findUnique({ where: { datum: dagAlsDate("2026-12-25") } }))?.soort).toBe("extra");
    await prisma.mrVergadering.delete({ where: { datum: dagAlsDate("2026-12-25") } });
  });
});

describe("the summer recess", () => {
  it("leaves the Fridays of 7 July – 19 August 2040 without a regular meeting, and Koningsdag", async () => {
    expect(await vergaderdata("2040-06-25", "2040-08-31")).toEqual(["2040-06-29", "2040-07-06", "2040-08-24", "2040-08-31"]);
    expect(await vergaderdata("2040-04-15", "2040-05-10")).toEqual(["2040-04-20", "2040-05-04"]);
    const n = (await vergaderdata("2040-01-01", "2040-12-31")).length;
    expect(n).toBe(52 - 1 - 6); // 52 Fridays, Koningsdag, six in the recess
  });

  it("is recorded in the audit trail with the meetings that fell out, and refused for others than the mr_coordinator", async () => {
    const e = await prisma.auditEvent.findFirst({ where: { actie: "mr.reces_vastgelegd" }, orderBy: { seq: "desc" } });
    expect(e?.na).toMatchObject({ jaar: 2040, van: "2040-07-07", tot: "2040-08-19" });
    await expectAppError(setReces(await as("beheer"), { jaar: 2040, van: "2040-07-07", tot: "2040-08-19" }), "FORBIDDEN");
    await expectAppError(setReces(await as("mr"), { jaar: 2040, van: "2040-08-19", tot: "2040-07-07" }), "VALIDATION_FAILED");
  });

  it("restores the Fridays a shorter recess gives back, and refuses one over a meeting with notas on it", async () => {
    const mr = await as("mr");
    await setReces(mr, { jaar: 2040, van: "2040-07-14", tot: "2040-08-19" });
    expect(await vergaderdata("2040-07-01", "2040-07-31")).toEqual(["2040-07-06", "2040-07-13"]);
    let n = await notaBesloten();
    n = await registerForMr(mr, n.id, n.versie, { vergaderingId: (await vergadering("2040-07-13")).id, rondgezondenOp: "2040-07-06" });
    await expectAppError(setReces(mr, { jaar: 2040, van: "2040-07-07", tot: "2040-08-19" }), "CONFLICT", /13 juli 2040/);
    expect(await vergaderdata("2040-07-13", "2040-07-13")).toEqual(["2040-07-13"]);
    // Aangehouden on the last meeting before the recess: back on the first one after it.
    n = await recordMrOutcome(mr, n.id, n.versie, { uitkomst: "aangehouden" });
    expect(n.status).toBe("aangemeld_mr");
    expect(n.mrHistorie.map((h) => h.vergadering.datum)).toEqual(["2040-07-13", "2040-08-24"]);
  });

  it("moves an aangehouden nota past a holiday: from 20 April 2040 to 4 May, Koningsdag has no meeting", async () => {
    const mr = await as("mr");
    let n = await notaBesloten();
    n = await registerForMr(mr, n.id, n.versie, { vergaderingId: (await vergadering("2040-04-20")).id, rondgezondenOp: "2040-04-13" });
    n = await recordMrOutcome(mr, n.id, n.versie, { uitkomst: "aangehouden" });
    expect(n.mrHistorie.map((h) => h.vergadering.datum)).toEqual(["2040-04-20", "2040-05-04"]);
  });
});

describe("outcomes in one pass from the meeting page", () => {
  it("records every item through the same use case, each with its own version check; a stale one is reported, the others stay recorded", async () => {
    const mr = await as("mr");
    const v = await vergadering("2040-06-29");
    const notas = [];
    for (let i = 0; i < 3; i++) {
      const b = await notaBesloten();
      notas.push(await registerForMr(mr, b.id, b.versie, { vergaderingId: v.id, rondgezondenOp: "2040-06-22" }));
    }
    const [a, b, c] = notas as [(typeof notas)[0], (typeof notas)[0], (typeof notas)[0]];
    const resultaten = await recordMeetingOutcomes(mr, v.id, [
      { notaId: a.id, versie: a.versie, uitkomst: "akkoord" },
      { notaId: b.id, versie: b.versie - 1, uitkomst: "akkoord" }, // stale
      { notaId: c.id, versie: c.versie, uitkomst: "aanvaard_met_wijzigingen" }, // toelichting missing
    ]);
    expect(resultaten.map((r) => [r.notaId, r.ok])).toEqual([
      [a.id, true],
      [b.id, false],
      [c.id, false],
    ]);
    expect(resultaten[1]!.melding).toMatch(/gewijzigd|versie/i);
    expect(resultaten[2]!.fouten).toEqual([{ path: "toelichting", message: "Noteer kort welke wijzigingen de ministerraad aanbracht." }]);
    const opnieuw = await recordMeetingOutcomes(mr, v.id, [
      { notaId: a.id, versie: a.versie + 1, uitkomst: "akkoord" }, // already decided: not open any more
      { notaId: b.id, versie: b.versie, uitkomst: "teruggetrokken" },
      { notaId: c.id, versie: c.versie, uitkomst: "aanvaard_met_wijzigingen", toelichting: "Met een zin over de uitvoering." },
      { notaId: a.id, versie: 0, uitkomst: "" }, // left open: skipped
    ]);
    expect(opnieuw.map((r) => r.ok)).toEqual([false, true, true]);
    const punten = await prisma.mrAgendapunt.findMany({ where: { vergaderingId: v.id }, select: { notaId: true, uitkomst: true, toelichting: true } });
    const per = Object.fromEntries(punten.map((p) => [p.notaId, [p.uitkomst, p.toelichting]]));
    expect(per).toEqual({ [a.id]: ["akkoord", null], [b.id]: ["teruggetrokken", null], [c.id]: ["aanvaard_met_wijzigingen", "Met een zin over de uitvoering."] });
    const events = await prisma.auditEvent.findMany({ where: { actie: "mr.uitkomst", notaId: { in: [a.id, b.id, c.id] } } });
    expect(events).toHaveLength(3);
    await expectAppError(recordMeetingOutcomes(await as("opsteller"), v.id, []), "FORBIDDEN");
    await expectAppError(recordMeetingOutcomes(mr, "00000000-0000-4000-8000-000000000000", []), "NOT_FOUND");
  });
});
