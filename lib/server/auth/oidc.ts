import "server-only";
// Single sign-on with the organisation's OpenID Provider (Entra ID, ADFS, Keycloak …) through
// openid-client 6 (README "Single sign-on" says why this library): authorization code flow with
// PKCE, state and nonce; the ID token's issuer, audience, expiry and signature (from the
// provider's JWKS, refetched when a token names a key it does not know) are checked by the library.
// What happens after a valid ID token (which account, which roles, the session) is in
// sso-accounts.ts; the OpenID Connect Back-Channel Logout 1.0 token is checked here too.
import * as client from "openid-client";
import { EncryptJWT, jwtDecrypt, jwtVerify, createRemoteJWKSet, customFetch, importPKCS8, type JWTPayload } from "jose";
import { hkdfSync } from "node:crypto";
import { serverEnv } from "@/lib/env";

/** Whether SSO is configured (issuer and client id). */
export function ssoConfigured(): boolean {
  const env = serverEnv();
  return Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID);
}

/** The public base of this application (the redirect URI is built on it, never on a request header). */
export function appBaseUrl(): string {
  const env = serverEnv();
  return (env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

export const SSO_CALLBACK_PATH = "/sso/callback";
export const SSO_BACKCHANNEL_PATH = "/sso/backchannel-logout";
export const redirectUri = () => `${appBaseUrl()}${SSO_CALLBACK_PATH}`;

// The transport to the provider. Tests put a man in the middle here (a tampered ID token, one
// delivered too late); the provider, its token endpoint and its keys stay real.
let transport: typeof fetch | undefined;
export function setOidcTransportForTests(f: typeof fetch | undefined): void {
  transport = f;
}
const viaTransport = ((input: string | URL | Request, init?: RequestInit) => (transport ?? fetch)(input, init)) as unknown as client.CustomFetch;

let configuration: Promise<client.Configuration> | undefined;

let clockSkewSeconds = 0;
/** Tests: judge tokens as if the local clock were this many seconds ahead (a token delivered late). */
export function setOidcClockSkewForTests(seconds: number): void {
  clockSkewSeconds = seconds;
}

/**
 * A Configuration for one sign-in, on the discovered metadata: its own JWKS fetch, so a key the
 * provider rotated in is used at once (openid-client refetches an unknown kid only after 60 s
 * within one Configuration). One GET of the JWKS per sign-in is cheap next to the sign-in itself.
 */
async function signInConfiguration(): Promise<client.Configuration> {
  const env = serverEnv();
  const discovered = await oidcConfiguration();
  const config = new client.Configuration(discovered.serverMetadata(), env.OIDC_CLIENT_ID!, { [client.clockSkew]: clockSkewSeconds } as never, await clientAuth());
  if (env.OIDC_ALLOW_HTTP) client.allowInsecureRequests(config);
  config[client.customFetch] = viaTransport;
  // Check the ID token's signature against the provider's JWKS even though it came straight from
  // the token endpoint (OpenID Connect allows relying on TLS there; we do not).
  client.enableNonRepudiationChecks(config);
  return config;
}

/** Forget the discovered provider metadata (and with it the cached JWKS). */
export function resetOidcConfiguration(): void {
  configuration = undefined;
}

async function clientAuth(): Promise<client.ClientAuth> {
  const env = serverEnv();
  if (env.OIDC_PRIVATE_KEY) {
    const key = await importPKCS8(env.OIDC_PRIVATE_KEY.replace(/\\n/g, "\n"), env.OIDC_PRIVATE_KEY_ALG);
    return client.PrivateKeyJwt(key, env.OIDC_PRIVATE_KEY_ID ? { [client.modifyAssertion]: (h) => void (h.kid = env.OIDC_PRIVATE_KEY_ID) } : undefined);
  }
  return client.ClientSecretBasic(env.OIDC_CLIENT_SECRET);
}

/** The provider's metadata (discovery), fetched once per process and on failure again. */
export function oidcConfiguration(): Promise<client.Configuration> {
  configuration ??= (async () => {
    const env = serverEnv();
    if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID) throw new Error("SSO is niet ingesteld (OIDC_ISSUER, OIDC_CLIENT_ID)");
    const config = await client.discovery(new URL(env.OIDC_ISSUER), env.OIDC_CLIENT_ID, undefined, await clientAuth(), {
      execute: env.OIDC_ALLOW_HTTP ? [client.allowInsecureRequests] : [],
      [client.customFetch]: viaTransport,
    });
    config[client.customFetch] = viaTransport;
    return config;
  })().catch((e) => {
    configuration = undefined;
    throw e;
  });
  return configuration;
}

// The attempt in flight (state, nonce, PKCE verifier, where to return) lives in an encrypted,
// HttpOnly cookie for ten minutes, so it is bound to this browser and needs no table.
export const ATTEMPT_COOKIE = "beslisroute.sso";
const ATTEMPT_MINUTES = 10;
const attemptKey = () => new Uint8Array(hkdfSync("sha256", serverEnv().NEXTAUTH_SECRET, "beslisroute", "sso-poging", 32));

export interface SsoAttempt {
  state: string;
  nonce: string;
  verifier: string;
  terug: string;
  /** Set when the provider must have authenticated the user at most this many seconds ago. */
  maxAge?: number;
  /** Re-confirming an existing session (recent sign-in) instead of starting a new one. */
  herbevestigen?: boolean;
}

export async function sealAttempt(a: SsoAttempt): Promise<string> {
  return new EncryptJWT({ ...a }).setProtectedHeader({ alg: "dir", enc: "A256GCM" }).setIssuedAt().setExpirationTime(`${ATTEMPT_MINUTES}m`).encrypt(attemptKey());
}

export async function openAttempt(value: string | undefined): Promise<SsoAttempt | null> {
  if (!value) return null;
  try {
    const { payload } = await jwtDecrypt(value, attemptKey());
    return payload as unknown as SsoAttempt;
  } catch {
    return null;
  }
}

export const attemptCookieOptions = () => ({
  httpOnly: true,
  sameSite: "lax" as const,
  path: "/sso",
  secure: appBaseUrl().startsWith("https://"),
  maxAge: ATTEMPT_MINUTES * 60,
});

/** The provider's authorization URL for a new attempt, and the attempt to keep in the cookie. */
export async function beginSsoSignIn(opts: { terug: string; maxAge?: number; herbevestigen?: boolean }): Promise<{ url: URL; attempt: SsoAttempt }> {
  const config = await oidcConfiguration();
  const verifier = client.randomPKCECodeVerifier();
  const attempt: SsoAttempt = { state: client.randomState(), nonce: client.randomNonce(), verifier, terug: opts.terug, maxAge: opts.maxAge, herbevestigen: opts.herbevestigen };
  const params: Record<string, string> = {
    redirect_uri: redirectUri(),
    scope: serverEnv().OIDC_SCOPES,
    response_type: "code",
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state: attempt.state,
    nonce: attempt.nonce,
  };
  if (opts.maxAge !== undefined) params.max_age = String(opts.maxAge);
  return { url: client.buildAuthorizationUrl(config, params), attempt };
}

/** Why an SSO sign-in was refused (the reason in the audit event `inloggen.mislukt`). */
export type SsoFailure =
  | "geen_poging" // no attempt cookie (expired, other browser, or a forged callback)
  | "state_onjuist"
  | "nonce_onjuist"
  | "verlopen"
  | "handtekening_onjuist"
  | "sleutel_onbekend"
  | "issuer_of_audience_onjuist"
  | "aanmelding_te_oud"
  | "token_ongeldig"
  | "provider_weigert"
  | "provider_onbereikbaar";

export class SsoError extends Error {
  constructor(
    readonly reden: SsoFailure,
    readonly detail?: string,
  ) {
    super(`SSO geweigerd: ${reden}${detail ? ` (${detail})` : ""}`);
  }
}

/** Maps openid-client's (oauth4webapi's) refusal to our reason. */
export function classifyOidcError(e: unknown): SsoFailure {
  // openid-client wraps oauth4webapi's error (with the claim that failed in its cause).
  const outer = e as { code?: string; message?: string; cause?: unknown };
  const inner = (outer.cause instanceof Error ? outer.cause : outer) as { code?: string; message?: string; cause?: unknown };
  const err = { code: outer.code ?? inner.code, message: `${outer.message ?? ""} ${inner.message ?? ""}` };
  const claim = (inner.cause as { claim?: string } | undefined)?.claim ?? (outer.cause as { claim?: string } | undefined)?.claim;
  const msg = err.message;
  if (err.code === "OAUTH_AUTHORIZATION_RESPONSE_ERROR") return "provider_weigert";
  if (err.code === "OAUTH_JWT_TIMESTAMP_CHECK_FAILED") return claim === "auth_time" ? "aanmelding_te_oud" : "verlopen";
  if (err.code === "OAUTH_JWT_CLAIM_COMPARISON_FAILED") return claim === "nonce" ? "nonce_onjuist" : claim === "iss" || claim === "aud" || claim === "azp" ? "issuer_of_audience_onjuist" : "token_ongeldig";
  if (err.code === "OAUTH_KEY_SELECTION_FAILED") return "sleutel_onbekend";
  if (/signature verification failed/i.test(msg)) return "handtekening_onjuist";
  if (/"state"/.test(msg)) return "state_onjuist";
  if (err.code === "OAUTH_RESPONSE_BODY_ERROR") return "provider_weigert";
  if (e instanceof TypeError || /fetch failed|ECONNREFUSED/.test(msg)) return "provider_onbereikbaar";
  return "token_ongeldig";
}

export interface SsoIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  naam: string | null;
  groepen: string[];
  /** When the provider last authenticated the user (auth_time), else now. */
  authTijdstip: Date;
  idToken: string;
  sid: string | null;
}

