// Every step of the nota in order: who, when, what, with the remark. From the audit trail.
// The sentence and the remark of each event come from its entry in lib/domain/audit-gebeurtenissen.ts.
import { formatTijdstip } from "@/lib/domain/datum";
import { statusLabels, type NotaStatus } from "@/lib/domain/nota-status";
import { inTijdlijn, omschrijvingVan, opmerkingVan } from "@/lib/domain/audit-gebeurtenissen";

export interface TijdlijnEvent {
  seq: number;
  tijdstip: string;
  actor: { naam: string | null } | null;
  namens: { naam: string | null } | null;
  actie: string;
  naarStatus: string | null;
  na: unknown;
}

export function Tijdlijn({ events }: { events: TijdlijnEvent[] }) {
  return (
    <ol className="br-tijdlijn">
      {/* Decisions and edits only: downloads recorded in the chain before the access log existed stay out. */}
      {events.filter((e) => inTijdlijn(e.actie)).map((e) => (
        <li key={e.seq} className="br-tijdlijn__stap">
          <p className="br-tijdlijn__wat">
            <strong>{omschrijvingVan(e)}</strong>
            {e.naarStatus ? <span className="br-tijdlijn__status"> · status {statusLabels[e.naarStatus as NotaStatus] ?? e.naarStatus}</span> : null}
          </p>
          <p className="br-tijdlijn__wie">
            {e.actor?.naam ?? "Onbekend"}
            {e.namens?.naam ? ` namens ${e.namens.naam}` : ""}, <time dateTime={e.tijdstip}>{formatTijdstip(new Date(e.tijdstip))}</time>
          </p>
          {opmerkingVan(e) ? <blockquote className="br-tijdlijn__opmerking">{opmerkingVan(e)}</blockquote> : null}
        </li>
      ))}
    </ol>
  );
}
