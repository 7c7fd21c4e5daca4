import { authedRoute, callerFor, json } from "@/lib/server/api";
import { basisUrlVoor, renewAgendaToken } from "@/lib/server/exports/agenda-feed";

export const dynamic = "force-dynamic";

/** A new secret feed URL, shown once; the previous one stops working. */
export const POST = authedRoute(async (req, _ctx, actor) => {
  const { token, pad } = await renewAgendaToken(callerFor(req, actor));
  return json({ url: `${basisUrlVoor(req)}${pad}`, token }, { status: 201 });
});
