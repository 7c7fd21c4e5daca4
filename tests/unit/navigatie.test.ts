import { describe, expect, it } from "vitest";
import { navigationFor, navItems } from "@/lib/domain/navigatie";
import { isRol, knownRoles, ROLLEN } from "@/lib/domain/rollen";

describe("roles and navigation", () => {
  it("refuses unknown roles instead of treating them as a lesser role", () => {
    expect(isRol("opsteller")).toBe(true);
    expect(isRol("admin")).toBe(false);
    expect(knownRoles(["lezer", "superuser", 3, "beheerder"])).toEqual(["lezer", "beheerder"]);
  });

  it("shows each role only the items meant for it", () => {
    for (const rol of ROLLEN) {
      const items = navigationFor([rol]);
      expect(items[0]?.href).toBe("/");
      for (const item of items) expect(item.voor === "iedereen" || item.voor.includes(rol)).toBe(true);
    }
    const restricted = navItems.filter((i) => i.voor !== "iedereen");
    for (const item of restricted) {
      const outsiders = ROLLEN.filter((r) => item.voor !== "iedereen" && !item.voor.includes(r));
      for (const r of outsiders) expect(navigationFor([r]).map((i) => i.href)).not.toContain(item.href);
    }
  });
});
