import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import { actorForToken, listTokens } from "@/lib/server/tokens/tokens";
import { revokeToken } from "@/lib/server/tokens/revoke-token";
import { createToken } from "@/lib/server/tokens/create-token";
import { requireApiActor } from "@/lib/server/session";
import { startSession, checkSession } from "@/lib/server/auth/sessions";
import { recordDecision } from "@/lib/server/notas/record-decision";
import { createUser } from "@/lib/server/gebruikers/create-user";
import { saveGroepKoppeling } from "@/lib/server/gebruikers/save-groep-koppeling";
import { POST as besluitRoute } from "@/app/api/v1/notas/[id]/besluit/route";
import { actor, as, ensureSeed, expectAppError, notaBijMinister, prisma, userId } from "@/tests/support/fixtures";

beforeAll(ensureSeed);
afterAll(() => prisma.$disconnect());

const URL_ = "http://localhost/api/v1/notas";
const bearer = (token: string, scheme = "Bearer") => new Request(URL_, { headers: { authorization: `${scheme} ${token}` } });
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const userIdForToken = async (token: string) => {
  const check = await actorForToken(token);
  return check.ok ? check.actor.id : null;
};

/** How many rows of the table hold the text anywhere, in any column. */
async function rowsContaining(table: "ApiToken" | "AuditEvent", text: string): Promise<number> {
  const [{ n }] = await prisma.$queryRawUnsafe<[{ n: bigint }]>(`SELECT count(*) AS n FROM "${table}" t WHERE strpos(t::text, $1) > 0`, text);
  return Number(n);
}

describe("createToken", () => {
  it("shows a brt_ token once and stores only its sha256", async () => {
    const caller = await as("opsteller");
    const created = await createToken(caller, { naam: "Mijn script" });
    expect(created.token).toMatch(/^brt_[A-Za-z0-9_-]{43}$/);
    expect(created.naam).toBe("Mijn script");
    expect(new Date(created.aangemaaktOp).getTime()).toBeGreaterThan(Date.now() - 60_000);

    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.gebruikerId).toBe(caller.actor.id);
    expect(row.hash).toBe(sha256(created.token));
    // The secret is nowhere in the table or the audit trail, not even without its prefix.
    const secret = created.token.slice("brt_".length);
    expect(await rowsContaining("ApiToken", created.token)).toBe(0);
    expect(await rowsContaining("ApiToken", secret)).toBe(0);
    expect(await rowsContaining("AuditEvent", secret)).toBe(0);

    const event = await prisma.auditEvent.findFirstOrThrow({ where: { actie: "token.aangemaakt", requestId: caller.requestId } });
    expect(event).toMatchObject({ actorId: caller.actor.id, na: { id: created.id, naam: "Mijn script", scope: "lezen" } });
  });

  it("gives every token a different secret", async () => {
    const caller = await as("opsteller");
    const a = await createToken(caller, { naam: "A" });
    const b = await createToken(caller, { naam: "A" });
    expect(a.token).not.toBe(b.token);
    expect(a.id).not.toBe(b.id);
  });

  it("refuses a token without a name, or with fields it does not know", async () => {
    const caller = await as("opsteller");
    const before = await prisma.apiToken.count();
    await expectAppError(createToken(caller, { naam: "" }), "VALIDATION_FAILED");
    await expectAppError(createToken(caller, {}), "VALIDATION_FAILED");
    await expectAppError(createToken(caller, { naam: "x", gebruikerId: await userId("minister") }), "VALIDATION_FAILED");
    await expectAppError(createToken(caller, { naam: "x".repeat(101) }), "VALIDATION_FAILED");
    expect(await prisma.apiToken.count()).toBe(before);
  });
});

