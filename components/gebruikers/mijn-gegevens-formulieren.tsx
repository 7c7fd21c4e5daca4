"use client";
import { ActionForm, type ServerAction } from "@/components/forms/action-form";
import { Invoer, Keuzelijst } from "@/components/forms/fields";
import { foutVoor } from "@/lib/ui/form-state";

export function WachtwoordFormulier({ action }: { action: ServerAction }) {
  return (
    <ActionForm action={action} knop="Wachtwoord wijzigen" label="Wachtwoord wijzigen">
      {(s) => (
        <>
          <Invoer naam="huidig" type="password" autoComplete="current-password" label="Huidig wachtwoord" fout={foutVoor(s, "huidig")} />
          <Invoer naam="nieuw" type="password" autoComplete="new-password" label="Nieuw wachtwoord" beschrijving="Minstens 12 tekens. Na het wijzigen logt u overal opnieuw in." fout={foutVoor(s, "nieuw")} />
        </>
      )}
    </ActionForm>
  );
}

export function TokenFormulier({ action }: { action: ServerAction }) {
  return (
    <ActionForm action={action} knop="Token aanmaken" label="Nieuw API-token">
      {(s) => (
        <>
          <Invoer naam="naam" label="Naam van het token" beschrijving="Waarvoor u het gebruikt, bijvoorbeeld: koppeling DMS." fout={foutVoor(s, "naam")} defaultValue={s.ok ? "" : s.waarden?.naam} />
          <Keuzelijst
            naam="scope"
            label="Bereik"
            opties={[
              { waarde: "lezen", label: "Alleen lezen" },
              { waarde: "schrijven", label: "Lezen en schrijven" },
              { waarde: "webhooks", label: "Lezen en eigen webhooks beheren" },
            ]}
            defaultValue={s.waarden?.scope ?? "lezen"}
            fout={foutVoor(s, "scope")}
          />
          <Invoer naam="geldigheidDagen" type="number" inputMode="numeric" min={1} max={365} label="Geldig (dagen)" beschrijving="Standaard 90 dagen, hoogstens 365." defaultValue={s.waarden?.geldigheidDagen ?? "90"} fout={foutVoor(s, "geldigheidDagen")} />
        </>
      )}
    </ActionForm>
  );
}

/** The official names their own vervanger for a period (holiday, leave). */
export function MijnVervangerFormulier({ action, collegas }: { action: ServerAction; collegas: { id: string; naam: string }[] }) {
  return (
    <ActionForm action={action} knop="Vervanger vastleggen" label="Mijn vervanger aanwijzen">
      {(s) => (
        <>
          <Keuzelijst naam="vervangerId" label="Vervanger" beschrijving="Uw vervanger ziet in die periode uw taken en handelt namens u." opties={collegas.map((c) => ({ waarde: c.id, label: c.naam }))} leeg="Kies een collega" defaultValue={s.ok ? "" : s.waarden?.vervangerId} fout={foutVoor(s, "vervangerId")} />
          <Invoer naam="van" type="date" label="Van" defaultValue={s.ok ? "" : s.waarden?.van} fout={foutVoor(s, "van")} />
          <Invoer naam="tot" type="date" label="Tot en met" defaultValue={s.ok ? "" : s.waarden?.tot} fout={foutVoor(s, "tot")} />
        </>
      )}
    </ActionForm>
  );
}

/** E-mail notifications the official wants. */
export function MeldingenFormulier({ action, mailBijTaak, mailBijVervanging }: { action: ServerAction; mailBijTaak: boolean; mailBijVervanging: boolean }) {
  return (
    <ActionForm action={action} knop="Voorkeuren opslaan" label="Meldingen per e-mail" secundair>
      {() => (
        <fieldset className="br-fieldset">
          <legend className="utrecht-form-label">Stuur mij een e-mail</legend>
          <div className="br-checkbox">
            <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" id="veld-mailBijTaak" name="mailBijTaak" value="true" defaultChecked={mailBijTaak} />
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="veld-mailBijTaak">als er een taak op mij wacht (paraaf, besluit, Kamerbrief verzenden)</label>
          </div>
          <div className="br-checkbox">
            <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" id="veld-mailBijVervanging" name="mailBijVervanging" value="true" defaultChecked={mailBijVervanging} />
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="veld-mailBijVervanging">als iemand mij als vervanger aanwijst</label>
          </div>
        </fieldset>
      )}
    </ActionForm>
  );
}
