// GET /sso/callback: the provider sends the browser back with a code (or an error). The code is
// exchanged and the ID token checked, the account found, linked or made (lib/server/auth/
// sso-callback.ts), and the session cookie set through next-auth's own options (lib/auth.ts).
import { cookies, headers } from "next/headers";
import { sessionCookieFor } from "@/lib/auth";
import { ADDRESS_HEADER } from "@/lib/server/auth/client-address";
import { ATTEMPT_COOKIE, appBaseUrl, openAttempt } from "@/lib/server/auth/oidc";
import { completeSsoCallback } from "@/lib/server/auth/sso-callback";
import { currentSession } from "@/lib/server/session";

const redirect = (pad: string) => new Response(null, { status: 303, headers: { location: `${appBaseUrl()}${pad}`, "cache-control": "no-store" } });

export async function GET(req: Request): Promise<Response> {
  const jar = await cookies();
  const adres = (await headers()).get(ADDRESS_HEADER) ?? "onbekend";
  const attempt = await openAttempt(jar.get(ATTEMPT_COOKIE)?.value);
  jar.delete({ name: ATTEMPT_COOKIE, path: "/sso" });
  const huidig = attempt?.herbevestigen ? await currentSession() : null;
  const result = await completeSsoCallback(new URL(req.url).searchParams, attempt, { adres, huidigeSessie: huidig?.ok ? huidig.sessie.sessieId : undefined });
  if (!result.ok) return redirect(`/inloggen?sso=${encodeURIComponent(result.reden)}`);
  if (result.herbevestigd) return redirect("/inloggen/herbevestigd");
  const cookie = await sessionCookieFor(result.user, result.sid);
  jar.set(cookie.name, cookie.value, cookie.options);
  return redirect(result.terug);
}
