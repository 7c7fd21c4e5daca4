"use server";
import { revalidatePath } from "next/cache";
import { AppError, type FieldError } from "@/lib/errors";
import type { FormState } from "@/lib/ui/form-state";
import { runFormAction } from "@/lib/server/form-action";
import { recordMeetingOutcomes } from "@/lib/server/ministerraad/record-meeting-outcomes";

const s = (fd: FormData, k: string) => (typeof fd.get(k) === "string" ? (fd.get(k) as string) : "");

/** The outcomes of all agendapunten of a meeting, in one pass (the same use case per item). */
export async function uitkomstenActie(vergaderingId: string, _prev: FormState, fd: FormData): Promise<FormState> {
  const items = fd.getAll("punt").flatMap((p) => {
    const [notaId = "", versie = ""] = String(p).split(":");
    return [{ notaId, versie: Number(versie), uitkomst: s(fd, `uitkomst-${notaId}`), toelichting: s(fd, `toelichting-${notaId}`) || null }];
  });
  let deels: FieldError[] = [];
  const state = await runFormAction(fd, async (c) => {
    const resultaten = await recordMeetingOutcomes(c, vergaderingId, items);
    revalidatePath(`/ministerraad/${vergaderingId}`);
    const gelukt = resultaten.filter((r) => r.ok).length;
    const mislukt = resultaten.filter((r) => !r.ok);
    if (resultaten.length === 0) throw new AppError("VALIDATION_FAILED", "Kies bij ten minste één nota een uitkomst.", items[0] ? [{ path: `uitkomst-${items[0].notaId}`, message: "Kies een uitkomst." }] : []);
    if (mislukt.length) {
      const fouten: FieldError[] = mislukt.flatMap((r) =>
        r.fouten?.length ? r.fouten.map((f) => ({ path: `${f.path === "toelichting" ? "toelichting" : "uitkomst"}-${r.notaId}`, message: f.message })) : [{ path: `uitkomst-${r.notaId}`, message: r.melding ?? "Niet vastgelegd." }],
      );
      if (gelukt === 0) throw new AppError("VALIDATION_FAILED", "Er is geen uitkomst vastgelegd. Zie de melding bij de nota.", fouten);
      // Partly recorded: say what was recorded (status) and what was not (the error summary).
      deels = fouten;
      return { melding: `${gelukt === 1 ? "1 uitkomst is" : `${gelukt} uitkomsten zijn`} vastgelegd; ${mislukt.length === 1 ? "1 niet" : `${mislukt.length} niet`}. Zie de melding bij de nota.` };
    }
    // Nothing left open: the page without the form, with the message.
    if (items.every((i) => !i.uitkomst || resultaten.some((r) => r.notaId === i.notaId && r.ok)) && items.length === resultaten.length) {
      return { redirectTo: `/ministerraad/${vergaderingId}?melding=uitkomsten-vastgelegd` };
    }
    return { melding: `${gelukt === 1 ? "1 uitkomst is" : `${gelukt} uitkomsten zijn`} vastgelegd. De besluitenlijst is bijgewerkt.` };
  });
  // A recorded item leaves the form; keep only what was typed for the ones still open.
  if (deels.length) return { ...state, fouten: deels };
  return state.ok ? { ...state, waarden: {} } : state;
}
