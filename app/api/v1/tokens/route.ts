import { authedRoute, callerFor, json, readJson } from "@/lib/server/api";
import { viaToken } from "@/lib/server/session";
import { AppError } from "@/lib/errors";
import { listTokens } from "@/lib/server/tokens/tokens";
import { createToken } from "@/lib/server/tokens/create-token";

export const dynamic = "force-dynamic";

export const GET = authedRoute(async (_req, _ctx, actor) => json(await listTokens(actor)));
// A token cannot mint tokens: a leaked token must not be able to outlive its own revocation.
export const POST = authedRoute(async (req, _ctx, actor) => {
  if (viaToken(req)) throw new AppError("FORBIDDEN", "Een token kan geen nieuwe tokens aanmaken. Log in en maak het token aan via Mijn gegevens.");
  return json(await createToken(callerFor(req, actor), await readJson(req)), { status: 201 });
});
