// A real, standards-compliant OpenID Provider (oidc-provider 9, an OpenID-certified implementation)
// for the tests and for `SSO_DEMO=true npm start`: test users with passwords and groups, the
// authorization code flow with PKCE, RP-initiated logout and Back-Channel Logout 1.0. Nothing is
// mocked: tokens are signed with keys the provider publishes at its jwks_uri, and rotateKeys()
// restarts it with a new signing key (the old one still published), as a real provider rotates.
import http from "node:http";
import { exportJWK, generateKeyPair, type JWK } from "jose";
import Provider, { type Configuration } from "oidc-provider";

export interface TestAccount {
  sub: string;
  login: string;
  email: string;
  emailVerified?: boolean;
  naam: string;
  wachtwoord: string;
  groepen: string[];
  /** Disabled at the provider: the next sign-in is refused (access_denied). */
  uitgeschakeld?: boolean;
}

export interface ProviderOptions {
  port: number;
  clientId: string;
  clientSecret: string;
  /** The RP's base URL (redirect, post-logout and back-channel logout URIs are built on it). */
  appUrl: string;
  /** Where the provider posts logout tokens (default: the app's /sso/backchannel-logout). */
  backchannelLogoutUri?: string;
  accounts: TestAccount[];
  /**
   * Tests only: a secret that opens the control channel on the provider's own port
   * (`POST /__test/<secret>/sleutels-roteren`, `…/afwijking/<soort>`, `…/klok-vooruit/<seconden>`).
   * Without it (the demo) there is no such path.
   */
  controlSecret?: string;
  /** Lifetime of ID tokens in seconds (default 3600). */
  idTokenTtl?: number;
}

/**
 * What the provider does wrong, once, at the next sign-in (the e2e control channel, below):
 * - "gemanipuleerd": the ID token in the token endpoint's answer is altered on its way out (another
 *   `sub`), its signature left as it was — a man in the middle between app and provider;
 * - "andere_nonce": the authorization request reaches the provider with another nonce, so the
 *   provider really signs an ID token whose nonce is not the app's;
 * - "verlopen": the provider's clock runs two hours behind while it issues the tokens, so the ID
 *   token it really signs expired long ago.
 */
export type Afwijking = "gemanipuleerd" | "andere_nonce" | "verlopen";

export interface RunningProvider {
  issuer: string;
  accounts: Map<string, TestAccount>;
  /** The next sign-in goes wrong in this way (once). */
  afwijkenBijVolgende(a: Afwijking | null): void;
  /** A new signing key first in the published set; the previous ones stay published. */
  rotateKeys(): Promise<string>;
  /** The kid the provider signs with now. */
  signingKid(): string;
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${esc(title)}</title><meta name="viewport" content="width=device-width, initial-scale=1"><style>body{font-family:sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}label,input,button{display:block;margin:.4rem 0}input{padding:.4rem;width:100%}button{padding:.5rem 1rem;margin-top:1rem}.fout{color:#a00}</style></head><body><main>${body}</main></body></html>`;
}

function loginForm(uid: string, fout?: string, login = ""): string {
  return page(
    "Inloggen bij de demo-identiteitsprovider",
    `<h1>Demo-identiteitsprovider</h1><p>Inloggen voor Beslisroute (een lokale OpenID Provider voor de demo en de tests).</p>${fout ? `<p class="fout" role="alert">${esc(fout)}</p>` : ""}
    <form method="post" action="/interaction/${esc(uid)}/login"><label for="login">Gebruikersnaam</label><input id="login" name="login" autocomplete="username" value="${esc(login)}" required>
    <label for="password">Wachtwoord</label><input id="password" name="password" type="password" autocomplete="current-password" required><button type="submit">Inloggen</button></form>`,
  );
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

async function signingKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: `sleutel-${crypto.randomUUID().slice(0, 8)}`, alg: "RS256", use: "sig" };
}

