// The time a use case acts at. Passed in by the caller (default: the real time), so that the demo
// seed can replay history at its own dates through the real use cases and tests can set "today".
export type Klok = () => Date;

export const systeemKlok: Klok = () => new Date();

/** A clock that always reads `moment` (for a seed step or a test). */
export const vasteKlok = (moment: Date | string): Klok => {
  const t = new Date(moment);
  if (Number.isNaN(t.getTime())) throw new Error(`Ongeldig tijdstip: ${String(moment)}`);
  return () => new Date(t);
};
