// npm run openapi: writes the published OpenAPI document (openapi/openapi.json, as
// GET /api/v1/openapi.json serves it) and the TypeScript types of its paths that the e2e suite's
// client is built on (openapi/schema.d.ts, by openapi-typescript). Both are committed;
// tests/unit/openapi.test.ts fails when either differs from what the code generates now.
// `--check` only compares (exit 1 on a difference).
import { readFileSync, writeFileSync } from "node:fs";
import { openApiDocumentTekst, schemaTypesTekst } from "./openapi-artefacten";

const check = process.argv.includes("--check");
const doc = openApiDocumentTekst();
const types = await schemaTypesTekst(doc);
let verschil = false;
for (const [pad, inhoud] of [["openapi/openapi.json", doc], ["openapi/schema.d.ts", types]] as const) {
  let oud = "";
  try {
    oud = readFileSync(pad, "utf8");
  } catch {
    /* new */
  }
  if (oud === inhoud) continue;
  verschil = true;
  if (check) console.error(`${pad} loopt achter op de code: draai npm run openapi.`);
  else {
    writeFileSync(pad, inhoud);
    console.log(`${pad} bijgewerkt.`);
  }
}
if (check && verschil) process.exit(1);
