import { describe, expect, it } from "vitest";
import { navigationFor } from "@/lib/domain/navigatie";
import { isRol, knownRoles, rolLabels, ROLLEN } from "@/lib/domain/rollen";

describe("roles and navigation", () => {
  it("refuses unknown roles instead of treating them as a lesser role", () => {
    expect(isRol("opsteller")).toBe(true);
    expect(isRol("admin")).toBe(false);
    expect(knownRoles(["lezer", "superuser", 3, "beheerder"])).toEqual(["lezer", "beheerder"]);
  });

  it("knows exactly DOMAIN.md §6's nine roles, each by the name the screens show", () => {
    // Written out by hand: the role as stored, and its label on the Beheer page and the paraaf route.
    const verwacht: [string, string][] = [
      ["opsteller", "Opsteller"],
      ["parafeerder", "Parafeerder"],
      ["bewindspersoon", "Bewindspersoon"],
      ["bestuursondersteuning", "Bestuursondersteuning"],
      ["mr_coordinator", "MR-coördinator"],
      ["parlementaire_zaken", "Parlementaire zaken"],
      ["woo_coordinator", "Woo-coördinator"],
      ["beheerder", "Beheerder"],
      ["lezer", "Lezer"],
    ];
    expect([...ROLLEN]).toEqual(verwacht.map(([rol]) => rol));
    expect(Object.entries(rolLabels)).toEqual(verwacht);
    for (const [rol] of verwacht) expect(isRol(rol), rol).toBe(true);
    for (const geen of ["", "Opsteller", "admin", "opsteller ", "toString", "constructor"]) expect(isRol(geen), geen).toBe(false);
    for (const geen of [null, undefined, 1, {}, ["lezer"]]) expect(isRol(geen)).toBe(false);
    expect(knownRoles([])).toEqual([]);
    expect(knownRoles(["beheerder", "beheerder", "lezer"])).toEqual(["beheerder", "beheerder", "lezer"]);
  });

  // What each role sees in the main navigation, in order, written out (not read from navItems).
  const VERWACHT: Record<(typeof ROLLEN)[number], string[]> = {
    opsteller: ["/", "/notas", "/notas/nieuw", "/ministerraad"],
    parafeerder: ["/", "/notas", "/ministerraad"],
    bewindspersoon: ["/", "/notas", "/ministerraad"],
    bestuursondersteuning: ["/", "/notas", "/ministerraad"],
    mr_coordinator: ["/", "/notas", "/ministerraad"],
    parlementaire_zaken: ["/", "/notas", "/ministerraad"],
    woo_coordinator: ["/", "/notas", "/ministerraad"],
    beheerder: ["/", "/notas", "/ministerraad", "/beheer"],
    lezer: ["/", "/notas", "/ministerraad"],
  };
  for (const rol of ROLLEN) {
    it(`shows a ${rol} exactly their items`, () => {
      expect(navigationFor([rol]).map((i) => i.href)).toEqual(VERWACHT[rol]);
    });
  }
  it("shows someone with two roles the items of both, once", () => {
    expect(navigationFor(["opsteller", "beheerder"]).map((i) => i.href)).toEqual(["/", "/notas", "/notas/nieuw", "/ministerraad", "/beheer"]);
    expect(navigationFor([]).map((i) => i.href)).toEqual(["/", "/notas", "/ministerraad"]);
  });
});
