// npm start: database (embedded unless DATABASE_URL) → migrations → seed → build when needed → serve.
import { spawnSync } from "node:child_process";
import { isBuildCurrent, recordBuild } from "./build-state";
import { databaseGiveUp, log, prepare } from "./prepare";
import { runServer } from "./run-server";
import { prepareStandalone, standaloneCommand } from "./standalone";
import { scriptEnv } from "@/lib/env";

const NEXT = "node_modules/.bin/next";

async function main() {
  const { db, env, port } = await prepare();
  if (!isBuildCurrent()) {
    log("Productiebuild maken (eenmalig, ongeveer een halve minuut)…");
    const build = spawnSync(NEXT, ["build"], { env, stdio: "inherit" });
    if (build.status !== 0) {
      await db.stop();
      throw new Error("next build is mislukt");
    }
    recordBuild();
  }
  prepareStandalone();
  log(`Beslisroute draait op http://localhost:${port}`);
  // The standalone server, as the container image runs it (docs/DEPLOYMENT.md).
  const { cmd, args, env: serverEnv } = standaloneCommand(port);
  // SSO_DEMO=true: the local OpenID Provider beside the app (a devDependency, loaded only then).
  const demo = scriptEnv().SSO_DEMO ? await (await import("./sso-demo")).startSsoDemo({ port: scriptEnv().SSO_DEMO_PORT, appUrl: env.NEXTAUTH_URL!, databaseUrl: env.DATABASE_URL! }) : {};
  const server = runServer(cmd, args, { ...env, ...serverEnv, ...demo }, db);
  databaseGiveUp.on("giveup", (reason) => {
    log(`${reason} Beslisroute stopt.`);
    void server.stop(1);
  });
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
