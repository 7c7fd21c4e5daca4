import { authedRoute, json } from "@/lib/server/api";
import { getDashboard } from "@/lib/server/taken/dashboard";

export const dynamic = "force-dynamic";

export const GET = authedRoute(async (_req, _ctx, actor) => json(await getDashboard(actor)));
