// The e2e suite's OpenID Provider (playwright.config.ts starts it beside the app): the demo
// accounts plus "e2e-nieuw", a new official in a group the test maps on the Beheer page, and the
// control channel under /__test/<SSO_E2E_CONTROL_SECRET>/ (scripts/sso-provider.ts).
import { scriptEnv } from "@/lib/env";
import { DEMO_WACHTWOORD, demoAccounts, startOidcProvider } from "./sso-provider";
import { E2E_CLIENT_ID, E2E_CLIENT_SECRET, e2eSsoPort } from "./sso-e2e-settings";


const env = scriptEnv();
if (process.argv[1]?.endsWith("sso-provider-e2e.ts")) {
  const op = await startOidcProvider({
    port: e2eSsoPort(env.E2E_PORT),
    clientId: E2E_CLIENT_ID,
    clientSecret: E2E_CLIENT_SECRET,
    appUrl: `http://localhost:${env.E2E_PORT}`,
    // The test-only control channel (e2e/sso.spec.ts): key rotation and a deviating next token.
    controlSecret: env.SSO_E2E_CONTROL_SECRET,
    accounts: [...demoAccounts(), { sub: "e2e-nieuw", login: "e2e-nieuw", email: "e2e-nieuw@beslisroute.test", naam: "Jesse Nieuwenhuis", wachtwoord: DEMO_WACHTWOORD, groepen: ["E2E-Opstellers"] }],
  });
  console.log(`sso-provider ${op.issuer}`);
  const stop = () => void op.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
