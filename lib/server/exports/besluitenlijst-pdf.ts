import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { dagIso } from "@/lib/domain/datum";
import { besluitenlijstModel } from "@/lib/domain/besluitenlijst";
import type { Caller } from "@/lib/server/notas/mutation";
import { assertRole } from "@/lib/server/notas/mutation";
import { visibleNotaWhere } from "@/lib/server/notas/queries";
import { logDownload } from "@/lib/server/exports/downloads";
import { CONTENT_TYPES, type ExportBestand } from "@/lib/server/exports/export-file";
import { ministerieVan } from "@/lib/server/exports/document-sources";
import { renderBesluitenlijstPdf } from "@/lib/server/exports/render-besluitenlijst-pdf";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * GET /api/v1/mr-vergaderingen/{id}/besluitenlijst.pdf: the outcomes of one MR meeting, for the
 * roles of "mr.besluitenlijst"; only the agendapunten of notas the actor may see.
 */
export async function exportBesluitenlijstPdf(caller: Caller, vergaderingId: string): Promise<ExportBestand> {
  const { actor } = caller;
  assertRole(actor, "mr.besluitenlijst");
  const vergadering = UUID.test(vergaderingId) ? await db().mrVergadering.findUnique({ where: { id: vergaderingId } }) : null;
  if (!vergadering) throw new AppError("NOT_FOUND", "Deze MR-vergadering bestaat niet.");
  const punten = await db().mrAgendapunt.findMany({
    where: { vergaderingId, nota: visibleNotaWhere(actor) },
    orderBy: [{ aangemeldOp: "asc" }, { id: "asc" }],
    include: { nota: { select: { kenmerk: true, onderwerp: true, aan: { select: { naam: true, ambtstitel: true } } } } },
  });
  const datum = dagIso(vergadering.datum);
  const model = besluitenlijstModel({
    vergadering: { datum, soort: vergadering.soort },
    punten: punten.map((p) => ({ kenmerk: p.nota.kenmerk, onderwerp: p.nota.onderwerp, bewindspersoon: p.nota.aan, uitkomst: p.uitkomst, toelichting: p.toelichting })),
  });
  const ministerie = await ministerieVan(db(), actor.organisatieonderdeelId).catch(() => null);
  const bytes = await renderBesluitenlijstPdf(model, { auteur: ministerie?.naam ?? "Rijksoverheid" });
  const bestand = { bytes, contentType: CONTENT_TYPES.pdf, fileName: `besluitenlijst-ministerraad-${datum}.pdf` };
  await logDownload(caller, "export.besluitenlijst_pdf", bestand, { extra: { vergaderingId, datum, agendapunten: punten.length } });
  return bestand;
}
