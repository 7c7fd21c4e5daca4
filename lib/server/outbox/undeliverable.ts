import "server-only";
import { db } from "@/lib/db";
import { assertRole, type Caller } from "@/lib/server/notas/mutation";

export interface OnbestelbareMail {
  id: string;
  aan: string;
  onderwerp: string;
  notaId: string | null;
  pogingen: number;
  laatsteFout: string | null;
  aangemaaktOp: string;
  opgegevenOp: string;
}

/** Beheer: the mail the worker gave up on (newest first), so someone hears of it. */
export async function listUndeliverableMail(caller: Caller, opts: { limiet?: number } = {}): Promise<{ aantal: number; items: OnbestelbareMail[] }> {
  assertRole(caller.actor, "gebruikers.beheren");
  const where = { opgegevenOp: { not: null }, verzondenOp: null };
  const [aantal, rows] = await Promise.all([
    db().outbox.count({ where }),
    db().outbox.findMany({ where, orderBy: { opgegevenOp: "desc" }, take: Math.min(Math.max(opts.limiet ?? 50, 1), 200) }),
  ]);
  return {
    aantal,
    items: rows.map((r) => ({
      id: r.id, aan: r.aan, onderwerp: r.onderwerp, notaId: r.notaId, pogingen: r.pogingen, laatsteFout: r.laatsteFout,
      aangemaaktOp: r.aangemaaktOp.toISOString(), opgegevenOp: r.opgegevenOp!.toISOString(),
    })),
  };
}

