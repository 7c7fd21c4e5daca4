import { authedRoute, callerFor, json, readJson } from "@/lib/server/api";
import { getWebhook } from "@/lib/server/webhooks/get-webhook";
import { updateWebhook } from "@/lib/server/webhooks/update-webhook";
import { deleteWebhook } from "@/lib/server/webhooks/delete-webhook";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

export const GET = authedRoute<Ctx>(async (req, ctx, actor) => json(await getWebhook(callerFor(req, actor), (await ctx.params).id)));
export const PATCH = authedRoute<Ctx>(async (req, ctx, actor) => json(await updateWebhook(callerFor(req, actor), (await ctx.params).id, await readJson(req))));
export const DELETE = authedRoute<Ctx>(async (req, ctx, actor) => {
  await deleteWebhook(callerFor(req, actor), (await ctx.params).id);
  return new Response(null, { status: 204 });
});
