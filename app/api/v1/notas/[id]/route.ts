import { authedRoute, notaMutation, notaResponse } from "@/lib/server/api";
import { getNota } from "@/lib/server/notas/queries";
import { updateNota } from "@/lib/server/notas/update-nota";

type Ctx = { params: Promise<{ id: string }> };

export const GET = authedRoute<Ctx>(async (_req, ctx, actor) => notaResponse(await getNota(actor, (await ctx.params).id)));
export const PATCH = notaMutation(updateNota);
