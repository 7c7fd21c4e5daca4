import { authedRoute, json, notaMutation } from "@/lib/server/api";
import { addWeglakking, listWeglakkingen } from "@/lib/server/publicatie/weglakkingen";

type Ctx = { params: Promise<{ id: string }> };

export const GET = authedRoute<Ctx>(async (_req, ctx, actor) => json(await listWeglakkingen(actor, (await ctx.params).id)));
export const POST = notaMutation(addWeglakking);
