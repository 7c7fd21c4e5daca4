// The most privileged mutations: the beheerder creates an official, changes their roles and
// deactivates them. What each may do afterwards is judged by the real use cases (a nota made, a
// sign-in refused), and every change is on the audit trail with what it was before.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { createUser } from "@/lib/server/gebruikers/create-user";
import { updateUser } from "@/lib/server/gebruikers/update-user";
import { authenticate } from "@/lib/server/auth/authenticate";
import { checkSession } from "@/lib/server/auth/sessions";
import { loadActor } from "@/lib/server/actors";
import { createNota } from "@/lib/server/notas/create-nota";
import { as, ensureSeed, expectAppError, prisma, userId } from "@/tests/support/fixtures";

beforeAll(() => ensureSeed(), 120_000);
afterAll(() => prisma.$disconnect());

const uniek = () => randomUUID().slice(0, 8);
const WACHTWOORD = "een-startwachtwoord-van-de-beheerder";
const adres = () => `192.0.2.${Math.floor(Math.random() * 200) + 1}`;

async function afdeling(): Promise<string> {
  // the opsteller's own afdeling (DB), from the demo organisation
  return (await prisma.gebruiker.findUniqueOrThrow({ where: { id: await userId("opsteller") } })).organisatieonderdeelId;
}

async function nieuweLezer(): Promise<{ id: string; email: string }> {
  const email = `nieuw-${uniek()}@beslisroute.test`;
  const { id } = await createUser(await as("beheer"), { naam: "Noor Bos", email, organisatieonderdeelId: await afdeling(), rollen: ["lezer"], functie: "Beleidsmedewerker", wachtwoord: WACHTWOORD });
  return { id, email };
}

const notaVan = async (id: string) => {
  const actor = await loadActor(id);
  if (!actor) throw new Error("geen actor");
  return createNota({ actor, requestId: `test-${uniek()}` }, { onderwerp: "Nota van een nieuwe collega", soort: "ter_beslissing", aanId: await userId("minister") });
};

