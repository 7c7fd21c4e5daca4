// The e2e suite's SSO client at its local provider (scripts/sso-provider-e2e.ts, playwright.config.ts).
export const E2E_CLIENT_ID = "beslisroute-e2e";
export const E2E_CLIENT_SECRET = "beslisroute-e2e-geheim-alleen-voor-de-tests";
export const e2eSsoPort = (appPort: number) => appPort + 50;
