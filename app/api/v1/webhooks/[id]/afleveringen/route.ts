import { authedRoute, callerFor, json } from "@/lib/server/api";
import { listDeliveries } from "@/lib/server/webhooks/list-deliveries";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

export const GET = authedRoute<Ctx>(async (req, ctx, actor) =>
  json(await listDeliveries(callerFor(req, actor), (await ctx.params).id, Object.fromEntries(new URL(req.url).searchParams))),
);
