import { describe, expect, it } from "vitest";
import { heeftRol } from "@/lib/domain/actor";

describe("heeftRol", () => {
  it("is true when the actor holds one of the roles asked", () => {
    expect(heeftRol({ rollen: ["opsteller"] }, "opsteller")).toBe(true);
    expect(heeftRol({ rollen: ["lezer", "woo_coordinator"] }, "beheerder", "woo_coordinator")).toBe(true);
    expect(heeftRol({ rollen: ["parafeerder", "bewindspersoon"] }, "bewindspersoon")).toBe(true);
  });

  it("is false when the actor holds none of them", () => {
    expect(heeftRol({ rollen: ["lezer"] }, "beheerder")).toBe(false);
    expect(heeftRol({ rollen: ["opsteller", "parafeerder"] }, "mr_coordinator", "parlementaire_zaken")).toBe(false);
    expect(heeftRol({ rollen: [] }, "lezer")).toBe(false);
  });

  it("is false when no role is asked", () => {
    expect(heeftRol({ rollen: ["beheerder"] })).toBe(false);
  });
});
