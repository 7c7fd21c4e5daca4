// The Kamerbrief as it will be printed, in Rijkshuisstijl order (DOMAIN.md §5).
import { formatDag } from "@/lib/domain/datum";
import { Tekst } from "@/components/nota/tekst";

export interface KamerbriefWeergave {
  ministerie: string;
  directie: string;
  datum: string | null;
  betreft: string;
  onsKenmerk: string;
  uwKenmerk: string | null;
  aantalBijlagen: number;
  aanhef: string;
  tekst: string;
  slot: string | null;
  ondertekenaar: { naam: string; ambtstitel: string | null } | null;
}

/** "Minister van X" → "De minister van X," */
export function ondertekening(ambtstitel: string | null): string {
  if (!ambtstitel) return "";
  return `De ${ambtstitel.charAt(0).toLowerCase()}${ambtstitel.slice(1)},`;
}

export function KamerbriefVoorbeeld({ brief }: { brief: KamerbriefWeergave }) {
  return (
    <div className="br-brief" aria-label="Voorbeeld van de Kamerbrief" role="document">
      <p className="br-brief__afzender">{brief.ministerie}</p>
      <div className="br-brief__kop">
        <div className="br-brief__adres">
          <p className="br-brief__retour">Retouradres Postbus 20011 2500 EA Den Haag</p>
          <p>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal<br />Postbus 20018<br />2500 EA DEN HAAG</p>
        </div>
        <dl className="br-brief__referentie">
          <dt>{brief.ministerie}</dt>
          <dd>{brief.directie}</dd>
          <dt>Ons kenmerk</dt>
          <dd>{brief.onsKenmerk}</dd>
          {brief.uwKenmerk ? (
            <>
              <dt>Uw kenmerk</dt>
              <dd>{brief.uwKenmerk}</dd>
            </>
          ) : null}
          <dt>Bijlage(n)</dt>
          <dd>{brief.aantalBijlagen}</dd>
        </dl>
      </div>
      <dl className="br-brief__datum">
        <dt>Datum</dt>
        <dd>{brief.datum ? formatDag(brief.datum) : "(datum van verzending)"}</dd>
        <dt>Betreft</dt>
        <dd>{brief.betreft || "(onderwerp)"}</dd>
      </dl>
      <p className="br-brief__aanhef">{brief.aanhef}</p>
      <Tekst bron={brief.tekst} />
      {brief.slot ? <p>{brief.slot}</p> : null}
      <p className="br-brief__ondertekening">
        {ondertekening(brief.ondertekenaar?.ambtstitel ?? null)}
        <br />
        <br />
        {brief.ondertekenaar?.naam ?? ""}
      </p>
    </div>
  );
}
