import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { dagIso } from "@/lib/domain/datum";
import { bijlageBestandsnaam, exportBestandsnaam } from "@/lib/domain/export-bestanden";
import { DIWOO, diwooXml, DiwooFout } from "@/lib/domain/diwoo";
import { inlinePlainText } from "@/lib/domain/nota-document";
import { kamerstukCitaat, kamerstukUrl } from "@/lib/domain/kamerstuk";
import { statusLabels } from "@/lib/domain/nota-status";
import { openbareTitel } from "@/lib/domain/openbare-versie";
import type { Caller } from "@/lib/server/notas/mutation";
import type { NotaRecord } from "@/lib/server/notas/nota-record";
import type { Tx } from "@/lib/server/tx";
import { logDownload } from "@/lib/server/exports/downloads";
import { CONTENT_TYPES, type ExportBestand } from "@/lib/server/exports/export-file";
import { laadNota, notaDatum } from "@/lib/server/exports/document-sources";
import { openbareVersieVan, type OpenbareVersieContext } from "@/lib/server/publicatie/public-version";

/** The statuses in which a nota has a publication to describe (or is about to). */
export const PUBLICEERBAAR = ["verzonden", "gepubliceerd"] as const;

export function assertPubliceerbaar(nota: NotaRecord, wat: string): void {
  if (!(PUBLICEERBAAR as readonly string[]).includes(nota.status)) {
    throw new AppError("INVALID_TRANSITION", `${wat} is er pas als de Kamerbrief is verzonden; deze nota heeft status "${statusLabels[nota.status]}".`);
  }
}

/** The public name of each bijlage (its row in the public nota: a name in it is withheld). */
export function publiekeBijlageNamen(ctx: OpenbareVersieContext): Map<number, string> {
  const uit = new Map<number, string>();
  for (const s of ctx.versie.document.secties) if (s.soort === "bijlagen") for (const r of s.rijen) uit.set(r.volgnummer, inlinePlainText(r.naam, { openbaar: true }));
  return uit;
}

/** The bijlagen whose public version is published, with their names and file names in the package. */
export function gepubliceerdeBijlagen(nota: NotaRecord, ctx: OpenbareVersieContext) {
  const namen = publiekeBijlageNamen(ctx);
  return ctx.bijlagen.flatMap((b) => {
    if (b.publicatie.soort !== "pdf") return [];
    const naam = namen.get(b.rij.volgnummer) ?? `Bijlage ${b.rij.volgnummer}`;
    return [{ volgnummer: b.rij.volgnummer, naam, bestandsnaam: bijlageBestandsnaam(nota.kenmerk, b.rij.volgnummer, naam, "pdf"), versie: b }];
  });
}

/** The DiWoo record of a nota (as a string): publisher = the ministry, never a person. */
export async function maakDiwooXml(tx: Tx, nota: NotaRecord, gegeven?: OpenbareVersieContext, document?: { soort: "kamerbrief" } | { soort: "bijlage"; volgnummer: number }): Promise<string> {
  const ctx = gegeven ?? (await openbareVersieVan(tx, nota));
  if (!ctx.ministerie.tooiUri) throw new AppError("CONFLICT", `Voor ${ctx.ministerie.naam} is geen TOOI-identificatie vastgelegd; die is nodig als publisher.`);
  const v = nota.verzending;
  const kamerstuk = v?.dossiernummer && v.ondernummer && v.vergaderjaar ? { dossiernummer: v.dossiernummer, ondernummer: v.ondernummer, vergaderjaar: v.vergaderjaar } : null;
  const brief = nota.kamerbriefDoc;
  const ondertekend = brief?.datum ?? v?.verzondenOp ?? null;
  const bijlagen = gepubliceerdeBijlagen(nota, ctx);
  const bijlage = document?.soort === "bijlage" ? bijlagen.find((b) => b.volgnummer === document.volgnummer) : undefined;
  const titel =
    document?.soort === "kamerbrief" ? `Kamerbrief: ${brief?.betreft ?? ""}` : bijlage ? `Bijlage ${bijlage.volgnummer} bij beslisnota ${nota.kenmerk}: ${bijlage.naam}` : `Beslisnota: ${openbareTitel(ctx.versie.document)}`;
  try {
    return diwooXml({
      publisher: { uri: ctx.ministerie.tooiUri, naam: ctx.ministerie.naam },
      officieleTitel: titel,
      kenmerk: document?.soort === "kamerbrief" ? `${nota.kenmerk}-kamerbrief` : bijlage ? `${nota.kenmerk}-bijlage-${bijlage.volgnummer}` : nota.kenmerk,
      aggregatiekenmerk: nota.kenmerk,
      documentsoort: document?.soort === "kamerbrief" ? DIWOO.documentsoort.kamerbrief : bijlage ? DIWOO.documentsoort.vergaderstuk : DIWOO.documentsoort.beslisnota,
      creatiedatum: notaDatum(nota),
      vastgesteldOp: nota.besluitOp,
      ondertekendOp: ondertekend ? dagIso(ondertekend) : null,
      kamerbrief: brief && !document
        ? { titel: brief.betreft, citaat: kamerstuk ? kamerstukCitaat(kamerstuk) : null, url: kamerstuk ? kamerstukUrl(kamerstuk) : null, tkDocumentnummer: v?.tkDocumentnummer ?? null }
        : null,
      bijlagen: document ? [] : bijlagen.map((b) => ({ naam: b.naam, bestandsnaam: b.bestandsnaam })),
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
