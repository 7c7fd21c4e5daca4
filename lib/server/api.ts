import "server-only";
import { ZodError } from "zod";
import { AppError, isAppError, problemResponse, validationError } from "@/lib/errors";
import { requireApiActor } from "@/lib/server/session";
import { apiCsp } from "@/lib/domain/security-headers";
import { limitExpensive } from "@/lib/server/limits/rate-limits";
import type { Actor } from "@/lib/domain/actor";
import { idempotent } from "@/lib/server/ops/idempotency";
import { withSlot } from "@/lib/server/ops/concurrency";
import { serverEnv } from "@/lib/env";
import { noteDatabaseError } from "@/lib/server/ops/database-status";
import { errorFields, log } from "@/lib/server/ops/log";
import { kiesVorm } from "@/lib/domain/accept";
import { MAX_JSON_BODY_BYTES, readBodyLimited } from "@/lib/server/request-body";

type Handler<C> = (req: Request, ctx: C) => Promise<Response>;

/** Wraps a route handler: AppError and ZodError become problem+json; anything else a logged 500. */
export function apiRoute<C>(handler: Handler<C>): Handler<C> {
  return async (req, ctx) => {
    try {
      return await handler(req, ctx);
    } catch (e) {
      return errorToResponse(e, new URL(req.url).pathname);
    }
  };
}

/** Like apiRoute, for routes that need a signed-in actor. */
export function authedRoute<C>(handler: (req: Request, ctx: C, actor: Actor) => Promise<Response>): Handler<C> {
  return apiRoute(async (req, ctx) => {
    const actor = await requireApiActor(req);
    // Inside: an error answer (a 400, a 409) is kept for the key like any other answer.
    return idempotent(req, actor.id, () => handler(req, ctx, actor).catch((e: unknown) => errorToResponse(e, new URL(req.url).pathname)));
  });
}

export function errorToResponse(e: unknown, instance?: string): Response {
  if (isAppError(e)) return problemResponse(e, instance);
  if (e instanceof ZodError) return problemResponse(validationError(e), instance);
  if (noteDatabaseError(e)) {
    log().warn({ route: instance }, "database niet bereikbaar");
    return problemResponse(new AppError("SERVICE_UNAVAILABLE", "De database is tijdelijk niet bereikbaar. Probeer het over enkele seconden opnieuw.", undefined, { retryAfter: 5 }), instance);
  }
  log().error({ route: instance, ...errorFields(e) }, "onverwachte fout");
  return problemResponse(new AppError("INTERNAL", "Er ging iets mis. Probeer het later opnieuw."), instance);
}

export function json(data: unknown, init?: ResponseInit): Response {
  const headers = new Headers(init?.headers);
  headers.set("content-type", "application/json; charset=utf-8");
  if (!headers.has("cache-control")) headers.set("cache-control", "no-store");
  return new Response(JSON.stringify(data), { ...init, headers });
}

/** Reads a JSON body; a body that is not JSON is a 400, not a 500. */
export async function readJson(req: Request): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Stuur de gegevens als application/json.");
  }
  const bytes = await readBodyLimited(req, MAX_JSON_BODY_BYTES, "Een verzoek mag hoogstens 2 MB JSON bevatten.");
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new AppError("BAD_REQUEST", "De inhoud is geen geldige JSON.");
  }
}

/** The caller for a use case: the actor and the request id (from X-Request-Id or fresh). */
export function callerFor(req: Request, actor: Actor) {
  const given = req.headers.get("x-request-id");
  const requestId = given && /^[\w.:-]{1,100}$/.test(given) ? given : crypto.randomUUID();
  return { actor, requestId };
}

/** ETag of a nota version. */
export const etagFor = (versie: number) => `"${versie}"`;

/**
 * The version the client saw, from If-Match. Missing: 428 (checked before the body is read);
 * not a version we issued: 400.
 */
export function requireIfMatch(req: Request): number {
  const header = req.headers.get("if-match");
  if (!header) throw new AppError("PRECONDITION_REQUIRED", 'Stuur de ETag van de versie die u zag mee in de kop If-Match (bijvoorbeeld If-Match: "3").');
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!m) throw new AppError("BAD_REQUEST", "De kop If-Match bevat geen geldige ETag van een notaversie.");
  return Number(m[1]);
}

