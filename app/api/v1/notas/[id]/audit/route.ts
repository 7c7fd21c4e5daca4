import { authedRoute, json } from "@/lib/server/api";
import { listNotaEvents } from "@/lib/server/audit/list-events";

type Ctx = { params: Promise<{ id: string }> };

export const GET = authedRoute<Ctx>(async (_req, ctx, actor) => json(await listNotaEvents(actor, (await ctx.params).id)));
