"use client";
// Importing: paste the text of an existing nota (or upload its .docx), review what Beslisroute
// recognised — per section the heading it came from, the lines it could not place — in the
// ordinary nota form, and only then create the concept.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Tekstvak, veldId } from "@/components/forms/fields";
import { ImportBeoordeling } from "@/components/nota/import-beoordeling";
import type { ServerAction } from "@/components/forms/action-form";
import type { ImportState } from "@/app/notas/importeren/acties";

interface Props {
  importeer: (prev: ImportState, fd: FormData) => Promise<ImportState>;
  aanmaken: ServerAction;
  bewindspersonen: { id: string; naam: string }[];
  collegas: { id: string; naam: string }[];
}

export function ImportFormulier({ importeer, aanmaken, bewindspersonen, collegas }: Props) {
  const [state, action, bezig] = useActionState<ImportState, FormData>(importeer, {});
  const r = state.resultaat;
  if (r) {
    return (
      <section aria-labelledby="herkend-titel">
        <h2 id="herkend-titel" className="nl-heading nl-heading--level-2" tabIndex={-1} ref={(el) => el?.focus()}>Herkend: controleer en vul aan</h2>
        {r.waarschuwingen.length ? (
          <div className="utrecht-alert utrecht-alert--warning br-retour" role="status">
            <p className="nl-paragraph"><strong>Let op:</strong></p>
            <ul>{r.waarschuwingen.map((w) => <li key={w}>{w}</li>)}</ul>
          </div>
        ) : null}
        <ImportBeoordeling resultaat={r} aanmaken={aanmaken} bewindspersonen={bewindspersonen} collegas={collegas} />
      </section>
    );
  }
  const fouten = (state.fouten ?? []).map((f) => ({ veld: veldId(f.path), melding: f.message }));
  return (
    <form action={action} noValidate>
      <ErrorSummary fouten={fouten} />
      <Tekstvak naam="tekst" label="Tekst van de nota" beschrijving="Plak de hele nota, met de kopgegevens (Aan, Van, Datum, Kenmerk, Onderwerp) en alle secties tot en met de bijlagen. Kopjes met een tikfout, afgebroken regels en paginakoppen worden herkend; wat niet herkend wordt, ziet u apart terug." rows={16} fout={fouten.find((f) => f.veld === veldId("tekst"))?.melding} />
      <div className={`utrecht-form-field br-field${fouten.some((f) => f.veld === veldId("bestand")) ? " br-field--invalid" : ""}`}>
        <label className="utrecht-form-label" htmlFor={veldId("bestand")}>Of kies een Word-document (.docx)</label>
        <div id={`${veldId("bestand")}-beschrijving`} className="utrecht-form-field-description">Hoogstens 20 MB. Het document wordt gelezen op zijn kopstijlen, nummering en tabellen.</div>
        {fouten.find((f) => f.veld === veldId("bestand")) ? <p id={`${veldId("bestand")}-fout`} className="utrecht-form-field-error-message br-field__error">{fouten.find((f) => f.veld === veldId("bestand"))!.melding}</p> : null}
        <input type="file" id={veldId("bestand")} name="bestand" accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" aria-describedby={`${veldId("bestand")}-beschrijving${fouten.some((f) => f.veld === veldId("bestand")) ? ` ${veldId("bestand")}-fout` : ""}`} aria-invalid={fouten.some((f) => f.veld === veldId("bestand")) ? true : undefined} />
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig} aria-disabled={bezig}>{bezig ? "Bezig met herkennen…" : "Herkennen"}</button>
    </form>
  );
}
