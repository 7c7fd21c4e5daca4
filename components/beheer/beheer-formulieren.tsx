"use client";
import { ActionForm, type ServerAction } from "@/components/forms/action-form";
import { Invoer, Keuzelijst, Tekstvak, veldId } from "@/components/forms/fields";
import { foutVoor } from "@/lib/ui/form-state";
import { ROLLEN, rolLabels } from "@/lib/domain/rollen";
import type { Briefpapier } from "@/lib/domain/organisatie";

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

export type OrganisatieWaarden = Briefpapier & { id: string };

/** The organisation's name, afkorting (kenmerk prefix) and letter paper. */
export function OrganisatieFormulier({ action, o }: { action: ServerAction; o: OrganisatieWaarden }) {
  const w = (s: { waarden?: Record<string, string> }, k: string, standaard: string | null) => s.waarden?.[k] ?? standaard ?? "";
  return (
    <ActionForm action={action} knop="Organisatie opslaan" label={`Gegevens van ${o.naam}`}>
      {(s) => (
        <>
          <Invoer naam="orgNaam" label="Naam" defaultValue={w(s, "orgNaam", o.naam)} fout={foutVoor(s, "orgNaam")} />
          <Invoer naam="orgAfkorting" label="Afkorting" beschrijving="Het begin van elk nieuw kenmerk, bijvoorbeeld BZK." defaultValue={w(s, "orgAfkorting", o.afkorting)} fout={foutVoor(s, "orgAfkorting")} />
          <Tekstvak naam="orgBezoekadres" label="Bezoekadres (optioneel)" beschrijving="Eén regel per regel van het adres." rows={3} defaultValue={w(s, "orgBezoekadres", o.bezoekadres.join("\n"))} fout={foutVoor(s, "orgBezoekadres")} />
          <Invoer naam="orgPostbus" label="Postbus (optioneel)" beschrijving="Bijvoorbeeld: Postbus 20011. Ook het retouradres op de brief." defaultValue={w(s, "orgPostbus", o.postbus)} fout={foutVoor(s, "orgPostbus")} />
          <Invoer naam="orgPostcodePlaats" label="Postcode en plaats van de postbus (optioneel)" beschrijving="Bijvoorbeeld: 2500 EA Den Haag" defaultValue={w(s, "orgPostcodePlaats", o.postcodePlaats)} fout={foutVoor(s, "orgPostcodePlaats")} />
          <Invoer naam="orgWebsite" label="Website (optioneel)" beschrijving="Bijvoorbeeld: www.rijksoverheid.nl" defaultValue={w(s, "orgWebsite", o.website)} fout={foutVoor(s, "orgWebsite")} />
        </>
      )}
    </ActionForm>
  );
}

/** Upload of the beeldmerk (PNG or SVG). */
export function LogoFormulier({ action }: { action: ServerAction }) {
  return (
    <ActionForm action={action} knop="Beeldmerk opslaan" label="Beeldmerk uploaden" secundair>
      {(s) => (
        <div className={`utrecht-form-field br-field${foutVoor(s, "logo") ? " br-field--invalid" : ""}`}>
          <label className="utrecht-form-label" htmlFor={veldId("logo")}>Beeldmerk (PNG of SVG, hoogstens 512 kB)</label>
          <div className="utrecht-form-field-description" id={`${veldId("logo")}-uitleg`}>Het beeldmerk staat gecentreerd boven aan de eerste pagina van elke brief, 13 mm breed en hoogstens 37,125 mm hoog. Zonder beeldmerk: het bestand uit LOGO_PATH, anders een neutrale plaatshouder.</div>
          {foutVoor(s, "logo") ? <p className="br-field__error" id={`${veldId("logo")}-fout`}>{foutVoor(s, "logo")}</p> : null}
          <input type="file" id={veldId("logo")} name="logo" accept=".png,.svg,image/png,image/svg+xml" aria-describedby={`${veldId("logo")}-uitleg${foutVoor(s, "logo") ? ` ${veldId("logo")}-fout` : ""}`} />
        </div>
      )}
    </ActionForm>
  );
}

