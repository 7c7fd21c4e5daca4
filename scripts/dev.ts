// npm run dev: the same database preparation as npm start, then next dev with hot reload.
import { prepare } from "./prepare";
import { runServer } from "./run-server";

async function main() {
  const { db, env, port } = await prepare();
  runServer("node_modules/.bin/next", ["dev", "-p", String(port)], env, db);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
