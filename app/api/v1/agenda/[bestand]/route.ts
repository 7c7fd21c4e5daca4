import { apiRoute, fileResponse } from "@/lib/server/api";
import { agendaFeed, basisUrlVoor } from "@/lib/server/exports/agenda-feed";

type Ctx = { params: Promise<{ bestand: string }> };

/** No session: the secret token in the URL ("<token>.ics") is the credential. */
export const GET = apiRoute<Ctx>(async (req, ctx) => fileResponse(await agendaFeed((await ctx.params).bestand, basisUrlVoor(req))));
