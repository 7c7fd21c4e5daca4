import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { can, canSee, magWebhooksBeheren, PERMISSIONS, type NotaToegang, type Permission } from "@/lib/domain/permissions";
import { NOTA_STATUSSEN } from "@/lib/domain/nota-status";
import { ROLLEN, type Rol } from "@/lib/domain/rollen";

const DIRECTIE = "dir-1";
const actor = (rollen: Rol[], extra: Partial<Actor> = {}): Actor => ({
  id: "u-actor",
  naam: "Test",
  email: "t@x",
  rollen,
  organisatieonderdeelId: "afd-1",
  directieId: DIRECTIE,
  vervangtVoor: [],
  ...extra,
});
const nota = (extra: Partial<NotaToegang> = {}): NotaToegang => ({
  status: "in_paraaf",
  opstellerId: "u-opsteller",
  contactpersoonId: null,
  directieId: DIRECTIE,
  aanId: "u-minister",
  rubricering: null,
  routeIds: ["u-actor"],
  openStapIds: ["u-actor"],
  ...extra,
});

// What each role may do at role level, written out per role from DOMAIN.md §6 (not read from
// PERMISSIONS, the table under test): a wrong cell there fails a row here.
const MAG_PER_ROL: Record<Rol, readonly Permission[]> = {
  opsteller: ["nota.aanmaken", "nota.bewerken", "nota.indienen", "nota.kamerbrief_bewerken", "nota.intrekken"],
  parafeerder: ["nota.paraferen"],
  bewindspersoon: ["nota.beslissen", "nota.terugsturen", "mr.besluitenlijst"],
  bestuursondersteuning: ["nota.beslissen", "nota.terugsturen", "mr.besluitenlijst"],
  mr_coordinator: ["nota.mr_aanmelden", "nota.mr_uitkomst", "mr.vergadering_toevoegen", "mr.reces_instellen", "mr.besluitenlijst"],
  parlementaire_zaken: ["nota.kamerbrief_bewerken", "nota.verzenden", "nota.tk_nummers", "mr.besluitenlijst"],
  woo_coordinator: ["nota.publiceren", "nota.weglakken"],
  beheerder: ["nota.intrekken", "mr.vergadering_toevoegen", "gebruikers.beheren", "beveiliging.inzien", "mr.besluitenlijst", "webhooks.beheren"],
  lezer: [],
};

const ALLE_PERMISSIES: readonly Permission[] = [
  "nota.aanmaken", "nota.bewerken", "nota.indienen", "nota.paraferen", "nota.beslissen", "nota.terugsturen", "nota.mr_aanmelden",
  "nota.mr_uitkomst", "nota.kamerbrief_bewerken", "nota.verzenden", "nota.tk_nummers", "nota.publiceren", "nota.intrekken",
  "mr.vergadering_toevoegen", "mr.reces_instellen", "gebruikers.beheren", "beveiliging.inzien", "nota.weglakken", "mr.besluitenlijst",
  "webhooks.beheren",
];

