// The access log of the exports: who took which file of which nota, when, and its hash. Its own
// table beside the audit chain: recording a download takes no lock (the chain's advisory lock
// serialises every mutation) and keeps the nota's Tijdlijn to its decisions (issue 14).
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { Caller } from "@/lib/server/notas/mutation";
import type { ExportBestand } from "@/lib/server/exports/export-file";

export interface DownloadInvoer {
  actie: string;
  bestand: { bytes: Uint8Array; fileName: string };
  notaId?: string | null;
  versie?: number | null;
  extra?: Record<string, unknown>;
}

/** One row per download: a single INSERT, no transaction, no lock. */
export async function registreerDownload(caller: Caller, d: DownloadInvoer): Promise<void> {
  await db().download.create({
    data: {
      actorId: caller.actor.id,
      actie: d.actie,
      notaId: d.notaId ?? null,
      versie: d.versie ?? null,
      bestandsnaam: d.bestand.fileName,
      grootte: d.bestand.bytes.byteLength,
      sha256: createHash("sha256").update(d.bestand.bytes).digest("hex"),
      extra: d.extra === undefined ? undefined : (JSON.parse(JSON.stringify(d.extra)) as object),
      requestId: caller.requestId ?? null,
    },
  });
}

export interface DownloadDto {
  tijdstip: string;
  actor: { id: string; naam: string | null };
  actie: string;
  bestandsnaam: string;
  grootte: number;
  sha256: string;
  versie: number | null;
}

/** The newest downloads of a nota already checked visible (the nota page shows them). */
export async function downloadsVanNota(notaId: string, take = 50): Promise<DownloadDto[]> {
  const rows = await db().download.findMany({ where: { notaId }, orderBy: { id: "desc" }, take });
  const ids = [...new Set(rows.map((r) => r.actorId))];
  const people = new Map(ids.length ? (await db().gebruiker.findMany({ where: { id: { in: ids } }, select: { id: true, naam: true } })).map((p) => [p.id, p.naam]) : []);
  return rows.map((r) => ({
    tijdstip: r.tijdstip.toISOString(),
    actor: { id: r.actorId, naam: people.get(r.actorId) ?? null },
    actie: r.actie,
    bestandsnaam: r.bestandsnaam,
    grootte: r.grootte,
    sha256: r.sha256,
    versie: r.versie,
  }));
}

/** Records the download of an export in the access log . */
export async function logDownload(caller: Caller, actie: string, bestand: ExportBestand, e: { notaId?: string | null; versie?: number | null; extra?: Record<string, unknown> } = {}): Promise<void> {
  await registreerDownload(caller, { actie, bestand, notaId: e.notaId, versie: e.versie, extra: e.extra });
}
