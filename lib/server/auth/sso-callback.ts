import "server-only";
// The callback's work, apart from cookies (app/sso/callback/route.ts sets them): the ID token
// checked, the account found, linked or made, the session started or renewed; every refusal is an
// `inloggen.mislukt` event with its reason.
import { SsoError, finishSsoSignIn, type SsoAttempt } from "@/lib/server/auth/oidc";
import { recordSsoFailure, signInWithIdentity, type SsoAccountResult } from "@/lib/server/auth/sso-accounts";

export type SsoCallbackResult = (SsoAccountResult & { ok: true; terug: string; herbevestigd: boolean }) | { ok: false; reden: string };

export async function completeSsoCallback(query: URLSearchParams, attempt: SsoAttempt | null, ctx: { adres: string; huidigeSessie?: string }): Promise<SsoCallbackResult> {
  let identity;
  try {
    identity = await finishSsoSignIn(query, attempt);
  } catch (e) {
    const reden = e instanceof SsoError ? e.reden : "token_ongeldig";
    await recordSsoFailure(reden, { adres: ctx.adres, detail: e instanceof SsoError ? e.detail : String(e) });
    return { ok: false, reden };
  }
  const herbevestig = attempt?.herbevestigen ? ctx.huidigeSessie : undefined;
  const result = await signInWithIdentity(identity, { adres: ctx.adres, herbevestigSessie: herbevestig });
  if (!result.ok) return result;
  return { ...result, terug: attempt!.terug, herbevestigd: Boolean(herbevestig) && result.sid === herbevestig };
}
