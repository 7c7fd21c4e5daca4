import "server-only";
import { AppError } from "@/lib/errors";
import { MAX_BIJLAGE_BYTES } from "@/lib/domain/bestandstype";

/** The largest upload body: a bijlage or a .docx of 20 MB with its multipart envelope. */
export const MAX_UPLOAD_BODY_BYTES = MAX_BIJLAGE_BYTES + 64 * 1024;
/** The largest JSON body: an imported nota's text is tens of kilobytes; 2 MB leaves room for any honest request. */
export const MAX_JSON_BODY_BYTES = 2 * 1024 * 1024;

/**
 * The body of a request, never more than `max` bytes of it in memory: a larger Content-Length is
 * refused before a byte is read, and a body without one (chunked) is refused as soon as it grows
 * past `max` (the rest is not read). 413 with `melding`; a body the client broke off is a 400.
 */
export async function readBodyLimited(req: Request, max: number, melding: string): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(req.headers.get("content-length") ?? 0) > max) throw new AppError("PAYLOAD_TOO_LARGE", melding);
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const delen: Uint8Array[] = [];
  let totaal = 0;
  for (;;) {
    let stuk: ReadableStreamReadResult<Uint8Array>;
    try {
      stuk = await reader.read();
    } catch {
      throw new AppError("BAD_REQUEST", "Het verzoek is onderweg afgebroken.");
    }
    if (stuk.done) break;
    totaal += stuk.value.byteLength;
    if (totaal > max) {
      await reader.cancel().catch(() => undefined);
      throw new AppError("PAYLOAD_TOO_LARGE", melding);
    }
    delen.push(stuk.value);
  }
  const bytes = new Uint8Array(totaal);
  let plek = 0;
  for (const d of delen) {
    bytes.set(d, plek);
    plek += d.byteLength;
  }
  return bytes;
}

/** multipart/form-data read within the upload limit (readBodyLimited), then parsed; unreadable → 400. */
export async function readFormLimited(req: Request, melding: string): Promise<FormData> {
  const bytes = await readBodyLimited(req, MAX_UPLOAD_BODY_BYTES, melding);
  try {
    return await new Response(bytes, { headers: { "content-type": req.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new AppError("BAD_REQUEST", "Het formulier kon niet worden gelezen.");
  }
}