/** A nota as JSON with its ETag. */
export function notaResponse(dto: { versie: number }, status = 200, extra?: HeadersInit): Response {
  const headers = new Headers(extra);
  headers.set("etag", etagFor(dto.versie));
  return json(dto, { status, headers });
}

type IdCtx = { params: Promise<{ id: string }> };

/** A route for a nota mutation: If-Match, JSON body, one use case, the nota back with its ETag. */
export function notaMutation(fn: (caller: { actor: Actor; requestId: string }, notaId: string, expectedVersion: number, body: unknown) => Promise<{ versie: number }>) {
  return authedRoute<IdCtx>(async (req, ctx, actor) => {
    const { id } = await ctx.params;
    const version = requireIfMatch(req);
    const body = await readJson(req);
    return notaResponse(await fn(callerFor(req, actor), id, version, body));
  });
}

// ---------------------------------------------------------------------------------------------
// Files (exports)

export interface FileBody {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
}

/**
 * A produced file as the response: its Content-Type, and as an attachment under its name
 * (Content-Disposition, with an RFC 5987 UTF-8 form next to the ASCII one). Never cached by shared
 * caches; a CSP that lets nothing run (HTML included), as on every API answer.
 */
export function fileResponse(file: FileBody, init?: ResponseInit): Response {
  const headers = new Headers(init?.headers);
  headers.set("content-type", file.contentType);
  const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\;]/g, "_");
  headers.set("content-disposition", `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
  headers.set("content-length", String(file.bytes.byteLength));
  if (!headers.has("cache-control")) headers.set("cache-control", "private, no-store");
  headers.set("x-content-type-options", "nosniff");
  headers.set("content-security-policy", apiCsp());
  return new Response(new Uint8Array(file.bytes).buffer as ArrayBuffer, { ...init, headers });
}

type FileFn = (caller: { actor: Actor; requestId: string }, id: string) => Promise<FileBody>;

/** Renders one document for the actor: a per-user limit and a per-process bound on renders at once. */
export async function renderFile(req: Request, actor: Actor, id: string, fn: FileFn): Promise<Response> {
  // Rendering documents is the costliest work the server does: a per-user limit (429 + Retry-After).
  await limitExpensive(actor.id);
  // And a bound per process on documents rendered at once (503 + Retry-After beyond a short queue).
  const file = await withSlot("render", { limit: serverEnv().RENDER_CONCURRENCY, detail: "Er worden nu veel documenten tegelijk gemaakt. Probeer het over enkele seconden opnieuw." }, () => fn(callerFor(req, actor), id));
  return fileResponse(file, { headers: { vary: "Accept" } });
}

/**
 * GET of a file about one resource (a nota, an MR meeting): the use case gets the caller and the id.
 * The browser's download links (…/kamerbrief.pdf) use this; in the API the same use case sits
 * behind one resource with content negotiation (documentRoute).
 */
export function fileRoute(fn: FileFn) {
  return authedRoute<IdCtx>(async (req, ctx, actor) => renderFile(req, actor, (await ctx.params).id, fn));
}

/** The form Accept asks for among `forms` (media type → use case); none fits: 406. */
export function chooseForm<T extends string>(req: Request, forms: readonly T[]): T {
  const form = kiesVorm(req.headers.get("accept"), forms);
  if (!form) throw new AppError("NOT_ACCEPTABLE", `Dit document is er als ${forms.join(" of ")}; vraag een daarvan in de kop Accept.`);
  return form;
}

/** One document resource in several forms, chosen with the Accept header (406 when none fits). */
export function documentRoute(forms: Record<string, FileFn>) {
  const offered = Object.keys(forms);
  return authedRoute<IdCtx>(async (req, ctx, actor) => {
    const form = chooseForm(req, offered);
    return renderFile(req, actor, (await ctx.params).id, forms[form]!);
  });
}

/** A nota command without a body (e.g. publiceren): If-Match, one use case, the nota back with its ETag. */
export function notaCommand(fn: (caller: { actor: Actor; requestId: string }, notaId: string, expectedVersion: number) => Promise<{ versie: number }>) {
  return authedRoute<IdCtx>(async (req, ctx, actor) => {
    const { id } = await ctx.params;
    const version = requireIfMatch(req);
    return notaResponse(await fn(callerFor(req, actor), id, version));
  });
}
