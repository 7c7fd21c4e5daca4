"use server";
import type { FormState } from "@/lib/ui/form-state";
import { runFormAction } from "@/lib/server/form-action";
import { saveKamerbrief } from "@/lib/server/kamerbrief/save-kamerbrief";

export async function kamerbriefActie(id: string, versie: number, _prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    const s = (k: string) => (typeof fd.get(k) === "string" ? (fd.get(k) as string) : "");
    await saveKamerbrief(c, id, versie, {
      datum: s("datum") || null,
      betreft: s("betreft"),
      onsKenmerk: s("onsKenmerk") || null,
      uwKenmerk: s("uwKenmerk") || null,
      aanhef: s("aanhef") || undefined,
      tekst: s("tekst"),
      slot: s("slot") || null,
      ondertekenaarId: s("ondertekenaarId") || null,
    });
    return { redirectTo: `/notas/${id}/kamerbrief?melding=kamerbrief-opgeslagen` };
  });
}
