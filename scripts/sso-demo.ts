// SSO_DEMO=true npm start: the local OpenID Provider of the tests (scripts/sso-provider.ts) beside
// the app, with the demo accounts (same e-mail addresses as the seeded officials, so the first
// SSO sign-in links to them; "nieuw" is made just in time) and the app configured to use it.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { DEMO_WACHTWOORD, demoAccounts, startOidcProvider } from "./sso-provider";

/** Starts the provider; returns the settings that point the app at it. */
export async function startSsoDemo(opts: { port: number; appUrl: string; databaseUrl: string }): Promise<Record<string, string>> {
  const clientSecret = randomBytes(24).toString("base64url");
  const op = await startOidcProvider({ port: opts.port, clientId: "beslisroute-demo", clientSecret, appUrl: opts.appUrl, accounts: demoAccounts() });
  // The demo's one group mapping (edited on Beheer): BZK-Lezers may read, so "nieuw" gets a role.
  const client = new pg.Client({ connectionString: opts.databaseUrl });
  await client.connect();
  try {
    await client.query(`INSERT INTO "SsoGroepKoppeling" (id, groep, rollen) VALUES (gen_random_uuid(), 'BZK-Lezers', ARRAY['lezer']::"Rol"[]) ON CONFLICT (groep) DO NOTHING`);
  } finally {
    await client.end();
  }
  console.log(`[start] Demo-identiteitsprovider op ${op.issuer} (gebruikersnaam bijvoorbeeld "minister" of "nieuw", wachtwoord ${DEMO_WACHTWOORD})`);
  return { OIDC_ISSUER: op.issuer, OIDC_CLIENT_ID: "beslisroute-demo", OIDC_CLIENT_SECRET: clientSecret, OIDC_ALLOW_HTTP: "true" };
}
