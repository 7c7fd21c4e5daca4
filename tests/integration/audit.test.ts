import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { spawn } from "node:child_process";
import { childEnv } from "@/lib/env";
import type { PrismaClient } from "@/prisma/client";
import { createNota } from "@/lib/server/notas/create-nota";
import { updateNota } from "@/lib/server/notas/update-nota";
import { submitNota } from "@/lib/server/notas/submit-nota";
import { transaction, type Tx } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { auditHash, GENESIS_HASH } from "@/lib/server/audit/hash";
import { verifyAuditChain } from "@/lib/server/audit/verify-chain";
import { as, ensureSeed, expectAppError, newNota, prisma, standardRoute, userId } from "@/tests/support/fixtures";

beforeAll(ensureSeed);
afterAll(() => prisma.$disconnect());

const HEX64 = /^[0-9a-f]{64}$/;
const TRIGGER = "audit_event_no_update_delete";

async function lastEvent() {
  return prisma.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
}

async function eventBefore(seq: bigint) {
  return prisma.auditEvent.findFirst({ where: { seq: { lt: seq } }, orderBy: { seq: "desc" } });
}

/**
 * Runs SQL against the audit table with the append-only trigger switched off, as a superuser
 * would, and commits. The trigger is switched back on in the same transaction, so it can never
 * stay off.
 */
async function tamper(sql: string, ...params: unknown[]): Promise<void> {
  await prisma.$transaction([
    prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ${TRIGGER}`),
    prisma.$executeRawUnsafe(sql, ...params),
    prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER ${TRIGGER}`),
  ]);
}

/** Like tamper, but the change, the checks in `inspect` and everything else are rolled back. */
async function tamperAndRollBack(sql: (string | [string, ...unknown[]])[], inspect: (client: PrismaClient) => Promise<void>): Promise<void> {
  const rollback = new Error("rollback");
  const err = await prisma
    .$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ${TRIGGER}`);
      for (const s of sql) await (typeof s === "string" ? tx.$executeRawUnsafe(s) : tx.$executeRawUnsafe(...s));
      await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER ${TRIGGER}`);
      // verifyAuditChain only reads auditEvent; the transaction client sees the uncommitted change.
      await inspect(tx as unknown as PrismaClient);
      throw rollback;
    })
    .catch((e: unknown) => e);
  expect(err).toBe(rollback);
}

/**
 * Runs a statement that should be refused, in a transaction that is rolled back whatever happens
 * (so a missing trigger fails the test without emptying the shared audit table). Returns the error.
 */
async function attempt(run: (tx: Tx) => Promise<unknown>): Promise<unknown> {
  const ran = new Error("het statement werd uitgevoerd");
  const err = await prisma
    .$transaction(async (tx) => {
      await run(tx);
      throw ran;
    })
    .catch((x: unknown) => x);
  return err === ran ? null : err;
}

