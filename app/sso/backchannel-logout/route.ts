// POST /sso/backchannel-logout (OpenID Connect Back-Channel Logout 1.0): the provider, server to
// server, says a user signed out there. Every Beslisroute session of that user ends; the rows in
// PostgreSQL decide on every instance, so no instance keeps them alive. A logout token used before
// (same issuer and jti) is refused: 400, `inloggen.mislukt` reden `logout_token_hergebruikt`.
import { verifyLogoutToken } from "@/lib/server/auth/oidc";
import { backchannelLogout } from "@/lib/server/auth/backchannel-logout";
import { recordSsoFailure } from "@/lib/server/auth/sso-accounts";

const answer = (status: number, body?: object) =>
  new Response(body ? JSON.stringify(body) : null, { status, headers: { "cache-control": "no-store", ...(body ? { "content-type": "application/json" } : {}) } });

export async function POST(req: Request): Promise<Response> {
  const form = await req.formData().catch(() => null);
  const token = form?.get("logout_token");
  if (typeof token !== "string" || !token) return answer(400, { error: "invalid_request", error_description: "logout_token ontbreekt" });
  let who;
  try {
    who = await verifyLogoutToken(token);
  } catch (e) {
    await recordSsoFailure("logout_token_ongeldig", { adres: "provider", detail: (e as Error).message });
    return answer(400, { error: "invalid_request", error_description: "logout_token ongeldig" });
  }
  const result = await backchannelLogout(who);
  if (!result.ok) {
    // A replay: the same logout token a second time (spec 2.6 step 8).
    await recordSsoFailure(result.reden, { adres: "provider", issuer: who.issuer, subject: who.subject ?? undefined, detail: `jti ${who.jti}` });
    return answer(400, { error: "invalid_request", error_description: "logout_token al gebruikt" });
  }
  return answer(200);
}
