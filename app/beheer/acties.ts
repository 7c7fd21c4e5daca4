"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/ui/form-state";
import { runFormAction } from "@/lib/server/form-action";
import { createUser } from "@/lib/server/gebruikers/create-user";
import { setAmbtstitel } from "@/lib/server/gebruikers/set-ambtstitel";
import { updateUser } from "@/lib/server/gebruikers/update-user";
import { createOnderdeel } from "@/lib/server/organisatie/create-onderdeel";
import { setOrganisatieLogo } from "@/lib/server/organisatie/set-organisatie-logo";
import { updateOrganisatie } from "@/lib/server/organisatie/update-organisatie";
import { setVervanging } from "@/lib/server/gebruikers/set-vervanging";
import { resetPassword } from "@/lib/server/gebruikers/reset-password";
import { retryUndeliverableMail } from "@/lib/server/outbox/retry-undeliverable-mail";
import { saveGroepKoppeling } from "@/lib/server/gebruikers/save-groep-koppeling";
import { removeGroepKoppeling } from "@/lib/server/gebruikers/remove-groep-koppeling";

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
    revalidatePath("/beheer");
    return { melding: `${s(fd, "naam")} is toegevoegd.` };
  });
}

export async function gebruikerWijzigenActie(id: string, _prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    await updateUser(c, id, { rollen: fd.getAll("rollen").map(String), actief: s(fd, "actief") === "true" });
    revalidatePath("/beheer");
    return { melding: "De rollen zijn opgeslagen." };
  });
}

export async function vervangingActie(_prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    await setVervanging(c, { vervangerId: s(fd, "vervangerId"), van: s(fd, "van"), tot: s(fd, "tot") }, s(fd, "gebruikerId") || undefined);
    revalidatePath("/beheer");
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

/** Maps the use case's field names to this page's own (several forms share one page: unique ids). */
function hernoem(state: FormState, namen: Record<string, string>): FormState {
  return { ...state, fouten: state.fouten?.map((f) => ({ ...f, path: namen[f.path] ?? f.path })) };
}

export async function organisatieActie(id: string, _prev: FormState, fd: FormData): Promise<FormState> {
  const state = await runFormAction(fd, async (c) => {
    await updateOrganisatie(c, id, {
      naam: s(fd, "orgNaam"),
      afkorting: s(fd, "orgAfkorting"),
      postbus: s(fd, "orgPostbus") || null,
      postcodePlaats: s(fd, "orgPostcodePlaats") || null,
      bezoekadres: s(fd, "orgBezoekadres") || null,
      website: s(fd, "orgWebsite") || null,
    });
    revalidatePath("/beheer");
    return { melding: "De gegevens van de organisatie zijn opgeslagen." };
  });
  return hernoem(state, { naam: "orgNaam", afkorting: "orgAfkorting", postbus: "orgPostbus", postcodePlaats: "orgPostcodePlaats", bezoekadres: "orgBezoekadres", website: "orgWebsite" });
}

export async function logoActie(id: string, _prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    const bestand = fd.get("logo");
    const bytes = bestand instanceof File ? new Uint8Array(await bestand.arrayBuffer()) : new Uint8Array();
    await setOrganisatieLogo(c, id, { naam: bestand instanceof File ? bestand.name : "", bytes });
    revalidatePath("/beheer");
    return { melding: "Het beeldmerk is opgeslagen; het staat op elke nieuwe download van een brief." };
  });
}

export async function logoVerwijderenActie(id: string, fd: FormData): Promise<void> {
  await runFormAction(fd, async (c) => {
    await setOrganisatieLogo(c, id, null);
  });
  revalidatePath("/beheer");
  redirect("/beheer#organisatie-titel");
}

export async function onderdeelActie(_prev: FormState, fd: FormData): Promise<FormState> {
  const state = await runFormAction(fd, async (c) => {
    await createOnderdeel(c, { naam: s(fd, "onderdeelNaam"), afkorting: s(fd, "onderdeelAfkorting") || null, soort: s(fd, "onderdeelSoort"), parentId: s(fd, "onderdeelParentId") });
    revalidatePath("/beheer");
    return { melding: `${s(fd, "onderdeelNaam")} is toegevoegd.` };
  });
  return hernoem(state, { naam: "onderdeelNaam", afkorting: "onderdeelAfkorting", soort: "onderdeelSoort", parentId: "onderdeelParentId" });
}

export async function ambtstitelActie(id: string, _prev: FormState, fd: FormData): Promise<FormState> {
  const state = await runFormAction(fd, async (c) => {
    await setAmbtstitel(c, id, { ambtstitel: s(fd, `ambtstitel-${id}`) });
    revalidatePath("/beheer");
    return { melding: "De ambtstitel is opgeslagen." };
  });
  return hernoem(state, { ambtstitel: `ambtstitel-${id}` });
}

/** SSO: a group of the identity provider → roles and directie (new, or changed). */
export async function groepKoppelingActie(_prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    await saveGroepKoppeling(c, { groep: s(fd, "groep"), rollen: fd.getAll("rollen").map(String), organisatieonderdeelId: s(fd, `onderdeel-${s(fd, "sleutel")}`) || null });
    revalidatePath("/beheer");
    return { melding: `De koppeling van groep ${s(fd, "groep")} is opgeslagen.` };
  });
}

export async function groepKoppelingVerwijderenActie(id: string, _prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    await removeGroepKoppeling(c, id);
    revalidatePath("/beheer");
    return { melding: "De koppeling is verwijderd." };
  });
}
