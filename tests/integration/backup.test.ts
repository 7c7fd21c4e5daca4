// npm run backup / restore for the embedded PostgreSQL: an online base backup, taken while writes go
// on, restored into a wiped data directory, holds the same notas, the same files and an audit chain
// that verifies with the same head (issue 10, point 7).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedPostgres, type Database } from "@/scripts/database";
import { applyMigrations } from "@/scripts/migrations";
import { backupEmbedded, restoreEmbedded, toolRefusal, toolMajor, serverMajor } from "@/scripts/backup-lib";
import { createPrismaClient, type PrismaClient } from "@/prisma/client";
import { seedDemo, seedMrCalendar } from "@/prisma/seed";
import { seedDemoNotas } from "@/prisma/demo/seed-notas";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { verifyAuditChain } from "@/lib/server/audit/verify-chain";
import { freePort } from "@/tests/support/test-database";

const g = globalThis as unknown as { beslisroutePrisma?: unknown };

interface Snapshot { notas: string[]; onderwerpen: Record<string, string>; bijlagen: Record<string, string>; head: { seq: string; hash: string } }

async function snapshot(client: PrismaClient): Promise<Snapshot> {
  const notas = await client.nota.findMany({ select: { id: true, onderwerp: true }, orderBy: { id: "asc" } });
  const bijlagen = await client.bijlage.findMany({ where: { inhoud: { not: null } }, select: { id: true, inhoud: true } });
  const head = await client.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  return {
    notas: notas.map((n) => n.id),
    onderwerpen: Object.fromEntries(notas.map((n) => [n.id, n.onderwerp])),
    bijlagen: Object.fromEntries(bijlagen.map((b) => [b.id, createHash("sha256").update(b.inhoud!).digest("hex")])),
    head: { seq: head.seq.toString(), hash: head.hash },
  };
}

