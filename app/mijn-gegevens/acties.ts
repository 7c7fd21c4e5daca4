"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/ui/form-state";
import { runFormAction } from "@/lib/server/form-action";
import { changeOwnPassword } from "@/lib/server/gebruikers/change-password";
import { revokeToken } from "@/lib/server/tokens/revoke-token";
import { createToken } from "@/lib/server/tokens/create-token";
import { setVervanging } from "@/lib/server/gebruikers/set-vervanging";
import { setMeldingvoorkeuren } from "@/lib/server/gebruikers/set-meldingvoorkeuren";
import { endVervanging } from "@/lib/server/gebruikers/end-vervanging";

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

export async function mijnVervangerActie(_prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    await setVervanging(c, { vervangerId: s(fd, "vervangerId"), van: s(fd, "van"), tot: s(fd, "tot") });
    revalidatePath("/mijn-gegevens");
    return { melding: "Uw vervanger is vastgelegd." };
  });
}

export async function vervangingBeeindigenActie(id: string, fd: FormData): Promise<void> {
  await runFormAction(fd, async (c) => {
    await endVervanging(c, id);
  });
  revalidatePath("/mijn-gegevens");
  redirect("/mijn-gegevens");
}

export async function meldingenActie(_prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    await setMeldingvoorkeuren(c, { mailBijTaak: s(fd, "mailBijTaak") === "true", mailBijVervanging: s(fd, "mailBijVervanging") === "true" });
    revalidatePath("/mijn-gegevens");
    return { melding: "Uw voorkeuren voor meldingen zijn opgeslagen." };
  });
}
