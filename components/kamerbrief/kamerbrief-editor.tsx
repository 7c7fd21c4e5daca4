"use client";
// The Kamerbrief editor with a live preview beside it.
import { useActionState, useState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Invoer, Keuzelijst, Tekstvak, veldId } from "@/components/forms/fields";
import type { ServerAction } from "@/components/forms/action-form";
import { KamerbriefVoorbeeld, type KamerbriefWeergave } from "@/components/kamerbrief/kamerbrief-voorbeeld";
import { foutVoor, type FormState } from "@/lib/ui/form-state";

interface Waarden {
  datum: string;
  betreft: string;
  onsKenmerk: string;
  uwKenmerk: string;
  aanhef: string;
  tekst: string;
  slot: string;
  ondertekenaarId: string;
}

export function KamerbriefEditor({ action, start, vast, ondertekenaars }: { action: ServerAction; start: Waarden; vast: Pick<KamerbriefWeergave, "ministerie" | "directie" | "bijlagen"> & { notaKenmerk: string; aan: { naam: string; ambtstitel: string | null } }; ondertekenaars: { id: string; naam: string; ambtstitel: string | null }[] }) {
  const [state, formAction, bezig] = useActionState<FormState, FormData>(action, {});
  const [w, setW] = useState(start);
  const set = (k: keyof Waarden, v: string) => setW((x) => ({ ...x, [k]: v }));
  const fouten = (state.fouten ?? []).map((f) => ({ veld: veldId(f.path), melding: f.message }));
  const ondertekenaar = ondertekenaars.find((o) => o.id === w.ondertekenaarId) ?? vast.aan;
  return (
    <div className="br-editor">
      <form action={formAction} noValidate className="br-editor__formulier">
        <ErrorSummary fouten={fouten.length ? fouten : state.ok === false && state.melding ? [{ veld: "", melding: state.melding }] : []} />
        <Invoer naam="datum" type="date" label="Datum" beschrijving="Leeg: de datum van verzending." value={w.datum} onChange={(e) => set("datum", e.target.value)} fout={foutVoor(state, "datum")} />
        <Invoer naam="betreft" label="Betreft" value={w.betreft} onChange={(e) => set("betreft", e.target.value)} fout={foutVoor(state, "betreft")} />
        <Invoer naam="onsKenmerk" label="Ons kenmerk (optioneel)" beschrijving={`Het nummer van de brief in het DMS. Leeg: het kenmerk van de nota (${vast.notaKenmerk}).`} value={w.onsKenmerk} onChange={(e) => set("onsKenmerk", e.target.value)} fout={foutVoor(state, "onsKenmerk")} />
        <Invoer naam="uwKenmerk" label="Uw kenmerk (optioneel)" value={w.uwKenmerk} onChange={(e) => set("uwKenmerk", e.target.value)} fout={foutVoor(state, "uwKenmerk")} />
        <Invoer naam="aanhef" label="Aanhef" value={w.aanhef} onChange={(e) => set("aanhef", e.target.value)} fout={foutVoor(state, "aanhef")} />
        <Tekstvak naam="tekst" label="Tekst van de brief" rows={14} value={w.tekst} onChange={(e) => set("tekst", e.target.value)} fout={foutVoor(state, "tekst")} />
        <Invoer naam="slot" label="Slot (optioneel)" value={w.slot} onChange={(e) => set("slot", e.target.value)} fout={foutVoor(state, "slot")} />
        <Keuzelijst naam="ondertekenaarId" label="Ondertekenaar" opties={ondertekenaars.map((o) => ({ waarde: o.id, label: `${o.naam}${o.ambtstitel ? `, ${o.ambtstitel}` : ""}` }))} leeg={`Aan wie de nota is gericht: ${vast.aan.naam}`} value={w.ondertekenaarId} onChange={(e) => set("ondertekenaarId", e.target.value)} fout={foutVoor(state, "ondertekenaarId")} />
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig} aria-disabled={bezig}>{bezig ? "Bezig met opslaan…" : "Kamerbrief opslaan"}</button>
      </form>
      <section className="br-editor__voorbeeld" aria-labelledby="voorbeeld-titel">
        <h2 id="voorbeeld-titel" className="nl-heading nl-heading--level-2">Voorbeeld</h2>
        <KamerbriefVoorbeeld brief={{ ministerie: vast.ministerie, directie: vast.directie, bijlagen: vast.bijlagen, onsKenmerk: w.onsKenmerk || vast.notaKenmerk, datum: w.datum || null, betreft: w.betreft, uwKenmerk: w.uwKenmerk || null, aanhef: w.aanhef, tekst: w.tekst, slot: w.slot || null, ondertekenaar }} />
      </section>
    </div>
  );
}
