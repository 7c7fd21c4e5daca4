import { describe, expect, it } from "vitest";
import { controleerRoute, huidigeVolgorde, openStappen, sindsLaatsteParaaf, stapAanZet, wordtRouteAfgerond, type StapStand } from "@/lib/domain/paraafroute";

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

describe("stapAanZet: whose turn it is", () => {
  // A route: 1 = ah, 2 = dir ∥ jur (parallel), 3 = dg. The oordelen per case are written out.
  const route = (o: Partial<Record<"ah" | "dir" | "jur" | "dg", "akkoord" | "niet_akkoord">>) => [
    { id: "s1", volgorde: 1, toegewezenAanId: "ah", oordeel: o.ah ?? null },
    { id: "s2", volgorde: 2, toegewezenAanId: "dir", oordeel: o.dir ?? null },
    { id: "s3", volgorde: 2, toegewezenAanId: "jur", oordeel: o.jur ?? null },
    { id: "s4", volgorde: 3, toegewezenAanId: "dg", oordeel: o.dg ?? null },
  ];
  const gevallen: [string, ReturnType<typeof route>, { id: string; vervangtVoor: string[] }, string | null][] = [
    ["the first step's own assignee", route({}), { id: "ah", vervangtVoor: [] }, "s1"],
    ["a later step is not yet anyone's turn", route({}), { id: "dir", vervangtVoor: [] }, null],
    ["parallel steps: each their own", route({ ah: "akkoord" }), { id: "jur", vervangtVoor: [] }, "s3"],
    ["a vervanger takes the step of whom they stand in for", route({ ah: "akkoord" }), { id: "x", vervangtVoor: ["dir"] }, "s2"],
    ["own step comes before a step as vervanger", route({ ah: "akkoord" }), { id: "jur", vervangtVoor: ["dir"] }, "s3"],
    ["after a niet akkoord nothing is open", route({ ah: "niet_akkoord" }), { id: "dir", vervangtVoor: [] }, null],
    ["done parallel group opens the next", route({ ah: "akkoord", dir: "akkoord", jur: "akkoord" }), { id: "dg", vervangtVoor: [] }, "s4"],
    ["an own agreed step is no turn", route({ ah: "akkoord", dir: "akkoord" }), { id: "dir", vervangtVoor: [] }, null],
  ];
  for (const [naam, stappen, wie, verwacht] of gevallen) {
    it(naam, () => expect(stapAanZet(stappen, wie)?.id ?? null).toBe(verwacht));
  }
});

describe("sindsLaatsteParaaf: what changed since your paraaf", () => {
  const stap = (versie: number, toegewezenAanId: string, uitgevoerdDoorId: string | null, oordeel: "akkoord" | null = "akkoord") => ({ versie, toegewezenAanId, uitgevoerdDoorId, oordeel });
  it("from the version of the actor's last paraaf to the newest", () => {
    expect(sindsLaatsteParaaf([stap(2, "ah", "ah"), stap(5, "ah", "ah")], "ah", [1, 2, 5, 8])).toEqual({ van: 5, naar: 8 });
  });
  it("counts a paraaf done as vervanger", () => {
    expect(sindsLaatsteParaaf([stap(2, "dir", "x")], "x", [2, 4])).toEqual({ van: 2, naar: 4 });
  });
  it("nothing when unchanged since, when never initialled, or without a snapshot of that version", () => {
    expect(sindsLaatsteParaaf([stap(4, "ah", "ah")], "ah", [2, 4])).toBeNull();
    expect(sindsLaatsteParaaf([stap(2, "ah", null, null)], "ah", [2, 4])).toBeNull();
    expect(sindsLaatsteParaaf([stap(3, "ah", "ah")], "ah", [2, 4])).toBeNull();
  });
});
