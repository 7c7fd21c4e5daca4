"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/ui/form-state";
import { runFormAction } from "@/lib/server/form-action";
import { changeOwnPassword } from "@/lib/server/gebruikers/change-password";
import { createToken, revokeToken } from "@/lib/server/tokens/tokens";

const s = (fd: FormData, k: string) => (typeof fd.get(k) === "string" ? (fd.get(k) as string) : "");

export async function wachtwoordWijzigenActie(_prev: FormState, fd: FormData): Promise<FormState> {
  const state = await runFormAction(fd, async (c) => {
    await changeOwnPassword(c, { huidig: s(fd, "huidig"), nieuw: s(fd, "nieuw") });
    return { redirectTo: "/inloggen?reden=wachtwoord" };
  });
  // Never send a password back into the form.
  return { ...state, waarden: {} };
}

export async function tokenAanmakenActie(_prev: FormState, fd: FormData): Promise<FormState> {
  let token = "";
  const state = await runFormAction(fd, async (c) => {
    const created = await createToken(c, { naam: s(fd, "naam"), scope: s(fd, "scope") || "lezen", geldigheidDagen: s(fd, "geldigheidDagen") || "90" });
    token = created.token;
    return { melding: `Het token "${created.naam}" is aangemaakt. Kopieer het nu, het wordt niet meer getoond: ${created.token}` };
  });
  return token ? { ...state, waarden: {} } : state;
}

export async function tokenIntrekkenActie(id: string, fd: FormData): Promise<void> {
  await runFormAction(fd, async (c) => {
    await revokeToken(c, id);
  });
  // A fresh render of the page it came from (a "#fragment" alone would only scroll).
  const terug = s(fd, "terug") === "beheer" ? "/beheer" : "/mijn-gegevens";
  revalidatePath(terug);
  redirect(terug);
}