/** A new DG, directie or afdeling. */
export function OnderdeelFormulier({ action, eenheden }: { action: ServerAction; eenheden: { id: string; naam: string; soort: string }[] }) {
  return (
    <ActionForm action={action} knop="Onderdeel toevoegen" label="Nieuw organisatieonderdeel">
      {(s) => (
        <>
          <Invoer naam="onderdeelNaam" label="Naam" beschrijving="Bijvoorbeeld: Directie Democratie en Bestuur" defaultValue={s.ok ? "" : s.waarden?.onderdeelNaam} fout={foutVoor(s, "onderdeelNaam")} />
          <Invoer naam="onderdeelAfkorting" label="Afkorting (optioneel)" defaultValue={s.ok ? "" : s.waarden?.onderdeelAfkorting} fout={foutVoor(s, "onderdeelAfkorting")} />
          <Keuzelijst naam="onderdeelSoort" label="Soort" opties={[{ waarde: "dg", label: "Directoraat-generaal (DG)" }, { waarde: "directie", label: "Directie" }, { waarde: "afdeling", label: "Afdeling" }]} leeg="Kies de soort" defaultValue={s.ok ? "" : s.waarden?.onderdeelSoort} fout={foutVoor(s, "onderdeelSoort")} />
          <Keuzelijst naam="onderdeelParentId" label="Valt onder" opties={eenheden.filter((e) => e.soort !== "afdeling").map((e) => ({ waarde: e.id, label: e.naam }))} leeg="Kies het bovenliggende onderdeel" defaultValue={s.ok ? "" : s.waarden?.onderdeelParentId} fout={foutVoor(s, "onderdeelParentId")} />
        </>
      )}
    </ActionForm>
  );
}

/** The exact office title of a bewindspersoon. */
export function AmbtstitelFormulier({ action, id, naam, ambtstitel }: { action: ServerAction; id: string; naam: string; ambtstitel: string | null }) {
  return (
    <ActionForm action={action} knop={`Ambtstitel van ${naam} opslaan`} label={`Ambtstitel van ${naam}`} secundair>
      {(s) => <Invoer naam={`ambtstitel-${id}`} label={`Ambtstitel van ${naam}`} beschrijving="Precies zoals de brief ondertekent, bijvoorbeeld: Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties" defaultValue={s.waarden?.[`ambtstitel-${id}`] ?? ambtstitel ?? ""} fout={foutVoor(s, `ambtstitel-${id}`)} />}
    </ActionForm>
  );
}

/** SSO: a group of the identity provider → roles and (optionally) the directie at sign-in. */
export function GroepKoppelingFormulier({ action, eenheden, groep, rollen = [], organisatieonderdeelId }: { action: ServerAction; eenheden: { id: string; naam: string }[]; groep?: string; rollen?: string[]; organisatieonderdeelId?: string | null }) {
  const sleutel = groep ?? "nieuw";
  return (
    <ActionForm action={action} knop={groep ? `Opslaan voor ${groep}` : "Koppeling toevoegen"} label={groep ? `Koppeling van groep ${groep}` : "Nieuwe koppeling van een groep"} secundair={Boolean(groep)}>
      {(s) => (
        <>
          {groep ? <input type="hidden" name="groep" value={groep} /> : <Invoer naam="groep" label="Groep bij de identiteitsprovider" beschrijving="Zoals de groepenclaim hem noemt: een naam (Keycloak, ADFS) of een object-id (Entra ID)." fout={foutVoor(s, "groep")} defaultValue={s.ok ? "" : s.waarden?.groep} />}
          <RollenKeuze naam={`groep-rollen-${sleutel}`} legenda={groep ? `Rollen voor groep ${groep}` : "Rollen"} gekozen={rollen} fout={foutVoor(s, "rollen")} />
          <input type="hidden" name="sleutel" value={sleutel} />
          <Keuzelijst naam={`onderdeel-${sleutel}`} label={groep ? `Onderdeel voor groep ${groep}` : "Organisatieonderdeel (optioneel)"} opties={eenheden.map((e) => ({ waarde: e.id, label: e.naam }))} leeg="Niet wijzigen" defaultValue={organisatieonderdeelId ?? ""} fout={foutVoor(s, "organisatieonderdeelId")} />
        </>
      )}
    </ActionForm>
  );
}

export function GroepKoppelingVerwijderen({ action, groep }: { action: ServerAction; groep: string }) {
  return (
    <ActionForm action={action} knop={`Koppeling van ${groep} verwijderen`} label={`Koppeling van ${groep} verwijderen`} secundair>
      {() => null}
    </ActionForm>
  );
}
