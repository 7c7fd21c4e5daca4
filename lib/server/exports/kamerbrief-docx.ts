import "server-only";
import { db } from "@/lib/db";
import { exportBestandsnaam } from "@/lib/domain/export-bestanden";
import { kamerbriefModel } from "@/lib/domain/kamerbrief-model";
import type { Caller } from "@/lib/server/notas/mutation";
import { logDownload } from "@/lib/server/exports/downloads";
import { CONTENT_TYPES, type ExportBestand } from "@/lib/server/exports/export-file";
import { beeldmerkVoor, kamerbriefBronVan, laadNota } from "@/lib/server/exports/document-sources";
import { renderKamerbriefDocx } from "@/lib/server/exports/render-kamerbrief-docx";

/** GET /api/v1/notas/{id}/kamerbrief.docx: the letter as an editable Word document. */
export async function exportKamerbriefDocx(caller: Caller, notaId: string): Promise<ExportBestand> {
  const nota = await laadNota(caller.actor, notaId);
  const model = kamerbriefModel(await kamerbriefBronVan(db(), nota));
  const bestand = { bytes: await renderKamerbriefDocx(model, await beeldmerkVoor(db(), nota)), contentType: CONTENT_TYPES.docx, fileName: exportBestandsnaam(nota.kenmerk, "kamerbrief", "docx") };
  await logDownload(caller, "export.kamerbrief_docx", bestand, { notaId: nota.id, versie: nota.versie });
  return bestand;
}
