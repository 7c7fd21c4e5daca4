// Working days for deadline arithmetic: Monday–Friday minus the national holidays on which the
// Rijksoverheid is closed (Nieuwjaarsdag, Goede Vrijdag is not one, Paasmaandag, Koningsdag,
// Bevrijdingsdag every fifth year, Hemelvaartsdag, Pinkstermaandag, both Christmas days).
import { dagAlsDate, plusDagen } from "@/lib/domain/datum";

function pasen(jaar: number): string {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return `${jaar}-${String(maand).padStart(2, "0")}-${String(dag).padStart(2, "0")}`;
}

const cache = new Map<number, Map<string, string>>();

/**
 * The national holidays of a year as "YYYY-MM-DD" → name. Koningsdag is 27 April, or Saturday
 * 26 April when the 27th is a Sunday; Bevrijdingsdag is a day off for the Rijksoverheid every
 * fifth year (2025, 2030, …). Eerste Paasdag and Eerste Pinksterdag are Sundays and not listed.
 */
export function feestdagNamen(jaar: number): ReadonlyMap<string, string> {
  const hit = cache.get(jaar);
  if (hit) return hit;
  const p = pasen(jaar);
  const koningsdag = `${jaar}-04-27`;
  const dagen = new Map<string, string>([
    [`${jaar}-01-01`, "Nieuwjaarsdag"],
    [plusDagen(p, 1), "Tweede Paasdag"],
    [dagAlsDate(koningsdag).getUTCDay() === 0 ? `${jaar}-04-26` : koningsdag, "Koningsdag"],
    [plusDagen(p, 39), "Hemelvaartsdag"],
    [plusDagen(p, 50), "Tweede Pinksterdag"],
    [`${jaar}-12-25`, "Eerste Kerstdag"],
    [`${jaar}-12-26`, "Tweede Kerstdag"],
  ]);
  if (jaar % 5 === 0) dagen.set(`${jaar}-05-05`, "Bevrijdingsdag");
  cache.set(jaar, dagen);
  return dagen;
}

/** The national holidays of a year as "YYYY-MM-DD". */
export function feestdagen(jaar: number): ReadonlySet<string> {
  return new Set(feestdagNamen(jaar).keys());
}

/** The holiday's name, or null on an ordinary day. */
export function feestdag(dag: string): string | null {
  return feestdagNamen(Number(dag.slice(0, 4))).get(dag) ?? null;
}

export function isWerkdag(dag: string): boolean {
  const wd = dagAlsDate(dag).getUTCDay();
  return wd !== 0 && wd !== 6 && !feestdagNamen(Number(dag.slice(0, 4))).has(dag);
}

/** The last working day on or before `dag` (weekends and holidays skipped). */
export function werkdagOpOfVoor(dag: string): string {
  let d = dag;
  while (!isWerkdag(d)) d = plusDagen(d, -1);
  return d;
}

const DAG = 86_400_000;
/** Days since 1970-01-01 (a Thursday) of a "YYYY-MM-DD". */
const dagnummer = (dag: string) => Math.round(dagAlsDate(dag).getTime() / DAG);
const vanDagnummer = (n: number) => new Date(n * DAG).toISOString().slice(0, 10);

/** Monday–Friday days in [day 0, n] (n ≥ 0) — day 0 is a Thursday. */
function weekdagenTot(n: number): number {
  // Shift so that week position 0 is a Monday: 1970-01-01 is Thursday (position 3).
  const m = n + 3;
  const weken = Math.floor(m / 7);
  const rest = m - weken * 7; // 0 = Monday … 6 = Sunday
  return weken * 5 + Math.min(rest + 1, 5) - 3; // minus Mon–Wed before day 0
}

/** Holidays on a weekday in (van, tot], both day numbers, van < tot. */
function feestdagenTussen(van: number, tot: number): number {
  const eerste = Number(vanDagnummer(van + 1).slice(0, 4));
  const laatste = Number(vanDagnummer(tot).slice(0, 4));
  let n = 0;
  for (let jaar = eerste; jaar <= laatste; jaar++) {
    for (const f of feestdagNamen(jaar).keys()) {
      const d = dagnummer(f);
      const wd = new Date(d * DAG).getUTCDay();
      if (d > van && d <= tot && wd !== 0 && wd !== 6) n++;
    }
  }
  return n;
}

/** Working days in (van, tot], both day numbers, van ≤ tot: arithmetic, not a walk. */
function werkdagenIn(van: number, tot: number): number {
  if (tot <= van) return 0;
  return weekdagenTot(tot) - weekdagenTot(van) - feestdagenTussen(van, tot);
}

/** The working day `n` working days before (n < 0) or after (n > 0) `dag`. */
export function plusWerkdagen(dag: string, n: number): string {
  if (n === 0) return dag;
  const start = dagnummer(dag);
  const stap = n < 0 ? -1 : 1;
  const doel = Math.abs(n);
  // Jump by whole weeks close to the answer, then walk the last few days.
  let d = start + stap * Math.max(0, Math.floor((doel - 1) / 5) * 7);
  // The days stepped onto so far: (start, d] forwards, [d, start) backwards; at most 5 per 7 days,
  // so fewer than `doel` and the walk below ends on the doel-th working day, as before.
  let geteld = stap > 0 ? werkdagenIn(start, d) : werkdagenIn(d - 1, start - 1);
  while (geteld < doel) {
    d += stap;
    if (isWerkdag(vanDagnummer(d))) geteld++;
  }
  return vanDagnummer(d);
}

/** Working days after `van` up to and including `tot` (negative when `tot` is earlier). */
export function werkdagenTussen(van: string, tot: string): number {
  if (van === tot) return 0;
  const a = dagnummer(van);
  const b = dagnummer(tot);
  // Each day stepped onto counts: (van, tot] forwards; backwards [tot, van), negated.
  return b > a ? werkdagenIn(a, b) : 0 - werkdagenIn(b - 1, a - 1);
}