describe("the permission matrix", () => {
  const permissions = ALLE_PERMISSIES;

  it("has exactly the permissions and roles the table below covers", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...ALLE_PERMISSIES].sort());
    expect([...ROLLEN].sort()).toEqual(Object.keys(MAG_PER_ROL).sort());
  });

  for (const permission of permissions) {
    for (const rol of ROLLEN) {
      const allowed = MAG_PER_ROL[rol].includes(permission);
      it(`${rol} ${allowed ? "may" : "may not"} ${permission} (role level)`, () => {
        expect(can(actor([rol]), permission).ok).toBe(allowed);
      });
    }
  }

  it("refuses an actor without known roles everything", () => {
    for (const p of permissions) expect(can(actor([]), p, nota()).ok).toBe(false);
    expect(canSee(actor([]), nota())).toBe(false);
  });

  it("lets an opsteller edit and submit only concepts of their own directie", () => {
    expect(can(actor(["opsteller"]), "nota.bewerken", nota({ status: "concept" })).ok).toBe(true);
    expect(can(actor(["opsteller"], { directieId: "dir-2" }), "nota.bewerken", nota({ status: "concept" })).ok).toBe(false);
    expect(can(actor(["opsteller"], { directieId: null }), "nota.indienen", nota({ status: "concept" })).ok).toBe(false);
  });

  it("lets a parafeerder act only on an open step of theirs or of someone they stand in for", () => {
    expect(can(actor(["parafeerder"]), "nota.paraferen", nota()).ok).toBe(true);
    const notMine = can(actor(["parafeerder"]), "nota.paraferen", nota({ openStapIds: ["u-other"] }));
    expect(notMine).toMatchObject({ ok: false, code: "NOT_YOUR_TURN" });
    expect(can(actor(["parafeerder"], { vervangtVoor: ["u-other"] }), "nota.paraferen", nota({ openStapIds: ["u-other"] })).ok).toBe(true);
  });

  it("lets the bewindspersoon decide only notas addressed to them; bestuursondersteuning for any", () => {
    expect(can(actor(["bewindspersoon"], { id: "u-minister" }), "nota.beslissen", nota()).ok).toBe(true);
    expect(can(actor(["bewindspersoon"], { id: "u-staatssecretaris" }), "nota.beslissen", nota()).ok).toBe(false);
    expect(can(actor(["bestuursondersteuning"]), "nota.beslissen", nota()).ok).toBe(true);
  });

  it("never lets the opsteller publish their own nota", () => {
    expect(can(actor(["woo_coordinator"], { id: "u-opsteller" }), "nota.publiceren", nota()).ok).toBe(false);
    expect(can(actor(["woo_coordinator"]), "nota.publiceren", nota()).ok).toBe(true);
  });

  it("lets only the nota's own opsteller or a beheerder withdraw it", () => {
    expect(can(actor(["opsteller"], { id: "u-opsteller" }), "nota.intrekken", nota()).ok).toBe(true);
    expect(can(actor(["opsteller"]), "nota.intrekken", nota()).ok).toBe(false);
    expect(can(actor(["beheerder"]), "nota.intrekken", nota()).ok).toBe(true);
  });

  it("lets the opsteller's directie and parlementaire zaken edit the Kamerbrief", () => {
    expect(can(actor(["opsteller"]), "nota.kamerbrief_bewerken", nota()).ok).toBe(true);
    expect(can(actor(["opsteller"], { directieId: "dir-2" }), "nota.kamerbrief_bewerken", nota()).ok).toBe(false);
    expect(can(actor(["parlementaire_zaken"], { directieId: null }), "nota.kamerbrief_bewerken", nota()).ok).toBe(true);
  });
});

describe("visibility", () => {
  it("shows concepts and retour notas only to the directie and beheerders", () => {
    for (const status of ["concept", "retour"] as const) {
      expect(canSee(actor(["lezer"]), nota({ status, routeIds: [] }))).toBe(true);
      expect(canSee(actor(["lezer"], { directieId: "dir-2" }), nota({ status, routeIds: [] }))).toBe(false);
      expect(canSee(actor(["bewindspersoon"], { id: "u-minister", directieId: null }), nota({ status }))).toBe(false);
      expect(canSee(actor(["beheerder"], { directieId: null }), nota({ status }))).toBe(true);
    }
  });

  it("shows every submitted nota to every official of the ministry", () => {
    for (const status of NOTA_STATUSSEN.filter((s) => s !== "concept" && s !== "retour")) {
      expect(canSee(actor(["lezer"], { directieId: "dir-2" }), nota({ status, routeIds: [] }))).toBe(true);
    }
  });

  it("limits a nota with a rubricering to its route, its people and the chain's roles", () => {
    const geheim = nota({ status: "bij_bewindspersoon", rubricering: "Departementaal vertrouwelijk", routeIds: ["u-dg"] });
    const outsider = actor(["lezer"], { directieId: "dir-2" });
    expect(canSee(outsider, geheim)).toBe(false);
    expect(canSee(actor(["parafeerder"], { id: "u-dg" }), geheim)).toBe(true);
    expect(canSee(actor(["parafeerder"], { vervangtVoor: ["u-dg"] }), geheim)).toBe(true);
    expect(canSee(actor(["bewindspersoon"], { id: "u-minister" }), geheim)).toBe(true);
    expect(canSee(actor(["bewindspersoon"], { id: "u-staatssecretaris" }), geheim)).toBe(false);
    for (const rol of ["bestuursondersteuning", "mr_coordinator", "parlementaire_zaken", "woo_coordinator", "beheerder"] as const) {
      expect(canSee(actor([rol], { directieId: null }), geheim)).toBe(true);
    }
    expect(canSee(actor(["opsteller"], { id: "u-opsteller" }), geheim)).toBe(true);
  });
});

describe("who manages webhook subscriptions", () => {
  // [rollen, token scope (none: a browser session), may]
  const rijen: [Rol[], "lezen" | "schrijven" | "webhooks" | null, boolean][] = [
    [["beheerder"], null, true],
    [["opsteller"], null, false],
    [["beheerder"], "webhooks", true],
    [["lezer"], "webhooks", true],
    [["beheerder"], "schrijven", false],
    [["beheerder"], "lezen", false],
    [["opsteller"], "schrijven", false],
  ];
  for (const [rollen, scope, mag] of rijen) {
    it(`${rollen.join(",")} ${scope ? `with a ${scope} token` : "in a session"}: ${mag}`, () => {
      expect(magWebhooksBeheren({ rollen, token: scope ? { id: "t", scope } : undefined })).toBe(mag);
    });
  }
});
