// Checks the audit trail: recomputes every hash in order and every link to the previous event,
// then compares the signed checkpoints (the chain's head anchored outside the database) with it.
//   npm run audit:verify          (node --import tsx --conditions react-server scripts/audit-verify.ts)
//   npm run audit:checkpoint      writes a checkpoint of the current head now
// The database comes from DATABASE_URL. Checkpoints: AUDIT_CHECKPOINT_FILE (default
// .data/audit-checkpoints.jsonl when present) verified with AUDIT_CHECKPOINT_PUBLIC_KEY, or the
// public half of AUDIT_CHECKPOINT_KEY / .data/audit-checkpoint-key.pem.
// Exit code 0: intact; 1: broken or cut (the first bad event, or the newest checkpoint that no longer
// matches, is named); 2: the check could not run (no DATABASE_URL, database unreachable, no key).
// `--conditions react-server` makes the "server-only" import in lib/server resolve to nothing.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { scriptEnv } from "@/lib/env";
import { createPrismaClient } from "@/prisma/client";
import { verifyAuditChain } from "@/lib/server/audit/verify-chain";
import { parsePrivateKey, parsePublicKey, verifyCheckpoints, writeCheckpoint } from "@/lib/server/audit/checkpoints";

function checkpointSettings() {
  const env = scriptEnv();
  const keyFile = join(env.DATA_DIR, "audit-checkpoint-key.pem");
  const privateText = env.AUDIT_CHECKPOINT_KEY ?? (existsSync(keyFile) ? readFileSync(keyFile, "utf8") : undefined);
  const publicText = env.AUDIT_CHECKPOINT_PUBLIC_KEY ?? privateText;
  const defaultFile = join(env.DATA_DIR, "audit-checkpoints.jsonl");
  const file = env.AUDIT_CHECKPOINT_FILE ?? (existsSync(defaultFile) ? defaultFile : undefined);
  return { privateText, publicText, file };
}

async function main(): Promise<number> {
  const write = process.argv.includes("--checkpoint");
  const databaseUrl = scriptEnv().DATABASE_URL;
  if (!databaseUrl) {
    console.error("DATABASE_URL is niet gezet. Voorbeeld: DATABASE_URL=postgresql://user:pass@localhost:5432/db");
    return 2;
  }
  const client = createPrismaClient(databaseUrl);
  const cp = checkpointSettings();
  try {
    if (write) {
      if (!cp.privateText) {
        console.error("Geen sleutel voor checkpoints: zet AUDIT_CHECKPOINT_KEY (Ed25519, PKCS#8 PEM).");
        return 2;
      }
      const file = cp.file ?? join(scriptEnv().DATA_DIR, "audit-checkpoints.jsonl");
      const c = await writeCheckpoint(client, parsePrivateKey(cp.privateText), file);
      console.log(c ? `Checkpoint geschreven: event ${c.seq} (${c.hash.slice(0, 12)}…) in ${file}` : "Geen nieuw checkpoint nodig: de keten is niet gegroeid sinds het vorige.");
      return 0;
    }
    const started = performance.now();
    const report = await verifyAuditChain(client);
    const ms = Math.round(performance.now() - started);
    if (!report.ok) {
      const fout = report.eersteFout;
      console.error(`Audit-keten GEBROKEN bij event ${fout?.seq ?? "?"}: ${fout?.reden ?? "onbekende fout"} (${report.aantal} events gecontroleerd)`);
      return 1;
    }
    console.log(`Audit-keten in orde: ${report.aantal} events (${ms} ms)`);
    if (!cp.file) {
      console.log("Geen checkpointbestand gevonden (AUDIT_CHECKPOINT_FILE): of de nieuwste events zijn weggehaald, is niet gecontroleerd.");
      return 0;
    }
    if (!cp.publicText) {
      console.error(`Checkpointbestand ${cp.file} gevonden, maar geen sleutel om het te controleren (AUDIT_CHECKPOINT_PUBLIC_KEY).`);
      return 2;
    }
    const cr = await verifyCheckpoints(client, parsePublicKey(cp.publicText), cp.file);
    if (!cr.ok) {
      console.error(`Audit-keten AFGEKAPT OF GEWIJZIGD: checkpoint van ${cr.fout?.tijdstip} (event ${cr.fout?.seq}) klopt niet meer. ${cr.fout?.reden} (${cr.aantal} checkpoints)`);
      return 1;
    }
    console.log(`Checkpoints in orde: ${cr.aantal} ondertekende checkpoints komen overeen met de keten.`);
    return 0;
  } catch (e) {
    console.error(`Audit-keten kon niet worden gecontroleerd: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  } finally {
    await client.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`Audit-keten kon niet worden gecontroleerd: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);
