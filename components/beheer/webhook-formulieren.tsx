"use client";
import { ActionForm, type ServerAction } from "@/components/forms/action-form";
import { Invoer, veldId } from "@/components/forms/fields";
import { foutVoor } from "@/lib/ui/form-state";
import { WEBHOOK_EVENTS, WEBHOOK_EVENTTYPES } from "@/lib/domain/webhook-events";

/** A new subscription: URL, events, a description. The secret comes back once, in the status message. */
export function NieuwWebhookFormulier({ action }: { action: ServerAction }) {
  return (
    <ActionForm action={action} knop="Abonnement aanmaken" label="Nieuw webhook-abonnement">
      {(s) => {
        const fout = foutVoor(s, "eventtypes");
        const gekozen = s.ok ? [] : (s.waarden?.eventtypes ?? "").split(" ").filter(Boolean);
        return (
          <>
            <Invoer naam="url" type="url" inputMode="url" autoComplete="off" label="URL" beschrijving="Waarheen de gebeurtenissen gaan; moet met https:// beginnen." fout={foutVoor(s, "url")} defaultValue={s.ok ? "" : s.waarden?.url} />
            <fieldset className={`utrecht-form-fieldset br-fieldset${fout ? " br-field--invalid" : ""}`} id={veldId("eventtypes")} tabIndex={-1} aria-describedby={fout ? `${veldId("eventtypes")}-fout` : undefined}>
              <legend className="utrecht-form-fieldset__legend utrecht-form-label">Gebeurtenissen</legend>
              {fout ? <p id={`${veldId("eventtypes")}-fout`} className="utrecht-form-field-error-message br-field__error">{fout}</p> : null}
              {WEBHOOK_EVENTTYPES.map((t) => (
                <div key={t} className="br-checkbox">
                  <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" id={`${veldId("eventtypes")}-${t.replaceAll(".", "-")}`} name="eventtypes" value={t} defaultChecked={gekozen.includes(t)} />
                  <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`${veldId("eventtypes")}-${t.replaceAll(".", "-")}`}>{WEBHOOK_EVENTS[t]}</label>
                </div>
              ))}
            </fieldset>
            <Invoer naam="omschrijving" label="Omschrijving (optioneel)" beschrijving="Bijvoorbeeld: koppeling DMS." fout={foutVoor(s, "omschrijving")} defaultValue={s.ok ? "" : s.waarden?.omschrijving} />
          </>
        );
      }}
    </ActionForm>
  );
}

/** A new secret for one subscription: shown once in the status message. */
export function NieuwGeheimFormulier({ action, url }: { action: ServerAction; url: string }) {
  return (
    <ActionForm action={action} knop="Nieuw geheim" label={`Nieuw geheim voor ${url}`} secundair>
      {() => <p className="nl-paragraph">Het huidige geheim vervalt meteen; de ontvanger moet het nieuwe gebruiken.</p>}
    </ActionForm>
  );
}
