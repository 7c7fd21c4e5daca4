import { apiRoute, fileResponse } from "@/lib/server/api";
import { agendaFeed, basisUrlVoor } from "@/lib/server/exports/agenda-feed";


type Ctx = { params: Promise<{ token: string }> };

/**
 * No session: the secret token in the URL is the credential. `{token}` is the resource; the older
 * form `{token}.ics`, which calendar subscriptions made before API 1.1 still use, gives the same.
 */
export const GET = apiRoute<Ctx>(async (req, ctx) => {
  const { token } = await ctx.params;
  return fileResponse(await agendaFeed(token.endsWith(".ics") ? token : `${token}.ics`, basisUrlVoor(req)));
});
