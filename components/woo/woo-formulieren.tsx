"use client";
import { ActionForm, type ServerAction } from "@/components/forms/action-form";
import { Invoer, Keuzelijst } from "@/components/forms/fields";
import { foutVoor } from "@/lib/ui/form-state";
import { WOO_GRONDEN } from "@/lib/domain/woo-gronden";

export function WeglakkingFormulier({ action }: { action: ServerAction }) {
  return (
    <ActionForm action={action} knop="Weglakking toevoegen" label="Handmatige weglakking" secundair>
      {(s) => (
        <>
          <Invoer naam="tekst" label="Tekst die moet worden weggelakt" beschrijving="Precies zoals hij in de nota staat; elke vindplaats wordt weggelakt." fout={foutVoor(s, "tekst")} defaultValue={s.waarden?.tekst} />
          <Keuzelijst naam="grond" label="Woo-grond" opties={WOO_GRONDEN.map((g) => ({ waarde: g.code, label: `${g.code} ${g.omschrijving}` }))} defaultValue={s.waarden?.grond ?? "5.1.2e"} fout={foutVoor(s, "grond")} />
        </>
      )}
    </ActionForm>
  );
}

export function PublicerenFormulier({ action }: { action: ServerAction }) {
  return (
    <ActionForm action={action} knop="Openbare versie vaststellen en publiceren" label="Publiceren">
      {() => <p className="nl-paragraph">Na publicatie ligt de openbare versie vast; weglakkingen kunnen dan niet meer worden toegevoegd.</p>}
    </ActionForm>
  );
}

export interface KandidaatRij {
  tekst: string;
  soortLabel: string;
  waar: string;
  voorstel: string;
}

/**
 * The open candidates for other people's personal data, one row each: withhold on a ground, keep
 * with a reason, or leave open. One form, so every field id is unique on the page.
 */
export function KandidatenFormulier({ action, kandidaten, gronden, redenen }: { action: ServerAction; kandidaten: KandidaatRij[]; gronden: { code: string; omschrijving: string }[]; redenen: { code: string; label: string }[] }) {
  const opties = [
    ...gronden.map((g) => ({ waarde: `weglakken:${g.code}`, label: `Weglakken: ${g.code} ${g.omschrijving}` })),
    ...redenen.map((r) => ({ waarde: `behouden:${r.code}`, label: `Behouden: ${r.label}` })),
  ];
  return (
    <ActionForm action={action} knop="Beoordeling opslaan" label="Kandidaten beoordelen">
      {(s) => (
        <ol className="br-lijst br-kandidaten">
          {kandidaten.map((k, i) => (
            <li key={`${k.waar}-${k.tekst}`} className="br-kandidaat">
              <p className="nl-paragraph">
                <mark className="br-niet-openbaar">{k.tekst}</mark> — {k.soortLabel}, in {k.waar}
              </p>
              <input type="hidden" name={`besluiten-${i}-tekst`} value={k.tekst} />
              <Keuzelijst
                naam={`besluiten-${i}-besluit`}
                label={`Besluit over “${k.tekst}” (${k.waar})`}
                opties={opties}
                leeg="Nog niet beoordelen"
                defaultValue={s.waarden?.[`besluiten-${i}-besluit`] ?? ""}
                fout={foutVoor(s, `besluiten.${i}`)}
                beschrijving={`Voorstel: weglakken op ${k.voorstel}.`}
              />
            </li>
          ))}
        </ol>
      )}
    </ActionForm>
  );
}
