// npm run restore -- <file>: a .dump (pg_dump custom format) into DATABASE_URL (or
// MIGRATION_DATABASE_URL), or a .tar.gz of `npm run backup` into the embedded cluster in DATA_DIR
// (Beslisroute stopped; the cluster it replaces is kept beside it). Then start Beslisroute as usual.
import { scriptEnv } from "@/lib/env";
import { restoreEmbedded, restoreExternal } from "./backup-lib";

const log = (l: string) => console.log(`[restore] ${l}`);

async function main(): Promise<number> {
  const env = scriptEnv();
  const file = process.argv.slice(2).find((a) => !a.startsWith("-"));
  if (!file) {
    console.error("[restore] Geef het bestand op: npm run restore -- .data/backups/beslisroute-….tar.gz");
    return 2;
  }
  const external = env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
  if (file.endsWith(".dump")) {
    if (!external) {
      console.error("[restore] Een .dump gaat terug in de database van DATABASE_URL (of MIGRATION_DATABASE_URL); zet die eerst.");
      return 2;
    }
    await restoreExternal(external, file);
    log(`Teruggezet in ${new URL(external).host}${new URL(external).pathname}. Controleer de audit-keten: npm run audit:verify`);
    return 0;
  }
  const r = await restoreEmbedded({ file, dir: env.DATA_DIR, port: env.EMBEDDED_PG_PORT });
  log(`Backup van ${r.manifest.gemaakt} (PostgreSQL ${r.manifest.serverVersie}) teruggezet in ${env.DATA_DIR}/pg.`);
  if (r.bewaard) log(`De vorige database staat nog in ${r.bewaard}; verwijder die map zelf als alles klopt.`);
  log("PostgreSQL speelt bij de volgende start de WAL van de backup af. Start Beslisroute: npm start; controleer daarna: npm run audit:verify");
  return 0;
}

main().then((c) => process.exit(c), (e) => { console.error(`[restore] ${e instanceof Error ? e.message : String(e)}`); process.exit(1); });
