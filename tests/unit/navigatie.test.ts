import { describe, expect, it } from "vitest";
import { navigationFor } from "@/lib/domain/navigatie";
import { isRol, knownRoles, ROLLEN } from "@/lib/domain/rollen";

describe("roles and navigation", () => {
  it("refuses unknown roles instead of treating them as a lesser role", () => {
    expect(isRol("opsteller")).toBe(true);
    expect(isRol("admin")).toBe(false);
    expect(knownRoles(["lezer", "superuser", 3, "beheerder"])).toEqual(["lezer", "beheerder"]);
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
