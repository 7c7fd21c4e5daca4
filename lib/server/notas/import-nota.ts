import "server-only";
import { db } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import { herkenBestandstype, MAX_BIJLAGE_BYTES } from "@/lib/domain/bestandstype";
import { importeerNota, kiesBewindspersoon, type ImportAntwoord } from "@/lib/domain/importeren";

export type { ImportAntwoord };
import { docxHtmlNaarTekst } from "@/lib/domain/importeren-docx";
import { z } from "@/lib/domain/validatie";
import { assertRole } from "@/lib/server/notas/mutation";
import { limitExpensive } from "@/lib/server/limits/rate-limits";
import { leesArchief, type ArchiefOpties } from "@/lib/server/bestanden/archief-controle";

export const MAX_IMPORT_TEKST = 500_000;

const tekstSchema = z
  .object({
    tekst: z.string({ error: "Plak de tekst van de nota." }).trim().min(20, "Plak de tekst van de nota (minstens een paar regels).").max(MAX_IMPORT_TEKST, "De tekst is te lang (hoogstens 500.000 tekens)."),
  })
  .strict();

/** The text of a .docx by its structure (headings, numbering, tables), read in a worker within limits. */
export async function docxTekst(bytes: Uint8Array, opties: ArchiefOpties = {}): Promise<string> {
  if (bytes.byteLength > MAX_BIJLAGE_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "Een document mag hoogstens 20 MB groot zijn.", [{ path: "bestand", message: "Een document mag hoogstens 20 MB groot zijn." }]);
  if (herkenBestandstype(bytes)?.soort !== "docx") {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Alleen Word-documenten (.docx) kunnen worden ingelezen.", [{ path: "bestand", message: "Kies een Word-document (.docx)." }]);
  }
  const { html } = await leesArchief(bytes, "docx-html", { wat: "Het Word-document", ...opties });
  return docxHtmlNaarTekst(html ?? "");
}

/**
 * POST /api/v1/notas/import: recognises a nota in pasted text or a .docx and answers it in the
 * shape POST /api/v1/notas accepts, with what could not be placed and where each field came from.
 * Creates nothing.
 */
export async function importNota(actor: Actor, input: { tekst?: unknown; docx?: Uint8Array }, opties: ArchiefOpties = {}): Promise<ImportAntwoord> {
  assertRole(actor, "nota.aanmaken");
  // Reading a document is costly: the same per-user limit as the exports (429 + Retry-After).
  await limitExpensive(actor.id);
  let tekst: string;
  if (input.docx) tekst = await docxTekst(input.docx, opties);
  else {
    const parsed = tekstSchema.safeParse({ tekst: input.tekst });
    if (!parsed.success) throw validationError(parsed.error);
    tekst = parsed.data.tekst;
  }
  if (input.docx && tekst.trim().length < 20) {
    throw new AppError("VALIDATION_FAILED", "Het Word-document bevat (bijna) geen tekst.", [{ path: "bestand", message: "Het Word-document bevat (bijna) geen tekst." }]);
  }
  const r = importeerNota(tekst);
  const waarschuwingen = [...r.waarschuwingen];
  const bewindspersonen = await db().gebruiker.findMany({ where: { actief: true, rollen: { has: "bewindspersoon" } }, select: { id: true, naam: true, ambtstitel: true }, orderBy: { naam: "asc" } });
  let aanId: string | undefined;
  if (r.kop.aan) {
    const gekozen = kiesBewindspersoon(r.kop.aan, bewindspersonen);
    aanId = gekozen?.id;
    if (gekozen) waarschuwingen.push(`"Aan: ${r.kop.aan}" is herkend als ${gekozen.naam}${gekozen.ambtstitel ? ` (${gekozen.ambtstitel})` : ""}.`);
    else waarschuwingen.push(`"Aan: ${r.kop.aan}" is niet herkend als bewindspersoon in Beslisroute; kies de bewindspersoon.`);
  }
  if (!aanId && !r.kop.aan && bewindspersonen.length === 1) {
    aanId = bewindspersonen[0]!.id;
    waarschuwingen.push(`De nota is gericht aan ${bewindspersonen[0]!.naam}; controleer dit.`);
  }
  const nota: ImportAntwoord["nota"] = { ...r.nota };
  if (aanId) nota.aanId = aanId;
  if (r.kop.kenmerk) nota.externKenmerk = r.kop.kenmerk.slice(0, 100);
  if (r.kop.datumIso) nota.externDatum = r.kop.datumIso;
  return { nota, kop: r.kop, herkomst: r.herkomst, nietHerkend: r.nietHerkend, weggelaten: r.weggelaten, bron: input.docx ? "docx" : "tekst", waarschuwingen };
}
