import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/server/auth/authenticate";
import { checkHealth } from "@/lib/server/health";
import { getProfile } from "@/lib/server/gebruikers/get-profile";
import { loadActor } from "@/lib/server/session";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoEmail, seedDemo, seedMrCalendar } from "@/prisma/seed";
import { testPrisma } from "@/tests/support/prisma";

const prisma = testPrisma();

beforeAll(async () => {
  await seedMrCalendar(prisma);
  await seedDemo(prisma);
});
afterAll(() => prisma.$disconnect());

describe("demo seed", () => {
  it("creates one account per role, with argon2id hashes, and nothing twice", async () => {
    // Other files of the run add officials of their own: count the demo accounts.
    const demo = { email: { in: DEMO_ACCOUNTS.map((a) => demoEmail(a.login)) } };
    expect(await prisma.gebruiker.count({ where: demo })).toBe(DEMO_ACCOUNTS.length);
    const again = await seedDemo(prisma);
    expect(again.accounts).toBe(0);
    expect(await prisma.gebruiker.count({ where: demo })).toBe(DEMO_ACCOUNTS.length);
    const users = await prisma.gebruiker.findMany({ where: demo });
    for (const u of users) expect(u.wachtwoordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const rollen = new Set(users.flatMap((u) => u.rollen));
    expect([...rollen].sort()).toEqual(
      ["beheerder", "bestuursondersteuning", "bewindspersoon", "lezer", "mr_coordinator", "opsteller", "parafeerder", "parlementaire_zaken", "woo_coordinator"],
    );
  });

  it("holds every Friday of 2025 and 2026 but the holidays, and the extra MR of 30 June 2025", async () => {
    const in2025en2026 = { gte: new Date("2025-01-01"), lt: new Date("2027-01-01") };
    // 52 Fridays each; out: Tweede Kerstdag 26 December 2025 and Eerste Kerstdag 25 December 2026.
    expect(await prisma.mrVergadering.count({ where: { soort: "regulier", datum: in2025en2026 } })).toBe(51 + 51);
    // this year's and next year's Fridays too, so there is always a coming meeting (52 or 53
    // Fridays, of which at most three fall on a holiday)
    const volgendJaar = new Date().getUTCFullYear() + 1;
    expect(await prisma.mrVergadering.count({ where: { datum: { gte: new Date(`${volgendJaar}-01-01`), lt: new Date(`${volgendJaar + 1}-01-01`) } } })).toBeGreaterThanOrEqual(49);
    const extra2025 = await prisma.mrVergadering.findMany({ where: { soort: "extra", datum: { lt: new Date("2026-01-01") } } });
    expect(extra2025.map((v) => v.datum.toISOString().slice(0, 10))).toEqual(["2025-06-30"]);
    expect(await seedMrCalendar(prisma)).toBe(0);
  });

  it("builds the organisation from ministry to afdeling", async () => {
    const opsteller = await prisma.gebruiker.findUniqueOrThrow({
      where: { email: demoEmail("opsteller") },
      include: { organisatieonderdeel: { include: { parent: { include: { parent: { include: { parent: true } } } } } } },
    });
    const afdeling = opsteller.organisatieonderdeel;
    expect(afdeling.soort).toBe("afdeling");
    expect(afdeling.parent?.soort).toBe("directie");
    expect(afdeling.parent?.parent?.soort).toBe("dg");
    expect(afdeling.parent?.parent?.parent?.naam).toBe("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties");
  });
});

describe("authenticate", () => {
  it("signs in with the right password, case-insensitively on the e-mail address", async () => {
    const result = await authenticate({ email: "  Minister@Beslisroute.TEST ", password: DEMO_PASSWORD });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.user.rollen).toEqual(["bewindspersoon"]);
  });

  it("refuses a wrong password and an unknown account alike", async () => {
    expect(await authenticate({ email: demoEmail("lezer"), password: "fout" })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ email: "niemand@beslisroute.test", password: "fout" })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ email: "geen-adres", password: "x" })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({})).toEqual({ ok: false, reason: "invalid" });
  });

  it("does not sign in a deactivated account", async () => {
    const email = demoEmail("lezer");
    await prisma.gebruiker.update({ where: { email }, data: { actief: false } });
    expect((await authenticate({ email, password: DEMO_PASSWORD })).ok).toBe(false);
    const user = await prisma.gebruiker.findUniqueOrThrow({ where: { email } });
    expect(await loadActor(user.id)).toBeNull();
    await prisma.gebruiker.update({ where: { email }, data: { actief: true } });
    expect((await loadActor(user.id))?.rollen).toEqual(["lezer"]);
  });
});

describe("profile and health", () => {
  it("GET /api/v1/ik's use case describes the official", async () => {
    const user = await prisma.gebruiker.findUniqueOrThrow({ where: { email: demoEmail("opsteller") } });
    const actor = (await loadActor(user.id))!;
    const profile = await getProfile({ actor });
    expect(profile).toMatchObject({ naam: "Sanne de Vries", rollen: ["opsteller"], organisatieonderdeel: { afkorting: "BU" } });
  });

  it("health answers ok on a live database", async () => {
    expect(await checkHealth()).toEqual({ status: "ok" });
  });
});
