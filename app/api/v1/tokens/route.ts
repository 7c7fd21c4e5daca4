import { authedRoute, callerFor, json, readJson } from "@/lib/server/api";
import { createToken, listTokens } from "@/lib/server/tokens/tokens";

export const dynamic = "force-dynamic";

export const GET = authedRoute(async (_req, _ctx, actor) => json(await listTokens(actor)));
export const POST = authedRoute(async (req, _ctx, actor) => json(await createToken(callerFor(req, actor), await readJson(req)), { status: 201 }));
