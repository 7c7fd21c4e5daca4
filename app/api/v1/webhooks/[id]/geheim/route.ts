import { authedRoute, callerFor, json } from "@/lib/server/api";
import { rotateWebhookSecret } from "@/lib/server/webhooks/rotate-webhook-secret";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

export const POST = authedRoute<Ctx>(async (req, ctx, actor) => json(await rotateWebhookSecret(callerFor(req, actor), (await ctx.params).id)));
