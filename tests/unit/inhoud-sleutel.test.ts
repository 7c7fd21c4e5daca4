import { describe, expect, it } from "vitest";
import { dashboardSleutel, fnv1a } from "@/lib/ui/inhoud-sleutel";

describe("fnv1a", () => {
  // The published FNV-1a 32-bit test vectors (Fowler/Noll/Vo, "FNV test suite"): for ASCII text the
  // UTF-16 code units are the bytes.
  it.each([
    ["", "811c9dc5"],
    ["a", "e40c292c"],
    ["b", "e70c2de5"],
    ["foobar", "bf9cf968"],
  ])("fnv1a(%j) = %s", (tekst, verwacht) => {
    expect(fnv1a(tekst)).toBe(verwacht);
  });
});

describe("dashboardSleutel", () => {
  const basis = { taken: [{ id: "n1", taak: "Paraaf" }], vergaderingen: [], perStatus: { concept: 2 }, bijgewerktOp: "2026-06-30T08:00:00.000Z" };

  it("does not change with the moment the dashboard was made", () => {
    expect(dashboardSleutel({ ...basis, bijgewerktOp: "2026-06-30T08:00:30.000Z" } as typeof basis)).toBe(dashboardSleutel(basis));
  });

  it.each([
    ["a task more", { ...basis, taken: [...basis.taken, { id: "n2", taak: "Besluit" }] }],
    ["a count changed", { ...basis, perStatus: { concept: 3 } }],
    ["a meeting added", { ...basis, vergaderingen: [{ datum: "2026-07-03" }] }],
  ])("changes when %s", (_naam, ander) => {
    expect(dashboardSleutel(ander)).not.toBe(dashboardSleutel(basis));
  });
});
