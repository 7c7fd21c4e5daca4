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
