import { authedRoute, callerFor, json } from "@/lib/server/api";
import { retryDelivery } from "@/lib/server/webhooks/retry-delivery";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string; afleveringId: string }> };

export const POST = authedRoute<Ctx>(async (req, ctx, actor) => {
  const { id, afleveringId } = await ctx.params;
  return json(await retryDelivery(callerFor(req, actor), id, afleveringId));
});
