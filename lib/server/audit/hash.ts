import { createHash } from "node:crypto";
import { canonicalJson } from "@/lib/domain/canonical-json";

export const GENESIS_HASH = "0".repeat(64);

export interface AuditContent {
  seq: bigint;
  tijdstip: Date;
  actorId: string | null;
  namensId: string | null;
  actie: string;
  notaId: string | null;
  vanStatus: string | null;
  naarStatus: string | null;
  versie: number | null;
  voor: unknown;
  na: unknown;
  requestId: string | null;
}

/** SHA-256 over the previous hash and the event's canonical JSON. */
export function auditHash(vorigeHash: string, content: AuditContent): string {
  return createHash("sha256").update(vorigeHash).update("\n").update(canonicalJson(content)).digest("hex");
}
