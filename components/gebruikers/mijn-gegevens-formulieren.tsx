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
