"use client";
// Drafting and editing a nota: header fields, each section under its own heading, beslispunten
// that can be added, removed and reordered (buttons, so by keyboard too), the bijlagen table,
// marking a selected passage as not public with its ground(s), and a preview as it will print.
import { useActionState, useEffect, useRef, useState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Invoer, Keuzelijst, Keuzerondjes, Tekstvak, Vinkje, veldId } from "@/components/forms/fields";
import { NotaDocument, type NotaWeergave } from "@/components/nota/nota-document";
import type { ServerAction } from "@/components/forms/action-form";
import { foutVoor, type FormState } from "@/lib/ui/form-state";
import { BIJLAGE_INFORMATIE, bijlageInformatieLabels, NOTA_SOORTEN, notaSoortLabels } from "@/lib/domain/nota-keuzes";
import { WOO_GRONDEN } from "@/lib/domain/woo-gronden";
import { TEKST_SECTIES, type TekstSectieSleutel } from "@/lib/domain/nota-secties";

export interface NotaFormWaarden {
  onderwerp: string;
  soort: string;
  aanId: string;
  contactpersoonId: string;
  uitersteBeslisdatum: string;
  deadlineReden: string;
  rubricering: string;
  mrBehandeling: boolean;
  kamerbrief: boolean;
  aanleiding: string;
  kern: string;
  toelichting: string;
  politiekeContext: string;
  nietOpenbaar: string;
  motivering: string;
  beslispunten: string[];
  bijlagen: { naam: string; informatie: string; gronden: string; vindplaats: string }[];
}

/** The text areas: the free-text sections of the one list, in its order. */
export const SECTIES = TEKST_SECTIES.map((s) => ({ naam: s.sleutel, label: s.kop, uitleg: s.uitleg }));

type SectieNaam = TekstSectieSleutel;

interface Props {
  action: ServerAction;
  start: NotaFormWaarden;
  bewindspersonen: { id: string; naam: string }[];
  collegas: { id: string; naam: string }[];
  knop: string;
  kenmerk?: string;
  van?: string;
  /** Only when importing: the kenmerk and date of the original document, kept with the nota. */
  extern?: { kenmerk: string; datum: string };
}

function MarkeerNietOpenbaar({ veld, onMarkeer }: { veld: SectieNaam; onMarkeer: (grond: string) => void }) {
  const [grond, setGrond] = useState("5.1.2i");
  const id = `grond-${veld}`;
  return (
    <div className="br-markeer">
      <label className="utrecht-form-label" htmlFor={id}>Woo-grond voor de selectie</label>
      <select id={id} className="utrecht-select utrecht-select--html-select" value={grond} onChange={(e) => setGrond(e.target.value)}>
        {WOO_GRONDEN.map((g) => (
          <option key={g.code} value={g.code}>{g.code} {g.omschrijving}</option>
        ))}
      </select>
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => onMarkeer(grond)}>
        Selectie markeren als niet openbaar
      </button>
    </div>
  );
}

