// Dates as Dutch officials read them: "30 juni 2025", always in Europe/Amsterdam.
// Date-only facts (MR date, letter date, deadlines) are "YYYY-MM-DD" strings or UTC-midnight Date
// objects from Postgres `date` columns; instants are real moments in time.

export const TIJDZONE = "Europe/Amsterdam";

const datumFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: TIJDZONE });
const dagFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dagMetWeekdagFormat = new Intl.DateTimeFormat("nl-NL", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dagVanFormat = new Intl.DateTimeFormat("en-CA", { timeZone: TIJDZONE, year: "numeric", month: "2-digit", day: "2-digit" });
const tijdstipFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: TIJDZONE });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date-only value as a UTC-midnight Date; accepts "YYYY-MM-DD" or a Date from a `date` column. */
export function dagAlsDate(dag: string | Date): Date {
  if (dag instanceof Date) return dag;
  const m = ISO_DATE.exec(dag);
  if (!m) throw new RangeError(`Geen geldige datum: ${dag}`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.toISOString().slice(0, 10) !== dag) throw new RangeError(`Geen geldige datum: ${dag}`);
  return d;
}

/** "YYYY-MM-DD" of a date-only value. */
export function dagIso(dag: string | Date): string {
  return dagAlsDate(dag).toISOString().slice(0, 10);
}

/** "30 juni 2025" for a date-only value. */
export function formatDag(dag: string | Date): string {
  return dagFormat.format(dagAlsDate(dag));
}

/** "maandag 30 juni 2025" for a date-only value. */
export function formatDagMetWeekdag(dag: string | Date): string {
  return dagMetWeekdagFormat.format(dagAlsDate(dag));
}

/** "1 juli 2025" for the calendar day an instant falls on in Amsterdam. */
export function formatDatum(moment: Date): string {
  return datumFormat.format(moment);
}

/** "1 juli 2025 om 14:05" for an instant, in Amsterdam time. */
export function formatTijdstip(moment: Date): string {
  const parts = tijdstipFormat.formatToParts(moment);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("day")} ${get("month")} ${get("year")} om ${get("hour")}:${get("minute")}`;
}

/** The calendar day ("YYYY-MM-DD") an instant falls on in Amsterdam. */
export function dagVan(moment: Date): string {
  // One formatter for the module: constructing an Intl.DateTimeFormat costs ~0.3 ms, formatting µs.
  return dagVanFormat.format(moment); // en-CA formats as YYYY-MM-DD
}

/** Adds whole days to a date-only value. */
export function plusDagen(dag: string | Date, dagen: number): string {
  const d = dagAlsDate(dag);
  return new Date(d.getTime() + dagen * 86_400_000).toISOString().slice(0, 10);
}

/** Every Friday of a year, as "YYYY-MM-DD". */
export function vrijdagenVan(jaar: number): string[] {
  const result: string[] = [];
  const d = new Date(Date.UTC(jaar, 0, 1));
  while (d.getUTCDay() !== 5) d.setUTCDate(d.getUTCDate() + 1);
  while (d.getUTCFullYear() === jaar) {
    result.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 7);
  }
  return result;
}
