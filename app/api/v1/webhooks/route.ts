import { authedRoute, callerFor, json, readJson } from "@/lib/server/api";
import { listWebhooks } from "@/lib/server/webhooks/list-webhooks";
import { createWebhook } from "@/lib/server/webhooks/create-webhook";

export const dynamic = "force-dynamic";

export const GET = authedRoute(async (req, _ctx, actor) => json(await listWebhooks(callerFor(req, actor))));
export const POST = authedRoute(async (req, _ctx, actor) => {
  const dto = await createWebhook(callerFor(req, actor), await readJson(req));
  return json(dto, { status: 201, headers: { location: `/api/v1/webhooks/${dto.id}` } });
});
