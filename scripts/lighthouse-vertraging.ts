// Lighthouse's mobile profile slows the CPU down 4×, a factor chosen for a high-end desktop: on a
// slower host the emulated phone is slower than the phone Lighthouse means to emulate (Lighthouse,
// docs/throttling.md, "Calibrating the CPU slowdown"). The Lighthouse team's calculator
// (github.com/patrickhulce/lighthouse-cpu-throttling-calculator) maps the host's benchmarkIndex to
// the multiplier that emulates the intended device; this is its mapping, written out here.

/** The CPU slowdown that emulates Lighthouse's mobile device on a host with this benchmarkIndex, or null when the host is too slow to emulate it. */
export function aanbevolenVertraging(benchmarkIndex: number): number | null {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex < 150) return null;
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  return 1 + (benchmarkIndex - 150) / 650;
}
