// Recognises an uploaded bijlage by its content, not by its name or the browser's claim.
export const MAX_BIJLAGE_BYTES = 20 * 1024 * 1024;

export type Bestandstype = { soort: "pdf" | "docx" | "xlsx" | "odt"; mimeType: string };

const TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  odt: "application/vnd.oasis.opendocument.text",
} as const;

function startsWith(bytes: Uint8Array, text: string, offset = 0): boolean {
  if (bytes.length < offset + text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[offset + i] !== text.charCodeAt(i)) return false;
  return true;
}

function contains(bytes: Uint8Array, text: string): boolean {
  // File names in ZIP headers are stored as plain bytes; a latin1 view finds them.
  return new TextDecoder("latin1").decode(bytes).includes(text);
}

/** The type of the file, or null when it is none of PDF, DOCX, XLSX, ODT. */
export function herkenBestandstype(bytes: Uint8Array): Bestandstype | null {
  if (startsWith(bytes, "%PDF-")) return { soort: "pdf", mimeType: TYPES.pdf };
  if (!startsWith(bytes, "PK\u0003\u0004")) return null;
  // ODF: the first entry is an uncompressed file "mimetype" holding the media type. Exactly that
  // type: "…opendocument.text-template" (.ott) and "…text-master" (.odm) are other formats.
  if (startsWith(bytes, "mimetype", 30) && startsWith(bytes, TYPES.odt, 38) && bytes[38 + TYPES.odt.length] !== 0x2d) {
    return { soort: "odt", mimeType: TYPES.odt };
  }
  if (contains(bytes, "[Content_Types].xml")) {
    // Macro-enabled Word and Excel files (.docm, .xlsm) carry a VBA project: not a .docx or .xlsx.
    if (contains(bytes, "vbaProject.bin")) return null;
    if (contains(bytes, "word/document.xml")) return { soort: "docx", mimeType: TYPES.docx };
    if (contains(bytes, "xl/workbook.xml")) return { soort: "xlsx", mimeType: TYPES.xlsx };
  }
  return null;
}
