import { authedRoute, json } from "@/lib/server/api";
import { listTasks } from "@/lib/server/taken/list-tasks";

export const dynamic = "force-dynamic";

export const GET = authedRoute(async (_req, _ctx, actor) => json(await listTasks(actor)));
