// The application's own database role: it may read and write the tables it works with, but the audit
// trail it may only read, and append to through "AuditWachtrij": the database links the waiting row
// into the chain at the commit (a SECURITY DEFINER trigger, migration 20261204190000), so every row
// of "AuditEvent" gets its seq and hash from the database. It owns nothing, so it cannot disable the
// trigger that refuses UPDATE/DELETE/TRUNCATE, nor drop or alter a table; migrations run as the owner.
import pg from "pg";

export const APP_ROLE = "beslisroute_app";

const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;
const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** The audit chain: the application may only read it. */
export const READ_ONLY_TABLES = ["AuditEvent"] as const;
/** Where the application appends its audit events: INSERT only (not even reading them back). */
export const INSERT_ONLY_TABLES = ["AuditWachtrij"] as const;

/**
 * Grants the role what the application needs in the owner's database, after every migration (new
 * tables): SELECT/INSERT/UPDATE/DELETE everywhere but the audit tables (AuditEvent: SELECT;
 * AuditWachtrij: INSERT), the sequences, and read access to Prisma's migration ledger.
 */
export async function grantAppRole(ownerUrl: string, role: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const db = decodeURIComponent(new URL(ownerUrl).pathname.slice(1));
    const r = ident(role);
    await client.query(`GRANT CONNECT ON DATABASE ${ident(db)} TO ${r}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${r}`);
    await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${r}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`);
    for (const t of [...READ_ONLY_TABLES, ...INSERT_ONLY_TABLES]) await client.query(`REVOKE ALL ON ${ident(t)} FROM ${r}`);
    for (const t of READ_ONLY_TABLES) await client.query(`GRANT SELECT ON ${ident(t)} TO ${r}`);
    for (const t of INSERT_ONLY_TABLES) await client.query(`GRANT INSERT ON ${ident(t)} TO ${r}`);
    await client.query(`REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM ${r}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`);
  } finally {
    await client.end();
  }
}

/**
 * After the migrations, with an owner of its own (MIGRATION_DATABASE_URL): grants the role that
 * DATABASE_URL signs in as. npm start (scripts/prepare.ts) and the migrate Job of a release
 * (scripts/migrate.ts deploy) both go through here. Returns that role, or null without a separate
 * owner: granting to the owner itself would revoke the owner's own rights on the audit tables.
 */
export async function grantAppRoleOf(ownerUrl: string | undefined, appUrl: string): Promise<string | null> {
  if (!ownerUrl) return null;
  const role = decodeURIComponent(new URL(appUrl).username);
  if (!role || role === decodeURIComponent(new URL(ownerUrl).username)) return null;
  await grantAppRole(ownerUrl, role);
  return role;
}

/**
 * On a server we administer ourselves (the embedded PostgreSQL, a test server): creates the login
 * role (or sets its password), grants it, and returns the application's connection URL.
 */
export async function ensureAppRole(ownerUrl: string, password: string, role = APP_ROLE): Promise<string> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
    const verb = rowCount ? "ALTER" : "CREATE";
    await client.query(`${verb} ROLE ${ident(role)} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${literal(password)}`);
  } finally {
    await client.end();
  }
  await grantAppRole(ownerUrl, role);
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}
