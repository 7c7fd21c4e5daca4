import { authedRoute, json } from "@/lib/server/api";
import { diffVersions } from "@/lib/server/notas/versions";

type Ctx = { params: Promise<{ id: string; a: string; b: string }> };

export const GET = authedRoute<Ctx>(async (_req, ctx, actor) => {
  const { id, a, b } = await ctx.params;
  return json(await diffVersions(actor, id, a, b));
});
