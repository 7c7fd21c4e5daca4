import { createHash } from "node:crypto";
import { canonicalJson, toJsonValue, type JsonValue } from "@/lib/domain/canonical-json";

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

/**
 * The event's canonical JSON cut in two around the digits of its seq, for the database to link at
 * the commit, when the seq is drawn (migration 20261204190000): canonicalJson(content with seq n)
 * is exactly `voor + n + na` for every n, because seq is a top-level key whose value is the string
 * of its digits, and its place among the sorted keys does not depend on its value.
 */
export function auditCanonRondSeq(content: Omit<AuditContent, "seq">): { voor: string; na: string } {
  const v = toJsonValue(content) as { [key: string]: JsonValue };
  if ("seq" in v) throw new Error("auditCanonRondSeq: the content already has a seq");
  const deel = (k: string) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`;
  const keys = Object.keys(v).sort();
  const ervoor = keys.filter((k) => k < "seq").map(deel);
  const erna = keys.filter((k) => k > "seq").map(deel);
  const voor = `{${ervoor.map((d) => `${d},`).join("")}"seq":"`;
  const na = `"${erna.map((d) => `,${d}`).join("")}}`;
  // Checked against the one canonicalisation, for this very event: a cut that is off by a byte
  // would give a chain the verifier rejects, so it fails here, before anything is written.
  if (voor + "0" + na !== canonicalJson({ ...content, seq: 0n })) throw new Error("auditCanonRondSeq: the cut does not meet canonicalJson");
  return { voor, na };
}
