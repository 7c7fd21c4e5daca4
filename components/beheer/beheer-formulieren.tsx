"use client";
import { ActionForm, type ServerAction } from "@/components/forms/action-form";
import { Invoer, Keuzelijst, veldId } from "@/components/forms/fields";
import { foutVoor } from "@/lib/ui/form-state";
import { ROLLEN, rolLabels } from "@/lib/domain/rollen";

function RollenKeuze({ naam, gekozen, fout, legenda }: { naam: string; gekozen: string[]; fout?: string; legenda: string }) {
  return (
    <fieldset className="br-fieldset" id={veldId(naam)} tabIndex={-1}>
      <legend className="utrecht-form-label">{legenda}</legend>
      {fout ? <p className="br-field__error">{fout}</p> : null}
      {ROLLEN.map((r) => (
        <div key={r} className="br-checkbox">
          <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" id={`${veldId(naam)}-${r}`} name="rollen" value={r} defaultChecked={gekozen.includes(r)} />
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`${veldId(naam)}-${r}`}>{rolLabels[r]}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function NieuweGebruiker({ action, eenheden }: { action: ServerAction; eenheden: { id: string; naam: string }[] }) {
  return (
    <ActionForm action={action} knop="Gebruiker toevoegen" label="Nieuwe gebruiker">
      {(s) => (
        <>
          <Invoer naam="naam" label="Naam" fout={foutVoor(s, "naam")} defaultValue={s.ok ? "" : s.waarden?.naam} />
          <Invoer naam="email" type="email" label="E-mailadres" fout={foutVoor(s, "email")} defaultValue={s.ok ? "" : s.waarden?.email} />
          <Invoer naam="functie" label="Functie (optioneel)" fout={foutVoor(s, "functie")} />
          <Invoer naam="ambtstitel" label="Ambtstitel (bewindspersonen)" beschrijving="Bijvoorbeeld: Minister van Binnenlandse Zaken en Koninkrijksrelaties" fout={foutVoor(s, "ambtstitel")} />
          <Keuzelijst naam="organisatieonderdeelId" label="Organisatieonderdeel" opties={eenheden.map((e) => ({ waarde: e.id, label: e.naam }))} leeg="Kies een onderdeel" fout={foutVoor(s, "organisatieonderdeelId")} />
          <RollenKeuze naam="rollen" legenda="Rollen" gekozen={[]} fout={foutVoor(s, "rollen")} />
          <Invoer naam="wachtwoord" type="password" autoComplete="new-password" label="Startwachtwoord" beschrijving="Minstens 12 tekens." fout={foutVoor(s, "wachtwoord")} />
        </>
      )}
    </ActionForm>
  );
}

export function GebruikerRollen({ action, naam, rollen, actief }: { action: ServerAction; naam: string; rollen: string[]; actief: boolean }) {
  return (
    <ActionForm action={action} knop={`Opslaan voor ${naam}`} label={`Rollen van ${naam}`} secundair>
      {(s) => (
        <>
          <RollenKeuze naam={`rollen-${naam}`} legenda={`Rollen van ${naam}`} gekozen={rollen} fout={foutVoor(s, "rollen")} />
          <div className="br-checkbox">
            <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" id={veldId(`actief-${naam}`)} name="actief" value="true" defaultChecked={actief} />
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={veldId(`actief-${naam}`)}>Account actief</label>
          </div>
        </>
      )}
    </ActionForm>
  );
}

export function VervangingFormulier({ action, gebruikers }: { action: ServerAction; gebruikers: { id: string; naam: string }[] }) {
  const opties = gebruikers.map((g) => ({ waarde: g.id, label: g.naam }));
  return (
    <ActionForm action={action} knop="Vervanging vastleggen" label="Vervanger aanwijzen">
      {(s) => (
        <>
          <Keuzelijst naam="gebruikerId" label="Wie wordt vervangen" opties={opties} leeg="Kies een collega" fout={foutVoor(s, "gebruikerId")} />
          <Keuzelijst naam="vervangerId" label="Vervanger" opties={opties} leeg="Kies de vervanger" fout={foutVoor(s, "vervangerId")} />
          <Invoer naam="van" type="date" label="Van" fout={foutVoor(s, "van")} />
          <Invoer naam="tot" type="date" label="Tot en met" fout={foutVoor(s, "tot")} />
        </>
      )}
    </ActionForm>
  );
}

export function WachtwoordInstellen({ action, gebruikers }: { action: ServerAction; gebruikers: { id: string; naam: string }[] }) {
  return (
    <ActionForm action={action} knop="Wachtwoord instellen" label="Wachtwoord opnieuw instellen">
      {(s) => (
        <>
          <Keuzelijst naam="resetGebruikerId" label="Gebruiker" opties={gebruikers.map((g) => ({ waarde: g.id, label: g.naam }))} leeg="Kies een gebruiker" defaultValue={s.waarden?.resetGebruikerId} fout={foutVoor(s, "resetGebruikerId")} />
          <Invoer naam="resetWachtwoord" type="password" autoComplete="new-password" label="Nieuw wachtwoord" beschrijving="Minstens 12 tekens. Alle sessies van deze gebruiker worden beëindigd." fout={foutVoor(s, "resetWachtwoord")} />
        </>
      )}
    </ActionForm>
  );
}
