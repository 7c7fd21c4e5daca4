// Checks the audit trail: recomputes every hash in order and every link to the previous event.
//   npm run audit:verify          (node --import tsx --conditions react-server scripts/audit-verify.ts)
// The database comes from DATABASE_URL. Exit code 0: the chain is intact; 1: it is broken (the
// first bad event is named); 2: the check could not run (no DATABASE_URL, database unreachable).
// `--conditions react-server` makes the "server-only" import in lib/server resolve to nothing.
import { scriptEnv } from "@/lib/env";
import { createPrismaClient } from "@/prisma/client";
import { verifyAuditChain } from "@/lib/server/audit/verify-chain";

async function main(): Promise<number> {
  const databaseUrl = scriptEnv().DATABASE_URL;
  if (!databaseUrl) {
    console.error("DATABASE_URL is niet gezet. Voorbeeld: DATABASE_URL=postgresql://user:pass@localhost:5432/db");
    return 2;
  }
  const client = createPrismaClient(databaseUrl);
  try {
    const started = performance.now();
    const report = await verifyAuditChain(client);
    const ms = Math.round(performance.now() - started);
    if (report.ok) {
      console.log(`Audit-keten in orde: ${report.aantal} events (${ms} ms)`);
      return 0;
    }
    const fout = report.eersteFout;
    console.error(`Audit-keten GEBROKEN bij event ${fout?.seq ?? "?"}: ${fout?.reden ?? "onbekende fout"} (${report.aantal} events gecontroleerd)`);
    return 1;
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
