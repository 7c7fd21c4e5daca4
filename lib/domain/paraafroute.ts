// The paraafroute: ordered steps; steps with the same volgorde run in parallel (medeparaaf) and all
// must agree before the next volgorde opens. A niet_akkoord ends the round (the nota goes retour).

export const PARAAF_OORDELEN = ["akkoord", "akkoord_met_opmerkingen", "niet_akkoord"] as const;
export type ParaafOordeel = (typeof PARAAF_OORDELEN)[number];

export const paraafOordeelLabels: Record<ParaafOordeel, string> = {
  akkoord: "Akkoord",
  akkoord_met_opmerkingen: "Akkoord met opmerkingen",
  niet_akkoord: "Niet akkoord",
};

export interface StapStand {
  id: string;
  volgorde: number;
  toegewezenAanId: string;
  oordeel: ParaafOordeel | null;
}

const positief = (o: ParaafOordeel | null) => o === "akkoord" || o === "akkoord_met_opmerkingen";

/** The volgorde whose turn it is: the lowest one with a step still waiting; null when none waits. */
export function huidigeVolgorde(stappen: readonly StapStand[]): number | null {
  if (stappen.some((s) => s.oordeel === "niet_akkoord")) return null;
  const wachtend = stappen.filter((s) => s.oordeel === null).map((s) => s.volgorde);
  return wachtend.length ? Math.min(...wachtend) : null;
}

/** The steps that can be acted on now. */
export function openStappen<T extends StapStand>(stappen: readonly T[]): T[] {
  const v = huidigeVolgorde(stappen);
  return v === null ? [] : stappen.filter((s) => s.volgorde === v && s.oordeel === null);
}

/** True when, after `stapId` agrees, every step of the route has agreed. */
export function wordtRouteAfgerond(stappen: readonly StapStand[], stapId: string): boolean {
  return stappen.every((s) => s.id === stapId || positief(s.oordeel));
}

export interface RouteStapInvoer {
  volgorde: number;
  gebruikerId: string;
  rol: string;
  deadline?: string | null;
}

export interface RouteFout {
  path: string;
  message: string;
}

/** Checks a proposed route; the use case checks against the database that each person may paraferen. */
export function controleerRoute(route: readonly RouteStapInvoer[], opstellerId: string): RouteFout[] {
  const fouten: RouteFout[] = [];
  if (route.length === 0) fouten.push({ path: "paraafroute", message: "Kies ten minste één parafeerder." });
  const gezien = new Map<string, number>();
  route.forEach((stap, i) => {
    if (stap.gebruikerId === opstellerId) {
      fouten.push({ path: `paraafroute.${i}.gebruikerId`, message: "U kunt uw eigen nota niet paraferen." });
    }
    const key = `${stap.volgorde}:${stap.gebruikerId}`;
    if (gezien.has(key)) {
      fouten.push({ path: `paraafroute.${i}.gebruikerId`, message: "Deze persoon staat al in dezelfde stap." });
    }
    gezien.set(key, i);
  });
  const volgordes = [...new Set(route.map((s) => s.volgorde))].sort((a, b) => a - b);
  volgordes.forEach((v, i) => {
    if (v !== i + 1) {
      fouten.push({ path: "paraafroute", message: "Nummer de stappen door vanaf 1, zonder gaten (gelijke nummers lopen parallel)." });
    }
  });
  return fouten.filter((f, i, all) => all.findIndex((g) => g.path === f.path && g.message === f.message) === i);
}

/** Who is asking: themselves, and the people they stand in for today. */
export interface Parafeerder {
  id: string;
  vervangtVoor: readonly string[];
}

/**
 * Whose turn it is: the open step the actor acts on. Their own open step comes first; otherwise an
 * open step of someone they stand in for (the first in route order). Null: nothing waits for them.
 * The use case records the paraaf on this step; the nota page offers the form for this step.
 */
export function stapAanZet<T extends StapStand>(stappen: readonly T[], wie: Parafeerder): T | null {
  const open = openStappen(stappen);
  return open.find((s) => s.toegewezenAanId === wie.id) ?? open.find((s) => wie.vervangtVoor.includes(s.toegewezenAanId)) ?? null;
}

export interface GeparafeerdeStap {
  oordeel: ParaafOordeel | null;
  /** The nota version the step was on. */
  versie: number;
  toegewezenAanId: string;
  uitgevoerdDoorId: string | null;
}

/**
 * "Wat is er veranderd sinds uw paraaf": from the version of the actor's last paraaf (on their own
 * step or one they did for someone else) to the newest version, when the nota changed since and both
 * versions have a snapshot. Steps in route order over all rounds.
 */
export function sindsLaatsteParaaf(stappen: readonly GeparafeerdeStap[], actorId: string, versies: readonly number[]): { van: number; naar: number } | null {
  const laatste = stappen.filter((s) => s.oordeel && (s.toegewezenAanId === actorId || s.uitgevoerdDoorId === actorId)).at(-1);
  const nieuwste = versies.length ? Math.max(...versies) : null;
  if (!laatste || nieuwste === null || nieuwste <= laatste.versie || !versies.includes(laatste.versie)) return null;
  return { van: laatste.versie, naar: nieuwste };
}
