// The Kamerbrief as it will be printed, from the same model the PDF and the .docx are made from
// (lib/domain/kamerbrief-model.ts): the organisation's letter paper, the reference column, no
// "Bijlage(n)" line without bijlagen.
import { Fragment } from "react";
import type { Briefpapier } from "@/lib/domain/organisatie";
import { kamerbriefModel } from "@/lib/domain/kamerbrief-model";
import { Tekst } from "@/components/nota/tekst";

export interface KamerbriefWeergave {
  ministerie: Briefpapier;
  directie: string;
  datum: string | null;
  betreft: string;
  onsKenmerk: string;
  uwKenmerk: string | null;
  bijlagen: readonly string[];
  aanhef: string;
  tekst: string;
  slot: string | null;
  ondertekenaar: { naam: string; ambtstitel: string | null } | null;
}

export function KamerbriefVoorbeeld({ brief }: { brief: KamerbriefWeergave }) {
  const m = kamerbriefModel({ ...brief, ondertekenaar: brief.ondertekenaar ?? { naam: "", ambtstitel: null } });
  return (
    <div className="br-brief" aria-label="Voorbeeld van de Kamerbrief" role="document">
      <div className="br-brief__briefhoofd">
        <span className="br-brief__beeldmerk" aria-hidden="true" />
        <p className="br-brief__afzender">{m.afzender}</p>
      </div>
      <div className="br-brief__kop">
        <div className="br-brief__adres">
          {m.retouradres ? <p className="br-brief__retour">{m.retouradres}</p> : null}
          <p>
            {m.geadresseerde.map((r, i) => (
              <Fragment key={r}>
                {i > 0 ? <br /> : null}
                {r}
              </Fragment>
            ))}
          </p>
        </div>
        <div className="br-brief__referentie">
          {m.referenties
            .filter((r) => !r.kop)
            .map((r, i) => (
              <p key={i} className={i === 0 ? "br-brief__referentie-afzender" : undefined}>
                {r.regels.map((regel, j) => (
                  <Fragment key={j}>
                    {j > 0 ? <br /> : null}
                    {regel}
                  </Fragment>
                ))}
              </p>
            ))}
          <dl>
            {m.referenties
              .filter((r) => r.kop)
              .map((r) => (
                <Fragment key={r.kop}>
                  <dt>{r.kop}</dt>
                  <dd>{r.regels.join(" ")}</dd>
                </Fragment>
              ))}
          </dl>
        </div>
      </div>
      <dl className="br-brief__datum">
        <dt>Datum</dt>
        <dd>{brief.datum ? m.datum : "(datum van verzending)"}</dd>
        <dt>Betreft</dt>
        <dd>{m.betreft || "(onderwerp)"}</dd>
      </dl>
      <p className="br-brief__aanhef">{m.aanhef}</p>
      <Tekst bron={brief.tekst} />
      {m.slot ? <p>{m.slot}</p> : null}
      <p className="br-brief__ondertekening">
        {m.ondertekening.functie ?? ""}
        <br />
        <br />
        {m.ondertekening.naam}
      </p>
    </div>
  );
}
