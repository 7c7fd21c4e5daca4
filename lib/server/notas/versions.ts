import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import { diffSnapshots, type SectieDiff } from "@/lib/domain/versie-diff";
import { loadVisibleNota } from "@/lib/server/notas/nota-record";

/** GET /api/v1/notas/{id}/versies. */
export async function listVersions(actor: Actor, notaId: string) {
  await loadVisibleNota(db(), actor, notaId);
  return versiesVanNota(notaId);
}

/** The versions of a nota already checked visible (the nota page loads the nota once). */
export async function versiesVanNota(notaId: string) {
  const rows = await db().notaVersie.findMany({ where: { notaId }, orderBy: { versie: "asc" }, select: { versie: true, aanleiding: true, aangemaaktOp: true, doorId: true } });
  return rows.map((r) => ({ versie: r.versie, aanleiding: r.aanleiding, aangemaaktOp: r.aangemaaktOp.toISOString(), doorId: r.doorId }));
}

/** The largest version PostgreSQL's integer holds: anything above cannot exist. */
const MAX_INT = 2_147_483_647;

/** GET /api/v1/notas/{id}/versies/{a}/diff/{b}: what changed per section between two snapshots. */
export async function diffVersions(actor: Actor, notaId: string, a: string, b: string): Promise<{ van: number; naar: number; secties: SectieDiff[] }> {
  await loadVisibleNota(db(), actor, notaId);
  const va = Number(a);
  const vb = Number(b);
  if (!Number.isInteger(va) || !Number.isInteger(vb) || va < 1 || vb < 1 || va > MAX_INT || vb > MAX_INT) {
    throw new AppError("VALIDATION_FAILED", "Versies zijn positieve gehele getallen.", [{ path: "versie", message: "Geef twee versienummers." }]);
  }
  const [x, y] = await Promise.all([
    db().notaVersie.findUnique({ where: { notaId_versie: { notaId, versie: va } } }),
    db().notaVersie.findUnique({ where: { notaId_versie: { notaId, versie: vb } } }),
  ]);
  if (!x || !y) throw new AppError("NOT_FOUND", `Versie ${!x ? va : vb} van deze nota bestaat niet.`);
  return { van: va, naar: vb, secties: diffSnapshots(x.snapshot as Record<string, unknown>, y.snapshot as Record<string, unknown>) };
}
