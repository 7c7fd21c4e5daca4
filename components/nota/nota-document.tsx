// The nota as the minister reads it: header, sections in DOMAIN.md order, beslispunten with the
// oordeel, bijlagen. Shared by the nota page and the preview.
import { Fragment } from "react";
import { formatDag } from "@/lib/domain/datum";
import { beslispuntOordeelLabels, bijlageInformatieLabels, notaSoortLabels } from "@/lib/domain/nota-keuzes";
import type { NotaDto } from "@/lib/server/notas/nota-dto";
import { Tekst } from "@/components/nota/tekst";
import { Tabel } from "@/components/ui/tabel";
import { NOTA_SECTIES } from "@/lib/domain/nota-secties";

export type NotaWeergave = Pick<
  NotaDto,
  "kenmerk" | "onderwerp" | "soort" | "aan" | "van" | "uitersteBeslisdatum" | "deadlineReden" | "rubricering" | "aanleiding" | "kern" | "toelichting" | "politiekeContext" | "nietOpenbaar" | "motivering" | "beslispunten" | "bijlagen" | "aangemaaktOp"
>;

export function NotaDocument({ nota, kopniveau = 2 }: { nota: NotaWeergave; kopniveau?: 2 | 3 }) {
  const H = `h${kopniveau}` as "h2" | "h3";
  return (
    <article className="br-document" aria-label={`Beslisnota ${nota.kenmerk}`}>
      <dl className="br-kopgegevens">
        <dt>Aan</dt>
        <dd>{nota.aan.naam}</dd>
        <dt>Van</dt>
        <dd>{nota.van.naam}</dd>
        <dt>Kenmerk</dt>
        <dd>{nota.kenmerk}</dd>
        <dt>Onderwerp</dt>
        <dd>{nota.onderwerp}</dd>
        <dt>Soort</dt>
        <dd>{notaSoortLabels[nota.soort as keyof typeof notaSoortLabels]}</dd>
        {nota.uitersteBeslisdatum ? (
          <>
            <dt>Uiterste beslisdatum</dt>
            <dd>
              {formatDag(nota.uitersteBeslisdatum)}
              {nota.deadlineReden ? ` (${nota.deadlineReden})` : ""}
            </dd>
          </>
        ) : null}
        {nota.rubricering ? (
          <>
            <dt>Rubricering</dt>
            <dd>{nota.rubricering}</dd>
          </>
        ) : null}
      </dl>
      {NOTA_SECTIES.map((def) => {
        switch (def.soort) {
          case "beslispunten":
            return (
              <Fragment key={def.sleutel}>
                <H>{def.kop}</H>
                {nota.beslispunten.length ? (
                  <ol className="br-beslispunten">
                    {nota.beslispunten.map((b) => (
                      <li key={b.volgnummer}>
                        {b.tekst}
                        {b.oordeel ? <strong className="br-oordeel"> — {beslispuntOordeelLabels[b.oordeel as keyof typeof beslispuntOordeelLabels]}</strong> : null}
                        {b.wijziging ? <p className="br-wijziging">Wijziging: {b.wijziging}</p> : null}
                      </li>
                    ))}
                  </ol>
                ) : (
                  <p className="nl-paragraph br-leeg">Geen beslispunten.</p>
                )}
              </Fragment>
            );
          case "bijlagen":
            return (
              <Fragment key={def.sleutel}>
                <H>{def.kop}</H>
                {nota.bijlagen.length ? (
                  <Tabel bijschrift="Bijlagen bij de nota" kolommen={["Volgnummer", "Naam", "Informatie"]}>
                    {nota.bijlagen.map((b) => (
                      <tr key={b.volgnummer} className="utrecht-table__row">
                        <td className="utrecht-table__cell">{b.volgnummer}</td>
                        <td className="utrecht-table__cell">{b.naam}{b.bestand ? <span className="br-bestand"> ({b.bestand.naam})</span> : null}</td>
                        <td className="utrecht-table__cell">
                          {bijlageInformatieLabels[b.informatie as keyof typeof bijlageInformatieLabels]}
                          {b.gronden.length ? ` (${b.gronden.join(", ")})` : ""}
                          {b.vindplaats ? `, ${b.vindplaats}` : ""}
                        </td>
                      </tr>
                    ))}
                  </Tabel>
                ) : (
                  <p className="nl-paragraph br-leeg">Geen bijlagen.</p>
                )}
              </Fragment>
            );
          case "tekst": {
            const waarde = nota[def.sleutel];
            if (def.optioneel && !waarde) return null;
            return (
              <Fragment key={def.sleutel}>
                <H>{def.kop}</H>
                <Tekst bron={waarde ?? ""} />
              </Fragment>
            );
          }
        }
      })}
    </article>
  );
}
