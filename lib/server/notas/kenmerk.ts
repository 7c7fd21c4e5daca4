import "server-only";
import { formatKenmerk } from "@/lib/domain/kamerstuk";
import type { Tx } from "@/lib/server/tx";

/** Hands out the next kenmerk of the year inside the caller's transaction (no gaps on rollback). */
export async function nextKenmerk(tx: Tx, prefix: string, jaar: number): Promise<string> {
  const [row] = await tx.$queryRaw<[{ laatste: number }]>`
    INSERT INTO "KenmerkTeller" (prefix, jaar, laatste) VALUES (${prefix}, ${jaar}, 1)
    ON CONFLICT (prefix, jaar) DO UPDATE SET laatste = "KenmerkTeller".laatste + 1
    RETURNING laatste`;
  return formatKenmerk(prefix, jaar, row.laatste);
}
