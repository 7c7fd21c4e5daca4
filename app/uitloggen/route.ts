// POST /uitloggen (the "Uitloggen" button, a plain form): every session of the user ends on every
// instance, the cookie is removed, and the sign-in page says so. A cross-site POST is refused.
import { headers } from "next/headers";
import { sessionCookie } from "@/lib/auth";
import { currentSession } from "@/lib/server/session";
import { providerLogoutUrl } from "@/lib/server/auth/oidc";
import { ssoIdTokenOf } from "@/lib/server/auth/sso-accounts";
import { signOutUser } from "@/lib/server/auth/sessions";
import { ADDRESS_HEADER } from "@/lib/server/auth/client-address";
import { AppError, problemResponse } from "@/lib/errors";
import { sameOrigin } from "@/lib/domain/same-origin";

export async function POST(req: Request): Promise<Response> {
  const h = await headers();
  if (!sameOrigin(req.headers.get("origin"), req.headers.get("x-forwarded-host") ?? req.headers.get("host"))) {
    return problemResponse(new AppError("FORBIDDEN", "Uitloggen kan alleen vanuit Beslisroute zelf."), "/uitloggen");
  }
  const s = await currentSession();
  // An SSO session: after ours ends, the provider's too (RP-initiated logout), back to /inloggen.
  const naarProvider = s.ok && s.sessie.soort === "sso" ? await providerLogoutUrl(await ssoIdTokenOf(s.sessie.sessieId)) : null;
  if (s.ok) await signOutUser(s.actor.id, { adres: h.get(ADDRESS_HEADER) ?? "onbekend" });
  const cookie = sessionCookie();
  const expired = `${cookie.name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${cookie.options.secure ? "; Secure" : ""}`;
  return new Response(null, { status: 303, headers: { location: naarProvider ?? "/inloggen?reden=afgemeld", "set-cookie": expired, "cache-control": "no-store" } });
}
