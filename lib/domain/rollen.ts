// The roles of DOMAIN.md §6. A user may hold several. Unknown role strings are refused, never
// treated as a lesser role.

export const ROLLEN = [
  "opsteller",
  "parafeerder",
  "bewindspersoon",
  "bestuursondersteuning",
  "mr_coordinator",
  "parlementaire_zaken",
  "woo_coordinator",
  "beheerder",
  "lezer",
] as const;

export type Rol = (typeof ROLLEN)[number];

export const rolLabels: Record<Rol, string> = {
  opsteller: "Opsteller",
  parafeerder: "Parafeerder",
  bewindspersoon: "Bewindspersoon",
  bestuursondersteuning: "Bestuursondersteuning",
  mr_coordinator: "MR-coördinator",
  parlementaire_zaken: "Parlementaire zaken",
  woo_coordinator: "Woo-coördinator",
  beheerder: "Beheerder",
  lezer: "Lezer",
};

export function isRol(value: unknown): value is Rol {
  return typeof value === "string" && (ROLLEN as readonly string[]).includes(value);
}

/** Keeps the known roles of a list and drops anything else. */
export function knownRoles(values: readonly unknown[]): Rol[] {
  return values.filter(isRol);
}