describe("using a token", () => {
  it("resolves to its user, in userIdForToken and in requireApiActor", async () => {
    const caller = await as("directeur");
    const { token, id } = await createToken(caller, { naam: "CI" });
    expect(await userIdForToken(token)).toBe(caller.actor.id);
    const a = await requireApiActor(bearer(token));
    // The actor is the directeur's, marked as acting through this token (never a recent sign-in).
    expect(a).toEqual({ ...(await actor("directeur")), token: { id, scope: "lezen" } });
    expect((await requireApiActor(bearer(token, "bearer"))).id).toBe(caller.actor.id);
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id } })).laatstGebruiktOp).toBeInstanceOf(Date);
  });

  it("refuses unknown, malformed and revoked tokens with UNAUTHENTICATED", async () => {
    const caller = await as("directeur");
    const { token, id } = await createToken(caller, { naam: "Wordt ingetrokken" });
    const onbekend = `brt_${"A".repeat(43)}`;
    expect(await userIdForToken(onbekend)).toBeNull();
    await expectAppError(requireApiActor(bearer(onbekend)), "UNAUTHENTICATED");
    // The stored hash is not a key; nor is the token without its prefix, or something very long.
    const { hash } = await prisma.apiToken.findUniqueOrThrow({ where: { id } });
    await expectAppError(requireApiActor(bearer(hash)), "UNAUTHENTICATED");
    await expectAppError(requireApiActor(bearer(token.slice(4))), "UNAUTHENTICATED");
    await expectAppError(requireApiActor(bearer(token + "x".repeat(200))), "UNAUTHENTICATED");
    // Another scheme, or a token split in two, is refused and does not fall back to the session.
    await expectAppError(requireApiActor(bearer(token, "Basic")), "UNAUTHENTICATED");
    await expectAppError(requireApiActor(bearer(`${token} extra`)), "UNAUTHENTICATED");
    await expectAppError(requireApiActor(bearer("")), "UNAUTHENTICATED");

    expect((await requireApiActor(bearer(token))).id).toBe(caller.actor.id);
    await revokeToken(caller, id);
    expect(await userIdForToken(token)).toBeNull();
    const e = await expectAppError(requireApiActor(bearer(token)), "UNAUTHENTICATED");
    expect(e.detail).toMatch(/ongeldig of ingetrokken/);
  });

  it("refuses the token of a deactivated account", async () => {
    const caller = await as("woo");
    const { token } = await createToken(caller, { naam: "Woo-export" });
    await prisma.gebruiker.update({ where: { id: caller.actor.id }, data: { actief: false } });
    try {
      await expectAppError(requireApiActor(bearer(token)), "UNAUTHENTICATED");
    } finally {
      await prisma.gebruiker.update({ where: { id: caller.actor.id }, data: { actief: true } });
    }
    expect((await requireApiActor(bearer(token))).id).toBe(caller.actor.id);
  });
});

describe("listTokens and revokeToken", () => {
  it("lists only the actor's own tokens, never the secret", async () => {
    const mine = await createToken(await as("dg"), { naam: "Eigen token" });
    const theirs = await createToken(await as("juridisch"), { naam: "Ander token" });
    const list = await listTokens(await actor("dg"));
    expect(list.map((t) => t.id)).toContain(mine.id);
    expect(list.map((t) => t.id)).not.toContain(theirs.id);
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id: mine.id } });
    const listed = list.find((t) => t.id === mine.id)!;
    expect(Object.keys(listed).sort()).toEqual(["aangemaaktOp", "id", "ingetrokkenOp", "laatstGebruiktOp", "naam", "scope", "status", "verlooptOp"]);
    const json = JSON.stringify(list);
    expect(json).not.toContain(mine.token.slice(4));
    expect(json).not.toContain(row.hash);
    expect(listed).toMatchObject({ naam: "Eigen token", ingetrokkenOp: null, laatstGebruiktOp: null });
  });

  it("revokes once, with an audit event, and shows when", async () => {
    const caller = await as("dg");
    const { id, token } = await createToken(caller, { naam: "Tijdelijk" });
    await revokeToken(caller, id);
    await revokeToken(caller, id); // again: nothing changes
    const listed = (await listTokens(caller.actor)).find((t) => t.id === id)!;
    expect(listed.ingetrokkenOp).not.toBeNull();
    const events = await prisma.auditEvent.findMany({ where: { actie: "token.ingetrokken", requestId: caller.requestId } });
    expect(events).toHaveLength(1);
    expect(events[0]!.na).toEqual({ id, naam: "Tijdelijk" });
    expect(await userIdForToken(token)).toBeNull();
  });

  it("does not reveal or revoke someone else's token (NOT_FOUND)", async () => {
    const owner = await as("juridisch");
    const { id, token } = await createToken(owner, { naam: "Van Mila" });
    await expectAppError(revokeToken(await as("dg"), id), "NOT_FOUND");
    await expectAppError(revokeToken(owner, "geen-uuid"), "NOT_FOUND");
    await expectAppError(revokeToken(owner, "00000000-0000-4000-8000-000000000000"), "NOT_FOUND");
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id } })).ingetrokkenOp).toBeNull();
    expect(await userIdForToken(token)).toBe(owner.actor.id);
  });

  it("lets the beheerder revoke anyone's token, recorded with the owner", async () => {
    const owner = await as("juridisch");
    const { id, token } = await createToken(owner, { naam: "Door beheer in te trekken" });
    const beheer = await as("beheer");
    await revokeToken(beheer, id);
    expect(await userIdForToken(token)).toBeNull();
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { actie: "token.ingetrokken", requestId: beheer.requestId } });
    expect(event).toMatchObject({ actorId: beheer.actor.id, na: { id, naam: "Door beheer in te trekken", eigenaarId: owner.actor.id } });
  });

  it("is an AppError that maps to 401", async () => {
    const e = await requireApiActor(bearer("brt_nope")).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).status).toBe(401);
  });
});

