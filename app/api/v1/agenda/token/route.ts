import { authedRoute, callerFor, json } from "@/lib/server/api";
import { viaToken } from "@/lib/server/session";
import { AppError } from "@/lib/errors";
import { basisUrlVoor, renewAgendaToken } from "@/lib/server/exports/agenda-feed";

export const dynamic = "force-dynamic";

/** A new secret feed URL, shown once; the previous one stops working. */
export const POST = authedRoute(async (req, _ctx, actor) => {
  // A feed secret would outlive the token that asked for it: only a signed-in user renews it.
  if (viaToken(req)) throw new AppError("FORBIDDEN", "Een token kan geen agenda-adres aanmaken. Log in en vernieuw het adres in Beslisroute.");
  const { token, pad } = await renewAgendaToken(callerFor(req, actor));
  return json({ url: `${basisUrlVoor(req)}${pad}`, token }, { status: 201 });
});
