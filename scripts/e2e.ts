// npm run test:e2e: checks for the browser, makes a fresh seeded database, builds when needed,
// then runs Playwright (which starts the standalone server, as npm start does, on that database).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { childEnv, scriptEnv } from "@/lib/env";
import { createPrismaClient } from "@/prisma/client";
import { seedDemo, seedMrCalendar } from "@/prisma/seed";
import { seedDemoNotas } from "@/prisma/demo/seed-notas";
import { createTestDatabase } from "@/tests/support/test-database";
import { isBuildCurrent, recordBuild } from "./build-state";
import { ensureBrowser } from "./ensure-tools";
import { ensureAppRole } from "./app-role";
import { prepareStandalone } from "./standalone";

async function main(): Promise<number> {
  const chromium = ensureBrowser();
  const db = await createTestDatabase("e2e");
  const secret = scriptEnv().NEXTAUTH_SECRET ?? randomBytes(32).toString("hex");
  try {
    const prisma = createPrismaClient(db.url);
    await seedMrCalendar(prisma);
    await seedDemo(prisma);
    process.env.DATABASE_URL = db.url;
    process.env.NEXTAUTH_SECRET = secret;
    await seedDemoNotas(prisma);
    await prisma.$disconnect();
    // The server runs as the application's role, as `npm start` does: the suite proves the app
    // works without owning its tables (and so without being able to cut the audit trail).
    const appUrl = await ensureAppRole(db.url, randomBytes(18).toString("hex"));

    const env = childEnv({
      DATABASE_URL: appUrl,
      // The route walk (e2e/walk.spec.ts) asks for hundreds of documents per official within
      // minutes; the per-user limit itself is tested in tests/integration/security.test.ts.
      EXPENSIVE_CALLS_PER_MINUTE: "2000",
      NEXTAUTH_SECRET: secret,
      CHROMIUM_PATH: chromium,
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_MANUAL_SIG_HANDLE: "true",
    });
    if (!isBuildCurrent() || !existsSync(".next/BUILD_ID")) {
      const build = spawnSync("node_modules/.bin/next", ["build"], { env, stdio: "inherit" });
      if (build.status !== 0) return 1;
      recordBuild();
    }
    prepareStandalone();
    const args = ["test", ...process.argv.slice(2)];
    const run = spawnSync("node_modules/.bin/playwright", args, { env, stdio: "inherit" });
    return run.status ?? 1;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
