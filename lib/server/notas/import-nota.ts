import "server-only";
import mammoth from "mammoth";
import { db } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import { herkenBestandstype, MAX_BIJLAGE_BYTES } from "@/lib/domain/bestandstype";
import { importeerNota, type GeimporteerdeNota } from "@/lib/domain/importeren";
import { z } from "@/lib/domain/validatie";
import { assertRole } from "@/lib/server/notas/mutation";

export interface ImportAntwoord {
  nota: GeimporteerdeNota & { aanId?: string };
  waarschuwingen: string[];
}

const tekstSchema = z.object({ tekst: z.string({ error: "Plak de tekst van de nota." }).trim().min(20, "Plak de tekst van de nota (minstens een paar regels).").max(500_000, "De tekst is te lang.") }).strict();

/** The text of a .docx (paragraphs, list items on their own lines). */
async function docxTekst(bytes: Uint8Array): Promise<string> {
  if (bytes.byteLength > MAX_BIJLAGE_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "Een document mag hoogstens 20 MB groot zijn.");
  if (herkenBestandstype(bytes)?.soort !== "docx") throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Alleen Word-documenten (.docx) kunnen worden ingelezen.");
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value;
  } catch {
    throw new AppError("VALIDATION_FAILED", "Het document kon niet worden gelezen.", [{ path: "bestand", message: "Dit Word-document kon niet worden gelezen." }]);
  }
}

/**
 * POST /api/v1/notas/import: recognises a nota in pasted text or a .docx and answers it in the
 * shape POST /api/v1/notas accepts, with warnings. Creates nothing.
 */
export async function importNota(actor: Actor, input: { tekst?: unknown; docx?: Uint8Array }): Promise<ImportAntwoord> {
  assertRole(actor, "nota.aanmaken");
  let tekst: string;
  if (input.docx) tekst = await docxTekst(input.docx);
  else {
    const parsed = tekstSchema.safeParse({ tekst: input.tekst });
    if (!parsed.success) throw validationError(parsed.error);
    tekst = parsed.data.tekst;
  }
  const { nota, kop, waarschuwingen } = importeerNota(tekst);
  const bewindspersonen = await db().gebruiker.findMany({ where: { actief: true, rollen: { has: "bewindspersoon" } }, select: { id: true, naam: true, ambtstitel: true } });
  let aanId: string | undefined;
  if (kop.aan) {
    const a = kop.aan.toLowerCase();
    aanId = bewindspersonen.find((b) => a.includes(b.naam.toLowerCase()) || (b.ambtstitel && b.ambtstitel.toLowerCase().includes(a.replace(/^de\s+/, ""))))?.id;
    if (!aanId) waarschuwingen.push(`"Aan: ${kop.aan}" is niet herkend als bewindspersoon.`);
  }
  if (!aanId && bewindspersonen.length === 1) {
    aanId = bewindspersonen[0]!.id;
    waarschuwingen.push(`De nota is gericht aan ${bewindspersonen[0]!.naam}; controleer dit.`);
  }
  return { nota: { ...nota, ...(aanId ? { aanId } : {}) }, waarschuwingen };
}
