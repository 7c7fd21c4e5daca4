// Shared by start and dev: open the database, migrate, seed, and collect the server's environment.
import { join } from "node:path";
import { mkdirSync } from "node:fs";
import { createPrismaClient } from "@/prisma/client";
import { childEnv, scriptEnv } from "@/lib/env";
import { openDatabase, readOrCreateSecret, type Database } from "./database";
import { applyMigrations } from "./migrate-engine";
import { isEmpty, seedDemo, seedMrCalendar } from "@/prisma/seed";
import { seedDemoNotas } from "@/prisma/demo/seed-notas";

export const log = (line: string) => console.log(`[beslisroute] ${line}`);

export interface Prepared {
  db: Database;
  env: NodeJS.ProcessEnv;
  port: number;
}

export async function prepare(): Promise<Prepared> {
  const env = scriptEnv();
  mkdirSync(env.DATA_DIR, { recursive: true });
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, port: env.EMBEDDED_PG_PORT, log });
  log(db.embedded ? `Ingebouwde PostgreSQL draait op poort ${env.EMBEDDED_PG_PORT} (gegevens in ${env.DATA_DIR}/pg)` : "PostgreSQL uit DATABASE_URL");
  const secret = env.NEXTAUTH_SECRET ?? readOrCreateSecret(join(env.DATA_DIR, "auth-secret"), 32);
  // The demo notas are made through the real use cases, which read their database from lib/env.
  process.env.DATABASE_URL = db.url;
  process.env.NEXTAUTH_SECRET = secret;
  try {
    const applied = await applyMigrations(db.url, { log });
    log(applied.length ? `Migraties toegepast: ${applied.join(", ")}` : "Database is bij (geen nieuwe migraties)");

    const prisma = createPrismaClient(db.url);
    try {
      const empty = await isEmpty(prisma);
      const added = await seedMrCalendar(prisma);
      if (added) log(`MR-kalender: ${added} vergaderingen toegevoegd`);
      // Demo accounts: by default on a fresh embedded database only; SEED_DEMO=true/false overrides.
      const demo = env.SEED_DEMO ?? (db.embedded && empty);
      if (demo) {
        const { accounts } = await seedDemo(prisma);
        if (accounts) log(`Demogegevens geladen: ${accounts} accounts (wachtwoord beslisroute-demo)`);
        const notas = await seedDemoNotas(prisma);
        if (notas) log(`Demonota's geladen: ${notas}, waaronder de ROB-nota (MR 30 juni 2025, Kamerstuk 29 362, nr. 385)`);
      }
    } finally {
      await prisma.$disconnect();
    }
  } catch (e) {
    await db.stop();
    throw e;
  }

  return {
    db,
    port: env.PORT,
    env: childEnv({
      DATABASE_URL: db.url,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://${env.HOSTNAME}:${env.PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(env.PORT),
    }),
  };
}
