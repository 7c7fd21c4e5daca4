import { describe, expect, it } from "vitest";
import { controleerRoute, huidigeVolgorde, openStappen, wordtRouteAfgerond, type StapStand } from "@/lib/domain/paraafroute";

const stap = (id: string, volgorde: number, oordeel: StapStand["oordeel"] = null): StapStand => ({ id, volgorde, toegewezenAanId: `u-${id}`, oordeel });

describe("paraafroute", () => {
  it("opens the lowest volgorde that still waits, with its parallel steps", () => {
    const route = [stap("ah", 1), stap("dir", 2), stap("dwjz", 2), stap("dg", 3)];
    expect(openStappen(route).map((s) => s.id)).toEqual(["ah"]);
    route[0]!.oordeel = "akkoord";
    expect(openStappen(route).map((s) => s.id)).toEqual(["dir", "dwjz"]);
    route[1]!.oordeel = "akkoord_met_opmerkingen";
    // the medeparaaf must agree too before the DG's turn
    expect(openStappen(route).map((s) => s.id)).toEqual(["dwjz"]);
    expect(huidigeVolgorde(route)).toBe(2);
    route[2]!.oordeel = "akkoord";
    expect(openStappen(route).map((s) => s.id)).toEqual(["dg"]);
  });

  it("has no open steps after a niet akkoord", () => {
    expect(openStappen([stap("ah", 1, "niet_akkoord"), stap("dir", 2)])).toEqual([]);
  });

  it("knows when an agreement completes the route", () => {
    const route = [stap("ah", 1, "akkoord"), stap("dir", 2), stap("dwjz", 2)];
    expect(wordtRouteAfgerond(route, "dir")).toBe(false);
    route[2]!.oordeel = "akkoord";
    expect(wordtRouteAfgerond(route, "dir")).toBe(true);
  });

  it("checks a proposed route", () => {
    expect(controleerRoute([], "u-op")).toEqual([{ path: "paraafroute", message: "Kies ten minste één parafeerder." }]);
    expect(controleerRoute([{ volgorde: 1, gebruikerId: "u-op", rol: "Afdelingshoofd" }], "u-op")[0]?.message).toBe("U kunt uw eigen nota niet paraferen.");
    expect(controleerRoute([{ volgorde: 1, gebruikerId: "a", rol: "X" }, { volgorde: 3, gebruikerId: "b", rol: "Y" }], "u-op")[0]?.message).toMatch(/zonder gaten/);
    expect(controleerRoute([{ volgorde: 1, gebruikerId: "a", rol: "X" }, { volgorde: 1, gebruikerId: "a", rol: "Y" }], "u-op")[0]?.message).toMatch(/al in dezelfde stap/);
    expect(controleerRoute([{ volgorde: 1, gebruikerId: "a", rol: "X" }, { volgorde: 2, gebruikerId: "b", rol: "Y" }, { volgorde: 2, gebruikerId: "c", rol: "Z" }], "u-op")).toEqual([]);
  });
});
