"use client";
// The review screen of an import: what was recognised from which heading, the lines that could not
// be placed ("Niet herkend") with a way to move each to a section, the lines left out as page
// furniture (which can be moved back too), and the ordinary nota form to check and complete.
// Moving a line keeps whatever the user already typed in the form.
import { useRef, useState } from "react";
import { NotaFormulier, type NotaFormWaarden } from "@/components/nota/nota-formulier";
import type { ServerAction } from "@/components/forms/action-form";
import { formIndexen, formTekst } from "@/lib/ui/nota-form-data";
import { BESTEMMING_LABELS, type Bestemming, type ImportAntwoord, type ImportRegel } from "@/lib/domain/importeren";

interface Props {
  resultaat: ImportAntwoord;
  aanmaken: ServerAction;
  bewindspersonen: { id: string; naam: string }[];
  collegas: { id: string; naam: string }[];
}

const BESTEMMINGEN: Bestemming[] = ["onderwerp", "aanleiding", "beslispunten", "kern", "toelichting", "politiekeContext", "nietOpenbaar", "motivering", "bijlagen"];
const BESTEMMING_KEUZE: Record<Bestemming, string> = {
  ...BESTEMMING_LABELS,
  beslispunten: `${BESTEMMING_LABELS.beslispunten} (als nieuw beslispunt)`,
  bijlagen: `${BESTEMMING_LABELS.bijlagen} (als nieuwe bijlage)`,
  onderwerp: "Onderwerp (vervangt het huidige)",
};

const HERKOMST_VELDEN: { veld: keyof ImportAntwoord["herkomst"]; label: string }[] = [
  { veld: "onderwerp", label: "Onderwerp" },
  { veld: "soort", label: "Soort" },
  { veld: "aan", label: "Aan" },
  { veld: "van", label: "Van" },
  { veld: "datum", label: "Datum" },
  { veld: "kenmerk", label: "Kenmerk" },
  { veld: "uitersteBeslisdatum", label: "Uiterste beslisdatum" },
  ...BESTEMMINGEN.filter((b) => b !== "onderwerp").map((b) => ({ veld: b, label: BESTEMMING_LABELS[b] })),
];

function startVan(r: ImportAntwoord): NotaFormWaarden {
  const n = r.nota;
  return {
    onderwerp: n.onderwerp,
    soort: n.soort,
    aanId: n.aanId ?? "",
    contactpersoonId: "",
    uitersteBeslisdatum: n.uitersteBeslisdatum ?? "",
    deadlineReden: n.deadlineReden ?? "",
    rubricering: n.rubricering ?? "",
    mrBehandeling: n.mrBehandeling,
    kamerbrief: n.kamerbrief,
    aanleiding: n.aanleiding,
    kern: n.kern,
    toelichting: n.toelichting,
    politiekeContext: n.politiekeContext ?? "",
    nietOpenbaar: n.nietOpenbaar,
    motivering: n.motivering,
    beslispunten: n.beslispunten.map((b) => b.tekst),
    bijlagen: n.bijlagen.map((b) => ({ naam: b.naam, informatie: b.informatie, gronden: b.gronden.join(", "), vindplaats: b.vindplaats ?? "" })),
  };
}

