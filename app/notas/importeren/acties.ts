"use server";
import { currentActor } from "@/lib/server/session";
import { isAppError, type FieldError } from "@/lib/errors";
import { importNota, type ImportAntwoord } from "@/lib/server/notas/import-nota";

export interface ImportState {
  resultaat?: ImportAntwoord;
  melding?: string;
  fouten?: FieldError[];
}

export async function importeerActie(_prev: ImportState, fd: FormData): Promise<ImportState> {
  const actor = await currentActor();
  if (!actor) return { melding: "Uw sessie is verlopen. Log opnieuw in." };
  try {
    const file = fd.get("bestand");
    if (file instanceof File && file.size > 0) return { resultaat: await importNota(actor, { docx: new Uint8Array(await file.arrayBuffer()) }) };
    return { resultaat: await importNota(actor, { tekst: fd.get("tekst") }) };
  } catch (e) {
    if (isAppError(e)) return { melding: e.detail, fouten: e.errors ?? [{ path: "tekst", message: e.detail }] };
    throw e;
  }
}
