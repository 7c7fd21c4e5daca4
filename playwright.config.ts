// E2E against a production build in Debian's chromium. scripts/e2e.ts prepares a fresh, migrated
// and seeded database and passes it in DATABASE_URL; Playwright owns the server process.
import { randomBytes } from "node:crypto";
import { defineConfig } from "@playwright/test";
import { scriptEnv } from "./lib/env";
import { E2E_CLIENT_ID, E2E_CLIENT_SECRET, e2eSsoPort } from "./scripts/sso-e2e-settings";

// The e2e provider's control channel (key rotation, a deviating next token): a secret drawn per
// run, inherited by the provider process and the test workers (e2e/sso.spec.ts).
process.env.SSO_E2E_CONTROL_SECRET ??= randomBytes(24).toString("hex");
const env = scriptEnv();

const port = env.E2E_PORT;
const baseURL = `http://localhost:${port}`;
// The local OpenID Provider for the SSO journeys (scripts/sso-provider-e2e.ts).
const ssoPort = e2eSsoPort(port);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "off",
    launchOptions: {
      executablePath: env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: [
    {
      command: "node --import tsx scripts/sso-provider-e2e.ts",
      env: { SSO_E2E_CONTROL_SECRET: env.SSO_E2E_CONTROL_SECRET! },
      url: `http://localhost:${ssoPort}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // The standalone server, as npm start and the container image run it (scripts/standalone.ts).
      command: `node .next/standalone/server.js`,
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        PORT: String(port),
        HOSTNAME: "::",
        NEXTAUTH_URL: baseURL,
        NEXT_TELEMETRY_DISABLED: "1",
        OIDC_ISSUER: `http://localhost:${ssoPort}`,
        OIDC_CLIENT_ID: E2E_CLIENT_ID,
        OIDC_CLIENT_SECRET: E2E_CLIENT_SECRET,
        OIDC_ALLOW_HTTP: "true",
        // e2e/webhooks.spec.ts: a receiver on http://127.0.0.1, and a worker that looks every second.
        WEBHOOKS_ALLOW_HTTP: "true",
        WEBHOOKS_INTERVAL_SECONDS: "1",
      },
    },
  ],
});
