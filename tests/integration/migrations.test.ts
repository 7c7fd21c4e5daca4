// The migration runner (scripts/migrations.ts) against a real PostgreSQL: every migration applied
// to an empty database gives exactly the Prisma schema (the drift check of Prisma's own engine), and
// the ledger rules hold: whole or nothing, a failure stops later runs, a changed file is refused,
// two runs at once apply each migration once.
import { afterAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, mkdirSync, writeFileSync, existsSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations, leesMigraties, MigratieFout } from "@/scripts/migrations";
import { createMigration, schemaDrift } from "@/scripts/migrate-engine";
import { createDatabaseIfMissing, dropDatabase } from "@/scripts/database";

const made: string[] = [];
async function emptyDatabase(label: string): Promise<string> {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/beslisroute_mig_${label}_${randomBytes(3).toString("hex")}`;
  url.search = "";
  await createDatabaseIfMissing(url.toString());
  made.push(url.toString());
  return url.toString();
}
afterAll(async () => {
  for (const url of made) await dropDatabase(url);
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

/** A copy of the release's migrations plus one more, in a temporary folder. */
function migrationsWith(extra: { naam: string; sql: string } | null): string {
  const dir = mkdtempSync(join(tmpdir(), "beslisroute-migraties-"));
  cpSync("prisma/migrations", dir, { recursive: true });
  if (extra) {
    mkdirSync(join(dir, extra.naam));
    writeFileSync(join(dir, extra.naam, "migration.sql"), extra.sql);
  }
  return dir;
}

describe("the migration runner", () => {
  it("applies every migration to an empty database, and the result is exactly the Prisma schema", async () => {
    const url = await emptyDatabase("leeg");
    const namen = (await leesMigraties()).map((m) => m.naam);
    expect(await applyMigrations(url)).toEqual(namen);
    expect(await schemaDrift(url)).toBeNull();
    // Prisma's ledger: one finished row per migration, with the file's SHA-256.
    const rows = await query<{ migration_name: string; finished_at: Date | null; applied_steps_count: number }>(url, `SELECT migration_name, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows.map((r) => r.migration_name)).toEqual(namen);
    expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true);
    expect(await applyMigrations(url)).toEqual([]);
  });

  it("notices drift: a column added by hand is reported by the drift check", async () => {
    const url = await emptyDatabase("drift");
    await applyMigrations(url);
    await query(url, `ALTER TABLE "Nota" ADD COLUMN "handmatig" text`);
    expect(await schemaDrift(url)).toMatch(/DROP COLUMN "handmatig"/);
  });

  it("applies a failing migration not at all, records why, and stops later runs until it is resolved", async () => {
    const url = await emptyDatabase("mislukt");
    await applyMigrations(url);
    const naam = "29991231000000_kapot";
    const dir = migrationsWith({ naam, sql: `CREATE TABLE "Halverwege" (id int);\nALTER TABLE "BestaatNiet" ADD COLUMN x int;\n` });
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/Migratie 29991231000000_kapot is mislukt en teruggedraaid: .*BestaatNiet/);
    // Nothing of it stayed: the first statement was rolled back with the second.
    expect(await query(url, `SELECT 1 FROM information_schema.tables WHERE table_name = 'Halverwege'`)).toEqual([]);
    const [rij] = await query<{ finished_at: Date | null; logs: string }>(url, `SELECT finished_at, logs FROM "_prisma_migrations" WHERE migration_name = '${naam}'`);
    expect(rij!.finished_at).toBeNull();
    expect(rij!.logs).toMatch(/BestaatNiet/);
    // The next start refuses with the earlier error, even with a fixed file...
    writeFileSync(join(dir, naam, "migration.sql"), `CREATE TABLE "Halverwege" (id int);\n`);
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/eerder mislukt en niet opgelost.*\n.*BestaatNiet/);
    // ... until the operator marks it rolled back; then the fixed migration applies.
    await query(url, `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${naam}' AND finished_at IS NULL`);
    expect(await applyMigrations(url, { migrationsDir: dir })).toEqual([naam]);
    expect(await query(url, `SELECT 1 AS ja FROM information_schema.tables WHERE table_name = 'Halverwege'`)).toEqual([{ ja: 1 }]);
  });

  it("refuses a migration whose file changed after it was applied", async () => {
    const url = await emptyDatabase("gewijzigd");
    const naam = "29991231000001_extra";
    const dir = migrationsWith({ naam, sql: `CREATE TABLE "Extra" (id int);\n` });
    await applyMigrations(url, { migrationsDir: dir });
    writeFileSync(join(dir, naam, "migration.sql"), `CREATE TABLE "Extra" (id bigint);\n`);
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(MigratieFout);
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/is gewijzigd nadat ze is toegepast/);
  });

  it("applies each migration once when two instances start at the same moment", async () => {
    const url = await emptyDatabase("tegelijk");
    const [a, b] = await Promise.all([applyMigrations(url), applyMigrations(url)]);
    const aantal = (await leesMigraties()).length;
    expect([a.length, b.length].sort((x, y) => x - y)).toEqual([0, aantal]);
    const [{ n }] = (await query<{ n: string }>(url, `SELECT count(*) AS n FROM "_prisma_migrations"`)) as [{ n: string }];
    expect(Number(n)).toBe(aantal);
  });

  it("creates a migration from a schema change (the developer tool), and none when nothing changed", async () => {
    const url = await emptyDatabase("nieuw");
    const dir = migrationsWith(null);
    const schema = join(mkdtempSync(join(tmpdir(), "beslisroute-schema-")), "schema.prisma");
    writeFileSync(schema, readFileSync("prisma/schema.prisma", "utf8"));
    expect(await createMigration(url, "niets", { migrationsDir: dir, schemaPath: schema, createOnly: true })).toBeNull();
    // A new optional column on Nota, as a developer would add it.
    writeFileSync(schema, readFileSync(schema, "utf8").replace(/^model Nota \{\n/m, "model Nota {\n  testveld String?\n"));
    const map = await createMigration(url, "testveld op nota", { migrationsDir: dir, schemaPath: schema, createOnly: true });
    expect(map).toMatch(/\d{14}_testveld_op_nota$/);
    expect(existsSync(join(map!, "migration.sql"))).toBe(true);
    expect(readFileSync(join(map!, "migration.sql"), "utf8")).toMatch(/ALTER TABLE "Nota" ADD COLUMN\s+"testveld" TEXT/);
    expect(readdirSync(dir)).toContain("migration_lock.toml");
    // The runner applies what the tool wrote; then the database is the changed schema.
    expect(await applyMigrations(url, { migrationsDir: dir })).toHaveLength(1);
    expect(await schemaDrift(url, { schemaPath: schema })).toBeNull();
  });
});
