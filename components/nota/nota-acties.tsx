"use client";
// The action forms on the nota page. Only the forms for actions the user may take are rendered
// (the server decides: toegestaneActies); the use case checks again when the form is sent.
import { ActionForm, type ServerAction } from "@/components/forms/action-form";
import { Invoer, Keuzelijst, Keuzerondjes, Tekstvak } from "@/components/forms/fields";
import { foutVoor } from "@/lib/ui/form-state";
import { paraafOordeelLabels, PARAAF_OORDELEN } from "@/lib/domain/paraafroute";
import { BESLISPUNT_OORDELEN, beslispuntOordeelLabels } from "@/lib/domain/nota-keuzes";
import { MR_UITKOMSTEN, mrUitkomstLabels } from "@/lib/domain/nota-status";

const opties = <T extends string>(waarden: readonly T[], labels: Record<T, string>) => waarden.map((w) => ({ waarde: w, label: labels[w] }));

export function ParaafForm({ action, rol }: { action: ServerAction; rol: string }) {
  return (
    <ActionForm action={action} knop="Paraaf vastleggen" label={`Paraaf als ${rol}`}>
      {(s) => (
        <>
          <Keuzerondjes naam="oordeel" legenda={`Uw oordeel als ${rol}`} opties={opties(PARAAF_OORDELEN, paraafOordeelLabels)} fout={foutVoor(s, "oordeel")} standaard={s.waarden?.oordeel} />
          <Tekstvak naam="opmerking" label="Opmerking" beschrijving="Verplicht bij 'akkoord met opmerkingen' en 'niet akkoord'." fout={foutVoor(s, "opmerking")} defaultValue={s.waarden?.opmerking} rows={4} />
        </>
      )}
    </ActionForm>
  );
}

export function BesluitForm({ action, beslispunten, terInformatie }: { action: ServerAction; beslispunten: { volgnummer: number; tekst: string }[]; terInformatie: boolean }) {
  return (
    <ActionForm action={action} knop={terInformatie ? "Kennisgenomen" : "Besluit vastleggen"} label="Besluit">
      {(s) => (
        <>
          {beslispunten.map((b) => (
            <div key={b.volgnummer} className="br-beslispunt">
              <Keuzerondjes
                naam={`beslispunten.${b.volgnummer}.oordeel`}
                legenda={`Beslispunt ${b.volgnummer}: ${b.tekst}`}
                opties={opties(BESLISPUNT_OORDELEN, beslispuntOordeelLabels)}
                fout={foutVoor(s, `beslispunten.${b.volgnummer}.oordeel`) ?? (s.fouten?.some((f) => f.message.includes(`beslispunt ${b.volgnummer}.`)) ? `Geef een oordeel over beslispunt ${b.volgnummer}.` : undefined)}
                standaard={s.waarden?.[`beslispunten.${b.volgnummer}.oordeel`]}
              />
              <Tekstvak naam={`beslispunten.${b.volgnummer}.wijziging`} label={`Wijziging bij beslispunt ${b.volgnummer}`} beschrijving="Alleen bij gewijzigd akkoord." rows={2} defaultValue={s.waarden?.[`beslispunten.${b.volgnummer}.wijziging`]} />
            </div>
          ))}
          <Tekstvak naam="annotatie" label="Annotatie van de bewindspersoon" beschrijving="Annotaties zijn openbaar en blijven in de openbare versie staan." rows={3} defaultValue={s.waarden?.annotatie} fout={foutVoor(s, "annotatie")} />
          {terInformatie ? null : (
            <Keuzerondjes naam="uitkomst" legenda="Uitkomst" opties={[{ waarde: "besloten", label: "Besloten" }, { waarde: "afgewezen", label: "Afgewezen" }]} standaard={s.waarden?.uitkomst ?? "besloten"} fout={foutVoor(s, "uitkomst")} />
          )}
        </>
      )}
    </ActionForm>
  );
}

export function TerugsturenForm({ action }: { action: ServerAction }) {
  return (
    <ActionForm action={action} knop="Terugsturen" label="Terugsturen" secundair>
      {(s) => <Tekstvak naam="opmerking" label="Waarom gaat de nota terug?" fout={foutVoor(s, "opmerking")} defaultValue={s.waarden?.opmerking} rows={3} />}
    </ActionForm>
  );
}

export function IntrekkenForm({ action }: { action: ServerAction }) {
  return (
    <ActionForm action={action} knop="Nota intrekken" label="Intrekken" secundair>
      {(s) => <Tekstvak naam="reden" label="Reden van intrekken" fout={foutVoor(s, "reden")} defaultValue={s.waarden?.reden} rows={2} />}
    </ActionForm>
  );
}