export function NotaFormulier({ action, start, bewindspersonen, collegas, knop, kenmerk, van, extern }: Props) {
  const [state, formAction, bezig] = useActionState<FormState, FormData>(action, {});
  const [w, setW] = useState<NotaFormWaarden>(start);
  const [voorbeeld, setVoorbeeld] = useState(false);
  const [aankondiging, setAankondiging] = useState("");
  const refs = useRef<Partial<Record<SectieNaam, HTMLTextAreaElement | null>>>({});
  const set = <K extends keyof NotaFormWaarden>(k: K, v: NotaFormWaarden[K]) => setW((x) => ({ ...x, [k]: v }));

  useEffect(() => {
    if (state.fouten?.length) return; // the error summary takes focus
  }, [state]);

  function markeer(veld: SectieNaam, grond: string) {
    const el = refs.current[veld];
    if (!el) return;
    const { selectionStart: a, selectionEnd: b, value } = el;
    if (a === b) {
      setAankondiging("Selecteer eerst de passage die niet openbaar mag worden.");
      el.focus();
      return;
    }
    const nieuw = `${value.slice(0, a)}{{${grond}: ${value.slice(a, b)}}}${value.slice(b)}`;
    set(veld, nieuw);
    setAankondiging(`De selectie is gemarkeerd als niet openbaar (${grond}).`);
    requestAnimationFrame(() => el.focus());
  }

  function verplaats(i: number, d: -1 | 1) {
    const lijst = [...w.beslispunten];
    const j = i + d;
    if (j < 0 || j >= lijst.length) return;
    [lijst[i], lijst[j]] = [lijst[j]!, lijst[i]!];
    set("beslispunten", lijst);
    setAankondiging(`Beslispunt ${i + 1} is nu beslispunt ${j + 1}.`);
    requestAnimationFrame(() => document.getElementById(veldId(`beslispunten.${j}.tekst`))?.focus());
  }

  const fouten = (state.fouten ?? []).map((f) => ({ veld: veldId(f.path), melding: f.message }));
  const weergave: NotaWeergave = {
    kenmerk: kenmerk ?? "(nog geen kenmerk)",
    onderwerp: w.onderwerp,
    soort: w.soort as NotaWeergave["soort"],
    aan: { id: w.aanId, naam: bewindspersonen.find((b) => b.id === w.aanId)?.naam ?? "", ambtstitel: null },
    van: { id: "", naam: van ?? "", afkorting: null },
    uitersteBeslisdatum: w.uitersteBeslisdatum || null,
    deadlineReden: w.deadlineReden || null,
    rubricering: w.rubricering || null,
    aanleiding: w.aanleiding,
    kern: w.kern,
    toelichting: w.toelichting,
    politiekeContext: w.politiekeContext || null,
    nietOpenbaar: w.nietOpenbaar,
    motivering: w.motivering,
    beslispunten: w.beslispunten.filter((t) => t.trim()).map((tekst, i) => ({ volgnummer: i + 1, tekst, oordeel: null, wijziging: null })),
    bijlagen: w.bijlagen.filter((b) => b.naam.trim()).map((b, i) => ({ volgnummer: i + 1, naam: b.naam, informatie: b.informatie as never, gronden: b.gronden.split(",").map((g) => g.trim()).filter(Boolean), vindplaats: b.vindplaats || null, bestand: null })),
    aangemaaktOp: new Date().toISOString(),
  };

  return (
    <form action={formAction} noValidate className="br-notaformulier">
      <ErrorSummary fouten={fouten.length ? fouten : state.ok === false && state.melding ? [{ veld: "", melding: state.melding }] : []} />
      <div role="status" aria-live="polite" className="br-visually-hidden">{aankondiging}</div>

      <fieldset className="br-fieldset">
        <legend className="nl-heading nl-heading--level-2">Kopgegevens</legend>
        <Invoer naam="onderwerp" label="Onderwerp" value={w.onderwerp} onChange={(e) => set("onderwerp", e.target.value)} fout={foutVoor(state, "onderwerp")} required />
        <Keuzerondjes naam="soort" legenda="Soort" opties={NOTA_SOORTEN.map((s) => ({ waarde: s, label: notaSoortLabels[s] }))} standaard={w.soort} fout={foutVoor(state, "soort")} />
        <Keuzelijst naam="aanId" label="Aan (bewindspersoon)" opties={bewindspersonen.map((b) => ({ waarde: b.id, label: b.naam }))} leeg="Kies de bewindspersoon" value={w.aanId} onChange={(e) => set("aanId", e.target.value)} fout={foutVoor(state, "aanId")} />
        <Keuzelijst naam="contactpersoonId" label="Contactpersoon" opties={collegas.map((b) => ({ waarde: b.id, label: b.naam }))} leeg="Uzelf" value={w.contactpersoonId} onChange={(e) => set("contactpersoonId", e.target.value)} fout={foutVoor(state, "contactpersoonId")} />
        <Invoer naam="uitersteBeslisdatum" type="date" label="Uiterste beslisdatum" value={w.uitersteBeslisdatum} onChange={(e) => set("uitersteBeslisdatum", e.target.value)} fout={foutVoor(state, "uitersteBeslisdatum")} />
        <Invoer naam="deadlineReden" label="Reden van de deadline" beschrijving="Bijvoorbeeld: MR 30 juni" value={w.deadlineReden} onChange={(e) => set("deadlineReden", e.target.value)} fout={foutVoor(state, "deadlineReden")} />
        <Invoer naam="rubricering" label="Rubricering (optioneel)" beschrijving="Bijvoorbeeld: Departementaal vertrouwelijk. Beperkt wie de nota ziet." value={w.rubricering} onChange={(e) => set("rubricering", e.target.value)} fout={foutVoor(state, "rubricering")} />
        {extern ? (
          <>
            <Invoer naam="externKenmerk" label="Kenmerk van het oorspronkelijke document" beschrijving="Blijft bij de nota bewaard; de nota krijgt daarnaast een eigen kenmerk." defaultValue={extern.kenmerk} fout={foutVoor(state, "externKenmerk")} />
            <Invoer naam="externDatum" type="date" label="Datum van het oorspronkelijke document" defaultValue={extern.datum} fout={foutVoor(state, "externDatum")} />
          </>
        ) : null}
        <Vinkje naam="mrBehandeling" label="MR-behandeling nodig" standaard={w.mrBehandeling} />
        <Vinkje naam="kamerbrief" label="Er hoort een Kamerbrief bij" standaard={w.kamerbrief} />
      </fieldset>

      {SECTIES.slice(0, 1).map((s) => (
        <section key={s.naam} aria-labelledby={`kop-${s.naam}`}>
          <h2 id={`kop-${s.naam}`} className="nl-heading nl-heading--level-2">{s.label}</h2>
          <Tekstvak naam={s.naam} label={s.label} beschrijving={s.uitleg} value={w[s.naam]} onChange={(e) => set(s.naam, e.target.value)} ref={(el) => { refs.current[s.naam] = el; }} fout={foutVoor(state, s.naam)} />
          <MarkeerNietOpenbaar veld={s.naam} onMarkeer={(g) => markeer(s.naam, g)} />
        </section>
      ))}

      <section aria-labelledby="kop-beslispunten">
        <h2 id="kop-beslispunten" className="nl-heading nl-heading--level-2">Geadviseerd besluit</h2>
        {foutVoor(state, "beslispunten") ? <p className="br-field__error" id={veldId("beslispunten")}>{foutVoor(state, "beslispunten")}</p> : null}
        <ol className="br-beslispunten-bewerken">
          {w.beslispunten.map((tekst, i) => (
            <li key={i}>
              <Tekstvak naam={`beslispunten.${i}.tekst`} label={`Beslispunt ${i + 1}`} rows={2} value={tekst} onChange={(e) => set("beslispunten", w.beslispunten.map((t, j) => (j === i ? e.target.value : t)))} fout={foutVoor(state, `beslispunten.${i}.tekst`)} />
              <div className="br-knoppenrij">
                <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => verplaats(i, -1)} disabled={i === 0}>Omhoog<span className="br-visually-hidden"> (beslispunt {i + 1})</span></button>
                <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => verplaats(i, 1)} disabled={i === w.beslispunten.length - 1}>Omlaag<span className="br-visually-hidden"> (beslispunt {i + 1})</span></button>
                <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => { set("beslispunten", w.beslispunten.filter((_, j) => j !== i)); setAankondiging(`Beslispunt ${i + 1} is verwijderd.`); }}>Verwijderen<span className="br-visually-hidden"> (beslispunt {i + 1})</span></button>
              </div>
            </li>
          ))}
        </ol>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => { set("beslispunten", [...w.beslispunten, ""]); setAankondiging(`Beslispunt ${w.beslispunten.length + 1} is toegevoegd.`); requestAnimationFrame(() => document.getElementById(veldId(`beslispunten.${w.beslispunten.length}.tekst`))?.focus()); }}>
          Beslispunt toevoegen
        </button>
      </section>

      {SECTIES.slice(1).map((s) => (
        <section key={s.naam} aria-labelledby={`kop-${s.naam}`}>
          <h2 id={`kop-${s.naam}`} className="nl-heading nl-heading--level-2">{s.label}</h2>
          <Tekstvak naam={s.naam} label={s.label} beschrijving={s.uitleg} rows={s.naam === "toelichting" ? 12 : 5} value={w[s.naam]} onChange={(e) => set(s.naam, e.target.value)} ref={(el) => { refs.current[s.naam] = el; }} fout={foutVoor(state, s.naam)} />
          <MarkeerNietOpenbaar veld={s.naam} onMarkeer={(g) => markeer(s.naam, g)} />
        </section>
      ))}

      <section aria-labelledby="kop-bijlagen">
        <h2 id="kop-bijlagen" className="nl-heading nl-heading--level-2">Bijlagen</h2>
        {w.bijlagen.map((b, i) => (
          <fieldset key={i} className="br-fieldset br-bijlage">
            <legend className="utrecht-form-label">Bijlage {i + 1}</legend>
            <Invoer naam={`bijlagen.${i}.naam`} label="Naam" value={b.naam} onChange={(e) => set("bijlagen", w.bijlagen.map((x, j) => (j === i ? { ...x, naam: e.target.value } : x)))} fout={foutVoor(state, `bijlagen.${i}.naam`)} />
            <Keuzelijst naam={`bijlagen.${i}.informatie`} label="Informatie (openbaarheid)" opties={BIJLAGE_INFORMATIE.map((v) => ({ waarde: v, label: bijlageInformatieLabels[v] }))} value={b.informatie} onChange={(e) => set("bijlagen", w.bijlagen.map((x, j) => (j === i ? { ...x, informatie: e.target.value } : x)))} fout={foutVoor(state, `bijlagen.${i}.informatie`)} />
            <Invoer naam={`bijlagen.${i}.gronden`} label="Woo-gronden" beschrijving="Codes gescheiden door komma's, bijvoorbeeld 5.1.2e, 5.1.2i" value={b.gronden} onChange={(e) => set("bijlagen", w.bijlagen.map((x, j) => (j === i ? { ...x, gronden: e.target.value } : x)))} fout={foutVoor(state, `bijlagen.${i}.gronden`)} />
            <Invoer naam={`bijlagen.${i}.vindplaats`} label="Vindplaats (bij reeds openbaar)" value={b.vindplaats} onChange={(e) => set("bijlagen", w.bijlagen.map((x, j) => (j === i ? { ...x, vindplaats: e.target.value } : x)))} fout={foutVoor(state, `bijlagen.${i}.vindplaats`)} />
            <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => set("bijlagen", w.bijlagen.filter((_, j) => j !== i))}>Bijlage {i + 1} verwijderen</button>
          </fieldset>
        ))}
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => set("bijlagen", [...w.bijlagen, { naam: "", informatie: "openbaar", gronden: "", vindplaats: "" }])}>
          Bijlage toevoegen
        </button>
      </section>

      <div className="br-knoppenrij br-formulier-einde">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig} aria-disabled={bezig}>{bezig ? "Bezig met opslaan…" : knop}</button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" aria-expanded={voorbeeld} aria-controls="voorbeeld" onClick={() => setVoorbeeld((v) => !v)}>
          {voorbeeld ? "Voorbeeld verbergen" : "Voorbeeld tonen"}
        </button>
      </div>
      <section id="voorbeeld" hidden={!voorbeeld} aria-label="Voorbeeld van de nota" className="br-voorbeeld">
        {voorbeeld ? <NotaDocument nota={weergave} kopniveau={3} /> : null}
      </section>
    </form>
  );
}
