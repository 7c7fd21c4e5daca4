import { inject } from "vitest";

// Before any server module is imported: point lib/env at the run's database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-of-at-least-32-characters";
// Webhook receivers in the tests listen on http://127.0.0.1 (docs/WEBHOOKS.md: never in production).
process.env.WEBHOOKS_ALLOW_HTTP ??= "true";
