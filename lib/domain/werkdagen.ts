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

const cache = new Map<number, Set<string>>();

/** The national holidays of a year as "YYYY-MM-DD". */
export function feestdagen(jaar: number): Set<string> {
  const hit = cache.get(jaar);
  if (hit) return hit;
  const p = pasen(jaar);
  const koningsdag = `${jaar}-04-27`;
  const days = new Set<string>([
    `${jaar}-01-01`,
    plusDagen(p, 1),
    dagAlsDate(koningsdag).getUTCDay() === 0 ? `${jaar}-04-26` : koningsdag,
    plusDagen(p, 39),
    plusDagen(p, 50),
    `${jaar}-12-25`,
    `${jaar}-12-26`,
  ]);
  if (jaar % 5 === 0) days.add(`${jaar}-05-05`);
  cache.set(jaar, days);
  return days;
}

export function isWerkdag(dag: string): boolean {
  const wd = dagAlsDate(dag).getUTCDay();
  return wd !== 0 && wd !== 6 && !feestdagen(Number(dag.slice(0, 4))).has(dag);
}

/** The working day `n` working days before (n < 0) or after (n > 0) `dag`. */
export function plusWerkdagen(dag: string, n: number): string {
  let d = dag;
  let rest = Math.abs(n);
  const stap = n < 0 ? -1 : 1;
  while (rest > 0) {
    d = plusDagen(d, stap);
    if (isWerkdag(d)) rest--;
  }
  return d;
}

/** Working days after `van` up to and including `tot` (negative when `tot` is earlier). */
export function werkdagenTussen(van: string, tot: string): number {
  if (van === tot) return 0;
  const sign = tot > van ? 1 : -1;
  let d = van;
  let n = 0;
  while (d !== tot) {
    d = plusDagen(d, sign);
    if (isWerkdag(d)) n += sign;
  }
  return n;
}
