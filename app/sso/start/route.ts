// GET /sso/start: to the organisation's identity provider (a link, so it works without script and
// is not a form post that the CSP's form-action would stop at the redirect). ?herbevestigen=1:
// the recent sign-in for a besluit or beheer action (max_age at the provider).
import { NextResponse } from "next/server";
import { safeCallbackPath } from "@/lib/domain/callback-path";
import { ATTEMPT_COOKIE, attemptCookieOptions, beginSsoSignIn, sealAttempt, ssoConfigured } from "@/lib/server/auth/oidc";
import { recentSignInMinutes } from "@/lib/server/auth/recent-sign-in";

export async function GET(req: Request): Promise<Response> {
  if (!ssoConfigured()) return new Response("Inloggen via de organisatie is hier niet ingesteld.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const q = new URL(req.url).searchParams;
  const herbevestigen = q.get("herbevestigen") === "1";
  try {
    const { url, attempt } = await beginSsoSignIn({ terug: safeCallbackPath(q.get("callbackUrl") ?? undefined), herbevestigen, maxAge: herbevestigen ? Math.floor(recentSignInMinutes() * 60) : undefined });
    const res = NextResponse.redirect(url, 303);
    res.cookies.set(ATTEMPT_COOKIE, await sealAttempt(attempt), attemptCookieOptions());
    res.headers.set("cache-control", "no-store");
    return res;
  } catch {
    return NextResponse.redirect(new URL("/inloggen?sso=provider_onbereikbaar", req.url), 303);
  }
}
