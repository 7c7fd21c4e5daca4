// Migrations: `deploy` applies them with the small runner of scripts/migrations.ts (pg only);
// `dev` creates one with Prisma's WebAssembly schema engine (scripts/migrate-engine.ts).
//   tsx scripts/migrate.ts deploy                               apply pending migrations
//   tsx scripts/migrate.ts dev --name <name> [--create-only]    create (and apply) a migration
// The database comes from DATABASE_URL. Migrations created here work with `prisma migrate` too.
import { parseArgs } from "node:util";
import { scriptEnv } from "@/lib/env";
import { createMigration } from "./migrate-engine";
import { applyMigrations } from "./migrations";
import { grantAppRoleOf } from "./app-role";

const USAGE = `Gebruik:
  tsx scripts/migrate.ts deploy
      Past alle nog niet toegepaste migraties uit prisma/migrations toe.
  tsx scripts/migrate.ts dev --name <naam> [--create-only]
      Maakt een migratie van de wijzigingen in prisma/schema.prisma en past die toe.
      Gebruik hiervoor een ontwikkeldatabase: de bestaande migraties worden er eerst op toegepast.

Opties:
  --migrations-dir <map>   standaard prisma/migrations
  --schema <bestand>       standaard prisma/schema.prisma
De database komt uit de omgevingsvariabele DATABASE_URL.`;

const log = (line: string) => console.log(`[migrate] ${line}`);

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: "string", short: "n" },
      "create-only": { type: "boolean", default: false },
      "migrations-dir": { type: "string" },
      schema: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if ((command !== "deploy" && command !== "dev") || rest.length) {
    console.error(USAGE);
    return 2;
  }

  const databaseUrl = scriptEnv().DATABASE_URL;
  if (!databaseUrl) {
    console.error("DATABASE_URL is niet gezet. Voorbeeld: DATABASE_URL=postgresql://user:pass@localhost:5432/db");
    return 2;
  }
  const opts = { migrationsDir: values["migrations-dir"], schemaPath: values.schema, log };
  const started = performance.now();

  if (command === "deploy") {
    // The migrate Job of a release (docs/DEPLOYMENT.md): migrations as the owner of the tables
    // (MIGRATION_DATABASE_URL), then the application's role (DATABASE_URL's user) gets its rights
    // on every table, also those this release adds, as npm start does (scripts/prepare.ts).
    const owner = scriptEnv().MIGRATION_DATABASE_URL;
    const applied = await applyMigrations(owner ?? databaseUrl, opts);
    log(applied.length ? `${applied.length} migratie(s) toegepast` : "Database is bij; niets toe te passen");
    const appRole = await grantAppRoleOf(owner, databaseUrl);
    if (appRole) log(`Rechten van de databaserol ${appRole} bijgewerkt`);
  } else {
    const name = values.name?.trim();
    if (!name) {
      console.error("Geef de migratie een naam: tsx scripts/migrate.ts dev --name <naam>");
      return 2;
    }
    const folder = await createMigration(databaseUrl, name, { ...opts, createOnly: values["create-only"] });
    if (folder && values["create-only"]) log("Niet toegepast (--create-only); pas aan en draai daarna deploy");
  }
  log(`Klaar in ${Math.round(performance.now() - started)} ms`);
  return 0;
}

function fail(e: unknown): never {
  // Prisma error codes (P3009 etc.) help when searching the Prisma docs.
  const code = e instanceof Error && "code" in e && typeof e.code === "string" && /^P\d{4}$/.test(e.code) ? ` [${e.code}]` : "";
  const message =
    e instanceof WebAssembly.RuntimeError ? "schema-engine panic (zie de melding hierboven)" : e instanceof Error ? e.message : String(e);
  console.error(`[migrate] Mislukt${code}: ${message}`);
  process.exit(1);
}

// An engine panic inside an async step escapes as an uncaught "RuntimeError: unreachable"
// instead of rejecting our promise; the panic message itself has been logged by then.
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

// process.exit: the engine has been freed and the pool closed by now, but explicit is safer than
// waiting for wasm-bindgen's and pg's leftover handles.
main().then((code) => process.exit(code), fail);
