// Turns the nota form's fields into the shape POST/PATCH /api/v1/notas accept, so the form and
// the API share one schema. Empty optional fields become absent; lists keep their order.
/** A text field of the form ("" when absent or a file). */
export const formTekst = (fd: FormData) => (k: string): string => {
  const v = fd.get(k);
  return typeof v === "string" ? v : "";
};

/** The indexes of a repeated group (`beslispunten.0.tekst`, `beslispunten.3.tekst` → [0, 3]), in order. */
export const formIndexen = (fd: FormData, prefix: string): number[] =>
  [...new Set([...fd.keys()].map((k) => new RegExp(`^${prefix}\\.(\\d+)\\.`).exec(k)?.[1]).filter((x): x is string => !!x).map(Number))].sort((a, b) => a - b);

export function notaInvoerUitFormulier(fd: FormData): Record<string, unknown> {
  const s = formTekst(fd);
  const opt = (k: string) => (s(k).trim() ? s(k) : null);
  const indexen = (prefix: string) => formIndexen(fd, prefix);
  return {
    onderwerp: s("onderwerp"),
    soort: s("soort") || undefined,
    aanId: s("aanId"),
    contactpersoonId: opt("contactpersoonId"),
    uitersteBeslisdatum: opt("uitersteBeslisdatum"),
    deadlineReden: opt("deadlineReden"),
    rubricering: opt("rubricering"),
    mrBehandeling: s("mrBehandeling") === "true",
    kamerbrief: s("kamerbrief") === "true",
    aanleiding: s("aanleiding"),
    kern: s("kern"),
    toelichting: s("toelichting"),
    politiekeContext: opt("politiekeContext"),
    nietOpenbaar: s("nietOpenbaar"),
    motivering: s("motivering"),
    // present only on the import form
    ...(fd.has("externKenmerk") ? { externKenmerk: opt("externKenmerk") } : {}),
    ...(fd.has("externDatum") ? { externDatum: opt("externDatum") } : {}),
    beslispunten: indexen("beslispunten").map((i) => ({ tekst: s(`beslispunten.${i}.tekst`) })).filter((b) => b.tekst.trim()),
    bijlagen: indexen("bijlagen")
      .map((i) => ({
        naam: s(`bijlagen.${i}.naam`),
        informatie: s(`bijlagen.${i}.informatie`) || "openbaar",
        gronden: s(`bijlagen.${i}.gronden`).split(",").map((g) => g.trim()).filter(Boolean),
        vindplaats: opt(`bijlagen.${i}.vindplaats`),
      }))
      .filter((b) => b.naam.trim()),
  };
}
