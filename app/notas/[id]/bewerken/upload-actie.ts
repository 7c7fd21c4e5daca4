"use server";
import type { FormState } from "@/lib/ui/form-state";
import { runFormAction } from "@/lib/server/form-action";
import { uploadBijlage } from "@/lib/server/notas/upload-bijlage";
import { AppError } from "@/lib/errors";

export async function uploadActie(id: string, versie: number, volgnummer: number, _prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    const file = fd.get("bestand");
    if (!(file instanceof File) || file.size === 0) throw new AppError("VALIDATION_FAILED", "Kies een bestand.", [{ path: "bestand", message: "Kies een bestand." }]);
    await uploadBijlage(c, id, String(volgnummer), versie, { naam: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return { redirectTo: `/notas/${id}/bewerken?melding=bijlage-opgeslagen` };
  });
}
