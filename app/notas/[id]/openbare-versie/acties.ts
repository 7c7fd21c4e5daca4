"use server";
import type { FormState } from "@/lib/ui/form-state";
import { runFormAction } from "@/lib/server/form-action";
import { addWeglakking } from "@/lib/server/publicatie/weglakkingen";
import { beoordeelKandidaten } from "@/lib/server/publicatie/kandidaten";
import { publishNota } from "@/lib/server/publicatie/publish-nota";

const s = (fd: FormData, k: string) => (typeof fd.get(k) === "string" ? (fd.get(k) as string) : "");

export async function weglakkingActie(id: string, versie: number, _prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    await addWeglakking(c, id, versie, { tekst: s(fd, "tekst"), grond: s(fd, "grond") });
    return { redirectTo: `/notas/${id}/openbare-versie?melding=weglakking` };
  });
}

export async function publicerenActie(id: string, versie: number, _prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    await publishNota(c, id, versie);
    return { redirectTo: `/notas/${id}/openbare-versie?melding=gepubliceerd` };
  });
}

export async function kandidatenActie(id: string, versie: number, aantal: number, _prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    const besluiten = Array.from({ length: Math.min(aantal, 500) }, (_, i) => ({ tekst: s(fd, `besluiten-${i}-tekst`), besluit: s(fd, `besluiten-${i}-besluit`) }));
    await beoordeelKandidaten(c, id, versie, { besluiten });
    return { redirectTo: `/notas/${id}/openbare-versie?melding=kandidaten` };
  });
}
