import { authedRoute, json, notaMutation } from "@/lib/server/api";
import { beoordeelKandidaten, listKandidaten } from "@/lib/server/publicatie/kandidaten";

type Ctx = { params: Promise<{ id: string }> };

export const GET = authedRoute<Ctx>(async (_req, ctx, actor) => json(await listKandidaten(actor, (await ctx.params).id)));
export const POST = notaMutation(beoordeelKandidaten);
