import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { dagAlsDate, dagIso, dagVan, plusDagen } from "@/lib/domain/datum";
import { aftellen } from "@/lib/domain/deadlines";
import { listTasks, type TaakDto } from "@/lib/server/taken/list-tasks";
import { visibleNotaWhere } from "@/lib/server/notas/queries";

export interface DashboardDto {
  taken: TaakDto[];
  vergaderingen: { id: string; datum: string; soort: string; aftellen: string; aantalNotas: number }[];
  perStatus: { status: string; aantal: number }[];
  bijgewerktOp: string;
}

/** Mijn taken: what waits on me, the coming MR meetings with a countdown, counts per status. */
export async function getDashboard(actor: Actor): Promise<DashboardDto> {
  const vandaag = dagVan(new Date());
  const [taken, meetings, groups] = await Promise.all([
    listTasks(actor, vandaag),
    db().mrVergadering.findMany({
      where: { datum: { gte: dagAlsDate(vandaag), lte: dagAlsDate(plusDagen(vandaag, 42)) } },
      orderBy: { datum: "asc" },
      take: 6,
      include: { agendapunten: { where: { uitkomst: null }, select: { id: true } } },
    }),
    db().nota.groupBy({ by: ["status"], where: visibleNotaWhere(actor), _count: { _all: true } }),
  ]);
  return {
    taken,
    vergaderingen: meetings.map((m) => ({ id: m.id, datum: dagIso(m.datum), soort: m.soort, aftellen: aftellen(dagIso(m.datum), vandaag), aantalNotas: m.agendapunten.length })),
    perStatus: groups.map((g) => ({ status: g.status, aantal: g._count._all })),
    bijgewerktOp: new Date().toISOString(),
  };
}
