"use server";
import type { FormState } from "@/lib/ui/form-state";
import { runFormAction } from "@/lib/server/form-action";
import { revalidatePath } from "next/cache";
import { formatDag } from "@/lib/domain/datum";
import { addMeeting } from "@/lib/server/ministerraad/add-meeting";
import { setReces } from "@/lib/server/ministerraad/set-reces";

export async function vergaderingToevoegenActie(_prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    const v = await addMeeting(c, { datum: typeof fd.get("datum") === "string" ? fd.get("datum") : "", soort: "extra" });
    return { redirectTo: `/ministerraad/${v.id}?melding=vergadering-toegevoegd` };
  });
}

export async function recesActie(_prev: FormState, fd: FormData): Promise<FormState> {
  const s = (k: string) => (typeof fd.get(k) === "string" ? (fd.get(k) as string) : "");
  const state = await runFormAction(fd, async (c) => {
    const r = await setReces(c, { jaar: s("recesJaar"), van: s("recesVan"), tot: s("recesTot") });
    revalidatePath("/ministerraad");
    return { melding: `Het zomerreces ${r.jaar} is vastgelegd: ${formatDag(r.van)} tot en met ${formatDag(r.tot)}. ${r.vervallen.length === 1 ? "1 reguliere vergadering vervalt" : `${r.vervallen.length} reguliere vergaderingen vervallen`}.` };
  });
  const namen: Record<string, string> = { jaar: "recesJaar", van: "recesVan", tot: "recesTot" };
  return { ...state, fouten: state.fouten?.map((f) => ({ ...f, path: namen[f.path] ?? f.path })) };
}
