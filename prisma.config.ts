// Used by the Prisma CLI (generate/validate/format). Migrations run through scripts/migrate.ts,
// which does not need the CLI's native schema engine (see STACK.md pitfall 1).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
