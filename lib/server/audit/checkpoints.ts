import "server-only";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from "node:crypto";
import { canonicalJson } from "@/lib/domain/canonical-json";
import type { PrismaClient } from "@/prisma/client";

// Signed checkpoints anchor the head of the audit chain outside the database. The chain itself
// shows any edit in place; it cannot show that its newest events were cut off, since what remains
// is still a valid chain. A checkpoint (sequence number + hash of the newest event, signed with
// an Ed25519 key that is not in the database) is appended to a file that the database
// administrator cannot rewrite; `npm run audit:verify` compares each checkpoint with the chain and
// names the last one that no longer matches.

export interface Checkpoint {
  seq: string;
  hash: string;
  tijdstip: string;
  /** First 16 hex characters of the SHA-256 of the public key (SPKI DER). */
  sleutel: string;
  /** Ed25519 signature (base64) over the canonical JSON of {seq, hash, tijdstip, sleutel}. */
  handtekening: string;
}

/** A key from PEM (PKCS#8) or base64 of the DER. */
export function parsePrivateKey(text: string): KeyObject {
  const t = text.trim();
  return t.startsWith("-----") ? createPrivateKey(t) : createPrivateKey({ key: Buffer.from(t, "base64"), format: "der", type: "pkcs8" });
}

export function parsePublicKey(text: string): KeyObject {
  const t = text.trim();
  if (t.includes("PRIVATE KEY")) return createPublicKey(createPrivateKey(t));
  return t.startsWith("-----") ? createPublicKey(t) : createPublicKey({ key: Buffer.from(t, "base64"), format: "der", type: "spki" });
}

export function keyId(publicKey: KeyObject): string {
  return createHash("sha256").update(publicKey.export({ format: "der", type: "spki" })).digest("hex").slice(0, 16);
}

const signedPart = (c: Omit<Checkpoint, "handtekening">) => Buffer.from(canonicalJson({ seq: c.seq, hash: c.hash, tijdstip: c.tijdstip, sleutel: c.sleutel }));

export function signCheckpoint(privateKey: KeyObject, head: { seq: bigint | string; hash: string }, at = new Date()): Checkpoint {
  const body = { seq: String(head.seq), hash: head.hash, tijdstip: at.toISOString(), sleutel: keyId(createPublicKey(privateKey)) };
  return { ...body, handtekening: sign(null, signedPart(body), privateKey).toString("base64") };
}

export function checkpointSignatureValid(publicKey: KeyObject, c: Checkpoint): boolean {
  try {
    return c.sleutel === keyId(publicKey) && verify(null, signedPart(c), publicKey, Buffer.from(c.handtekening, "base64"));
  } catch {
    return false;
  }
}

export function readCheckpoints(file: string): { checkpoints: Checkpoint[]; onleesbaar: number[] } {
  if (!existsSync(file)) return { checkpoints: [], onleesbaar: [] };
  const checkpoints: Checkpoint[] = [];
  const onleesbaar: number[] = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const c = JSON.parse(line) as Checkpoint;
        if (typeof c.seq === "string" && typeof c.hash === "string" && typeof c.handtekening === "string") checkpoints.push(c);
        else onleesbaar.push(i + 1);
      } catch {
        onleesbaar.push(i + 1);
      }
    });
  return { checkpoints, onleesbaar };
}

/** Appends a checkpoint of the current head when it moved since the last one. Returns it, or null. */
/** When this process last compared the chain's head with its checkpoint file (for /api/metrics). */
export let lastCheckpointAt: Date | null = null;

export async function writeCheckpoint(client: PrismaClient, privateKey: KeyObject, file: string): Promise<Checkpoint | null> {
  const head = await client.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  if (!head) return null;
  const last = readCheckpoints(file).checkpoints.at(-1);
  if (last && last.seq === head.seq.toString() && last.hash === head.hash) return null;
  const c = signCheckpoint(privateKey, head);
  // O_APPEND: each line is added at the end, never rewriting what is there.
  appendFileSync(file, JSON.stringify(c) + "\n", { flag: "a", mode: 0o640 });
  return c;
}

export interface CheckpointReport {
  ok: boolean;
  aantal: number;
  /** The newest checkpoint that no longer matches the chain, with the reason. */
  fout: { seq: string; tijdstip: string; reden: string } | null;
}

/**
 * Compares every checkpoint with the chain: a bad signature, an event that is gone (the tail was
 * cut) or an event whose hash differs is reported with the newest such checkpoint.
 */
export async function verifyCheckpoints(client: PrismaClient, publicKey: KeyObject, file: string): Promise<CheckpointReport> {
  const { checkpoints, onleesbaar } = readCheckpoints(file);
  if (onleesbaar.length) return { ok: false, aantal: checkpoints.length, fout: { seq: "?", tijdstip: "?", reden: `Regel ${onleesbaar.join(", ")} van het checkpointbestand is onleesbaar.` } };
  let fout: CheckpointReport["fout"] = null;
  for (const c of checkpoints) {
    if (!checkpointSignatureValid(publicKey, c)) {
      fout = { seq: c.seq, tijdstip: c.tijdstip, reden: "De handtekening van het checkpoint klopt niet (vervalst of met een andere sleutel)." };
      continue;
    }
    const event = /^\d+$/.test(c.seq) ? await client.auditEvent.findUnique({ where: { seq: BigInt(c.seq) }, select: { hash: true } }) : null;
    if (!event) fout = { seq: c.seq, tijdstip: c.tijdstip, reden: `Event ${c.seq} ontbreekt: de nieuwste events zijn verwijderd.` };
    else if (event.hash !== c.hash) fout = { seq: c.seq, tijdstip: c.tijdstip, reden: `Event ${c.seq} heeft een andere hash dan bij het checkpoint.` };
  }
  return { ok: fout === null, aantal: checkpoints.length, fout };
}

let writerStarted = false;

/** In the server process: a checkpoint every AUDIT_CHECKPOINT_MINUTES when key and file are set. */
export function startCheckpointWriter(): void {
  if (writerStarted) return;
  writerStarted = true;
  void (async () => {
    const { serverEnv } = await import("@/lib/env");
    const env = serverEnv();
    if (!env.AUDIT_CHECKPOINT_KEY || !env.AUDIT_CHECKPOINT_FILE) return;
    const key = parsePrivateKey(env.AUDIT_CHECKPOINT_KEY);
    const file = env.AUDIT_CHECKPOINT_FILE;
    const { db } = await import("@/lib/db");
    const tick = async () => {
      try {
        await writeCheckpoint(db(), key, file);
        lastCheckpointAt = new Date();
      } catch (e) {
        const { log, errorFields } = await import("@/lib/server/ops/log");
        log().error(errorFields(e), "audit-checkpoint kon niet worden geschreven");
      }
    };
    await tick();
    setInterval(tick, env.AUDIT_CHECKPOINT_MINUTES * 60_000).unref();
  })();
}
