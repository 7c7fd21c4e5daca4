"use server";
import type { FormState } from "@/lib/ui/form-state";
import { runFormAction } from "@/lib/server/form-action";
import { createUser, updateUser } from "@/lib/server/gebruikers/manage-users";
import { setVervanging } from "@/lib/server/gebruikers/set-vervanging";
import { resetPassword } from "@/lib/server/gebruikers/reset-password";
import { retryUndeliverableMail } from "@/lib/server/outbox/undeliverable";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

const s = (fd: FormData, k: string) => (typeof fd.get(k) === "string" ? (fd.get(k) as string) : "");

export async function nieuweGebruikerActie(_prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    await createUser(c, {
      naam: s(fd, "naam"),
      email: s(fd, "email"),
      organisatieonderdeelId: s(fd, "organisatieonderdeelId"),
      rollen: fd.getAll("rollen").map(String),
      functie: s(fd, "functie") || null,
      ambtstitel: s(fd, "ambtstitel") || null,
      wachtwoord: s(fd, "wachtwoord"),
    });
    return { melding: `${s(fd, "naam")} is toegevoegd.` };
  });
}

export async function gebruikerWijzigenActie(id: string, _prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    await updateUser(c, id, { rollen: fd.getAll("rollen").map(String), actief: s(fd, "actief") === "true" });
    return { melding: "De rollen zijn opgeslagen." };
  });
}

export async function vervangingActie(_prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    await setVervanging(c, { vervangerId: s(fd, "vervangerId"), van: s(fd, "van"), tot: s(fd, "tot") }, s(fd, "gebruikerId") || undefined);
    return { melding: "De vervanging is vastgelegd." };
  });
}

export async function wachtwoordInstellenActie(_prev: FormState, fd: FormData): Promise<FormState> {
  const state = await runFormAction(fd, async (c) => {
    await resetPassword(c, s(fd, "resetGebruikerId"), { wachtwoord: s(fd, "resetWachtwoord") });
    return { melding: "Het nieuwe wachtwoord is ingesteld; alle sessies van deze gebruiker zijn beëindigd." };
  });
  // The fields carry their own names on this page (another form has a gebruikerId and a wachtwoord).
  const fouten = state.fouten?.map((f) => ({ ...f, path: f.path === "wachtwoord" ? "resetWachtwoord" : f.path }));
  return { ...state, fouten, waarden: { resetGebruikerId: s(fd, "resetGebruikerId") } };
}

/** "Opnieuw versturen" of an undeliverable mail: back in the queue, audited; the page shows it gone. */
export async function emailOpnieuwActie(id: string, fd: FormData): Promise<void> {
  await runFormAction(fd, async (c) => {
    await retryUndeliverableMail(c, id);
  });
  revalidatePath("/beheer");
  redirect("/beheer");
}
