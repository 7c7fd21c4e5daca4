import "server-only";
import { db } from "@/lib/db";
import { exportBestandsnaam } from "@/lib/domain/export-bestanden";
import { kamerbriefModel } from "@/lib/domain/kamerbrief-model";
import type { Caller } from "@/lib/server/notas/mutation";
import { logDownload } from "@/lib/server/exports/downloads";
import { CONTENT_TYPES, type ExportBestand } from "@/lib/server/exports/export-file";
import { beeldmerkVoor, kamerbriefBronVan, laadNota } from "@/lib/server/exports/document-sources";
import { renderKamerbriefPdf } from "@/lib/server/exports/render-kamerbrief-pdf";

/** GET /api/v1/notas/{id}/kamerbrief.pdf: the letter on A4, tagged. */
export async function exportKamerbriefPdf(caller: Caller, notaId: string): Promise<ExportBestand> {
  const nota = await laadNota(caller.actor, notaId);
  const model = kamerbriefModel(await kamerbriefBronVan(db(), nota));
  const bestand = { bytes: await renderKamerbriefPdf(model, await beeldmerkVoor(db(), nota)), contentType: CONTENT_TYPES.pdf, fileName: exportBestandsnaam(nota.kenmerk, "kamerbrief", "pdf") };
  await logDownload(caller, "export.kamerbrief_pdf", bestand, { notaId: nota.id, versie: nota.versie });
  return bestand;
}