export function MrAanmeldenForm({ action, vergaderingen, vandaag }: { action: ServerAction; vergaderingen: { id: string; label: string }[]; vandaag: string }) {
  return (
    <ActionForm action={action} knop="Aanmelden voor de ministerraad" label="Aanmelden voor de ministerraad">
      {(s) => (
        <>
          <Keuzelijst naam="vergaderingId" label="Vergadering" opties={vergaderingen.map((v) => ({ waarde: v.id, label: v.label }))} leeg="Kies een vergadering" fout={foutVoor(s, "vergaderingId")} defaultValue={s.waarden?.vergaderingId} />
          <Invoer naam="rondgezondenOp" type="date" label="Stukken rondgezonden op" beschrijving="Uiterlijk 7 dagen voor de vergadering; later vraagt een motivering." fout={foutVoor(s, "rondgezondenOp")} defaultValue={s.waarden?.rondgezondenOp ?? vandaag} />
          <Tekstvak naam="motivering" label="Motivering (bij te late aanmelding)" fout={foutVoor(s, "motivering")} defaultValue={s.waarden?.motivering} rows={2} />
        </>
      )}
    </ActionForm>
  );
}

export function MrUitkomstForm({ action, vergaderingen }: { action: ServerAction; vergaderingen: { id: string; label: string }[] }) {
  return (
    <ActionForm action={action} knop="Uitkomst vastleggen" label="Uitkomst van de ministerraad">
      {(s) => (
        <>
          <Keuzerondjes naam="uitkomst" legenda="Uitkomst van de ministerraad" opties={opties(MR_UITKOMSTEN, mrUitkomstLabels)} fout={foutVoor(s, "uitkomst")} standaard={s.waarden?.uitkomst} />
          <Tekstvak naam="toelichting" label="Toelichting" beschrijving="Verplicht bij aanvaard met wijzigingen." fout={foutVoor(s, "toelichting")} defaultValue={s.waarden?.toelichting} rows={2} />
          <Keuzelijst naam="nieuweVergaderingId" label="Bij aanhouden: naar vergadering" opties={vergaderingen.map((v) => ({ waarde: v.id, label: v.label }))} leeg="De eerstvolgende vergadering" fout={foutVoor(s, "nieuweVergaderingId")} defaultValue={s.waarden?.nieuweVergaderingId} />
        </>
      )}
    </ActionForm>
  );
}

export function VerzendenForm({ action, vandaag }: { action: ServerAction; vandaag: string }) {
  return (
    <ActionForm action={action} knop="Markeren als verzonden" label="Verzending aan de Tweede Kamer">
      {(s) => <Invoer naam="verzondenOp" type="date" label="Verzonden op" fout={foutVoor(s, "verzondenOp")} defaultValue={s.waarden?.verzondenOp ?? vandaag} />}
    </ActionForm>
  );
}

export function TkNummersForm({ action, huidig }: { action: ServerAction; huidig: Record<string, string | number | null> }) {
  const w = (s: { waarden?: Record<string, string> }, k: string) => s.waarden?.[k] ?? (huidig[k] == null ? "" : String(huidig[k]));
  return (
    <ActionForm action={action} knop="TK-nummers opslaan" label="Nummers van de Tweede Kamer">
      {(s) => (
        <>
          <Invoer naam="tkDocumentnummer" label="TK-documentnummer" beschrijving="Bijvoorbeeld 2025D31349" fout={foutVoor(s, "tkDocumentnummer")} defaultValue={w(s, "tkDocumentnummer")} />
          <Invoer naam="tkZaaknummer" label="TK-zaaknummer" beschrijving="Bijvoorbeeld 2025Z13826" fout={foutVoor(s, "tkZaaknummer")} defaultValue={w(s, "tkZaaknummer")} />
          <Invoer naam="dossiernummer" label="Dossiernummer" beschrijving="Bijvoorbeeld 29 362" fout={foutVoor(s, "dossiernummer")} defaultValue={w(s, "dossiernummer")} />
          <Invoer naam="ondernummer" label="Ondernummer" inputMode="numeric" beschrijving="Bijvoorbeeld 385" fout={foutVoor(s, "ondernummer")} defaultValue={w(s, "ondernummer")} />
          <Invoer naam="vergaderjaar" label="Vergaderjaar" beschrijving="Bijvoorbeeld 2024-2025" fout={foutVoor(s, "vergaderjaar")} defaultValue={w(s, "vergaderjaar")} />
        </>
      )}
    </ActionForm>
  );
}
