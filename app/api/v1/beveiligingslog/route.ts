import { authedRoute, json } from "@/lib/server/api";
import { listSecurityEvents } from "@/lib/server/audit/list-security-events";

export const dynamic = "force-dynamic";

export const GET = authedRoute(async (req, _ctx, actor) => {
  const limiet = Number(new URL(req.url).searchParams.get("limiet") ?? "100");
  return json(await listSecurityEvents(actor, { limiet: Number.isFinite(limiet) ? limiet : 100 }));
});