/** `npm run audit:verify` against this run's database. */
function runCli(env: Record<string, string | undefined> = { DATABASE_URL: inject("databaseUrl") }): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--conditions", "react-server", "scripts/audit-verify.ts"], {
      cwd: process.cwd(),
      env: childEnv({ NODE_OPTIONS: undefined, ...env }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("writing events", () => {
  it("writes the event of a use case in its transaction, linked to the previous event", async () => {
    const caller = await as("opsteller");
    await newNota(); // an event before ours, also when this file runs alone
    const n = await newNotaAs(caller);
    const events = await prisma.auditEvent.findMany({ where: { notaId: n.id }, orderBy: { seq: "asc" } });
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(e).toMatchObject({ actie: "nota.aangemaakt", actorId: caller.actor.id, requestId: caller.requestId, naarStatus: "concept", vanStatus: null, versie: 1 });
    expect((e.na as { kenmerk: string }).kenmerk).toBe(n.kenmerk);
    expect(e.hash).toMatch(HEX64);
    const previous = await eventBefore(e.seq);
    expect(previous).not.toBeNull();
    expect(e.vorigeHash).toBe(previous!.hash);
    // The stored hash is the SHA-256 over the previous hash and exactly this content.
    expect(
      auditHash(e.vorigeHash, {
        seq: e.seq,
        tijdstip: e.tijdstip,
        actorId: e.actorId,
        namensId: e.namensId,
        actie: e.actie,
        notaId: e.notaId,
        vanStatus: e.vanStatus,
        naarStatus: e.naarStatus,
        versie: e.versie,
        voor: e.voor ?? null,
        na: e.na ?? null,
        requestId: e.requestId,
      }),
    ).toBe(e.hash);
  });

  it("starts the chain at the genesis hash", async () => {
    await newNota();
    const first = await prisma.auditEvent.findFirstOrThrow({ orderBy: { seq: "asc" } });
    expect(first.vorigeHash).toBe(GENESIS_HASH);
  });

  it("writes no event when the use case fails", async () => {
    const n = await newNota();
    const updated = await updateNota(await as("opsteller"), n.id, 1, { kern: "Tweede versie." });
    const total = await prisma.auditEvent.count();
    const tail = await lastEvent();
    await expectAppError(updateNota(await as("opsteller"), n.id, 1, { kern: "Verloren update" }), "STALE_VERSION");
    await expectAppError(updateNota(await as("juridisch"), n.id, updated.versie, { kern: "Andere directie" }), "NOT_FOUND");
    await expectAppError(submitNota(await as("opsteller"), n.id, updated.versie, { paraafroute: [] }), "VALIDATION_FAILED");
    expect(await prisma.auditEvent.count()).toBe(total);
    expect((await lastEvent()).seq).toBe(tail.seq);
    expect((await prisma.auditEvent.findMany({ where: { notaId: n.id }, orderBy: { seq: "asc" } })).map((e) => e.actie)).toEqual(["nota.aangemaakt", "nota.gewijzigd"]);
  });

  it("rolls back an event whose transaction fails after appending it, and the chain continues over the gap", async () => {
    await newNota();
    const tail = await lastEvent();
    const boom = new Error("boom na het audit-event");
    await expect(
      transaction(async (tx) => {
        await appendAuditEvent(tx, { actorId: null, actie: "email.opnieuw_versturen", na: { outboxId: "test-teruggedraaid" } });
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(await prisma.auditEvent.count({ where: { actie: "email.opnieuw_versturen", na: { path: ["outboxId"], equals: "test-teruggedraaid" } } })).toBe(0);
    expect((await lastEvent()).seq).toBe(tail.seq);

    const n = await newNota();
    const e = await prisma.auditEvent.findFirstOrThrow({ where: { notaId: n.id } });
    expect(e.vorigeHash).toBe(tail.hash);
    // The seq is drawn at the commit, so the event rolled back before it took none: no gap either.
    expect(e.seq).toBe(tail.seq + 1n);
    expect(await prisma.auditWachtrij.count()).toBe(0);
    expect(await verifyAuditChain(prisma)).toMatchObject({ ok: true, eersteFout: null });
  });

  it("links the event in the database exactly as the verifier hashes it, also beyond ASCII and with a seq in the payload", async () => {
    await newNota();
    const tail = await lastEvent();
    const na = { outboxId: "Zoë’s brief — ß, 😀, 中文, \u2028 en \"aanhalingstekens\"", seq: "999", diep: { seq: 1, lijst: [1.5, -0, 1e21, null, true] } };
    const tijdstip = new Date("2025-06-30T10:00:00.123+02:00");
    await transaction((tx) => appendAuditEvent(tx, { actorId: null, actie: "email.opnieuw_versturen", na, requestId: "req-ünïcode", tijdstip }));
    const e = await lastEvent();
    expect(e.seq).toBe(tail.seq + 1n);
    expect(e.vorigeHash).toBe(tail.hash);
    expect(e.tijdstip.toISOString()).toBe("2025-06-30T08:00:00.123Z");
    expect(e.na).toEqual({ outboxId: "Zoë’s brief — ß, 😀, 中文, \u2028 en \"aanhalingstekens\"", seq: "999", diep: { seq: 1, lijst: [1.5, 0, 1e21, null, true] } });
    expect(
      auditHash(tail.hash, {
        seq: tail.seq + 1n,
        tijdstip: new Date("2025-06-30T08:00:00.123Z"),
        actorId: null,
        namensId: null,
        actie: "email.opnieuw_versturen",
        notaId: null,
        vanStatus: null,
        naarStatus: null,
        versie: null,
        voor: null,
        na: { diep: { lijst: [1.5, 0, 1e21, null, true], seq: 1 }, outboxId: "Zoë’s brief — ß, 😀, 中文, \u2028 en \"aanhalingstekens\"", seq: "999" },
        requestId: "req-ünïcode",
      }),
    ).toBe(e.hash);
    expect(await verifyAuditChain(prisma)).toMatchObject({ ok: true, eersteFout: null });
  });

  it("keeps the events of one transaction in the order they were appended", async () => {
    await newNota();
    const tail = await lastEvent();
    await transaction(async (tx) => {
      for (const outboxId of ["eerste", "tweede", "derde"]) await appendAuditEvent(tx, { actorId: null, actie: "email.opnieuw_versturen", na: { outboxId } });
    });
    const events = await prisma.auditEvent.findMany({ where: { seq: { gt: tail.seq } }, orderBy: { seq: "asc" } });
    expect(events.map((e) => [e.seq - tail.seq, (e.na as { outboxId: string }).outboxId])).toEqual([
      [1n, "eerste"],
      [2n, "tweede"],
      [3n, "derde"],
    ]);
    expect(events[0]!.vorigeHash).toBe(tail.hash);
    expect(events[1]!.vorigeHash).toBe(events[0]!.hash);
    expect(events[2]!.vorigeHash).toBe(events[1]!.hash);
  });

  it("holds the chain's lock only at the commit: an open transaction with an event blocks no other writer", async () => {
    await newNota();
    const tail = await lastEvent();
    let binnen!: () => void;
    const isBinnen = new Promise<void>((r) => (binnen = r));
    let loslaten!: () => void;
    const losgelaten = new Promise<void>((r) => (loslaten = r));
    // A appends its event and then waits, its transaction open.
    const a = transaction(async (tx) => {
      await appendAuditEvent(tx, { actorId: null, actie: "email.opnieuw_versturen", na: { outboxId: "a-open" } });
      binnen();
      await losgelaten;
    });
    await isBinnen;
    // B appends and commits meanwhile. With the lock taken at the append, B would wait for A (and
    // fail here after the lock_timeout); now it goes through.
    await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL lock_timeout = '2s'");
      await appendAuditEvent(tx, { actorId: null, actie: "email.opnieuw_versturen", na: { outboxId: "b-langs" } });
    });
    expect(await prisma.auditWachtrij.count()).toBe(0); // A's waiting row is not visible outside A
    loslaten();
    await a;
    const events = await prisma.auditEvent.findMany({ where: { seq: { gt: tail.seq } }, orderBy: { seq: "asc" } });
    // The chain is in commit order: B first.
    expect(events.map((e) => (e.na as { outboxId: string }).outboxId)).toEqual(["b-langs", "a-open"]);
    expect(events[0]!.vorigeHash).toBe(tail.hash);
    expect(events[1]!.vorigeHash).toBe(events[0]!.hash);
    expect(await prisma.auditWachtrij.count()).toBe(0);
    expect(await verifyAuditChain(prisma)).toMatchObject({ ok: true, eersteFout: null });
  });

  it("refuses a waiting row whose halves are not its own content, at the commit, and writes nothing", async () => {
    const tail = await lastEvent();
    // Framed correctly, but the halves say another outboxId than the row's na column.
    const voor = '{"actie":"email.opnieuw_versturen","actorId":null,"na":{"outboxId":"in-de-hash"},"naarStatus":null,"namensId":null,"notaId":null,"requestId":null,"seq":"';
    const na = '","tijdstip":"2025-06-30T08:00:00.000Z","vanStatus":null,"versie":null,"voor":null}';
    const rij = (outboxId: string) =>
      prisma.$executeRawUnsafe(
        `INSERT INTO "AuditWachtrij" (tijdstip, actie, na, "canonVoor", "canonNa") VALUES ('2025-06-30T08:00:00.000Z', 'email.opnieuw_versturen', $1::jsonb, $2, $3)`,
        JSON.stringify({ outboxId }),
        voor,
        na,
      );
    expect(String(await rij("in-de-kolom").catch((e: unknown) => e))).toMatch(/niet de inhoud van het event/);
    expect((await lastEvent()).seq).toBe(tail.seq);
    // The same halves over a row that matches them go through: the check compares, it does not refuse all.
    await rij("in-de-hash");
    const e = await lastEvent();
    expect(e.seq).toBe(tail.seq + 1n);
    expect(e.na).toEqual({ outboxId: "in-de-hash" });
    expect(await prisma.auditWachtrij.count()).toBe(0);
    expect(await verifyAuditChain(prisma)).toMatchObject({ ok: true, eersteFout: null });
  });

  it("refuses to link under REPEATABLE READ, where the tail would be read from an old snapshot: the commit fails and reaches the caller", async () => {
    const tail = await lastEvent();
    const err = await prisma
      .$transaction(async (tx) => appendAuditEvent(tx, { actorId: null, actie: "email.opnieuw_versturen", na: { outboxId: "herhaalbaar-lezen" } }), { isolationLevel: "RepeatableRead" })
      .catch((x: unknown) => x);
    expect(String(err)).toMatch(/alleen in READ COMMITTED/);
    expect((await lastEvent()).seq).toBe(tail.seq);
    expect(await prisma.auditWachtrij.count()).toBe(0);
  });

  it("refuses a waiting row whose canonical JSON is not cut around the seq, and writes nothing", async () => {
    const tail = await lastEvent();
    const err = await prisma
      .$executeRawUnsafe(`INSERT INTO "AuditWachtrij" (tijdstip, actie, "canonVoor", "canonNa") VALUES (now(), 'email.opnieuw_versturen', '{"actie":"x"', '}')`)
      .catch((e: unknown) => e);
    expect(String(err)).toMatch(/niet rond seq gesneden/);
    expect((await lastEvent()).seq).toBe(tail.seq);
    expect(await prisma.auditWachtrij.count()).toBe(0);
  });

  it("keeps one unbroken chain when transitions on different notas run at the same time", async () => {
    await newNota();
    const before = await prisma.auditEvent.count();
    const tail = await lastEvent();
    const concepten = await Promise.all(Array.from({ length: 8 }, () => newNota()));
    const route = await standardRoute();
    const [ingediend, nieuw] = await Promise.all([
      Promise.all(concepten.map(async (n) => submitNota(await as("opsteller"), n.id, n.versie, { paraafroute: route }))),
      Promise.all(Array.from({ length: 8 }, () => newNota())),
    ]);
    expect(ingediend.every((n) => n.status === "in_paraaf")).toBe(true);
    expect(nieuw).toHaveLength(8);
    expect(await prisma.auditEvent.count()).toBe(before + 24);

    const events = await prisma.auditEvent.findMany({ where: { seq: { gt: tail.seq } }, orderBy: { seq: "asc" } });
    expect(events).toHaveLength(24);
    // No fork: every hash is the vorigeHash of exactly the next event.
    expect(new Set(events.map((e) => e.vorigeHash)).size).toBe(24);
    for (let i = 1; i < events.length; i++) expect(events[i]!.vorigeHash).toBe(events[i - 1]!.hash);
    const report = await verifyAuditChain(prisma);
    expect(report).toEqual({ ok: true, aantal: await prisma.auditEvent.count(), eersteFout: null });
  });
});

async function newNotaAs(caller: Awaited<ReturnType<typeof as>>) {
  return createNota(caller, {
    onderwerp: "Auditnota",
    soort: "ter_informatie",
    aanId: await userId("minister"),
    kern: "Ter informatie.",
  });
}

async function eventAtIndex(index: number) {
  return prisma.auditEvent.findFirstOrThrow({ orderBy: { seq: "asc" }, skip: index });
}

describe("verifyAuditChain", () => {
  it("reports ok with the number of events, also when it reads in small batches", async () => {
    await Promise.all([newNota(), newNota(), newNota()]);
    const count = await prisma.auditEvent.count();
    expect(count).toBeGreaterThanOrEqual(3);
    expect(await verifyAuditChain(prisma)).toEqual({ ok: true, aantal: count, eersteFout: null });
    expect(await verifyAuditChain(prisma, 2)).toEqual({ ok: true, aantal: count, eersteFout: null });
    expect(await verifyAuditChain(prisma, count)).toEqual({ ok: true, aantal: count, eersteFout: null });
  });

  it("uses the application's database by default", async () => {
    expect(await verifyAuditChain()).toEqual({ ok: true, aantal: await prisma.auditEvent.count(), eersteFout: null });
  });
});

describe("append-only", () => {
  it("refuses UPDATE, DELETE and TRUNCATE in the database itself", async () => {
    const n = await newNota();
    const e = await prisma.auditEvent.findFirstOrThrow({ where: { notaId: n.id } });
    const refusals = [
      await attempt((tx) => tx.$executeRawUnsafe(`UPDATE "AuditEvent" SET actie = 'vervalst' WHERE seq = $1`, e.seq)),
      await attempt((tx) => tx.$executeRawUnsafe(`UPDATE "AuditEvent" SET na = NULL`)),
      await attempt((tx) => tx.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE seq = $1`, e.seq)),
      await attempt((tx) => tx.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)),
      // Through Prisma too, not only raw SQL.
      await attempt((tx) => tx.auditEvent.update({ where: { seq: e.seq }, data: { actie: "vervalst" } })),
      await attempt((tx) => tx.auditEvent.deleteMany({})),
    ];
    for (const r of refusals) {
      expect(r).toBeInstanceOf(Error);
      expect((r as Error).message).toMatch(/append-only/);
    }
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { seq: e.seq } })).toEqual(e);
    expect((await verifyAuditChain(prisma)).ok).toBe(true);
  });
});

describe("tampering", () => {
  it("detects a changed event (also from the CLI), and is whole again once it is restored", async () => {
    const n = await newNota();
    await newNota(); // so the tampered event is in the middle of the chain
    const e = await prisma.auditEvent.findFirstOrThrow({ where: { notaId: n.id, actie: "nota.aangemaakt" } });
    const count = await prisma.auditEvent.count();

    await tamper(`UPDATE "AuditEvent" SET na = na || '{"kern":"Vervalste kern."}'::jsonb WHERE seq = $1`, e.seq);
    try {
      expect(((await prisma.auditEvent.findUniqueOrThrow({ where: { seq: e.seq } })).na as { kern: string }).kern).toBe("Vervalste kern.");
      const report = await verifyAuditChain(prisma);
      expect(report.ok).toBe(false);
      expect(report.eersteFout).toEqual({ seq: e.seq.toString(), reden: expect.stringMatching(/inhoud.*gewijzigd/) });
      expect(report.aantal).toBeLessThan(count);
      const cli = await runCli();
      expect(cli.code, cli.stderr).toBe(1);
      expect(cli.stdout + cli.stderr).toContain(`Audit-keten GEBROKEN bij event ${e.seq}:`);
    } finally {
      await tamper(`UPDATE "AuditEvent" SET na = $2::jsonb WHERE seq = $1`, e.seq, JSON.stringify(e.na));
    }
    expect(await verifyAuditChain(prisma)).toEqual({ ok: true, aantal: count, eersteFout: null });

    // The same for the action.
    await tamper(`UPDATE "AuditEvent" SET actie = 'nota.verwijderd' WHERE seq = $1`, e.seq);
    try {
      expect((await verifyAuditChain(prisma)).eersteFout?.seq).toBe(e.seq.toString());
    } finally {
      await tamper(`UPDATE "AuditEvent" SET actie = $2 WHERE seq = $1`, e.seq, e.actie);
    }
    expect(await verifyAuditChain(prisma)).toEqual({ ok: true, aantal: count, eersteFout: null });
    const cli = await runCli();
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toMatch(new RegExp(`^Audit-keten in orde: ${count} events`));
  });

  it("detects an event deleted from the middle at the event after it", async () => {
    for (let i = 0; i < 3; i++) await newNota();
    const count = await prisma.auditEvent.count();
    const victim = await eventAtIndex(count - 3);
    const next = await eventAtIndex(count - 2);
    await tamperAndRollBack([`DELETE FROM "AuditEvent" WHERE seq = ${victim.seq}`], async (client) => {
      const report = await verifyAuditChain(client);
      expect(report.ok).toBe(false);
      expect(report.eersteFout).toEqual({ seq: next.seq.toString(), reden: expect.stringMatching(/vorige event/) });
    });
    expect(await verifyAuditChain(prisma)).toEqual({ ok: true, aantal: count, eersteFout: null });
  });

  it("detects a changed event whose own hash was recomputed, at the next link", async () => {
    await newNota();
    await newNota();
    const count = await prisma.auditEvent.count();
    const e = await eventAtIndex(count - 2);
    const next = await eventAtIndex(count - 1);
    const vervalst = { ...(e.na as object), kern: "Vervalst" };
    const hash = auditHash(e.vorigeHash, {
      seq: e.seq,
      tijdstip: e.tijdstip,
      actorId: e.actorId,
      namensId: e.namensId,
      actie: e.actie,
      notaId: e.notaId,
      vanStatus: e.vanStatus,
      naarStatus: e.naarStatus,
      versie: e.versie,
      voor: e.voor ?? null,
      na: vervalst,
      requestId: e.requestId,
    });
    await tamperAndRollBack(
      [[`UPDATE "AuditEvent" SET na = $1::jsonb, hash = $2 WHERE seq = $3`, JSON.stringify(vervalst), hash, e.seq]],
      async (client) => {
        const report = await verifyAuditChain(client);
        expect(report.eersteFout).toEqual({ seq: next.seq.toString(), reden: expect.stringMatching(/vorige event/) });
      },
    );
    expect((await verifyAuditChain(prisma)).ok).toBe(true);
  });

  it("detects events that were swapped around", async () => {
    await newNota();
    await newNota();
    const count = await prisma.auditEvent.count();
    const a = await eventAtIndex(count - 2);
    const b = await eventAtIndex(count - 1);
    // Give the two events each other's sequence number (via a free one).
    await tamperAndRollBack(
      [
        `UPDATE "AuditEvent" SET seq = -1 WHERE seq = ${a.seq}`,
        `UPDATE "AuditEvent" SET seq = ${a.seq} WHERE seq = ${b.seq}`,
        `UPDATE "AuditEvent" SET seq = ${b.seq} WHERE seq = -1`,
      ],
      async (client) => {
        const report = await verifyAuditChain(client);
        expect(report.eersteFout?.seq).toBe(a.seq.toString());
      },
    );
    expect((await verifyAuditChain(prisma)).ok).toBe(true);
  });
});

describe("npm run audit:verify", () => {
  it("prints that the chain is whole and exits 0", async () => {
    const count = await prisma.auditEvent.count();
    const { code, stdout, stderr } = await runCli();
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Audit-keten in orde: ${count} events`));
  });

  it("exits 2 with a Dutch message without DATABASE_URL", async () => {
    const { code, stderr } = await runCli({ DATABASE_URL: undefined });
    expect(code).toBe(2);
    expect(stderr).toMatch(/DATABASE_URL is niet gezet/);
  });
});
