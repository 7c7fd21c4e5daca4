import { authedRoute, callerFor, json, readJson } from "@/lib/server/api";
import { addMeeting } from "@/lib/server/ministerraad/add-meeting";
import { listMeetings } from "@/lib/server/ministerraad/list-meetings";

export const dynamic = "force-dynamic";

export const GET = authedRoute(async (req, _ctx, actor) => {
  const p = new URL(req.url).searchParams;
  return json(await listMeetings(actor, { van: p.get("van"), tot: p.get("tot") }));
});

export const POST = authedRoute(async (req, _ctx, actor) => json(await addMeeting(callerFor(req, actor), await readJson(req)), { status: 201 }));
