import { authedRoute, json } from "@/lib/server/api";
import { getProfile } from "@/lib/server/gebruikers/get-profile";

export const dynamic = "force-dynamic";

export const GET = authedRoute(async (_req, _ctx, actor) => json(await getProfile({ actor })));
