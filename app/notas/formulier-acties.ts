"use server";
import type { FormState } from "@/lib/ui/form-state";
import { notaInvoerUitFormulier } from "@/lib/ui/nota-form-data";
import { runFormAction } from "@/lib/server/form-action";
import { createNota } from "@/lib/server/notas/create-nota";
import { updateNota } from "@/lib/server/notas/update-nota";

export async function nieuweNotaActie(_prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    const nota = await createNota(c, notaInvoerUitFormulier(fd));
    return { redirectTo: `/notas/${nota.id}?melding=aangemaakt` };
  });
}

export async function bewerkNotaActie(id: string, versie: number, _prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    await updateNota(c, id, versie, notaInvoerUitFormulier(fd));
    return { redirectTo: `/notas/${id}?melding=opgeslagen` };
  });
}
