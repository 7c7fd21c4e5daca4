import { describe, expect, it } from "vitest";
import { aanbevolenVertraging } from "@/scripts/lighthouse-vertraging";

describe("aanbevolenVertraging (the Lighthouse CPU throttling calculator's table)", () => {
  // The anchors the calculator itself lists: benchmarkIndex → slowdown.
  it.each([
    [150, 1],
    [800, 2],
    [1050, 2.5],
    [1300, 3],
    [1533, 4],
    [1766, 5],
    [2000, 6],
  ])("benchmarkIndex %i → %f×", (index, verwacht) => {
    expect(aanbevolenVertraging(index)).toBeCloseTo(verwacht, 1);
  });

  it("a host too slow to emulate the device gets no multiplier", () => {
    expect(aanbevolenVertraging(149)).toBeNull();
    expect(aanbevolenVertraging(Number.NaN)).toBeNull();
  });
});
