import { authedRoute, callerFor } from "@/lib/server/api";
import { revokeToken } from "@/lib/server/tokens/revoke-token";

type Ctx = { params: Promise<{ id: string }> };

export const DELETE = authedRoute<Ctx>(async (req, ctx, actor) => {
  await revokeToken(callerFor(req, actor), (await ctx.params).id);
  return new Response(null, { status: 204 });
});
