import { authedRoute, json } from "@/lib/server/api";
import { listVersions } from "@/lib/server/notas/versions";

type Ctx = { params: Promise<{ id: string }> };

export const GET = authedRoute<Ctx>(async (_req, ctx, actor) => json(await listVersions(actor, (await ctx.params).id)));
