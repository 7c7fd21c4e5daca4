// The standalone server on the Node.js that runs this script (npm test runs it with Node 22 LTS,
// the container image's version): a fresh migrated and seeded database, server.js started as the
// image's CMD does, and a few real requests. Prints "smoke: N passed, N failed".
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createTestDatabase, freePort } from "@/tests/support/test-database";
import { createPrismaClient } from "@/prisma/client";
import { seedDemo, seedMrCalendar } from "@/prisma/seed";
import { prepareStandalone, SERVER_JS } from "./standalone";

async function main(): Promise<number> {
  if (!existsSync(SERVER_JS)) {
    console.error(`${SERVER_JS} ontbreekt: draai eerst de build (npm test doet dat in de e2e-suite).`);
    return 1;
  }
  prepareStandalone();
  const db = await createTestDatabase("smoke");
  const prisma = createPrismaClient(db.url);
  await seedMrCalendar(prisma);
  await seedDemo(prisma);
  await prisma.$disconnect();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [SERVER_JS], {
    env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", DATABASE_URL: db.url, NEXTAUTH_SECRET: "smoke-test-secret-of-at-least-32-characters", NEXTAUTH_URL: url, NEXT_MANUAL_SIG_HANDLE: "true", LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const results: [string, boolean][] = [];
  const check = (name: string, ok: boolean) => { results.push([name, ok]); console.log(`${ok ? "✓" : "✗"} ${name}`); };
  try {
    const t0 = Date.now();
    let ready = false;
    while (!ready && Date.now() - t0 < 60_000) {
      try { ready = (await fetch(`${url}/api/health/ready`)).status === 200; } catch { /* starting */ }
      if (!ready) await new Promise((r) => setTimeout(r, 200));
    }
    check(`Node ${process.version}: /api/health/ready 200`, ready);
    const page = await fetch(`${url}/inloggen`);
    check("sign-in page 200, in Dutch", page.status === 200 && (await page.text()).includes('lang="nl"'));
    const csrf = await fetch(`${url}/api/auth/csrf`);
    const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const login = await fetch(`${url}/api/auth/callback/credentials`, {
      method: "POST", redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
      body: new URLSearchParams({ csrfToken, email: "opsteller@beslisroute.test", password: "beslisroute-demo", json: "true" }),
    });
    cookies.push(...login.headers.getSetCookie().map((c) => c.split(";")[0]));
    const ik = await fetch(`${url}/api/v1/ik`, { headers: { cookie: cookies.join("; ") } });
    check("sign-in (argon2id) and /api/v1/ik 200", ik.status === 200 && ((await ik.json()) as { naam?: string }).naam === "Sanne de Vries");
    const css = (await (await fetch(`${url}/inloggen`)).text()).match(/\/_next\/static\/[^"]+\.css/)?.[0];
    check("static files served from the standalone folder", !!css && (await fetch(`${url}${css}`)).status === 200);
  } finally {
    server.kill("SIGTERM");
    const code = await new Promise<number | null>((r) => server.once("exit", (c) => r(c)));
    check("graceful stop on SIGTERM (exit 0)", code === 0);
    await db.close();
  }
  const failed = results.filter(([, ok]) => !ok).length;
  console.log(`smoke: ${results.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then((c) => process.exit(c), (e) => { console.error(e); process.exit(1); });
