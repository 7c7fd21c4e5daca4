// POST /sso/backchannel-logout (OpenID Connect Back-Channel Logout 1.0): the provider, server to
// server, says a user signed out there. Every Beslisroute session of that user ends; the rows in
// PostgreSQL decide on every instance, so no instance keeps them alive.
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
  await backchannelLogout(who);
  return answer(200);
}
