"use server";
// Sign-in as a server action, so the form works before JavaScript loads. The session cookie is
// made by next-auth's own callbacks and options (lib/auth.ts sessionCookieFor), carrying the id of
// the Sessie row that decides whether it still counts.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { sessionCookieFor } from "@/lib/auth";
import { authenticate } from "@/lib/server/auth/authenticate";
import { ADDRESS_HEADER } from "@/lib/server/auth/client-address";
import { signInFormSchema } from "@/lib/domain/sign-in";
import { safeCallbackPath } from "@/lib/domain/callback-path";
import type { FormState } from "@/lib/ui/form-state";

const adres = async () => (await headers()).get(ADDRESS_HEADER) ?? "onbekend";

/** "over 4 minuten" / "over 30 seconden" */
function wachttijd(seconden: number): string {
  if (seconden >= 90) return `over ${Math.ceil(seconden / 60)} minuten`;
  return `over ${Math.max(1, seconden)} seconden`;
}

export async function inloggenActie(callbackUrl: string, _prev: FormState, fd: FormData): Promise<FormState> {
  const waarden = { email: typeof fd.get("email") === "string" ? (fd.get("email") as string) : "" };
  const parsed = signInFormSchema.safeParse({ email: fd.get("email") ?? "", password: fd.get("password") ?? "" });
  if (!parsed.success) {
    return { ok: false, fouten: parsed.error.issues.map((i) => ({ path: String(i.path[0]), message: i.message })), waarden };
  }
  const result = await authenticate(parsed.data, { adres: await adres(), via: "formulier" });
  if (!result.ok) {
    return {
      ok: false,
      melding:
        result.reason === "locked"
          ? `Te veel mislukte pogingen vanaf dit apparaat. Probeer het ${wachttijd(result.retryAfter)} opnieuw.`
          : "Het e-mailadres of het wachtwoord klopt niet.",
      waarden,
    };
  }
  const cookie = await sessionCookieFor(result.user, result.sid);
  (await cookies()).set(cookie.name, cookie.value, cookie.options);
  redirect(safeCallbackPath(callbackUrl));
}
