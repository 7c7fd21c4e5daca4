// npm run backup [-- <file>]: with DATABASE_URL a pg_dump in custom format (MIGRATION_DATABASE_URL
// when set, the owner); without it an online base backup of the embedded PostgreSQL, which must be
// running (npm start). Default file: DATA_DIR/backups/beslisroute-<time>.dump|.tar.gz.
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { scriptEnv } from "@/lib/env";
import { readOrCreateSecret } from "./database";
import { backupEmbedded, dumpExternal } from "./backup-lib";

const log = (l: string) => console.log(`[backup] ${l}`);

async function main(): Promise<number> {
  const env = scriptEnv();
  const external = env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const given = process.argv.slice(2).find((a) => !a.startsWith("-"));
  const dir = join(env.DATA_DIR, "backups");
  const started = Date.now();
  if (external) {
    const out = given ?? join(dir, `beslisroute-${stamp}.dump`);
    if (!given) mkdirSync(dir, { recursive: true });
    await dumpExternal(external, out);
    log(`pg_dump (custom format) geschreven: ${out} (${statSync(out).size} bytes, ${Date.now() - started} ms)`);
    log(`Terugzetten: npm run restore -- ${out}`);
    return 0;
  }
  const password = readOrCreateSecret(join(env.DATA_DIR, "pg-password"), 18);
  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${env.EMBEDDED_PG_PORT}/beslisroute`;
  const out = given ?? join(dir, `beslisroute-${stamp}.tar.gz`);
  if (!given) mkdirSync(dir, { recursive: true });
  try {
    const m = await backupEmbedded({ url, out });
    log(`Online backup van de ingebouwde PostgreSQL ${m.serverVersie} geschreven: ${out} (${statSync(out).size} bytes, ${Date.now() - started} ms; WAL ${m.startWal} t/m ${m.stopWal})`);
    log(`Terugzetten: stop Beslisroute, dan npm run restore -- ${out}`);
    return 0;
  } catch (e) {
    if ((e as { code?: string }).code === "ECONNREFUSED") {
      console.error(`[backup] De ingebouwde PostgreSQL draait niet (poort ${env.EMBEDDED_PG_PORT}). Start Beslisroute (npm start) en maak dan de backup; of kopieer met de server gestopt de map ${env.DATA_DIR} (een koude kopie).`);
      return 2;
    }
    throw e;
  }
}

main().then((c) => process.exit(c), (e) => { console.error(`[backup] ${e instanceof Error ? e.message : String(e)}`); process.exit(1); });
