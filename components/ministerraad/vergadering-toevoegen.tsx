"use client";
import { ActionForm, type ServerAction } from "@/components/forms/action-form";
import { Invoer } from "@/components/forms/fields";
import { foutVoor } from "@/lib/ui/form-state";

export function VergaderingToevoegen({ action }: { action: ServerAction }) {
  return (
    <ActionForm action={action} knop="Extra vergadering toevoegen" label="Extra vergadering toevoegen" secundair>
      {(s) => <Invoer naam="datum" type="date" label="Datum van de extra vergadering" fout={foutVoor(s, "datum")} defaultValue={s.waarden?.datum} />}
    </ActionForm>
  );
}

/** The mr_coordinator's summer recess of a year. */
export function RecesFormulier({ action, jaar, van, tot }: { action: ServerAction; jaar: number; van?: string; tot?: string }) {
  return (
    <ActionForm action={action} knop="Zomerreces vastleggen" label="Zomerreces vastleggen" secundair>
      {(s) => (
        <>
          <Invoer naam="recesJaar" type="number" inputMode="numeric" label="Jaar" fout={foutVoor(s, "recesJaar")} defaultValue={s.waarden?.recesJaar ?? String(jaar)} />
          <Invoer naam="recesVan" type="date" label="Eerste dag van het reces" fout={foutVoor(s, "recesVan")} defaultValue={s.waarden?.recesVan ?? van} />
          <Invoer naam="recesTot" type="date" label="Laatste dag van het reces" beschrijving="Op vrijdagen in het reces is er geen reguliere vergadering." fout={foutVoor(s, "recesTot")} defaultValue={s.waarden?.recesTot ?? tot} />
        </>
      )}
    </ActionForm>
  );
}
