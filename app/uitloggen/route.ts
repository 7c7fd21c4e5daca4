// POST /uitloggen (the "Uitloggen" button, a plain form): every session of the user ends on every
// instance, the cookie is removed, and the sign-in page says so. A cross-site POST is refused.
import { headers } from "next/headers";
import { sessionCookie } from "@/lib/auth";
import { currentActor } from "@/lib/server/session";
import { signOutUser } from "@/lib/server/auth/sessions";
import { ADDRESS_HEADER } from "@/lib/server/auth/client-address";
import { AppError, problemResponse } from "@/lib/errors";
import { sameOrigin } from "@/lib/domain/same-origin";

export async function POST(req: Request): Promise<Response> {
  const h = await headers();
  if (!sameOrigin(req.headers.get("origin"), req.headers.get("x-forwarded-host") ?? req.headers.get("host"))) {
    return problemResponse(new AppError("FORBIDDEN", "Uitloggen kan alleen vanuit Beslisroute zelf."), "/uitloggen");
  }
  const actor = await currentActor();
  if (actor) await signOutUser(actor.id, { adres: h.get(ADDRESS_HEADER) ?? "onbekend" });
  const cookie = sessionCookie();
  const expired = `${cookie.name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${cookie.options.secure ? "; Secure" : ""}`;
  return new Response(null, { status: 303, headers: { location: "/inloggen?reden=afgemeld", "set-cookie": expired, "cache-control": "no-store" } });
}
