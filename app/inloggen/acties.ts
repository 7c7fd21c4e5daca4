"use server";
// Sign-in as a server action, so the form works before JavaScript loads. It sets the same JWT
// session cookie next-auth's Credentials provider sets (same secret, name and lifetime).
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { encode } from "next-auth/jwt";
import { serverEnv } from "@/lib/env";
import { SESSION_MAX_AGE_SECONDS, sessionCookie } from "@/lib/auth";
import { authenticate } from "@/lib/server/auth/authenticate";
import { signInFormSchema } from "@/lib/domain/sign-in";
import { safeCallbackPath } from "@/lib/domain/callback-path";
import type { FormState } from "@/lib/ui/form-state";

export async function inloggenActie(callbackUrl: string, _prev: FormState, fd: FormData): Promise<FormState> {
  const waarden = { email: typeof fd.get("email") === "string" ? (fd.get("email") as string) : "" };
  const parsed = signInFormSchema.safeParse({ email: fd.get("email") ?? "", password: fd.get("password") ?? "" });
  if (!parsed.success) {
    return { ok: false, fouten: parsed.error.issues.map((i) => ({ path: String(i.path[0]), message: i.message })), waarden };
  }
  const result = await authenticate(parsed.data);
  if (!result.ok) {
    return {
      ok: false,
      melding: result.reason === "locked" ? "Te veel mislukte pogingen voor dit account. Probeer het over 15 minuten opnieuw." : "Het e-mailadres of het wachtwoord klopt niet.",
      waarden,
    };
  }
  const { user } = result;
  const token = await encode({
    token: { sub: user.id, name: user.naam, email: user.email, rollen: user.rollen },
    secret: serverEnv().NEXTAUTH_SECRET,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  const cookie = sessionCookie();
  (await cookies()).set(cookie.name, token, { ...cookie.options, maxAge: SESSION_MAX_AGE_SECONDS });
  redirect(safeCallbackPath(callbackUrl));
}
