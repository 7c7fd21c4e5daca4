import { apiRoute, json } from "@/lib/server/api";
import { checkHealth } from "@/lib/server/health";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async () => json(await checkHealth()));
