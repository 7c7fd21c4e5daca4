import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { dagIso } from "@/lib/domain/datum";
import { bijlageBestandsnaam, exportBestandsnaam, extensieVoor } from "@/lib/domain/export-bestanden";
import { diwooXml, DiwooFout } from "@/lib/domain/diwoo";
import { kamerstukCitaat, kamerstukUrl } from "@/lib/domain/kamerstuk";
import { statusLabels } from "@/lib/domain/nota-status";
import { openbareTitel } from "@/lib/domain/openbare-versie";
import type { Caller } from "@/lib/server/notas/mutation";
import type { NotaRecord } from "@/lib/server/notas/nota-record";
import type { Tx } from "@/lib/server/tx";
import { logDownload, CONTENT_TYPES, laadNota, notaDatum, openbareVersieVan, type ExportBestand } from "@/lib/server/exports/bronnen";

/** The statuses in which a nota has a publication to describe (or is about to). */
export const PUBLICEERBAAR = ["verzonden", "gepubliceerd"] as const;

export function assertPubliceerbaar(nota: NotaRecord, wat: string): void {
  if (!(PUBLICEERBAAR as readonly string[]).includes(nota.status)) {
    throw new AppError("INVALID_TRANSITION", `${wat} is er pas als de Kamerbrief is verzonden; deze nota heeft status "${statusLabels[nota.status]}".`);
  }
}

/** The openbare bijlagen with a stored file, as they go into the publication package. */
export async function openbareBijlagen(tx: Tx, nota: NotaRecord) {
  const rijen = await tx.bijlage.findMany({
    where: { notaId: nota.id, informatie: "openbaar", inhoud: { not: null } },
    orderBy: { volgnummer: "asc" },
    select: { volgnummer: true, naam: true, mimeType: true, bestandsnaam: true, inhoud: true },
  });
  return rijen.map((b) => ({
    naam: b.naam,
    bestandsnaam: bijlageBestandsnaam(nota.kenmerk, b.volgnummer, b.naam, extensieVoor(b.mimeType, b.bestandsnaam)),
    inhoud: new Uint8Array(b.inhoud!),
  }));
}

/** The DiWoo record of a nota (as a string): publisher = the ministry, never a person. */
export async function maakDiwooXml(tx: Tx, nota: NotaRecord): Promise<string> {
  const ctx = await openbareVersieVan(tx, nota);
  if (!ctx.ministerie.tooiUri) throw new AppError("CONFLICT", `Voor ${ctx.ministerie.naam} is geen TOOI-identificatie vastgelegd; die is nodig als publisher.`);
  const v = nota.verzending;
  const kamerstuk = v?.dossiernummer && v.ondernummer && v.vergaderjaar ? { dossiernummer: v.dossiernummer, ondernummer: v.ondernummer, vergaderjaar: v.vergaderjaar } : null;
  const brief = nota.kamerbriefDoc;
  const ondertekend = brief?.datum ?? v?.verzondenOp ?? null;
  try {
    return diwooXml({
      publisher: { uri: ctx.ministerie.tooiUri, naam: ctx.ministerie.naam },
      officieleTitel: `Beslisnota: ${openbareTitel(ctx.versie.document)}`,
      kenmerk: nota.kenmerk,
      creatiedatum: notaDatum(nota),
      vastgesteldOp: nota.besluitOp,
      ondertekendOp: ondertekend ? dagIso(ondertekend) : null,
      kamerbrief: brief
        ? { titel: brief.betreft, citaat: kamerstuk ? kamerstukCitaat(kamerstuk) : null, url: kamerstuk ? kamerstukUrl(kamerstuk) : null, tkDocumentnummer: v?.tkDocumentnummer ?? null }
        : null,
      bijlagen: (await openbareBijlagen(tx, nota)).map((b) => ({ naam: b.naam, bestandsnaam: b.bestandsnaam })),
    });
  } catch (e) {
    if (e instanceof DiwooFout) throw new AppError("CONFLICT", e.message);
    throw e;
  }
}

/** GET /api/v1/notas/{id}/diwoo.xml (from verzonden on). */
export async function exportDiwooXml(caller: Caller, notaId: string): Promise<ExportBestand> {
  const nota = await laadNota(caller.actor, notaId);
  assertPubliceerbaar(nota, "De DiWoo-metadata");
  const xml = await maakDiwooXml(db(), nota);
  const bestand = { bytes: new TextEncoder().encode(xml), contentType: CONTENT_TYPES.xml, fileName: exportBestandsnaam(nota.kenmerk, "diwoo", "xml") };
  await logDownload(caller, "export.diwoo_xml", bestand, { notaId: nota.id, versie: nota.versie });
  return bestand;
}
