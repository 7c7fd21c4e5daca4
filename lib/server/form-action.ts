import "server-only";
import { redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import type { FormState } from "@/lib/ui/form-state";
import { currentActor } from "@/lib/server/session";
import { noteDatabaseError } from "@/lib/server/ops/database-status";
import { errorFields, log, requestContext } from "@/lib/server/ops/log";
import { confirmSignInWithPassword } from "@/lib/server/auth/recent-sign-in";

const HERBEVESTIG_VELD = "herbevestigWachtwoord";

/** The values of a form as strings (files and repeated names are left to the caller). */
export function formValues(data: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of data.entries()) if (typeof v === "string" && !(k in out)) out[k] = v;
  return out;
}

/**
 * Runs a use case for a form: the actor from the session (or to the sign-in page), an AppError
 * as Dutch messages beside the fields, the typed values kept. `redirectTo` after success.
 */
export async function runFormAction(data: FormData, fn: (caller: { actor: Actor; requestId: string }) => Promise<{ redirectTo?: string; melding?: string } | void>): Promise<FormState> {
  const actor = await currentActor();
  if (!actor) redirect("/inloggen");
  const waarden = formValues(data);
  delete waarden[HERBEVESTIG_VELD];
  let redirectTo: string | undefined;
  const requestId = requestContext.getStore()?.requestId ?? crypto.randomUUID();
  try {
    // The password typed again for a recent sign-in (components/auth/herbevestigen.tsx).
    const wachtwoord = data.get(HERBEVESTIG_VELD);
    if (typeof wachtwoord === "string" && wachtwoord && actor.aangemeld?.soort === "wachtwoord" && !(await confirmSignInWithPassword(actor, wachtwoord, { requestId }))) {
      return { ok: false, melding: "Uw wachtwoord klopt niet.", fouten: [{ path: HERBEVESTIG_VELD, message: "Uw wachtwoord klopt niet." }], waarden, herbevestigen: "wachtwoord" };
    }
    const r = await fn({ actor, requestId });
    if (r?.redirectTo) redirectTo = r.redirectTo;
    else return { ok: true, melding: r?.melding ?? "Opgeslagen.", waarden };
  } catch (e) {
    if (isAppError(e) && e.code === "RECENT_SIGN_IN_REQUIRED") return { ok: false, melding: e.detail, waarden, herbevestigen: actor.aangemeld?.soort ?? "wachtwoord" };
    if (isAppError(e)) return { ok: false, melding: e.detail, fouten: e.errors, waarden, ...(e.errors?.some((f) => f.path === HERBEVESTIG_VELD) ? { herbevestigen: "wachtwoord" as const } : {}) };
    if (noteDatabaseError(e)) {
      log().warn("database niet bereikbaar (formulier)");
      return { ok: false, melding: "Beslisroute kan de database tijdelijk niet bereiken. Uw invoer is niet opgeslagen en staat nog in het formulier; probeer het over enkele seconden opnieuw.", waarden };
    }
    log().error(errorFields(e), "formulier mislukt");
    return { ok: false, melding: "Er ging iets mis aan onze kant. Uw invoer is niet opgeslagen; probeer het opnieuw.", waarden };
  }
  redirect(redirectTo);
}
