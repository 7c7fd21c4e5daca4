// Applying migrations: the SQL files of prisma/migrations in folder-name order, recorded in Prisma's
// own `_prisma_migrations` ledger (same table, same columns, same SHA-256 checksums), so a database
// migrated here and one migrated with `prisma migrate deploy` are interchangeable. Needs only `pg`.
//
// Rules (those of `prisma migrate deploy`, stricter where a ministry's production wants it):
// - one run at a time per database (an advisory lock), so two instances starting together queue;
// - each migration runs in its own transaction with its ledger row: it is applied whole or not at
//   all, and a failure is recorded (finished_at empty, the error in `logs`) and stops the run;
// - a migration that failed before stops every later run with its error, until an operator has
//   repaired the database and marked it rolled back (or resolved it with the Prisma CLI);
// - a migration whose file changed after it was applied stops the run (its checksum differs);
// - a migration in the ledger that this release does not have is reported, not touched.
//
// Creating a migration (a diff of the schema against the database) is a developer tool and stays
// with Prisma's WebAssembly schema engine: scripts/migrate-engine.ts.
import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import pg from "pg";

export interface RunnerOptions {
  /** Migrations folder; default `prisma/migrations` (relative to process.cwd()). */
  migrationsDir?: string;
  /** Progress lines: each migration as it starts and finishes, warnings. */
  log?: (line: string) => void;
}

export interface Migratie {
  naam: string;
  sql: string;
  checksum: string;
}

/** Any fixed number: Prisma's own lock key for migrations, so the Prisma CLI queues behind us too. */
const MIGRATION_LOCK_KEY = 72_707_369;

// The ledger exactly as the Prisma schema engine creates it.
const LEDGER_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export class MigratieFout extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigratieFout";
  }
}

/** SHA-256 of the file, hex: the checksum Prisma records. */
export function checksumVan(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

/** The migrations of this release, in the order they apply. */
export async function leesMigraties(migrationsDir = "prisma/migrations"): Promise<Migratie[]> {
  const dir = resolve(migrationsDir);
  if (!existsSync(dir)) throw new MigratieFout(`Map met migraties niet gevonden: ${dir}`);
  const namen = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return Promise.all(
    namen.map(async (naam) => {
      const bestand = join(dir, naam, "migration.sql");
      if (!existsSync(bestand)) throw new MigratieFout(`Migratie ${naam} heeft geen migration.sql`);
      const sql = await readFile(bestand, "utf8");
      return { naam, sql, checksum: checksumVan(sql) };
    }),
  );
}

/** The schema the URL names (`?schema=`), else public. */
function schemaVan(databaseUrl: string): string {
  return new URL(databaseUrl).searchParams.get("schema") || "public";
}

interface LedgerRij {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

/**
 * Applies the migrations the database has not seen yet, in folder-name order. Returns their names;
 * empty when the database is up to date. Throws MigratieFout (with a Dutch message for the operator)
 * when a rule above stops the run.
 */
export async function applyMigrations(databaseUrl: string, opts: RunnerOptions = {}): Promise<string[]> {
  const log = opts.log ?? (() => {});
  const migraties = await leesMigraties(opts.migrationsDir);
  const url = new URL(databaseUrl);
  url.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 10_000 });
  await client.connect();
  const schema = schemaVan(databaseUrl);
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(schema)}`);
    await client.query(`SET search_path TO ${pg.escapeIdentifier(schema)}`);
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await client.query(LEDGER_DDL);
      const { rows } = await client.query<LedgerRij>(`SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at, migration_name`);
      const geldig = rows.filter((r) => r.rolled_back_at === null);

      const mislukt = geldig.find((r) => r.finished_at === null);
      if (mislukt) {
        throw new MigratieFout(
          `Migratie ${mislukt.migration_name} is eerder mislukt en niet opgelost; er wordt niets toegepast.\n` +
            `Fout toen: ${(mislukt.logs ?? "(geen)").trim()}\n` +
            `Herstel de database en markeer de migratie als teruggedraaid: UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${mislukt.migration_name}' AND finished_at IS NULL (of: prisma migrate resolve --rolled-back ${mislukt.migration_name}).`,
        );
      }
      const toegepast = new Map(geldig.map((r) => [r.migration_name, r]));
      for (const m of migraties) {
        const rij = toegepast.get(m.naam);
        if (rij && rij.checksum !== m.checksum) {
          throw new MigratieFout(`Migratie ${m.naam} is gewijzigd nadat ze is toegepast (checksum ${rij.checksum.slice(0, 12)}… in de database, ${m.checksum.slice(0, 12)}… in het bestand). Zet het bestand terug; een wijziging hoort in een nieuwe migratie.`);
        }
      }
      const bekend = new Set(migraties.map((m) => m.naam));
      for (const r of geldig) if (!bekend.has(r.migration_name)) log(`Let op: migratie ${r.migration_name} staat in de database maar niet in deze versie`);

      const nieuw = migraties.filter((m) => !toegepast.has(m.naam));
      for (const m of nieuw) {
        log(`Migratie ${m.naam} toepassen`);
        await pasToe(client, m);
      }
      return nieuw.map((m) => m.naam);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end();
  }
}

/** One migration and its ledger row in one transaction; a failure is recorded and rethrown. */
async function pasToe(client: pg.Client, m: Migratie): Promise<void> {
  const id = randomUUID();
  try {
    await client.query("BEGIN");
    await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`, [id, m.checksum, m.naam]);
    await client.query(m.sql);
    await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    const reden = e instanceof Error ? e.message : String(e);
    // Recorded outside the rolled-back transaction, so the next start says what went wrong.
    await client
      .query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count, logs) VALUES ($1, $2, $3, now(), 0, $4)`, [id, m.checksum, m.naam, reden])
      .catch(() => {});
    throw new MigratieFout(`Migratie ${m.naam} is mislukt en teruggedraaid: ${reden}`);
  }
}
