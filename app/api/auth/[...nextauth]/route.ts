import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { authOptions, sessionCookie } from "@/lib/auth";
import { serverEnv } from "@/lib/env";
import { checkSession } from "@/lib/server/auth/sessions";
import { AppError, problemResponse } from "@/lib/errors";
import { signInBlocked } from "@/lib/server/limits/rate-limits";
import { ADDRESS_HEADER } from "@/lib/server/auth/client-address";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, ctx: RouteContext) {
  return NextAuth(authOptions())(req, { params: await ctx.params });
}

/**
 * GET and POST: next-auth's own `/api/auth/session` would decode a cookie whose session row was revoked (or
 * went idle) and even re-issue it; it answers "no session" unless the row still counts.
 */
async function sessionStillCounts(req: Request): Promise<boolean> {
  const token = await getToken({ req: req instanceof NextRequest ? req : new NextRequest(req), secret: serverEnv().NEXTAUTH_SECRET, secureCookie: sessionCookie().options.secure });
  return (await checkSession(token?.sid, { background: true })).ok;
}

const NO_SESSION = () => new Response("{}", { headers: { "content-type": "application/json", "cache-control": "no-store" } });

async function get(req: Request, ctx: RouteContext) {
  const { nextauth } = await ctx.params;
  if (nextauth.join("/") === "session" && !(await sessionStillCounts(req))) return NO_SESSION();
  return handler(req, ctx);
}

/**
 * POST /api/auth/callback/credentials: a client that is being held off gets 429 with Retry-After
 * (problem+json, in Dutch) before next-auth sees the request; everything else is next-auth's own.
 */
async function post(req: Request, ctx: RouteContext) {
  const { nextauth } = await ctx.params;
  // POST /api/auth/session (next-auth's "update") must not re-issue a revoked session either.
  if (nextauth.join("/") === "session" && !(await sessionStillCounts(req))) return NO_SESSION();
  if (nextauth.join("/") === "callback/credentials") {
    const form = await req
      .clone()
      .formData()
      .catch(() => null);
    const email = typeof form?.get("email") === "string" ? (form.get("email") as string).trim().toLowerCase() : "";
    const block = email ? await signInBlocked(email, req.headers.get(ADDRESS_HEADER) ?? "onbekend") : null;
    if (block) {
      return problemResponse(new AppError("TOO_MANY_ATTEMPTS", `Te veel mislukte pogingen vanaf dit adres. Probeer het over ${Math.max(1, Math.ceil(block.retryAfter / 60))} minuten opnieuw.`, undefined, { retryAfter: block.retryAfter }), "/api/auth/callback/credentials");
    }
  }
  return handler(req, ctx);
}

export { get as GET, post as POST };
