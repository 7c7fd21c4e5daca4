import "server-only";
import { db } from "@/lib/db";

/** Organisation units, optionally of one kind (for filters and beheer). */
export async function listUnits(soort?: "ministerie" | "dg" | "directie" | "afdeling") {
  const rows = await db().organisatieonderdeel.findMany({ where: soort ? { soort } : {}, orderBy: { naam: "asc" }, include: { parent: { select: { naam: true } } } });
  return rows.map((u) => ({ id: u.id, naam: u.naam, afkorting: u.afkorting, soort: u.soort, bovenliggend: u.parent?.naam ?? null }));
}