/**
 * Completes the attempt: the code is exchanged at the provider's token endpoint (with the PKCE
 * verifier), and the ID token checked (signature, issuer, audience, expiry, nonce, and auth_time
 * against max_age when asked). Throws SsoError with the reason.
 */
export async function finishSsoSignIn(callbackQuery: URLSearchParams, attempt: SsoAttempt | null): Promise<SsoIdentity> {
  if (!attempt) throw new SsoError("geen_poging");
  const config = await signInConfiguration();
  const current = new URL(redirectUri());
  current.search = callbackQuery.toString();
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: attempt.verifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      maxAge: attempt.maxAge,
      idTokenExpected: true,
    });
  } catch (e) {
    throw new SsoError(classifyOidcError(e), callbackQuery.get("error") ?? (e as Error).message);
  }
  const claims = tokens.claims();
  if (!claims || !tokens.id_token) throw new SsoError("token_ongeldig", "geen ID token");
  const groepenClaim = claims[serverEnv().OIDC_GROUPS_CLAIM];
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : null;
  return {
    issuer: claims.iss,
    subject: claims.sub,
    email,
    emailVerified: claims.email_verified === true,
    naam: typeof claims.name === "string" ? claims.name : null,
    groepen: Array.isArray(groepenClaim) ? groepenClaim.filter((g): g is string => typeof g === "string") : typeof groepenClaim === "string" ? [groepenClaim] : [],
    authTijdstip: typeof claims.auth_time === "number" ? new Date(claims.auth_time * 1000) : new Date(),
    idToken: tokens.id_token,
    sid: typeof claims.sid === "string" ? claims.sid : null,
  };
}

