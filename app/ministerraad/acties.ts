"use server";
import type { FormState } from "@/lib/ui/form-state";
import { runFormAction } from "@/lib/server/form-action";
import { addMeeting } from "@/lib/server/ministerraad/meetings";

export async function vergaderingToevoegenActie(_prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    const v = await addMeeting(c, { datum: typeof fd.get("datum") === "string" ? fd.get("datum") : "", soort: "extra" });
    return { redirectTo: `/ministerraad/${v.id}?melding=vergadering-toegevoegd` };
  });
}
