// A fresh PostgreSQL database for a test run: on the server in TEST_DATABASE_URL when set,
// otherwise in a throwaway embedded cluster. Migrated with the project's own migrations.
import { mkdtempSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { scriptEnv } from "@/lib/env";
import { createDatabaseIfMissing, dropDatabase, startEmbeddedPostgres } from "@/scripts/database";
import { applyMigrations } from "@/scripts/migrations";

export interface TestDatabase {
  url: string;
  close: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `beslisroute_${label}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const external = scriptEnv().TEST_DATABASE_URL;
  if (external) {
    const url = new URL(external);
    url.pathname = `/${name}`;
    await createDatabaseIfMissing(url.toString());
    await applyMigrations(url.toString());
    return { url: url.toString(), close: () => dropDatabase(url.toString()) };
  }
  const dir = mkdtempSync(join(tmpdir(), "beslisroute-pg-"));
  chmodSync(dir, 0o755); // the postgres OS user must be able to enter it when we run as root
  const db = await startEmbeddedPostgres({ dir, port: await freePort(), persistent: false, database: name });
  await applyMigrations(db.url);
  return { url: db.url, close: db.stop };
}
