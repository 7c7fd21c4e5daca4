"use client";
// The meeting's agenda as one form: the mr_coordinator records the outcome of every agendapunt
// in one pass; items left on "Nog niet vastleggen" stay open.
import { ActionForm, type ServerAction } from "@/components/forms/action-form";
import { Invoer, Keuzelijst } from "@/components/forms/fields";
import { foutVoor } from "@/lib/ui/form-state";
import { MR_UITKOMSTEN, mrUitkomstLabels } from "@/lib/domain/nota-status";

export interface OpenAgendapunt {
  notaId: string;
  versie: number;
  kenmerk: string;
  onderwerp: string;
}

export function UitkomstenFormulier({ action, punten }: { action: ServerAction; punten: OpenAgendapunt[] }) {
  return (
    <ActionForm action={action} knop="Uitkomsten vastleggen" label="Uitkomsten van de vergadering">
      {(s) => (
        <>
          {punten.map((p) => (
            <fieldset key={p.notaId} className="br-fieldset br-uitkomst">
              <legend className="utrecht-form-label">
                {p.onderwerp} <span className="br-kenmerk">{p.kenmerk}</span>
              </legend>
              <input type="hidden" name="punt" value={`${p.notaId}:${p.versie}`} />
              {/* Keyed by what was typed: after a refusal the fields come back with the user's choice (React resets a form after its action). */}
              <Keuzelijst
                key={`u-${s.waarden?.[`uitkomst-${p.notaId}`] ?? ""}`}
                naam={`uitkomst-${p.notaId}`}
                label={`Uitkomst voor ${p.kenmerk}`}
                leeg="Nog niet vastleggen"
                opties={MR_UITKOMSTEN.map((u) => ({ waarde: u, label: mrUitkomstLabels[u] }))}
                defaultValue={s.waarden?.[`uitkomst-${p.notaId}`] ?? ""}
                fout={foutVoor(s, `uitkomst-${p.notaId}`)}
              />
              <Invoer
                key={`t-${s.waarden?.[`toelichting-${p.notaId}`] ?? ""}`}
                naam={`toelichting-${p.notaId}`}
                label={`Toelichting bij ${p.kenmerk} (optioneel)`}
                beschrijving="Verplicht bij aanvaard met wijzigingen: welke wijzigingen."
                defaultValue={s.waarden?.[`toelichting-${p.notaId}`] ?? ""}
                fout={foutVoor(s, `toelichting-${p.notaId}`)}
              />
            </fieldset>
          ))}
        </>
      )}
    </ActionForm>
  );
}
