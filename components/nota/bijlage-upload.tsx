"use client";
import { ActionForm, type ServerAction } from "@/components/forms/action-form";
import { foutVoor } from "@/lib/ui/form-state";
import { veldId } from "@/components/forms/fields";

export function BijlageUpload({ action, volgnummer, naam, huidig }: { action: ServerAction; volgnummer: number; naam: string; huidig: string | null }) {
  return (
    <ActionForm action={action} knop={`Bestand bij bijlage ${volgnummer} opslaan`} label={`Bestand bij bijlage ${volgnummer}`} secundair>
      {(s) => (
        <div className={`utrecht-form-field br-field${foutVoor(s, "bestand") ? " br-field--invalid" : ""}`}>
          <label className="utrecht-form-label" htmlFor={veldId(`bestand-${volgnummer}`)}>
            Bijlage {volgnummer}: {naam}
            {huidig ? ` (nu: ${huidig})` : ""}
          </label>
          {foutVoor(s, "bestand") ? <p className="br-field__error" id={`${veldId(`bestand-${volgnummer}`)}-fout`}>{foutVoor(s, "bestand")}</p> : null}
          <input type="file" id={veldId(`bestand-${volgnummer}`)} name="bestand" accept=".pdf,.docx,.odt,.xlsx" aria-describedby={foutVoor(s, "bestand") ? `${veldId(`bestand-${volgnummer}`)}-fout` : undefined} />
        </div>
      )}
    </ActionForm>
  );
}
