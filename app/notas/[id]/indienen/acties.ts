"use server";
import type { FormState } from "@/lib/ui/form-state";
import { runFormAction } from "@/lib/server/form-action";
import { submitNota } from "@/lib/server/notas/submit-nota";

export async function indienenActie(id: string, versie: number, _prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    const idx = [...new Set([...fd.keys()].map((k) => /^paraafroute\.(\d+)\./.exec(k)?.[1]).filter(Boolean).map(Number))].sort((a, b) => a - b);
    const s = (k: string) => (typeof fd.get(k) === "string" ? (fd.get(k) as string) : "");
    await submitNota(c, id, versie, {
      paraafroute: idx.map((i) => ({
        volgorde: Number(s(`paraafroute.${i}.volgorde`)),
        gebruikerId: s(`paraafroute.${i}.gebruikerId`),
        rol: s(`paraafroute.${i}.rol`),
        deadline: s(`paraafroute.${i}.deadline`) || null,
      })),
    });
    return { redirectTo: `/notas/${id}?melding=ingediend` };
  });
}
