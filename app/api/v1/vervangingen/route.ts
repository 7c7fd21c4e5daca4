import { authedRoute, callerFor, json, readJson } from "@/lib/server/api";
import { setVervanging } from "@/lib/server/gebruikers/set-vervanging";

export const POST = authedRoute(async (req, _ctx, actor) => json(await setVervanging(callerFor(req, actor), await readJson(req)), { status: 201 }));
