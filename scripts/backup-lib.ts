// Backup and restore (npm run backup / npm run restore <file>), docs/RELIABILITY.md.
// - PostgreSQL from DATABASE_URL: pg_dump in custom format, pg_restore back; refused with a clear
//   message when the installed pg_dump/pg_restore is older than the server (it cannot read it).
// - The embedded PostgreSQL, which ships no pg_dump: an online physical copy through the server's
//   own base-backup functions (pg_backup_start → copy the cluster → pg_backup_stop → the WAL of that
//   window), packed as .tar.gz with the backup_label; restoring unpacks it and lets PostgreSQL
//   replay the WAL to the consistent point, exactly as a restored base backup does.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, chownSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import * as tar from "tar";
import pg from "pg";

export const MANIFEST = "beslisroute-backup.json";

export interface Manifest {
  soort: "embedded-basebackup";
  gemaakt: string;
  serverVersie: string;
  startWal: string;
  stopWal: string;
  stopLsn: string;
}

/** The major version a PostgreSQL tool prints ("pg_dump (PostgreSQL) 15.20 (Debian …)" → 15), or null. */
export function toolMajor(versionOutput: string): number | null {
  const m = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(versionOutput);
  return m ? Number(m[1]) : null;
}

/** server_version_num (180001 → 18, 150020 → 15). */
export function serverMajor(versionNum: number): number {
  return Math.floor(versionNum / 10000);
}

/** Why a tool cannot be used against this server, or null when it can. */
export function toolRefusal(tool: "pg_dump" | "pg_restore", output: string | null, server: number): string | null {
  if (output === null) return `${tool} is niet geïnstalleerd. Installeer de PostgreSQL-client van versie ${server} of nieuwer (Debian/Ubuntu: apt install postgresql-client-${server}, uit de PGDG-pakketbron).`;
  const major = toolMajor(output);
  if (major === null) return `De versie van ${tool} is niet te lezen ("${output.trim()}").`;
  if (major < server) return `${tool} ${major} is ouder dan de server (PostgreSQL ${server}) en kan diens gegevens niet betrouwbaar lezen of schrijven. Installeer postgresql-client-${server} (of nieuwer) en probeer het opnieuw; zie docs/RELIABILITY.md.`;
  return null;
}

