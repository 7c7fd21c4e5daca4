// Shared by start and dev: open the database, migrate, seed, and collect the server's environment.
import { join, resolve } from "node:path";
import { EventEmitter } from "node:events";
import { mkdirSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { createPrismaClient } from "@/prisma/client";
import { childEnv, scriptEnv } from "@/lib/env";
import { openDatabase, readOrCreateSecret, type Database } from "./database";
import { applyMigrations } from "./migrations";
import { ensureAppRole, grantAppRoleOf } from "./app-role";
import { generateKeyPairSync } from "node:crypto";
import { isEmpty, seedDemo, seedMrCalendar } from "@/prisma/seed";
import { seedDemoNotas } from "@/prisma/demo/seed-notas";

export const log = (line: string) => console.log(`[beslisroute] ${line}`);

export interface Prepared {
  db: Database;
  env: NodeJS.ProcessEnv;
  port: number;
}

/** Told when the embedded database cannot be kept running (npm start then stops with the reason). */
export const databaseGiveUp = new EventEmitter<{ giveup: [reason: string] }>();

export async function prepare(): Promise<Prepared> {
  const env = scriptEnv();
  mkdirSync(env.DATA_DIR, { recursive: true });
  const db = await openDatabase({
    databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, port: env.EMBEDDED_PG_PORT, log,
    restart: { onGiveUp: (reason) => databaseGiveUp.emit("giveup", reason) },
  });
  log(db.embedded ? `Ingebouwde PostgreSQL draait op poort ${env.EMBEDDED_PG_PORT} (gegevens in ${env.DATA_DIR}/pg)` : "PostgreSQL uit DATABASE_URL");
  const secret = env.NEXTAUTH_SECRET ?? readOrCreateSecret(join(env.DATA_DIR, "auth-secret"), 32);
  // The demo notas are made through the real use cases, which read their database from lib/env.
  process.env.DATABASE_URL = db.url;
  process.env.NEXTAUTH_SECRET = secret;
  const migrationUrl = db.embedded ? db.url : (env.MIGRATION_DATABASE_URL ?? db.url);
  let appUrl = db.url;
  try {
    const applied = await applyMigrations(migrationUrl, { log });
    // With an owner for migrations, the application's role gets its rights before it seeds anything.
    const granted = db.embedded ? null : await grantAppRoleOf(env.MIGRATION_DATABASE_URL, db.url);
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
    // The application runs as a role that may only append to and read the audit trail.
    if (db.embedded) {
      appUrl = await ensureAppRole(db.url, readOrCreateSecret(join(env.DATA_DIR, "pg-app-password"), 18));
      log("De applicatie gebruikt de databaserol beslisroute_app (audit-trail: alleen toevoegen en lezen)");
    } else if (granted) {
      log(`Rechten gegeven aan de databaserol ${granted} (audit-trail: alleen toevoegen en lezen)`);
    } else {
      log("Let op: DATABASE_URL is ook de eigenaar van de tabellen. Zet MIGRATION_DATABASE_URL (eigenaar) en laat DATABASE_URL naar een rol zonder eigenaarsrechten wijzen; zie docs/SECURITY.md.");
    }
  } catch (e) {
    await db.stop();
    throw e;
  }

  return {
    db,
    port: env.PORT,
    env: childEnv({
      DATABASE_URL: appUrl,
      ...checkpointEnv(env),
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://${env.HOSTNAME}:${env.PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
      // The app's own graceful stop (lib/server/ops/shutdown.ts) instead of Next's.
      NEXT_MANUAL_SIG_HANDLE: "true",
      PORT: String(env.PORT),
    }),
  };
}

/** The audit checkpoint key and file: from the environment, or generated under DATA_DIR (not in the database). */
function checkpointEnv(env: ReturnType<typeof scriptEnv>): Record<string, string> {
  // Absolute: the standalone server runs in .next/standalone.
  const file = resolve(env.AUDIT_CHECKPOINT_FILE ?? join(env.DATA_DIR, "audit-checkpoints.jsonl"));
  if (env.AUDIT_CHECKPOINT_KEY) return { AUDIT_CHECKPOINT_KEY: env.AUDIT_CHECKPOINT_KEY, AUDIT_CHECKPOINT_FILE: file };
  const keyFile = join(env.DATA_DIR, "audit-checkpoint-key.pem");
  if (!existsSync(keyFile)) {
    const { privateKey } = generateKeyPairSync("ed25519");
    writeFileSync(keyFile, privateKey.export({ format: "pem", type: "pkcs8" }).toString(), { mode: 0o600 });
    log(`Nieuwe sleutel voor audit-checkpoints: ${keyFile}`);
  }
  return { AUDIT_CHECKPOINT_KEY: readFileSync(keyFile, "utf8"), AUDIT_CHECKPOINT_FILE: file };
}
