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