function toolVersion(tool: string): string | null {
  const r = spawnSync(tool, ["--version"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout : null;
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function serverVersionNum(url: string): Promise<number> {
  return withClient(url, async (c) => Number((await c.query("SHOW server_version_num")).rows[0].server_version_num));
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL from DATABASE_URL: pg_dump / pg_restore

export async function dumpExternal(url: string, out: string): Promise<void> {
  const refusal = toolRefusal("pg_dump", toolVersion("pg_dump"), serverMajor(await serverVersionNum(url)));
  if (refusal) throw new Error(refusal);
  const r = spawnSync("pg_dump", ["--format=custom", "--file", out, "--dbname", url], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`pg_dump is mislukt: ${r.stderr.trim()}`);
}

export async function restoreExternal(url: string, file: string): Promise<void> {
  const refusal = toolRefusal("pg_restore", toolVersion("pg_restore"), serverMajor(await serverVersionNum(url)));
  if (refusal) throw new Error(refusal);
  const r = spawnSync("pg_restore", ["--clean", "--if-exists", "--single-transaction", "--exit-on-error", "--dbname", url, file], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`pg_restore is mislukt: ${r.stderr.trim()}`);
}

// ---------------------------------------------------------------------------------------------
// The embedded PostgreSQL: online base backup

/** What pg_basebackup leaves out of a data directory: the contents of these, and these files. */
const SKIP_CONTENTS = new Set(["pg_wal", "pg_dynshmem", "pg_notify", "pg_replslot", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans"]);
const SKIP_FILES = new Set(["postmaster.pid", "postmaster.opts", "pg_internal.init", "backup_label", "tablespace_map", "backup_manifest"]);

/**
 * An online, consistent copy of the embedded cluster behind `url` (a superuser connection) into a
 * .tar.gz at `out`. Writes go on during the copy; the restored cluster holds exactly what had
 * committed when pg_backup_stop ran. `during` runs while the copy is open (tests write through it).
 */
export async function backupEmbedded(opts: { url: string; out: string; during?: () => Promise<void> }): Promise<Manifest> {
  const admin = new URL(opts.url);
  admin.pathname = "/postgres";
  return withClient(admin.toString(), async (c) => {
    const dataDir = (await c.query("SHOW data_directory")).rows[0].data_directory as string;
    const serverVersie = (await c.query("SHOW server_version")).rows[0].server_version as string;
    const stage = mkdtempSync(join(tmpdir(), "beslisroute-backup-"));
    try {
      const target = join(stage, "pg");
      await c.query("SELECT pg_backup_start($1, fast => true)", [`beslisroute ${new Date().toISOString()}`]);
      let label: string;
      let stopLsn: string;
      try {
        await opts.during?.();
        cpSync(dataDir, target, {
          recursive: true,
          filter: (src) => {
            const rel = src.slice(dataDir.length).replace(/^\/+/, "");
            if (!rel) return true;
            const parts = rel.split("/");
            if (parts.length === 1 && SKIP_FILES.has(parts[0]!)) return false;
            if (parts.length > 1 && SKIP_CONTENTS.has(parts[0]!)) return false;
            return !basename(src).startsWith("pgsql_tmp");
          },
        });
      } finally {
        const stop = await c.query("SELECT labelfile, spcmapfile, lsn::text AS lsn FROM pg_backup_stop(wait_for_archive => false)");
        label = stop.rows[0].labelfile as string;
        stopLsn = stop.rows[0].lsn as string;
      }
      // Close the segment that holds the end of the backup, so it can be copied whole.
      const stopWal = (await c.query("SELECT pg_walfile_name($1::pg_lsn) AS f", [stopLsn])).rows[0].f as string;
      await c.query("SELECT pg_switch_wal()");
      const startWal = /START WAL LOCATION: .*\(file ([0-9A-F]{24})\)/.exec(label)?.[1];
      if (!startWal) throw new Error("De backup_label van PostgreSQL is niet te lezen.");
      writeFileSync(join(target, "backup_label"), label);
      mkdirSync(join(target, "pg_wal", "archive_status"), { recursive: true });
      mkdirSync(join(target, "pg_wal", "summaries"), { recursive: true });
      const segments = readdirSync(join(dataDir, "pg_wal")).filter((f) => /^[0-9A-F]{24}$/.test(f) && f >= startWal && f <= stopWal);
      if (!segments.includes(startWal) || !segments.includes(stopWal)) throw new Error("De WAL-bestanden van de backup zijn niet (meer) aanwezig.");
      for (const f of segments) cpSync(join(dataDir, "pg_wal", f), join(target, "pg_wal", f));
      // The cluster's own passwords (they are in the copied catalog too) travel with it.
      for (const f of ["pg-password", "pg-app-password"]) {
        const p = join(dirname(dataDir), f);
        if (existsSync(p)) cpSync(p, join(stage, f));
      }
      const manifest: Manifest = { soort: "embedded-basebackup", gemaakt: new Date().toISOString(), serverVersie, startWal, stopWal, stopLsn };
      writeFileSync(join(stage, MANIFEST), JSON.stringify(manifest, null, 2) + "\n");
      await tar.c({ gzip: true, file: opts.out, cwd: stage, portable: true }, readdirSync(stage));
      return manifest;
    } finally {
      rmSync(stage, { recursive: true, force: true });
    }
  });
}

async function answers(port: number): Promise<boolean> {
  const net = await import("node:net");
  return new Promise((resolveP) => {
    const s = net.connect(port, "127.0.0.1");
    s.once("connect", () => { s.destroy(); resolveP(true); });
    s.once("error", () => resolveP(false));
  });
}

/**
 * Unpacks an embedded backup into `dir` (the DATA_DIR: the cluster goes to dir/pg). The cluster
 * that is there is kept beside it as pg.voor-herstel-<time>. Refused while a server listens on
 * `port` (stop Beslisroute first). PostgreSQL replays the WAL on its next start.
 */
export async function restoreEmbedded(opts: { file: string; dir: string; port?: number }): Promise<{ manifest: Manifest; bewaard: string | null }> {
  if (opts.port && (await answers(opts.port))) throw new Error(`Er draait nog een database op poort ${opts.port}. Stop Beslisroute (npm start) eerst en herstel dan.`);
  const dir = resolve(opts.dir);
  mkdirSync(dir, { recursive: true });
  const stage = mkdtempSync(join(dir, ".herstel-"));
  try {
    await tar.x({ file: opts.file, cwd: stage });
    const manifestFile = join(stage, MANIFEST);
    if (!existsSync(manifestFile)) throw new Error(`${opts.file} is geen backup van Beslisroute (${MANIFEST} ontbreekt).`);
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
    if (manifest.soort !== "embedded-basebackup") throw new Error(`Onbekende soort backup: ${String(manifest.soort)}`);
    const target = join(dir, "pg");
    let bewaard: string | null = null;
    const owner = existsSync(target) ? statSync(target) : null;
    if (owner) {
      bewaard = join(dir, `pg.voor-herstel-${new Date().toISOString().replace(/[:.]/g, "-")}`);
      renameSync(target, bewaard);
    }
    renameSync(join(stage, "pg"), target);
    for (const f of ["pg-password", "pg-app-password"]) {
      if (!existsSync(join(stage, f))) continue;
      if (existsSync(join(dir, f))) renameSync(join(dir, f), join(dir, `${f}.voor-herstel`));
      renameSync(join(stage, f), join(dir, f));
    }
    // PostgreSQL refuses a data directory others can read, and runs as `postgres` when we are root.
    chmodSync(target, 0o700);
    const uid = owner?.uid ?? postgresUid();
    if (uid !== null && process.getuid?.() === 0) chownTree(target, uid, owner?.gid ?? uid);
    return { manifest, bewaard };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

function postgresUid(): number | null {
  const r = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  return r.status === 0 ? Number(r.stdout.trim()) : null;
}

function chownTree(path: string, uid: number, gid: number): void {
  chownSync(path, uid, gid);
  if (statSync(path).isDirectory()) for (const f of readdirSync(path)) chownTree(join(path, f), uid, gid);
}