/** The provider's logout (RP-initiated logout), when it offers one; back to our sign-in page. */
export async function providerLogoutUrl(idToken: string | null): Promise<string | null> {
  const config = await oidcConfiguration().catch(() => null);
  if (!config?.serverMetadata().end_session_endpoint) return null;
  const params: Record<string, string> = { post_logout_redirect_uri: `${appBaseUrl()}/inloggen?reden=afgemeld`, client_id: config.clientMetadata().client_id };
  if (idToken) params.id_token_hint = idToken;
  return client.buildEndSessionUrl(config, params).href;
}

const BACKCHANNEL_EVENT = "http://schemas.openid.net/event/backchannel-logout";
let jwks: { uri: string; set: ReturnType<typeof createRemoteJWKSet> } | undefined;

/**
 * OpenID Connect Back-Channel Logout 1.0, section 2.6: the logout token is a JWT signed by the
 * provider (its JWKS), issued to us (aud = client id), recent (iat), with the back-channel logout
 * event, a sub and/or sid, and no nonce. Returns who (and which provider session) to sign out.
 */
export interface LogoutTokenClaims {
  issuer: string;
  subject: string | null;
  sid: string | null;
  /** The token's id: a second use of it is a replay (backchannel-logout.ts remembers it). */
  jti: string;
  /** Until when the token could be accepted at all (iat + the 5 minutes allowed). */
  aanvaardbaarTot: Date;
}

export const LOGOUT_TOKEN_MAX_AGE_SECONDS = 300;

export async function verifyLogoutToken(token: string): Promise<LogoutTokenClaims> {
  const config = await oidcConfiguration();
  const meta = config.serverMetadata();
  if (!meta.jwks_uri) throw new Error("provider zonder jwks_uri");
  if (jwks?.uri !== meta.jwks_uri) jwks = { uri: meta.jwks_uri, set: createRemoteJWKSet(new URL(meta.jwks_uri), { [customFetch]: viaTransport as never }) };
  const { payload } = await jwtVerify(token, jwks.set, {
    issuer: meta.issuer,
    audience: config.clientMetadata().client_id,
    maxTokenAge: LOGOUT_TOKEN_MAX_AGE_SECONDS,
    requiredClaims: ["iat", "jti", "events"],
  });
  const p = payload as JWTPayload & { events?: Record<string, unknown>; sid?: unknown; nonce?: unknown };
  if (!p.events || typeof p.events !== "object" || !(BACKCHANNEL_EVENT in p.events)) throw new Error("logout token zonder back-channel logout event");
  if (p.nonce !== undefined) throw new Error("logout token met nonce");
  const sid = typeof p.sid === "string" ? p.sid : null;
  if (!p.sub && !sid) throw new Error("logout token zonder sub en sid");
  if (typeof p.jti !== "string" || !p.jti || p.jti.length > 200) throw new Error("logout token zonder bruikbare jti");
  return { issuer: p.iss!, subject: p.sub ?? null, sid, jti: p.jti, aanvaardbaarTot: new Date((p.iat! + LOGOUT_TOKEN_MAX_AGE_SECONDS) * 1000) };
}

/** A test's provider rotated its keys or restarted: forget the cached JWKS of the logout tokens. */
export function resetLogoutJwks(): void {
  jwks = undefined;
}
