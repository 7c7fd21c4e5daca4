// The one place that reads process.env. Everything else asks this module, so a missing or
// malformed setting fails with a clear message at the first use instead of deep inside a request.
import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no", "ja", "nee"])
  .transform((v) => ["true", "1", "yes", "ja"].includes(v));

const serverSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ message: "DATABASE_URL moet een PostgreSQL-URL zijn" }),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET moet minstens 32 tekens lang zijn"),
  NEXTAUTH_URL: z.url().optional(),
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().default("Beslisroute <noreply@beslisroute.test>"),
  /** Absolute lifetime of a browser session, and the inactivity after which it ends. */
  SESSION_MAX_HOURS: z.coerce.number().positive().max(24).default(8),
  SESSION_IDLE_MINUTES: z.coerce.number().positive().max(24 * 60).default(30),
  /** Sign-in throttling (per source address + account, per address) and limits on costly calls. */
  LOGIN_FAILURES_PER_ACCOUNT_ADDRESS: z.coerce.number().int().positive().default(5),
  LOGIN_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(30),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  /** Expensive API calls (PDF/docx exports, import) per user per minute. */
  EXPENSIVE_CALLS_PER_MINUTE: z.coerce.number().int().positive().default(30),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For. 0 (default): the
   * header is ignored and the socket's own address counts, so a client cannot choose its address.
   */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /** Ed25519 private key (PKCS#8 PEM or base64 DER) that signs audit checkpoints; not in the database. */
  AUDIT_CHECKPOINT_KEY: z.string().min(40).optional(),
  /** Append-only file of signed audit checkpoints (one JSON line each). */
  AUDIT_CHECKPOINT_FILE: z.string().optional(),
  AUDIT_CHECKPOINT_MINUTES: z.coerce.number().positive().default(5),
  /**
   * Operations (docs/RELIABILITY.md): requests served at once before the answer is an immediate 503
   * (health, sign-in and static files have a reserve of their own), documents rendered at once,
   * seconds in-flight requests get after SIGTERM, how often the database is probed.
   */
  MAX_REQUESTS_IN_FLIGHT: z.coerce.number().int().positive().default(32),
  MAX_PRIORITY_REQUESTS_IN_FLIGHT: z.coerce.number().int().positive().default(16),
  RENDER_CONCURRENCY: z.coerce.number().int().positive().default(2),
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0).max(600).default(25),
  DATABASE_PROBE_SECONDS: z.coerce.number().positive().max(60).default(2),
  /** false: this web process does not send the outbox (run `npm run worker` beside the fleet). */
  OUTBOX_IN_PROCESS: booleanFlag.default(true),
  /**
   * Webhooks (docs/WEBHOOKS.md): the key that encrypts the subscriptions' signing secrets at rest
   * (at least 32 characters; unset: derived from NEXTAUTH_SECRET), how often the worker looks for
   * deliveries, how long one POST may take, and (tests, demo only) http:// to localhost allowed.
   */
  WEBHOOK_SECRET_KEY: z.string().min(32, "WEBHOOK_SECRET_KEY moet minstens 32 tekens lang zijn").optional(),
  WEBHOOKS_INTERVAL_SECONDS: z.coerce.number().positive().max(3600).default(5),
  WEBHOOK_TIMEOUT_SECONDS: z.coerce.number().positive().max(60).default(10),
  WEBHOOKS_ALLOW_HTTP: booleanFlag.default(false),
  /** Bearer token for /api/metrics; unset: only from the machine itself (loopback). */
  METRICS_TOKEN: z.string().min(16).optional(),
  /** OpenTelemetry: send traces (OTLP over HTTP) to this collector, e.g. http://otel-collector:4318; unset: no tracing. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  /** The organisation's beeldmerk (PNG or SVG file) for the letters, when none is uploaded on Beheer. */
  LOGO_PATH: z.string().min(1).optional(),
  /**
   * Single sign-on with the organisation's OpenID Provider (README "Single sign-on"). Unset issuer:
   * no SSO. Client authentication: OIDC_CLIENT_SECRET (client_secret_basic) or OIDC_PRIVATE_KEY
   * (private_key_jwt, a PKCS#8 PEM; OIDC_PRIVATE_KEY_ALG, OIDC_PRIVATE_KEY_ID for its kid).
   */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_PRIVATE_KEY: z.string().min(40).optional(),
  OIDC_PRIVATE_KEY_ALG: z.enum(["RS256", "PS256", "ES256", "EdDSA"]).default("RS256"),
  OIDC_PRIVATE_KEY_ID: z.string().min(1).optional(),
  OIDC_SCOPES: z.string().default("openid profile email groups"),
  /** The ID token / userinfo claim that lists the user's groups (Entra ID: "groups" or "roles"). */
  OIDC_GROUPS_CLAIM: z.string().min(1).default("groups"),
  /** Only for a local provider (tests, SSO_DEMO): allow an http:// issuer. */
  OIDC_ALLOW_HTTP: booleanFlag.default(false),
  /** false: no password form (SSO only). */
  AUTH_PASSWORD: booleanFlag.default(true),
  /** The besluit and beheer actions need a sign-in no older than this. */
  RECENT_SIGN_IN_MINUTES: z.coerce.number().positive().max(24 * 60).default(15),
});