export async function startOidcProvider(opts: ProviderOptions): Promise<RunningProvider> {
  const issuer = `http://localhost:${opts.port}`;
  const accounts = new Map(opts.accounts.map((a) => [a.sub, a]));
  const keys: JWK[] = [await signingKey()];
  const cookieKeys = [crypto.randomUUID()];

  const configuration = (): Configuration => ({
    clients: [
      {
        client_id: opts.clientId,
        client_secret: opts.clientSecret,
        client_name: "Beslisroute",
        redirect_uris: [`${opts.appUrl}/sso/callback`],
        post_logout_redirect_uris: [`${opts.appUrl}/inloggen?reden=afgemeld`],
        backchannel_logout_uri: opts.backchannelLogoutUri ?? `${opts.appUrl}/sso/backchannel-logout`,
        backchannel_logout_session_required: true,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: keys as never },
    cookies: { keys: cookieKeys },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"], groups: ["groups"] },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    ttl: { IdToken: opts.idTokenTtl ?? 3600, AccessToken: 3600, AuthorizationCode: 60, Session: 8 * 3600, Interaction: 600, Grant: 8 * 3600 },
    features: {
      devInteractions: { enabled: false },
      backchannelLogout: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.body = page("Uitloggen bij de demo-identiteitsprovider", `<h1>Ook bij de identiteitsprovider uitloggen?</h1>${form}<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Ja, uitloggen</button><button type="submit" form="op.logoutForm">Nee, ingelogd blijven</button>`);
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.body = page("Uitgelogd", "<h1>U bent uitgelogd bij de identiteitsprovider</h1>");
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // This provider and the app it serves run on one machine: its back-channel logout calls go to
    // a loopback address, which oidc-provider's SSRF guard (rightly, for a real provider) refuses.
    fetch: (url, options) => {
      delete (options as { dispatcher?: unknown } | undefined)?.dispatcher;
      return fetch(url, options);
    },
    // A disabled account keeps its provider session but gets no new grant: the next sign-in is
    // refused in the interaction (access_denied), as Entra ID or Keycloak refuse a disabled user.
    async loadExistingGrant(ctx) {
      const accountId = ctx.oidc.session?.accountId;
      if (!accountId || accounts.get(accountId)?.uitgeschakeld) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      return grantId ? ctx.oidc.provider.Grant.find(grantId) : undefined;
    },
    async findAccount(_ctx, id) {
      const a = accounts.get(id);
      if (!a) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, email: a.email, email_verified: a.emailVerified ?? true, name: a.naam, groups: a.groepen }) };
    },
    renderError: async (ctx, out) => {
      ctx.type = "html";
      ctx.body = page("Fout bij de identiteitsprovider", `<h1>Er ging iets mis</h1><pre>${esc(JSON.stringify(out, null, 2))}</pre>`);
    },
  });

  const listen = (p: Provider) => {
    for (const ev of ["server_error", "backchannel.error", "end_session.error", "grant.error"] as const) p.on(ev as "server_error", (...args: unknown[]) => console.error(`[sso-provider] ${ev}`, ...args.filter((a) => a instanceof Error).map((a) => `${(a as Error).stack} cause: ${String((a as Error).cause)}`)));
    return p;
  };
  let provider = listen(new Provider(issuer, configuration()));

  async function interaction(req: http.IncomingMessage, res: http.ServerResponse, uid: string, post: boolean): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === "login") {
      if (!post) {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(loginForm(uid));
        return;
      }
      const form = await readForm(req);
      const login = form.get("login") ?? "";
      const a = [...accounts.values()].find((x) => x.login === login || x.email === login);
      if (!a || a.wachtwoord !== form.get("password")) {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(loginForm(uid, "De gebruikersnaam of het wachtwoord klopt niet.", login));
        return;
      }
      if (a.uitgeschakeld) {
        await provider.interactionFinished(req, res, { error: "access_denied", error_description: "Het account is uitgeschakeld." }, { mergeWithLastSubmission: false });
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId: a.sub } }, { mergeWithLastSubmission: false });
      return;
    }
    // Consent: an organisation's own application needs none; grant what was asked.
    const { prompt, params, session } = details;
    if (session && accounts.get(session.accountId)?.uitgeschakeld) {
      await provider.interactionFinished(req, res, { error: "access_denied", error_description: "Het account is uitgeschakeld." }, { mergeWithLastSubmission: false });
      return;
    }
    const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId: session!.accountId, clientId: params.client_id as string });
    const missing = prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[]; missingResourceScopes?: Record<string, string[]> };
    if (missing.missingOIDCScope) grant!.addOIDCScope(missing.missingOIDCScope.join(" "));
    if (missing.missingOIDCClaims) grant!.addOIDCClaims(missing.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) grant!.addResourceScope(indicator, scopes.join(" "));
    const grantId = await grant!.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  let afwijking: Afwijking | null = null;
  // The provider's clock (oidc-provider reads Date.now): shifted for a token issued two hours
  // behind ("verlopen"), or moved ahead by the control channel so the provider's sessions are old.
  // Installed only when a test first asks for it: the demo's process keeps the real Date.now.
  const klok = { vooruit: 0, tijdelijk: 0, geinstalleerd: false };
  const klokInstalleren = () => {
    if (klok.geinstalleerd) return;
    klok.geinstalleerd = true;
    const echteNu = Date.now.bind(Date);
    Date.now = () => echteNu() + klok.vooruit + klok.tijdelijk;
  };
  const rotate = async () => {
    keys.unshift(await signingKey());
    provider = listen(new Provider(issuer, configuration()));
    return keys[0]!.kid!;
  };

  /** Applies the pending deviation to this request, if it is the one it concerns. */
  function wijkAf(req: http.IncomingMessage, res: http.ServerResponse): void {
    const pad = (req.url ?? "").split("?")[0];
    if (afwijking === "andere_nonce" && pad === "/auth" && req.method === "GET") {
      afwijking = null;
      const u = new URL(req.url!, issuer);
      u.searchParams.set("nonce", `ander-${crypto.randomUUID()}`);
      req.url = `${u.pathname}${u.search}`;
    } else if (afwijking === "verlopen" && pad === "/token") {
      afwijking = null;
      klokInstalleren();
      klok.tijdelijk = -2 * 3600_000;
      const terug = () => void (klok.tijdelijk = 0);
      res.once("finish", terug);
      res.once("close", terug);
    } else if (afwijking === "gemanipuleerd" && pad === "/token") {
      afwijking = null;
      const end = res.end.bind(res) as (...a: unknown[]) => http.ServerResponse;
      res.end = ((chunk?: unknown, ...rest: unknown[]) => {
        if (typeof chunk === "string" || Buffer.isBuffer(chunk)) {
          const body = JSON.parse(chunk.toString()) as { id_token?: string };
          if (body.id_token) {
            const [h, p, sig] = body.id_token.split(".");
            const claims = JSON.parse(Buffer.from(p!, "base64url").toString()) as Record<string, unknown>;
            const vervalst = Buffer.from(JSON.stringify({ ...claims, sub: "iemand-anders" })).toString("base64url");
            const out = JSON.stringify({ ...body, id_token: `${h}.${vervalst}.${sig}` });
            res.setHeader("content-length", Buffer.byteLength(out));
            return end(out, ...rest);
          }
        }
        return end(chunk, ...rest);
      }) as typeof res.end;
    }
  }

  /** The test-only control channel: open only with the secret the test run chose. */
  async function control(req: http.IncomingMessage, res: http.ServerResponse, actie: string): Promise<void> {
    const send = (status: number, body: object): void => void res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(body));
    if (req.method !== "POST") return send(405, { fout: "alleen POST" });
    if (actie === "sleutels-roteren") return send(200, { kid: await rotate(), vorige: keys[1]?.kid ?? null });
    const k = /^klok-vooruit\/(\d{1,6})$/.exec(actie);
    if (k) {
      klokInstalleren();
      klok.vooruit = Number(k[1]) * 1000;
      return send(200, { vooruitSeconden: Number(k[1]) });
    }
    const m = /^afwijking\/(gemanipuleerd|andere_nonce|verlopen|geen)$/.exec(actie);
    if (m) {
      afwijking = m[1] === "geen" ? null : (m[1] as Afwijking);
      return send(200, { afwijking });
    }
    return send(404, { fout: "onbekende actie" });
  }
  const controlPrefix = opts.controlSecret ? `/__test/${opts.controlSecret}/` : null;

  const server = http.createServer((req, res) => {
    if (controlPrefix && req.url?.startsWith(controlPrefix)) {
      control(req, res, req.url.slice(controlPrefix.length)).catch((e: unknown) => res.writeHead(500).end(String(e)));
      return;
    }
    wijkAf(req, res);
    const m = /^\/interaction\/([^/?]+)(\/login)?(?:\?|$)/.exec(req.url ?? "");
    if (m) {
      interaction(req, res, m[1]!, req.method === "POST" && Boolean(m[2])).catch((e: unknown) => {
        if (!res.headersSent) res.writeHead(400, { "content-type": "text/html; charset=utf-8" });
        res.end(page("Fout", `<h1>Deze inlogpoging is verlopen</h1><p>${esc(String((e as Error).message))}</p>`));
      });
      return;
    }
    provider.callback()(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, "127.0.0.1", () => resolve());
  });

  return {
    issuer,
    accounts,
    signingKid: () => keys[0]!.kid!,
    rotateKeys: rotate,
    afwijkenBijVolgende: (a) => void (afwijking = a),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The demo accounts at the local provider: the seeded officials (linked by e-mail) and one new one. */
export const DEMO_WACHTWOORD = "beslisroute-demo";
export function demoAccounts(): TestAccount[] {
  const a = (login: string, naam: string, groepen: string[]): TestAccount => ({ sub: `demo-${login}`, login, email: `${login}@beslisroute.test`, naam, wachtwoord: DEMO_WACHTWOORD, groepen });
  return [
    a("opsteller", "Sanne de Vries", ["BZK-DDB-Opstellers"]),
    a("minister", "Marieke van den Berg", ["BZK-Bewindspersonen"]),
    a("beheer", "Kees de Boer", ["BZK-Beheer"]),
    a("lezer", "Eva Hendriks", ["BZK-Lezers"]),
    a("nieuw", "Noah Nieuwkomer", ["BZK-Lezers"]),
  ];
}
