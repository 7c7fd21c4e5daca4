// Idempotency-Key for POST (draft-ietf-httpapi-idempotency-key-header): a client that timed out
// can send the same request again with the same key and gets the first answer back instead of a
// second nota. Kept in PostgreSQL, so a retry that lands on another instance is answered the same.
//
// - First request with a key: a row is claimed (status null), the request runs, its answer is kept
//   for 24 hours (2xx and 4xx; not 401/429/5xx, which a retry may well get past).
// - The use case's transaction marks the row "committed" (status 0) in the same commit as the change
//   (lib/server/tx.ts), so a crash between commit and keeping the answer is never run a second time.
// - Same key, same request, answer kept: replayed with `Idempotent-Replayed: true`.
// - Same key, another request: 409. Same key while the first is still running: 409 + Retry-After.
import "server-only";
import { MAX_UPLOAD_BODY_BYTES, readBodyLimited } from "@/lib/server/request-body";
import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/server/tx";

export const IDEMPOTENCY_HEADER = "idempotency-key";
const KEY = /^"?([\x21\x23-\x7e]{1,255})"?$/;
const KEEP_HOURS = 24;
/**
 * A claim without a commit that is older than this belongs to a request that died (or whose
 * database went away before the claim could be released): take it over. Longer than any request
 * may hold a statement (15 s) with room to spare.
 */
const ABANDONED_SECONDS = 30;
const COMMITTED = 0;
const KEPT_HEADERS = ["content-type", "location", "etag"];

const g = globalThis as unknown as { beslisrouteIdempotency?: AsyncLocalStorage<{ id: string }> };
const scope: AsyncLocalStorage<{ id: string }> = (g.beslisrouteIdempotency ??= new AsyncLocalStorage());

/** Inside a use case's transaction: marks this request's key as committed with the change. */
export async function markIdempotentCommit(tx: Tx): Promise<void> {
  const claim = scope.getStore();
  if (!claim) return;
  await tx.$executeRaw`UPDATE "IdempotentVerzoek" SET status = ${COMMITTED} WHERE id = ${claim.id}::uuid AND status IS NULL`;
}

function keep(status: number): boolean {
  return (status >= 200 && status < 300) || (status >= 400 && status < 500 && status !== 401 && status !== 429);
}

interface Row { id: string; verzoekHash: string; status: number | null; antwoord: Uint8Array | null; kopjes: unknown; aangemaaktOp: Date; verlooptOp: Date }

/** Runs a POST once per (user, key): the first answer for a repeat, 409 for a different request. */
export async function idempotent(req: Request, gebruikerId: string, run: () => Promise<Response>): Promise<Response> {
  const header = req.headers.get(IDEMPOTENCY_HEADER);
  if (header === null || req.method !== "POST") return run();
  const m = KEY.exec(header.trim());
  if (!m) throw new AppError("BAD_REQUEST", "De kop Idempotency-Key moet 1 tot 255 zichtbare tekens bevatten (bijvoorbeeld een UUID).");
  const sleutel = m[1]!;
  // An upload over every limit is refused by the route before it is read (413); do not read it here.
  if (Number(req.headers.get("content-length") ?? 0) > MAX_UPLOAD_BODY_BYTES) return run();
  const pad = new URL(req.url).pathname;
  // A copy of the body for its hash, held to the same limit (a chunked body has no Content-Length).
  const body = await readBodyLimited(req.clone(), MAX_UPLOAD_BODY_BYTES, "Een verzoek mag hoogstens 20 MB groot zijn.");
  const verzoekHash = createHash("sha256").update(`${req.method} ${pad}\n`).update(body).digest("hex");

  const claimed = await claim(gebruikerId, sleutel, req.method, pad, verzoekHash);
  if (!claimed.id) return answerFor(claimed.row!, verzoekHash);

  const id = claimed.id;
  let res: Response;
  try {
    res = await scope.run({ id }, run);
  } catch (e) {
    await release(id);
    throw e;
  }
  if (keep(res.status)) {
    const bytes = new Uint8Array(await res.clone().arrayBuffer());
    const kopjes = Object.fromEntries(KEPT_HEADERS.flatMap((h) => (res.headers.get(h) ? [[h, res.headers.get(h)!]] : [])));
    await db().idempotentVerzoek.update({ where: { id }, data: { status: res.status, antwoord: bytes, kopjes } });
  } else {
    await release(id);
  }
  return res;
}

