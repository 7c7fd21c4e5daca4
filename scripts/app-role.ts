// The application's own database role: it may read and write the tables it works with, but on the
// audit trail only INSERT and SELECT. It owns nothing, so it cannot disable the trigger that
// refuses UPDATE/DELETE/TRUNCATE, nor drop or alter a table; migrations run as the owner.
import pg from "pg";

export const APP_ROLE = "beslisroute_app";

const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;
const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** The tables the application may only append to and read. */
export const APPEND_ONLY_TABLES = ["AuditEvent"] as const;

/**
 * Grants the role what the application needs in the owner's database, after every migration (new
 * tables): SELECT/INSERT/UPDATE/DELETE everywhere but the append-only tables, INSERT/SELECT there,
 * the sequences, and read access to Prisma's migration ledger.
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
    for (const t of APPEND_ONLY_TABLES) {
      await client.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${ident(t)} FROM ${r}`);
      await client.query(`GRANT SELECT, INSERT ON ${ident(t)} TO ${r}`);
    }
    await client.query(`REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM ${r}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`);
  } finally {
    await client.end();
  }
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
