import { authedRoute, json } from "@/lib/server/api";
import { listUsers } from "@/lib/server/gebruikers/list-users";

export const dynamic = "force-dynamic";

export const GET = authedRoute(async (req, _ctx, actor) => json(await listUsers(actor, { rol: new URL(req.url).searchParams.get("rol") })));
