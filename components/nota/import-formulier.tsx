"use client";
// Importing: paste the text of an existing nota (or upload its .docx), review what Beslisroute
// recognised in the ordinary nota form, and only then create the concept.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Tekstvak, veldId } from "@/components/forms/fields";
import { NotaFormulier } from "@/components/nota/nota-formulier";
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
    const n = r.nota;
    return (
      <section aria-labelledby="herkend-titel">
        <h2 id="herkend-titel" className="nl-heading nl-heading--level-2" tabIndex={-1} ref={(el) => el?.focus()}>Herkend: controleer en vul aan</h2>
        {r.waarschuwingen.length ? (
          <div className="utrecht-alert utrecht-alert--warning br-retour" role="status">
            <p className="nl-paragraph"><strong>Let op:</strong></p>
            <ul>{r.waarschuwingen.map((w) => <li key={w}>{w}</li>)}</ul>
          </div>
        ) : null}
        <NotaFormulier
          action={aanmaken}
          bewindspersonen={bewindspersonen}
          collegas={collegas}
          knop="Concept aanmaken"
          start={{
            onderwerp: n.onderwerp,
            soort: n.soort,
            aanId: n.aanId ?? "",
            contactpersoonId: "",
            uitersteBeslisdatum: n.uitersteBeslisdatum ?? "",
            deadlineReden: n.deadlineReden ?? "",
            rubricering: "",
            mrBehandeling: n.mrBehandeling,
            kamerbrief: n.kamerbrief,
            aanleiding: n.aanleiding,
            kern: n.kern,
            toelichting: n.toelichting,
            politiekeContext: n.politiekeContext ?? "",
            nietOpenbaar: n.nietOpenbaar,
            motivering: n.motivering,
            beslispunten: n.beslispunten.map((b) => b.tekst),
            bijlagen: n.bijlagen.map((b) => ({ naam: b.naam, informatie: b.informatie, gronden: b.gronden.join(", "), vindplaats: "" })),
          }}
        />
      </section>
    );
  }
  const fouten = (state.fouten ?? []).map((f) => ({ veld: veldId(f.path), melding: f.message }));
  return (
    <form action={action} noValidate>
      <ErrorSummary fouten={fouten} />
      <Tekstvak naam="tekst" label="Tekst van de nota" beschrijving="Plak de hele nota, van Aanleiding tot en met Bijlagen. Kopjes met een tikfout en afgebroken regels worden herkend." rows={16} fout={fouten.find((f) => f.veld === veldId("tekst"))?.melding} />
      <div className="utrecht-form-field br-field">
        <label className="utrecht-form-label" htmlFor={veldId("bestand")}>Of kies een Word-document (.docx)</label>
        <input type="file" id={veldId("bestand")} name="bestand" accept=".docx" />
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig} aria-disabled={bezig}>{bezig ? "Bezig met herkennen…" : "Herkennen"}</button>
    </form>
  );
}
