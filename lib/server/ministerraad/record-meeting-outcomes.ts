import "server-only";
// The mr_coordinator records the outcome of every agendapunt of a meeting in one pass, from the
// meeting's page: the same use case per item (recordMrOutcome, each in its own transaction, with
// its own version check and audit event), so one refused item never undoes the others.
import { AppError, isAppError, type FieldError } from "@/lib/errors";
import { dagIso } from "@/lib/domain/datum";
import { db } from "@/lib/db";
import { assertRole, type Caller } from "@/lib/server/notas/mutation";
import { recordMrOutcome } from "@/lib/server/ministerraad/record-mr-outcome";

export interface UitkomstInvoer {
  notaId: string;
  versie: number;
  uitkomst: string;
  toelichting?: string | null;
}

export interface UitkomstResultaat {
  notaId: string;
  ok: boolean;
  melding?: string;
  fouten?: FieldError[];
}

/** Records each outcome given; items without an uitkomst are left open. */
export async function recordMeetingOutcomes(caller: Caller, vergaderingId: string, items: readonly UitkomstInvoer[]): Promise<UitkomstResultaat[]> {
  assertRole(caller.actor, "nota.mr_uitkomst");
  if (!/^[0-9a-f-]{36}$/i.test(vergaderingId)) throw new AppError("NOT_FOUND", "Deze vergadering bestaat niet.");
  const v = await db().mrVergadering.findUnique({ where: { id: vergaderingId }, include: { agendapunten: { where: { uitkomst: null }, select: { notaId: true } } } });
  if (!v) throw new AppError("NOT_FOUND", "Deze vergadering bestaat niet.");
  const open = new Set(v.agendapunten.map((a) => a.notaId));
  const resultaten: UitkomstResultaat[] = [];
  for (const item of items) {
    if (!item.uitkomst) continue;
    if (!open.has(item.notaId)) {
      resultaten.push({ notaId: item.notaId, ok: false, melding: `Deze nota staat niet (meer) open op de vergadering van ${dagIso(v.datum)}.` });
      continue;
    }
    try {
      await recordMrOutcome(caller, item.notaId, item.versie, { uitkomst: item.uitkomst, toelichting: item.toelichting ?? null });
      resultaten.push({ notaId: item.notaId, ok: true });
    } catch (e) {
      if (!isAppError(e)) throw e;
      resultaten.push({ notaId: item.notaId, ok: false, melding: e.detail, fouten: e.errors });
    }
  }
  return resultaten;
}