export type ServerEnv = z.infer<typeof serverSchema>;

let cached: ServerEnv | undefined;

/** Validated server configuration; throws a readable error listing every bad variable. */
export function serverEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = serverSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Ongeldige configuratie:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

const scriptSchema = z.object({
  DATABASE_URL: z.url().optional(),
  /**
   * The database owner, for migrations (and the grants to the application's role in DATABASE_URL).
   * Unset: migrations run with DATABASE_URL, which then owns the tables (not recommended).
   */
  MIGRATION_DATABASE_URL: z.url().optional(),
  AUDIT_CHECKPOINT_KEY: z.string().min(40).optional(),
  /** For verifying only: the checkpoint key's public half (PEM or base64 SPKI). */
  AUDIT_CHECKPOINT_PUBLIC_KEY: z.string().min(40).optional(),
  AUDIT_CHECKPOINT_FILE: z.string().optional(),
  TEST_DATABASE_URL: z.url().optional(),
  /** The benchmark's server (npm run bench); unset: an embedded cluster of its own. */
  BENCH_DATABASE_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().default("localhost"),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  NEXTAUTH_URL: z.url().optional(),
  SEED_DEMO: booleanFlag.optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  DATA_DIR: z.string().default(".data"),
  CI: booleanFlag.optional(),
  CHROMIUM_PATH: z.string().optional(),
  E2E_PORT: z.coerce.number().int().min(1).max(65535).default(3100),
  /** npm run lighthouse: the production server's port. */
  LIGHTHOUSE_PORT: z.coerce.number().int().min(1).max(65535).default(3300),
  PLAYWRIGHT_JSON_OUTPUT_NAME: z.string().optional(),
  /** npm start: run the local OpenID Provider (scripts/sso-provider.ts) beside the app, with the demo accounts. */
  SSO_DEMO: booleanFlag.optional(),
  SSO_DEMO_PORT: z.coerce.number().int().min(1).max(65535).default(3390),
  /**
   * The e2e run only (playwright.config.ts draws it fresh per run): opens the control channel of
   * the e2e OpenID Provider (scripts/sso-provider-e2e.ts). The app never reads it; the demo
   * provider has no control channel.
   */
  SSO_E2E_CONTROL_SECRET: z.string().min(32).optional(),
});

export type ScriptEnv = z.infer<typeof scriptSchema>;

/** Configuration for the project's own scripts (start, migrate, seed, tests). */
export function scriptEnv(): ScriptEnv {
  const parsed = scriptSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Ongeldige configuratie:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/** The environment for a child process: the current one with overrides (undefined removes). */
export function childEnv(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}
