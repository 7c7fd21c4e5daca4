import { apiRoute, fileResponse } from "@/lib/server/api";
import { agendaFeed, basisUrlVoor } from "@/lib/server/exports/agenda-feed";

type Ctx = { params: Promise<{ token: string }> };

/** The older address `{token}.ics` is deprecated since API 1.1.0 (RFC 9745) and goes on its sunset (RFC 8594). */
const OUD_ADRES = { deprecation: `@${Date.UTC(2026, 11, 2) / 1000}`, sunset: new Date(Date.UTC(2027, 11, 31)).toUTCString() };

/**
 * No session: the secret token in the URL is the credential. `{token}` is the resource; the older
 * form `{token}.ics`, which calendar subscriptions made before API 1.1 still use, gives the same,
 * marked deprecated.
 */
export const GET = apiRoute<Ctx>(async (req, ctx) => {
  const { token } = await ctx.params;
  const oud = token.endsWith(".ics");
  return fileResponse(await agendaFeed(oud ? token : `${token}.ics`, basisUrlVoor(req)), oud ? { headers: OUD_ADRES } : undefined);
});