describe("creating an official", () => {
  it("stores an argon2id hash (never the password), audits e-mail and roles, and the official can sign in", async () => {
    const { id, email } = await nieuweLezer();
    const row = await prisma.gebruiker.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ naam: "Noor Bos", email, rollen: ["lezer"], functie: "Beleidsmedewerker", actief: true });
    expect(row.wachtwoordHash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    expect(row.wachtwoordHash).not.toContain(WACHTWOORD);
    const e = await prisma.auditEvent.findFirstOrThrow({ where: { actie: "gebruiker.aangemaakt", na: { path: ["id"], equals: id } } });
    expect(e.actorId).toBe(await userId("beheer"));
    expect(e.voor).toBeNull();
    expect(e.na).toEqual({ id, email, rollen: ["lezer"] });
    expect(JSON.stringify([e.voor, e.na])).not.toContain(WACHTWOORD);

    const ok = await authenticate({ email: email.toUpperCase(), password: WACHTWOORD }, { adres: adres(), via: "formulier" });
    expect(ok).toMatchObject({ ok: true, user: { id, email, rollen: ["lezer"] } });
    expect(await authenticate({ email, password: "niet-het-wachtwoord" }, { adres: adres(), via: "formulier" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses, field by field in Dutch, what a beheerder can type wrong, and writes nothing", async () => {
    const beheer = await as("beheer");
    const unit = await afdeling();
    const voor = await prisma.gebruiker.count();
    const geval = async (input: Record<string, unknown>, code: "VALIDATION_FAILED" | "CONFLICT", pad: string, melding: string) => {
      const e = await expectAppError(createUser(beheer, { naam: "Noor Bos", email: `x-${uniek()}@beslisroute.test`, organisatieonderdeelId: unit, rollen: ["lezer"], wachtwoord: WACHTWOORD, ...input }), code);
      expect(e.errors, JSON.stringify(input)).toContainEqual({ path: pad, message: melding });
    };
    await geval({ naam: "" }, "VALIDATION_FAILED", "naam", "Vul de naam in.");
    await geval({ email: "" }, "VALIDATION_FAILED", "email", "Vul het e-mailadres in.");
    await geval({ email: "geen-adres" }, "VALIDATION_FAILED", "email", "Vul een geldig e-mailadres in.");
    await geval({ wachtwoord: "te-kort" }, "VALIDATION_FAILED", "wachtwoord", "Het wachtwoord is minstens 12 tekens lang.");
    await geval({ rollen: [] }, "VALIDATION_FAILED", "rollen", "Kies ten minste één rol.");
    await geval({ rollen: ["keizer"] }, "VALIDATION_FAILED", "rollen.0", "Onbekende rol.");
    await geval({ organisatieonderdeelId: "" }, "VALIDATION_FAILED", "organisatieonderdeelId", "Kies een organisatieonderdeel.");
    await geval({ organisatieonderdeelId: "00000000-0000-4000-8000-000000000000" }, "VALIDATION_FAILED", "organisatieonderdeelId", "Kies een organisatieonderdeel.");
    // an address that exists already, in other capitals
    await geval({ email: "OPSTELLER@beslisroute.test" }, "CONFLICT", "email", "Er is al een gebruiker met dit e-mailadres.");
    expect(await prisma.gebruiker.count()).toBe(voor);
  });

  it("is for the beheerder only", async () => {
    for (const login of ["opsteller", "directeur", "minister", "woo", "lezer"]) {
      await expectAppError(createUser(await as(login), { naam: "Stiekem", email: `s-${uniek()}@beslisroute.test`, organisatieonderdeelId: await afdeling(), rollen: ["beheerder"], wachtwoord: WACHTWOORD }), "FORBIDDEN");
    }
  });
});

describe("changing roles and deactivating", () => {
  it("a role granted works at once, a role taken away stops at once; each change audited with before and after", async () => {
    const { id } = await nieuweLezer();
    const beheer = await as("beheer");
    await expectAppError(notaVan(id), "FORBIDDEN");
    await updateUser(beheer, id, { rollen: ["lezer", "opsteller"], actief: true });
    const nota = await notaVan(id);
    expect(nota).toMatchObject({ status: "concept", onderwerp: "Nota van een nieuwe collega" });
    await updateUser(beheer, id, { rollen: ["lezer"], actief: true });
    await expectAppError(notaVan(id), "FORBIDDEN");

    const events = await prisma.auditEvent.findMany({ where: { actie: "gebruiker.gewijzigd", na: { path: ["id"], equals: id } }, orderBy: { seq: "asc" } });
    expect(events.map((e) => [e.voor, e.na])).toEqual([
      [{ rollen: ["lezer"], actief: true }, { id, rollen: ["lezer", "opsteller"], actief: true }],
      [{ rollen: ["lezer", "opsteller"], actief: true }, { id, rollen: ["lezer"], actief: true }],
    ]);
  });

  it("deactivation ends the sessions, refuses the password afterwards, and says so in the security log", async () => {
    const { id, email } = await nieuweLezer();
    const inlog = await authenticate({ email, password: WACHTWOORD }, { adres: adres(), via: "formulier" });
    if (!inlog.ok) throw new Error("sign-in failed");
    expect((await checkSession(inlog.sid)).ok).toBe(true);

    await updateUser(await as("beheer"), id, { rollen: ["lezer"], actief: false });
    expect(await checkSession(inlog.sid)).toEqual({ ok: false, reden: "gedeactiveerd" });
    const gewijzigd = await prisma.auditEvent.findFirstOrThrow({ where: { actie: "gebruiker.gewijzigd", na: { path: ["id"], equals: id } }, orderBy: { seq: "desc" } });
    expect(gewijzigd.na).toEqual({ id, rollen: ["lezer"], actief: false, sessiesBeeindigd: 1 });

    expect(await authenticate({ email, password: WACHTWOORD }, { adres: adres(), via: "formulier" })).toEqual({ ok: false, reason: "invalid" });
    const mislukt = await prisma.auditEvent.findFirstOrThrow({ where: { actie: "inloggen.mislukt", na: { path: ["gebruikerId"], equals: id } }, orderBy: { seq: "desc" } });
    expect(mislukt.na).toMatchObject({ email, reden: "gedeactiveerd" });
  });

  it("refuses an unknown official, bad input, and a beheerder taking away their own rights", async () => {
    const beheer = await as("beheer");
    await expectAppError(updateUser(beheer, "00000000-0000-4000-8000-000000000000", { rollen: ["lezer"], actief: true }), "NOT_FOUND");
    await expectAppError(updateUser(beheer, "geen-id", { rollen: ["lezer"], actief: true }), "NOT_FOUND");
    const { id } = await nieuweLezer();
    await expectAppError(updateUser(beheer, id, { rollen: ["lezer"], actief: "ja" }), "VALIDATION_FAILED");
    await expectAppError(updateUser(beheer, id, { rollen: ["lezer"], actief: true, email: "ander@beslisroute.test" }), "VALIDATION_FAILED");
    const zelf = await expectAppError(updateUser(beheer, beheer.actor.id, { rollen: ["lezer"], actief: true }), "VALIDATION_FAILED");
    expect(zelf.errors).toEqual([{ path: "rollen", message: "U kunt uw eigen beheerrechten niet intrekken." }]);
    await expectAppError(updateUser(beheer, beheer.actor.id, { rollen: ["beheerder"], actief: false }), "VALIDATION_FAILED");
    expect((await prisma.gebruiker.findUniqueOrThrow({ where: { id: beheer.actor.id } })).actief).toBe(true);
    await expectAppError(updateUser(await as("directeur"), id, { rollen: ["beheerder"], actief: true }), "FORBIDDEN");
    expect((await prisma.gebruiker.findUniqueOrThrow({ where: { id } })).rollen).toEqual(["lezer"]);
  });
});