/** What the form holds now, so a move does not lose what the user typed. */
function leesFormulier(form: HTMLFormElement, vorige: NotaFormWaarden): { waarden: NotaFormWaarden; extern: { kenmerk: string; datum: string } } {
  const fd = new FormData(form);
  const s = formTekst(fd);
  const indexen = (prefix: string) => formIndexen(fd, prefix);
  return {
    waarden: {
      ...vorige,
      onderwerp: s("onderwerp"),
      soort: s("soort") || vorige.soort,
      aanId: s("aanId"),
      contactpersoonId: s("contactpersoonId"),
      uitersteBeslisdatum: s("uitersteBeslisdatum"),
      deadlineReden: s("deadlineReden"),
      rubricering: s("rubricering"),
      mrBehandeling: s("mrBehandeling") === "true",
      kamerbrief: s("kamerbrief") === "true",
      aanleiding: s("aanleiding"),
      kern: s("kern"),
      toelichting: s("toelichting"),
      politiekeContext: s("politiekeContext"),
      nietOpenbaar: s("nietOpenbaar"),
      motivering: s("motivering"),
      beslispunten: indexen("beslispunten").map((i) => s(`beslispunten.${i}.tekst`)),
      bijlagen: indexen("bijlagen").map((i) => ({ naam: s(`bijlagen.${i}.naam`), informatie: s(`bijlagen.${i}.informatie`) || "openbaar", gronden: s(`bijlagen.${i}.gronden`), vindplaats: s(`bijlagen.${i}.vindplaats`) })),
    },
    extern: { kenmerk: s("externKenmerk"), datum: s("externDatum") },
  };
}

function plaats(w: NotaFormWaarden, naar: Bestemming, tekst: string): NotaFormWaarden {
  const erbij = (oud: string) => (oud.trim() && oud.trim() !== "NVT" ? `${oud.replace(/\s+$/, "")}\n\n${tekst}` : tekst);
  switch (naar) {
    case "onderwerp":
      return { ...w, onderwerp: tekst.slice(0, 300) };
    case "beslispunten":
      return { ...w, beslispunten: [...w.beslispunten.filter((b) => b.trim()), tekst] };
    case "bijlagen":
      return { ...w, bijlagen: [...w.bijlagen, { naam: tekst, informatie: "openbaar", gronden: "", vindplaats: "" }] };
    default:
      return { ...w, [naar]: erbij(w[naar]) };
  }
}

