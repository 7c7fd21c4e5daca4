import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { dagAlsDate, dagIso, dagVan, plusDagen } from "@/lib/domain/datum";
import { aftellen } from "@/lib/domain/deadlines";
import { listTasks, type TaakDto } from "@/lib/server/taken/list-tasks";
import { Prisma } from "@/lib/generated/prisma/client";
import { NOTA_STATUSSEN } from "@/lib/domain/nota-status";
import { RUBRICERING_ROLLEN } from "@/lib/server/notas/queries";

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
    tellingPerStatus(actor),
  ]);
  return {
    taken,
    vergaderingen: meetings.map((m) => ({ id: m.id, datum: dagIso(m.datum), soort: m.soort, aftellen: aftellen(dagIso(m.datum), vandaag), aantalNotas: m.agendapunten.length })),
    perStatus: groups,
    bijgewerktOp: new Date().toISOString(),
  };
}

/**
 * The notas the actor may see, per status, without counting the notas one by one: the counts per
 * (status, directie, rubricated) that triggers keep in "NotaTelling" give every part of the
 * visibility rule but one; only the rubricated notas an outsider sees through their own part in
 * them (opsteller, contactpersoon, aan, on the route) are counted row by row, over the rubricated
 * notas' own index (about 2% of the notas in the bench data: the one part that still grows with N,
 * kept a minute per actor, see docs/PERFORMANCE.md). Same numbers as counting visibleNotaWhere(),
 * the rubricated share at most a minute old.
 */
async function tellingPerStatus(actor: Actor): Promise<{ status: string; aantal: number }[]> {
  if (actor.rollen.length === 0) return [];
  const beheerder = actor.rollen.includes("beheerder");
  const rubricering = actor.rollen.some((r) => (RUBRICERING_ROLLEN as readonly string[]).includes(r));
  const ingediend = Prisma.sql`t.status NOT IN ('concept', 'retour')`;
  const arms: Prisma.Sql[] = beheerder ? [Prisma.sql`TRUE`] : [Prisma.sql`(${ingediend} AND NOT t.geheim)`];
  if (!beheerder && actor.directieId) arms.push(Prisma.sql`(t.status IN ('concept', 'retour') AND t."vanId" = ${actor.directieId}::uuid)`);
  if (!beheerder && rubricering) arms.push(Prisma.sql`(${ingediend} AND t.geheim)`);
  const rows = await db().$queryRaw<{ status: string; aantal: bigint }[]>`
    SELECT t.status::text AS status, sum(t.aantal)::bigint AS aantal FROM "NotaTelling" t WHERE ${Prisma.join(arms, " OR ")} GROUP BY t.status`;
  const per = new Map(rows.map((r) => [r.status, Number(r.aantal)]));
  if (!beheerder && !rubricering) {
    for (const r of await rubricatedShare(actor)) per.set(r.status, (per.get(r.status) ?? 0) + r.aantal);
  }
  // In the order of the workflow; statuses without notas are left out, as groupBy left them out.
  return NOTA_STATUSSEN.filter((s) => (per.get(s) ?? 0) > 0).map((s) => ({ status: s, aantal: per.get(s)! }));
}

/**
 * The rubricated notas an outsider is involved in, per status. Counting them reads each rubricated
 * nota (2% of all notas in the bench data), so the figure is kept per actor for a minute: Mijn
 * taken refreshes every 30 s per open tab, and these notas seldom change status. Everything else
 * in the counts is exact at every view.
 */
const RUBRICATED_TTL_MS = 60_000;
const rubricatedCache = new Map<string, { tot: number; rijen: { status: string; aantal: number }[] }>();

async function rubricatedShare(actor: Actor): Promise<{ status: string; aantal: number }[]> {
  const sleutel = `${actor.id}|${[...actor.vervangtVoor].sort().join(",")}`;
  const hit = rubricatedCache.get(sleutel);
  if (hit && hit.tot > Date.now()) return hit.rijen;
  const route = [actor.id, ...actor.vervangtVoor];
  const eigen = await db().$queryRaw<{ status: string; aantal: bigint }[]>`
    SELECT /* rubricated-share */ n.status::text AS status, count(*)::bigint AS aantal FROM "Nota" n
    WHERE n.rubricering IS NOT NULL AND n.status NOT IN ('concept', 'retour')
      AND (n."opstellerId" = ${actor.id}::uuid OR n."contactpersoonId" = ${actor.id}::uuid OR n."aanId" = ${actor.id}::uuid
        OR EXISTS (SELECT 1 FROM "Paraafronde" r JOIN "Paraafstap" s ON s."rondeId" = r.id WHERE r."notaId" = n.id AND s."toegewezenAanId" = ANY(${route}::uuid[]) OFFSET 0))
    GROUP BY n.status`;
  const rijen = eigen.map((r) => ({ status: r.status, aantal: Number(r.aantal) }));
  if (rubricatedCache.size >= 10_000) rubricatedCache.delete(rubricatedCache.keys().next().value!);
  rubricatedCache.set(sleutel, { tot: Date.now() + RUBRICATED_TTL_MS, rijen });
  return rijen;
}
