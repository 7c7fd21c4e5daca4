// A produced file as a route returns it, the content types of the exports, and their hash.
import "server-only";
import { createHash } from "node:crypto";

/** A produced file, as the route returns it. */
export interface ExportBestand {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
}

export const CONTENT_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xml: "application/xml; charset=utf-8",
  html: "text/html; charset=utf-8",
  zip: "application/zip",
  ics: "text/calendar; charset=utf-8",
} as const;

export const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