function Regels({ regels, soort, onVerplaats }: { regels: (ImportRegel & { reden?: string })[]; soort: "niet-herkend" | "weggelaten"; onVerplaats: (r: ImportRegel, naar: Bestemming) => void }) {
  const [keuze, setKeuze] = useState<Record<number, Bestemming>>({});
  return (
    <ol className="br-import-regels">
      {regels.map((r) => {
        const id = `${soort}-${r.regel}`;
        const naar = keuze[r.regel] ?? "toelichting";
        return (
          <li key={id} id={id} className="br-import-regel">
            <p className="nl-paragraph">
              <q>{r.tekst}</q>
              {r.reden ? <> <span className="br-datum">({r.reden}, regel {r.regel})</span></> : <> <span className="br-datum">(regel {r.regel})</span></>}
            </p>
            <div className="br-knoppenrij">
              <label className="utrecht-form-label" htmlFor={`${id}-naar`}>Verplaatsen naar</label>
              <select id={`${id}-naar`} className="utrecht-select utrecht-select--html-select" value={naar} onChange={(e) => setKeuze((k) => ({ ...k, [r.regel]: e.target.value as Bestemming }))}>
                {BESTEMMINGEN.map((b) => (
                  <option key={b} value={b}>{BESTEMMING_KEUZE[b]}</option>
                ))}
              </select>
              <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => onVerplaats(r, naar)}>
                Verplaatsen<span className="br-visually-hidden"> (regel {r.regel})</span>
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

export function ImportBeoordeling({ resultaat, aanmaken, bewindspersonen, collegas }: Props) {
  const [start, setStart] = useState<NotaFormWaarden>(() => startVan(resultaat));
  const [extern, setExtern] = useState({ kenmerk: resultaat.nota.externKenmerk ?? "", datum: resultaat.nota.externDatum ?? "" });
  const [versie, setVersie] = useState(0);
  const [nietHerkend, setNietHerkend] = useState(resultaat.nietHerkend);
  const [weggelaten, setWeggelaten] = useState(resultaat.weggelaten);
  const [melding, setMelding] = useState("");
  const formulier = useRef<HTMLDivElement>(null);
  const lijstKop = useRef<HTMLHeadingElement>(null);

  function verplaats(r: ImportRegel, naar: Bestemming, uit: "niet-herkend" | "weggelaten") {
    const form = formulier.current?.querySelector("form");
    const huidig = form ? leesFormulier(form, start) : { waarden: start, extern };
    setStart(plaats(huidig.waarden, naar, r.tekst));
    setExtern(huidig.extern.kenmerk || huidig.extern.datum ? huidig.extern : extern);
    setVersie((v) => v + 1);
    const lijst = uit === "niet-herkend" ? nietHerkend : weggelaten;
    const rest = lijst.filter((x) => x.regel !== r.regel);
    if (uit === "niet-herkend") setNietHerkend(rest);
    else setWeggelaten(rest as typeof weggelaten);
    setMelding(`Regel ${r.regel} is verplaatst naar ${BESTEMMING_LABELS[naar]}.${uit === "niet-herkend" ? ` Nog ${rest.length} niet herkend.` : ""}`);
    // focus: the next line to place, or the heading of the list
    const volgende = rest.find((x) => x.regel > r.regel) ?? rest[rest.length - 1];
    requestAnimationFrame(() => {
      const doel = volgende ? document.getElementById(`${uit}-${volgende.regel}-naar`) : lijstKop.current;
      doel?.focus();
    });
  }

  const herkomst = resultaat.herkomst;
  return (
    <>
      <div role="status" aria-live="polite" className="br-visually-hidden">{melding}</div>

      <section aria-labelledby="herkomst-titel">
        <h3 id="herkomst-titel" className="nl-heading nl-heading--level-3">Waar elk onderdeel vandaan komt</h3>
        <p className="nl-paragraph">
          {resultaat.bron === "docx" ? "Het Word-document is gelezen op zijn opmaak: kopstijlen, nummering en tabellen." : "De tekst is gelezen op zijn kopjes, nummering en regels."}
        </p>
        <dl className="br-import-herkomst">
          {HERKOMST_VELDEN.map(({ veld, label }) => (
            <div key={veld}>
              <dt>{label}</dt>
              <dd>
                {herkomst[veld] ? (
                  <>herkend uit <q>{herkomst[veld]}</q></>
                ) : veld === "soort" ? (
                  resultaat.nota.beslispunten.length ? "afgeleid: ter beslissing, want er zijn beslispunten" : "afgeleid: ter informatie, want er zijn geen beslispunten"
                ) : (
                  "niet gevonden in het document"
                )}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="niet-herkend-titel" className="utrecht-alert utrecht-alert--warning br-retour">
        <h3 id="niet-herkend-titel" ref={lijstKop} tabIndex={-1} className="nl-heading nl-heading--level-3">Niet herkend ({nietHerkend.length})</h3>
        {nietHerkend.length ? (
          <>
            <p className="nl-paragraph">Deze regels uit het document staan nog in geen enkel veld. Verplaats elke regel naar de sectie waar hij hoort; wat u in het formulier al hebt getypt blijft staan.</p>
            <Regels regels={nietHerkend} soort="niet-herkend" onVerplaats={(r, naar) => verplaats(r, naar, "niet-herkend")} />
          </>
        ) : (
          <p className="nl-paragraph">Alle regels van het document staan in een veld.</p>
        )}
      </section>

      {weggelaten.length ? (
        <details className="br-import-weggelaten">
          <summary>Weggelaten als paginanummer, paginakop of -voet ({weggelaten.length})</summary>
          <p className="nl-paragraph">Deze regels stonden op elke pagina of zijn paginanummers. Hoort er toch een bij de nota, verplaats hem dan.</p>
          <Regels regels={weggelaten} soort="weggelaten" onVerplaats={(r, naar) => verplaats(r, naar, "weggelaten")} />
        </details>
      ) : null}

      <div ref={formulier}>
        <NotaFormulier
          key={versie}
          action={aanmaken}
          bewindspersonen={bewindspersonen}
          collegas={collegas}
          knop="Concept aanmaken"
          start={start}
          extern={extern}
        />
      </div>
    </>
  );
}