describe("a token cannot take a besluit or do beheer (recent sign-in, docs/SECURITY.md)", () => {
  const TOKEN_DETAIL = "Een besluit neemt u in de browser, na opnieuw inloggen. Met een API-token kunt u geen besluit vastleggen en geen beheerhandeling doen, ook niet met het bereik 'schrijven'.";
  const besluitVan = (n: { beslispunten: { volgnummer: number }[] }) => ({ beslispunten: n.beslispunten.map((b) => ({ volgnummer: b.volgnummer, oordeel: "akkoord" })), uitkomst: "besloten", annotatie: "Akkoord." });
  const post = (notaId: string, versie: number, token: string, body: unknown) =>
    besluitRoute(
      new Request(`http://localhost/api/v1/notas/${notaId}/besluit`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "if-match": `"${versie}"` }, body: JSON.stringify(body) }),
      { params: Promise.resolve({ id: notaId }) },
    );

  it("answers the minister's write token 403 problem+json with the Dutch reason; nothing is recorded", async () => {
    const n = await notaBijMinister();
    const { token } = await createToken(await as("minister"), { naam: "Schrijven", scope: "schrijven" });
    const res = await post(n.id, n.versie, token, besluitVan(n));
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toMatchObject({ status: 403, code: "FORBIDDEN", title: "U mag deze actie niet uitvoeren", detail: TOKEN_DETAIL });
    const na = await prisma.nota.findUniqueOrThrow({ where: { id: n.id } });
    expect([na.status, na.versie]).toEqual(["bij_bewindspersoon", n.versie]);
    expect(await prisma.auditEvent.count({ where: { actie: "nota.besloten", notaId: n.id } })).toBe(0);
  });

  it("refuses the token even at once after the owner signed in, and a read token stays the read-only 403", async () => {
    const n = await notaBijMinister();
    const minister = await as("minister");
    // The owner has a session signed in a minute ago: the token does not borrow it.
    await startSession(minister.actor.id, { soort: "wachtwoord" });
    const schrijven = await createToken(minister, { naam: "Vers", scope: "schrijven", geldigheidDagen: 1 });
    const tokenActor = await requireApiActor(new Request(URL_, { method: "POST", headers: { authorization: `Bearer ${schrijven.token}` } }));
    const e = await expectAppError(recordDecision({ actor: tokenActor, requestId: "token-besluit" }, n.id, n.versie, besluitVan(n)), "FORBIDDEN");
    expect([e.status, e.detail]).toEqual([403, TOKEN_DETAIL]);
    const lezen = await createToken(minister, { naam: "Lezen" });
    const res = await post(n.id, n.versie, lezen.token, besluitVan(n));
    expect(res.status).toBe(403);
    expect((await res.json()).detail).toBe("Dit token mag alleen lezen. Maak een token met het bereik 'schrijven' voor wijzigingen.");
  });

  it("lets the same minister record the besluit in a browser session signed in a minute ago", async () => {
    const n = await notaBijMinister();
    const sid = await startSession(await userId("minister"), { soort: "wachtwoord" });
    await prisma.sessie.update({ where: { id: sid }, data: { authTijdstip: new Date(Date.now() - 60_000) } });
    const check = await checkSession(sid);
    if (!check.ok) throw new Error("sessie");
    expect((await recordDecision({ actor: check.actor, requestId: "sessie-besluit" }, n.id, n.versie, besluitVan(n))).status).toBe("besloten");
  });

  it("refuses the beheerder's write token for beheer actions (a new user, the group mapping) with the same reason", async () => {
    const beheer = await as("beheer");
    const { token } = await createToken(beheer, { naam: "Beheer-script", scope: "schrijven" });
    const tokenActor = await requireApiActor(new Request(URL_, { method: "POST", headers: { authorization: `Bearer ${token}` } }));
    const unit = await prisma.organisatieonderdeel.findFirstOrThrow({ where: { soort: "directie" } });
    const email = `token-beheer-${Date.now()}@beslisroute.test`;
    const caller = { actor: tokenActor, requestId: "token-beheer" };
    expect((await expectAppError(createUser(caller, { naam: "Via token", email, organisatieonderdeelId: unit.id, rollen: ["lezer"], wachtwoord: "een-lang-wachtwoord" }), "FORBIDDEN")).detail).toBe(TOKEN_DETAIL);
    expect((await expectAppError(saveGroepKoppeling(caller, { groep: `Token-${Date.now()}`, rollen: ["lezer"], organisatieonderdeelId: null }), "FORBIDDEN")).detail).toBe(TOKEN_DETAIL);
    expect(await prisma.gebruiker.count({ where: { email } })).toBe(0);
  });
});