/**
 * Nothing a retry should be stuck with: the key is freed unless the change did commit. When the
 * database is away that fails too; the claim then counts as abandoned after ABANDONED_SECONDS.
 */
async function release(id: string): Promise<void> {
  await db().$executeRaw`DELETE FROM "IdempotentVerzoek" WHERE id = ${id}::uuid AND status IS NULL`.catch(() => {});
}

async function claim(gebruikerId: string, sleutel: string, methode: string, pad: string, verzoekHash: string): Promise<{ id?: string; row?: Row }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const inserted = await db().$queryRaw<{ id: string }[]>`
      INSERT INTO "IdempotentVerzoek" (id, "gebruikerId", sleutel, methode, pad, "verzoekHash", "verlooptOp")
      VALUES (gen_random_uuid(), ${gebruikerId}::uuid, ${sleutel}, ${methode}, ${pad}, ${verzoekHash}, now() + make_interval(hours => ${KEEP_HOURS}))
      ON CONFLICT ("gebruikerId", sleutel) DO NOTHING RETURNING id`;
    if (inserted[0]) {
      if (Math.random() < 0.01) void db().$executeRaw`DELETE FROM "IdempotentVerzoek" WHERE "verlooptOp" < now()`.catch(() => {});
      return { id: inserted[0].id };
    }
    const row = await db().idempotentVerzoek.findUnique({ where: { gebruikerId_sleutel: { gebruikerId, sleutel } } });
    if (!row) continue; // removed in between: claim again
    if (row.verlooptOp.getTime() < Date.now()) {
      await db().idempotentVerzoek.deleteMany({ where: { id: row.id, verlooptOp: { lt: new Date() } } });
      continue;
    }
    if (row.verzoekHash === verzoekHash && row.status === null && row.aangemaaktOp.getTime() < Date.now() - ABANDONED_SECONDS * 1000) {
      // The first request died before its change committed: nothing happened, run it now.
      const taken = await db().idempotentVerzoek.updateMany({ where: { id: row.id, status: null, aangemaaktOp: row.aangemaaktOp }, data: { aangemaaktOp: new Date() } });
      if (taken.count === 1) return { id: row.id };
      continue;
    }
    return { row };
  }
  throw new AppError("CONFLICT", "Deze Idempotency-Key wordt tegelijk door meerdere verzoeken gebruikt.", undefined, { retryAfter: 1 });
}

function answerFor(row: Row, verzoekHash: string): Response {
  if (row.verzoekHash !== verzoekHash) {
    throw new AppError("CONFLICT", "Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik voor elk nieuw verzoek een nieuwe sleutel.");
  }
  if (row.status === null || (row.status === COMMITTED && row.aangemaaktOp.getTime() > Date.now() - ABANDONED_SECONDS * 1000)) {
    throw new AppError("CONFLICT", "Het eerste verzoek met deze Idempotency-Key wordt nog verwerkt. Probeer het over een ogenblik opnieuw.", undefined, { retryAfter: 1 });
  }
  if (row.status === COMMITTED || !row.antwoord) {
    throw new AppError("CONFLICT", "Het verzoek met deze Idempotency-Key is al uitgevoerd, maar het antwoord is niet bewaard. Haal de huidige toestand op met GET.");
  }
  const headers = new Headers((row.kopjes ?? {}) as Record<string, string>);
  headers.set("idempotent-replayed", "true");
  headers.set("cache-control", "no-store");
  return new Response(new Uint8Array(row.antwoord).buffer as ArrayBuffer, { status: row.status, headers });
}
