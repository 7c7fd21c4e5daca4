import { inject } from "vitest";

// Before any server module is imported: point lib/env at the run's database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-of-at-least-32-characters";
