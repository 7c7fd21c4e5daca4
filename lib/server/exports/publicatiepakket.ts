import "server-only";
import { zipSync, type Zippable } from "fflate";
import { db } from "@/lib/db";
import { exportBestandsnaam } from "@/lib/domain/export-bestanden";
import { kamerbriefModel } from "@/lib/domain/kamerbrief-model";
import type { Caller } from "@/lib/server/notas/mutation";
import { logDownload, CONTENT_TYPES, beeldmerkVoor, kamerbriefBronVan, laadNota, type ExportBestand } from "@/lib/server/exports/bronnen";
import { assertPubliceerbaar, maakDiwooXml, openbareBijlagen } from "@/lib/server/exports/diwoo-xml";
import { openbaarPdfNaam, openbarePdfVan } from "@/lib/server/exports/openbare-versie";
import { renderKamerbriefPdf } from "@/lib/server/exports/render-kamerbrief-pdf";

/**
 * GET /api/v1/notas/{id}/publicatiepakket.zip: everything that goes out, with predictable names:
 * the Kamerbrief (PDF), the public version of the nota (PDF), the openbare bijlagen as stored, and
 * the DiWoo record.
 */
export async function exportPublicatiepakket(caller: Caller, notaId: string): Promise<ExportBestand> {
  const nota = await laadNota(caller.actor, notaId);
  assertPubliceerbaar(nota, "Het publicatiepakket");
  const tx = db();
  const k = nota.kenmerk;
  const bestanden: Zippable = {};
  if (nota.kamerbriefDoc) bestanden[exportBestandsnaam(k, "kamerbrief", "pdf")] = await renderKamerbriefPdf(kamerbriefModel(await kamerbriefBronVan(tx, nota)), await beeldmerkVoor(tx, nota));
  bestanden[openbaarPdfNaam(k)] = await openbarePdfVan(tx, nota);
  for (const b of await openbareBijlagen(tx, nota)) bestanden[b.bestandsnaam] = b.inhoud;
  bestanden[exportBestandsnaam(k, "diwoo", "xml")] = new TextEncoder().encode(await maakDiwooXml(tx, nota));
  // PDFs are compressed already: store them; deflate only the XML.
  const zip = zipSync(
    Object.fromEntries(Object.entries(bestanden).map(([naam, data]) => [naam, [data as Uint8Array, { level: naam.endsWith(".xml") ? 6 : 0 }]])),
  );
  const bestand = { bytes: zip, contentType: CONTENT_TYPES.zip, fileName: exportBestandsnaam(k, "publicatiepakket", "zip") };
  await logDownload(caller, "export.publicatiepakket", bestand, { notaId: nota.id, versie: nota.versie, extra: { bestanden: Object.keys(bestanden) } });
  return bestand;
}
