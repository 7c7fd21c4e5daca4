"use server";
// The nota page's forms. Each calls the same use case as the REST API (one mutation path), with
// the version the user saw, and sends the user back to the nota with a status message.
import type { FormState } from "@/lib/ui/form-state";
import { runFormAction } from "@/lib/server/form-action";
import { recordParaaf } from "@/lib/server/notas/record-paraaf";
import { recordDecision } from "@/lib/server/notas/record-decision";
import { returnNota } from "@/lib/server/notas/return-nota";
import { withdrawNota } from "@/lib/server/notas/withdraw-nota";
import { registerForMr } from "@/lib/server/ministerraad/register-for-mr";
import { recordMrOutcome } from "@/lib/server/ministerraad/record-mr-outcome";
import { recordSending } from "@/lib/server/kamerbrief/record-sending";
import { recordTkNumbers } from "@/lib/server/kamerbrief/record-tk-numbers";

const terug = (id: string, melding: string) => ({ redirectTo: `/notas/${id}?melding=${melding}` });
const tekst = (fd: FormData, k: string) => {
  const v = fd.get(k);
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
};

export async function paraferenActie(id: string, versie: number, _prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    const nota = await recordParaaf(c, id, versie, { oordeel: tekst(fd, "oordeel"), opmerking: tekst(fd, "opmerking") });
    // A nota that goes retour is visible to the opsteller's directie only: back to Mijn taken.
    return nota.status === "retour" ? { redirectTo: "/?melding=retour-gestuurd" } : terug(id, "geparafeerd");
  });
}

export async function beslissenActie(id: string, versie: number, volgnummers: number[], _prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    await recordDecision(c, id, versie, {
      beslispunten: volgnummers.filter((n) => tekst(fd, `beslispunten.${n}.oordeel`)).map((n) => ({
        volgnummer: n,
        oordeel: tekst(fd, `beslispunten.${n}.oordeel`),
        wijziging: tekst(fd, `beslispunten.${n}.wijziging`),
      })),
      annotatie: tekst(fd, "annotatie"),
      uitkomst: tekst(fd, "uitkomst") ?? "besloten",
    });
    return terug(id, "besloten");
  });
}

export async function terugsturenActie(id: string, versie: number, _prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    await returnNota(c, id, versie, { opmerking: tekst(fd, "opmerking") ?? "" });
    return { redirectTo: "/?melding=teruggestuurd" };
  });
}

export async function intrekkenActie(id: string, versie: number, _prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    await withdrawNota(c, id, versie, { reden: tekst(fd, "reden") ?? "" });
    return terug(id, "ingetrokken");
  });
}

export async function mrAanmeldenActie(id: string, versie: number, _prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    await registerForMr(c, id, versie, { vergaderingId: tekst(fd, "vergaderingId") ?? "", rondgezondenOp: tekst(fd, "rondgezondenOp") ?? "", motivering: tekst(fd, "motivering") });
    return terug(id, "aangemeld");
  });
}

export async function mrUitkomstActie(id: string, versie: number, _prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    await recordMrOutcome(c, id, versie, { uitkomst: tekst(fd, "uitkomst"), toelichting: tekst(fd, "toelichting"), nieuweVergaderingId: tekst(fd, "nieuweVergaderingId") });
    return terug(id, "mr-uitkomst");
  });
}

export async function verzendenActie(id: string, versie: number, _prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    await recordSending(c, id, versie, { verzondenOp: tekst(fd, "verzondenOp") ?? "" });
    return terug(id, "verzonden");
  });
}

export async function tkNummersActie(id: string, versie: number, _prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    await recordTkNumbers(c, id, versie, {
      tkDocumentnummer: tekst(fd, "tkDocumentnummer") ?? null,
      tkZaaknummer: tekst(fd, "tkZaaknummer") ?? null,
      dossiernummer: tekst(fd, "dossiernummer") ?? null,
      ondernummer: tekst(fd, "ondernummer") ?? null,
      vergaderjaar: tekst(fd, "vergaderjaar") ?? null,
    });
    return terug(id, "tk-nummers");
  });
}
