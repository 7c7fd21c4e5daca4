"use client";
// Choosing the paraafroute: ordered steps; the same number means parallel (medeparaaf).
import { useActionState, useState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Invoer, Keuzelijst, veldId } from "@/components/forms/fields";
import type { ServerAction } from "@/components/forms/action-form";
import { foutVoor, type FormState } from "@/lib/ui/form-state";

export interface RouteStap {
  volgorde: number;
  gebruikerId: string;
  rol: string;
  deadline: string;
}

export function RouteFormulier({ action, start, parafeerders }: { action: ServerAction; start: RouteStap[]; parafeerders: { id: string; naam: string }[] }) {
  const [state, formAction, bezig] = useActionState<FormState, FormData>(action, {});
  const [stappen, setStappen] = useState<RouteStap[]>(start.length ? start : [{ volgorde: 1, gebruikerId: "", rol: "", deadline: "" }]);
  const [aankondiging, setAankondiging] = useState("");
  const wijzig = (i: number, patch: Partial<RouteStap>) => setStappen((s) => s.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const fouten = (state.fouten ?? []).map((f) => ({ veld: veldId(f.path), melding: f.message }));
  return (
    <form action={formAction} noValidate>
      <ErrorSummary fouten={fouten.length ? fouten : state.ok === false && state.melding ? [{ veld: "", melding: state.melding }] : []} />
      <div role="status" aria-live="polite" className="br-visually-hidden">{aankondiging}</div>
      <p className="nl-paragraph" id={veldId("paraafroute")}>Stappen met hetzelfde volgnummer lopen parallel (medeparaaf): die parafeerders moeten allemaal akkoord zijn voordat de volgende stap begint.</p>
      {stappen.map((s, i) => (
        <fieldset key={i} className="br-fieldset br-routestap">
          <legend className="utrecht-form-label">Stap {i + 1}</legend>
          <Invoer naam={`paraafroute.${i}.volgorde`} label="Volgnummer" type="number" min={1} max={20} inputMode="numeric" value={String(s.volgorde)} onChange={(e) => wijzig(i, { volgorde: Number(e.target.value) })} fout={foutVoor(state, `paraafroute.${i}.volgorde`)} />
          <Keuzelijst naam={`paraafroute.${i}.gebruikerId`} label="Parafeerder" opties={parafeerders.map((p) => ({ waarde: p.id, label: p.naam }))} leeg="Kies een parafeerder" value={s.gebruikerId} onChange={(e) => wijzig(i, { gebruikerId: e.target.value })} fout={foutVoor(state, `paraafroute.${i}.gebruikerId`)} />
          <Invoer naam={`paraafroute.${i}.rol`} label="Rol in de route" beschrijving="Bijvoorbeeld Afdelingshoofd, Directeur, DG, Medeparaaf DWJZ" value={s.rol} onChange={(e) => wijzig(i, { rol: e.target.value })} fout={foutVoor(state, `paraafroute.${i}.rol`)} />
          <Invoer naam={`paraafroute.${i}.deadline`} label="Deadline (optioneel)" type="date" beschrijving="Leeg: teruggerekend vanaf de uiterste beslisdatum." value={s.deadline} onChange={(e) => wijzig(i, { deadline: e.target.value })} fout={foutVoor(state, `paraafroute.${i}.deadline`)} />
          <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => { setStappen((x) => x.filter((_, j) => j !== i)); setAankondiging(`Stap ${i + 1} is verwijderd.`); }}>
            Stap {i + 1} verwijderen
          </button>
        </fieldset>
      ))}
      <div className="br-knoppenrij">
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => { const v = Math.max(0, ...stappen.map((x) => x.volgorde)) + 1; setStappen((x) => [...x, { volgorde: v, gebruikerId: "", rol: "", deadline: "" }]); setAankondiging(`Stap ${stappen.length + 1} is toegevoegd.`); }}>
          Stap toevoegen
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => { const v = stappen.at(-1)?.volgorde ?? 1; setStappen((x) => [...x, { volgorde: v, gebruikerId: "", rol: "Medeparaaf", deadline: "" }]); setAankondiging(`Parallelle stap ${stappen.length + 1} is toegevoegd met volgnummer ${v}.`); }}>
          Parallelle medeparaaf toevoegen
        </button>
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig} aria-disabled={bezig}>{bezig ? "Bezig…" : "Indienen"}</button>
    </form>
  );
}
