// Runs before every page and API request (Node runtime). It is not the security boundary: every
// page and use case checks the session itself (lib/server/session.ts). What it does:
// - a Content-Security-Policy with a fresh nonce per page request (Next puts the nonce on its own
//   scripts), a locked-down one for the API and its files, and HSTS behind https;
// - 400 problem+json for a URL with a broken percent-encoding, 403 for a cross-site server action
//   (Next itself would answer 500);
// - signed-out visitors of pages go to /inloggen with the page as callbackUrl;
// - the page's path for the server components (to come back after signing in again).
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { serverEnv } from "@/lib/env";
import { sameOrigin } from "@/lib/domain/same-origin";
import { apiCsp, pageCsp, referentieCsp } from "@/lib/domain/security-headers";
import { AppError, problemResponse } from "@/lib/errors";

const PATH_HEADER = "x-beslisroute-pad";
const PUBLIC_PAGES = /^\/(inloggen|uitloggen|sso)(\/|$)/;

/** The shared problem+json answer (lib/errors), with the API's CSP. */
function problem(code: "BAD_REQUEST" | "FORBIDDEN", detail: string): Response {
  return problemResponse(new AppError(code, detail), undefined, { "content-security-policy": apiCsp() });
}

function https(req: NextRequest): boolean {
  return req.headers.get("x-forwarded-proto") === "https" || req.nextUrl.protocol === "https:" || (serverEnv().NEXTAUTH_URL ?? "").startsWith("https://");
}

export default async function proxy(req: NextRequest) {
  const raw = req.nextUrl.pathname;
  try {
    decodeURIComponent(raw);
  } catch {
    return problem("BAD_REQUEST", "Het adres bevat een ongeldige procentcodering.");
  }
  if (req.method === "POST" && req.headers.has("next-action") && !sameOrigin(req.headers.get("origin"), req.headers.get("x-forwarded-host") ?? req.headers.get("host"))) {
    return problem("FORBIDDEN", "Dit formulier kan alleen vanuit Beslisroute zelf worden verstuurd.");
  }

  const isApi = raw.startsWith("/api/");
  const secure = https(req);
  let res: NextResponse;
  let csp: string;
  if (isApi) {
    // The API reference page runs Swagger UI's script from this server (lib/domain/api-referentie.ts).
    csp = raw === "/api/v1/docs" ? referentieCsp() : apiCsp();
    res = NextResponse.next();
  } else {
    if (!PUBLIC_PAGES.test(raw)) {
      const token = await getToken({ req, secret: serverEnv().NEXTAUTH_SECRET, secureCookie: secure && (serverEnv().NEXTAUTH_URL ?? "").startsWith("https://") });
      if (!token) {
        const url = req.nextUrl.clone();
        url.pathname = "/inloggen";
        url.search = `?callbackUrl=${encodeURIComponent(raw + req.nextUrl.search)}`;
        return NextResponse.redirect(url);
      }
    }
    const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
    const issuer = serverEnv().OIDC_ISSUER;
    csp = pageCsp(nonce, { dev: process.env.NODE_ENV === "development", formAction: issuer ? new URL(issuer).origin : undefined });
    const requestHeaders = new Headers(req.headers);
    requestHeaders.set("content-security-policy", csp);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set(PATH_HEADER, raw + req.nextUrl.search);
    res = NextResponse.next({ request: { headers: requestHeaders } });
  }
  res.headers.set("content-security-policy", csp);
  if (secure) res.headers.set("strict-transport-security", "max-age=31536000; includeSubDomains");
  return res;
}

export const config = {
  // Everything but the build's static files (they get the fixed headers of next.config.ts).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
