// Predictable, ASCII-safe file names for the documents Beslisroute produces:
// "BZK-2025-000001-kamerbrief.pdf", "BZK-2025-000001-bijlage-1-kabinetsreactie-rob-advies.pdf".

/** "Kabinetsreactie ROB-advies ‘Naar een uitvoerende macht’" → "kabinetsreactie-rob-advies-naar-een-uitvoerende-macht". */
export function slug(tekst: string, max = 60): string {
  const basis = tekst
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const kort = basis.length > max ? basis.slice(0, max).replace(/-+[^-]*$/, "") || basis.slice(0, max) : basis;
  return kort.replace(/-+$/g, "") || "document";
}

/** `${kenmerk}-${deel}.${extensie}`; the kenmerk is kept as is when it is safe, else slugged. */
export function exportBestandsnaam(kenmerk: string, deel: string, extensie: string): string {
  const k = /^[A-Za-z0-9-]{1,40}$/.test(kenmerk) ? kenmerk : slug(kenmerk, 40);
  return `${k}-${deel}.${extensie}`;
}

const EXTENSIES: Record<string, string> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
};

/** The extension for a stored bijlage: from its MIME type, else from its file name, else "bin". */
export function extensieVoor(mimeType: string | null | undefined, bestandsnaam?: string | null): string {
  if (mimeType && EXTENSIES[mimeType]) return EXTENSIES[mimeType];
  const m = bestandsnaam ? /\.([A-Za-z0-9]{1,5})$/.exec(bestandsnaam) : null;
  return m ? m[1]!.toLowerCase() : "bin";
}

/** "BZK-2025-000001-bijlage-1-kabinetsreactie.pdf". */
export function bijlageBestandsnaam(kenmerk: string, volgnummer: number, naam: string, extensie: string): string {
  return exportBestandsnaam(kenmerk, `bijlage-${volgnummer}-${slug(naam, 50)}`, extensie);
}
