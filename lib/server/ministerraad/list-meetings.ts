import "server-only";
import { validationError } from "@/lib/errors";
import { dagAlsDate, dagIso } from "@/lib/domain/datum";
import { vergaderingenQuerySchema } from "@/lib/domain/api-schemas";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";

export interface MrVergaderingDto {
  id: string;
  datum: string;
  soort: "regulier" | "extra";
  aantalNotas: number;
}

/** GET /api/v1/mr-vergaderingen?van=&tot= (any signed-in official). */
export async function listMeetings(_actor: Actor, query: { van?: string | null; tot?: string | null }): Promise<MrVergaderingDto[]> {
  const parsed = vergaderingenQuerySchema.safeParse({ van: query.van ?? undefined, tot: query.tot ?? undefined });
  if (!parsed.success) throw validationError(parsed.error);
  const { van, tot } = parsed.data;
  const rows = await db().mrVergadering.findMany({
    where: { datum: { gte: van ? dagAlsDate(van) : undefined, lte: tot ? dagAlsDate(tot) : undefined } },
    orderBy: { datum: "asc" },
    include: { _count: { select: { agendapunten: true } } },
  });
  return rows.map((v) => ({ id: v.id, datum: dagIso(v.datum), soort: v.soort, aantalNotas: v._count.agendapunten }));
}
