import "server-only";
import { db } from "@/lib/db";
import { exportBestandsnaam } from "@/lib/domain/export-bestanden";
import { notaDocument } from "@/lib/domain/nota-document";
import type { Caller } from "@/lib/server/notas/mutation";
import { logDownload } from "@/lib/server/exports/downloads";
import { CONTENT_TYPES, type ExportBestand } from "@/lib/server/exports/export-file";
import { laadNota, ministerieVan, notaBronVan } from "@/lib/server/exports/document-sources";
import { renderNotaPdf } from "@/lib/server/exports/render-nota-pdf";

/** GET /api/v1/notas/{id}/nota.pdf: the beslisnota for internal use, with everything in it. */
export async function exportNotaPdf(caller: Caller, notaId: string): Promise<ExportBestand> {
  const nota = await laadNota(caller.actor, notaId);
  const ministerie = await ministerieVan(db(), nota.vanId);
  const bytes = await renderNotaPdf(notaDocument(notaBronVan(nota)), {
    openbaar: false,
    auteur: ministerie.naam,
    titel: `Beslisnota ${nota.kenmerk}: ${nota.onderwerp}`,
    rubricering: nota.rubricering,
  });
  const bestand = { bytes, contentType: CONTENT_TYPES.pdf, fileName: exportBestandsnaam(nota.kenmerk, "beslisnota", "pdf") };
  await logDownload(caller, "export.nota_pdf", bestand, { notaId: nota.id, versie: nota.versie });
  return bestand;
}
