// Content negotiation (RFC 9110 §12.5.1): which of the forms a resource offers fits an Accept header.

interface Voorkeur {
  type: string;
  sub: string;
  q: number;
}

function voorkeuren(accept: string): Voorkeur[] {
  return accept
    .split(",")
    .map((deel) => {
      const [bereik = "", ...params] = deel.trim().split(";");
      const [type = "", sub = ""] = bereik.trim().toLowerCase().split("/");
      const qParam = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith("q="));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { type, sub, q: Number.isFinite(q) ? q : 0 };
    })
    .filter((v) => v.type && v.sub);
}

/** How well `mediaType` matches: the q of the most specific range that covers it (0: not acceptable). */
function kwaliteit(mediaType: string, lijst: Voorkeur[]): number {
  const [type, sub] = mediaType.toLowerCase().split("/");
  let beste: { specifiek: number; q: number } | null = null;
  for (const v of lijst) {
    const specifiek = v.type === type && v.sub === sub ? 2 : v.type === type && v.sub === "*" ? 1 : v.type === "*" && v.sub === "*" ? 0 : -1;
    if (specifiek < 0) continue;
    if (!beste || specifiek > beste.specifiek) beste = { specifiek, q: v.q };
  }
  return beste?.q ?? 0;
}

/**
 * The offered form the client prefers; no Accept header (or an empty one) takes the first offered.
 * Equal preference: the order of `aanbod`. None acceptable: null (406).
 */
export function kiesVorm<T extends string>(accept: string | null | undefined, aanbod: readonly T[]): T | null {
  if (!accept || !accept.trim()) return aanbod[0] ?? null;
  const lijst = voorkeuren(accept);
  let gekozen: T | null = null;
  let besteQ = 0;
  for (const vorm of aanbod) {
    const q = kwaliteit(vorm, lijst);
    if (q > besteQ) {
      gekozen = vorm;
      besteQ = q;
    }
  }
  return gekozen;
}
