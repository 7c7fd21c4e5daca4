import "server-only";
import { db } from "@/lib/db";
import { exportBestandsnaam } from "@/lib/domain/export-bestanden";
import { openbareVersieHtml } from "@/lib/domain/openbare-versie";
import type { Caller } from "@/lib/server/notas/mutation";
import type { NotaRecord } from "@/lib/server/notas/nota-record";
import type { Tx } from "@/lib/server/tx";
import { logDownload } from "@/lib/server/exports/downloads";
import { CONTENT_TYPES, type ExportBestand } from "@/lib/server/exports/export-file";
import { laadNota } from "@/lib/server/exports/document-sources";
import { openbareVersieVan } from "@/lib/server/publicatie/public-version";
import { renderNotaPdf } from "@/lib/server/exports/render-nota-pdf";

export const openbaarPdfNaam = (kenmerk: string) => exportBestandsnaam(kenmerk, "beslisnota-openbaar", "pdf");

/** Renders the public version's PDF now (before publication, and at publication). */
export async function maakOpenbarePdf(tx: Tx, nota: NotaRecord): Promise<{ bytes: Uint8Array; gronden: string[] }> {
  const ctx = await openbareVersieVan(tx, nota);
  const bytes = await renderNotaPdf(ctx.versie.document, { openbaar: true, auteur: ctx.ministerie.naam, titel: ctx.titel, legenda: ctx.versie.legenda });
  return { bytes, gronden: ctx.versie.legenda.map((l) => l.code) };
}

/**
 * The public PDF: once published, exactly the file that was published (its sha256 is on record);
 * before that, generated from the data as it is now.
 */
export async function openbarePdfVan(tx: Tx, nota: NotaRecord): Promise<Uint8Array> {
  const publicatie = await tx.publicatie.findUnique({ where: { notaId: nota.id }, select: { inhoud: true } });
  if (publicatie) return new Uint8Array(publicatie.inhoud);
  return (await maakOpenbarePdf(tx, nota)).bytes;
}

/** GET /api/v1/notas/{id}/openbare-versie.pdf. */
export async function exportOpenbareVersiePdf(caller: Caller, notaId: string): Promise<ExportBestand> {
  const nota = await laadNota(caller.actor, notaId);
  const bestand = { bytes: await openbarePdfVan(db(), nota), contentType: CONTENT_TYPES.pdf, fileName: openbaarPdfNaam(nota.kenmerk) };
  await logDownload(caller, "export.openbare_versie_pdf", bestand, { notaId: nota.id, versie: nota.versie });
  return bestand;
}

/** GET /api/v1/notas/{id}/openbare-versie.html: the public version as a standalone HTML file. */
export async function exportOpenbareVersieHtml(caller: Caller, notaId: string): Promise<ExportBestand> {
  const nota = await laadNota(caller.actor, notaId);
  const ctx = await openbareVersieVan(db(), nota);
  const html = openbareVersieHtml(ctx.versie, { auteur: ctx.ministerie.naam });
  const bestand = { bytes: new TextEncoder().encode(html), contentType: CONTENT_TYPES.html, fileName: exportBestandsnaam(nota.kenmerk, "beslisnota-openbaar", "html") };
  await logDownload(caller, "export.openbare_versie_html", bestand, { notaId: nota.id, versie: nota.versie });
  return bestand;
}