describe("backup and restore of the embedded PostgreSQL", () => {
  let dir: string;
  let server: Database;
  let client: PrismaClient;
  let port: number;
  const work = mkdtempSync(join(tmpdir(), "beslisroute-backup-test-"));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "beslisroute-backup-cluster-"));
    chmodSync(dir, 0o755);
    port = await freePort();
    server = await startEmbeddedPostgres({ dir, port, persistent: true, database: "beslisroute" });
    await applyMigrations(server.url);
    client = createPrismaClient(server.url);
    await seedMrCalendar(client);
    await seedDemo(client);
    const saved = g.beslisroutePrisma;
    g.beslisroutePrisma = client;
    try {
      await seedDemoNotas(client);
    } finally {
      g.beslisroutePrisma = saved;
    }
    // A stored file (a bijlage's bytes, 300 kB of random data: not compressible, spans many pages).
    const bijlage = await client.bijlage.findFirstOrThrow({ orderBy: { id: "asc" } });
    const bytes = (await import("node:crypto")).randomBytes(300_000);
    await client.bijlage.update({ where: { id: bijlage.id }, data: { inhoud: bytes, bestandsnaam: "bijlage.pdf", mimeType: "application/pdf", grootte: bytes.length } });
  }, 180_000);

  afterAll(async () => {
    await client?.$disconnect();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it("restores, into a wiped directory, what had committed when the online backup ended", async () => {
    const before = await snapshot(client);
    expect(before.notas.length).toBeGreaterThan(3);
    expect(Object.keys(before.bijlagen).length).toBeGreaterThan(0);
    const archive = join(work, "backup.tar.gz");
    const changed = before.notas[0]!;

    // Writes while the copy is open: a changed onderwerp and a new audit event.
    await backupEmbedded({
      url: server.url,
      out: archive,
      during: async () => {
        await client.nota.update({ where: { id: changed }, data: { onderwerp: "Gewijzigd tijdens de backup" } });
        await client.$transaction((tx) => appendAuditEvent(tx, { actorId: null, actie: "email.opnieuw_versturen", na: { outboxId: "tijdens-backup" } }));
      },
    });
    const atBackup = await snapshot(client);
    expect(BigInt(atBackup.head.seq)).toBe(BigInt(before.head.seq) + 1n);
    // And a write after the backup, which the restore must NOT have.
    await client.$transaction((tx) => appendAuditEvent(tx, { actorId: null, actie: "email.opnieuw_versturen", na: { outboxId: "na-backup" } }));

    await client.$disconnect();
    await server.stop();
    rmSync(join(dir, "pg"), { recursive: true, force: true });
    rmSync(join(dir, "pg-password"), { force: true });
    expect(existsSync(join(dir, "pg"))).toBe(false);

    const r = await restoreEmbedded({ file: archive, dir, port });
    expect(r.bewaard).toBeNull();
    expect(r.manifest.soort).toBe("embedded-basebackup");
    server = await startEmbeddedPostgres({ dir, port, persistent: true, database: "beslisroute" });
    client = createPrismaClient(server.url);
    const after = await snapshot(client);
    expect(after.notas).toEqual(atBackup.notas);
    expect(after.onderwerpen[changed]).toBe("Gewijzigd tijdens de backup");
    expect(after.bijlagen).toEqual(before.bijlagen);
    expect(after.head).toEqual(atBackup.head);
    expect(await client.auditEvent.count({ where: { actie: "email.opnieuw_versturen", na: { path: ["outboxId"], equals: "na-backup" } } })).toBe(0);
    const chain = await verifyAuditChain(client);
    expect(chain).toMatchObject({ ok: true, eersteFout: null });
    expect(chain.aantal).toBe(Number(atBackup.head.seq));
  }, 180_000);

  it("refuses to restore over a running database, and keeps the cluster it replaces beside it", async () => {
    const archive = join(work, "backup2.tar.gz");
    await backupEmbedded({ url: server.url, out: archive });
    await expect(restoreEmbedded({ file: archive, dir, port })).rejects.toThrow(/Stop Beslisroute/);
    await client.$disconnect();
    await server.stop();
    const r = await restoreEmbedded({ file: archive, dir, port });
    expect(r.bewaard).toMatch(/pg\.voor-herstel-/);
    expect(readdirSync(dir).filter((f) => f.startsWith("pg.voor-herstel-"))).toHaveLength(1);
    server = await startEmbeddedPostgres({ dir, port, persistent: true, database: "beslisroute" });
    client = createPrismaClient(server.url);
    expect((await verifyAuditChain(client)).ok).toBe(true);
  }, 180_000);

  it("refuses an archive that is not a Beslisroute backup", async () => {
    const { c } = await import("tar");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(join(work, "x.txt"), "x");
    const bogus = join(work, "bogus.tar.gz");
    await c({ gzip: true, file: bogus, cwd: work }, ["x.txt"]);
    await expect(restoreEmbedded({ file: bogus, dir: join(work, "elders") })).rejects.toThrow(/geen backup van Beslisroute/);
  });
});

describe("pg_dump and pg_restore against a newer server", () => {
  const cases: [string | null, number, RegExp | null][] = [
    ["pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n", 18, /pg_dump 15 is ouder dan de server \(PostgreSQL 18\).*postgresql-client-18/],
    ["pg_dump (PostgreSQL) 18.1\n", 18, null],
    ["pg_dump (PostgreSQL) 18.1\n", 17, null],
    [null, 18, /niet geïnstalleerd.*postgresql-client-18/],
    ["iets anders", 18, /niet te lezen/],
  ];
  it.each(cases)("%s against %d", (output, server, refusal) => {
    const r = toolRefusal("pg_dump", output, server);
    if (refusal) expect(r).toMatch(refusal);
    else expect(r).toBeNull();
  });
  it("reads the versions as the tools and the server print them", () => {
    expect(toolMajor("pg_restore (PostgreSQL) 16.4 (Ubuntu 16.4-1.pgdg22.04+1)")).toBe(16);
    expect(serverMajor(180001)).toBe(18);
    expect(serverMajor(150020)).toBe(15);
  });
});
