// Every step of the nota in order: who, when, what, with the remark. From the audit trail.
import { formatTijdstip } from "@/lib/domain/datum";
import { statusLabels, mrUitkomstLabels, type NotaStatus, type MrUitkomst } from "@/lib/domain/nota-status";
import { paraafOordeelLabels, type ParaafOordeel } from "@/lib/domain/paraafroute";
import { formatDag } from "@/lib/domain/datum";

export interface TijdlijnEvent {
  seq: number;
  tijdstip: string;
  actor: { naam: string | null } | null;
  namens: { naam: string | null } | null;
  actie: string;
  naarStatus: string | null;
  na: unknown;
}

function omschrijving(e: TijdlijnEvent): string {
  const na = (e.na ?? {}) as Record<string, unknown>;
  const stap = na.stap as { rol?: string } | undefined;
  switch (e.actie) {
    case "nota.aangemaakt":
      return "Nota aangemaakt";
    case "nota.gewijzigd":
      return "Inhoud gewijzigd";
    case "nota.ingediend":
      return `Ingediend voor paraaf${typeof na.ronde === "number" && na.ronde > 1 ? ` (ronde ${na.ronde})` : ""}`;
    case "nota.geparafeerd": {
      const rol = stap?.rol ?? (na.rol as string | undefined) ?? "paraaf";
      return `Paraaf ${rol}: ${paraafOordeelLabels[na.oordeel as ParaafOordeel] ?? String(na.oordeel)}`;
    }
    case "nota.besloten":
      return e.naarStatus === "kennisgenomen" ? "Kennisgenomen door de bewindspersoon" : e.naarStatus === "afgewezen" ? "Afgewezen door de bewindspersoon" : "Besluit van de bewindspersoon";
    case "nota.teruggestuurd":
      return "Teruggestuurd door de bewindspersoon";
    case "nota.ingetrokken":
      return "Ingetrokken";
    case "mr.aangemeld":
      return `Aangemeld voor de ministerraad van ${typeof na.vergadering === "string" ? formatDag(na.vergadering) : "?"}`;
    case "mr.uitkomst":
      return `Ministerraad van ${typeof na.vergadering === "string" ? formatDag(na.vergadering) : "?"}: ${mrUitkomstLabels[na.uitkomst as MrUitkomst] ?? String(na.uitkomst)}`;
    case "kamerbrief.opgeslagen":
      return "Kamerbrief opgeslagen";
    case "kamerbrief.verzonden":
      return `Kamerbrief verzonden aan de Tweede Kamer${typeof na.verzondenOp === "string" ? ` op ${formatDag(na.verzondenOp)}` : ""}`;
    case "kamerbrief.tk_nummers":
      return "Nummers van de Tweede Kamer vastgelegd";
    case "bijlage.bestand_toegevoegd":
      return "Bestand bij een bijlage toegevoegd";
    default:
      return e.actie;
  }
}

/** The remark that belongs with a step (never a section of the nota itself). */
const OPMERKING_VELD: Record<string, string> = {
  "nota.geparafeerd": "opmerking",
  "nota.teruggestuurd": "opmerking",
  "nota.ingetrokken": "reden",
  "nota.besloten": "annotatie",
  "mr.aangemeld": "motivering",
  "mr.uitkomst": "toelichting",
};

function opmerking(e: TijdlijnEvent): string | null {
  const veld = OPMERKING_VELD[e.actie];
  if (!veld) return null;
  const v = ((e.na ?? {}) as Record<string, unknown>)[veld];
  return typeof v === "string" && v ? v : null;
}

export function Tijdlijn({ events }: { events: TijdlijnEvent[] }) {
  return (
    <ol className="br-tijdlijn">
      {/* Downloads recorded in the chain before the access log existed stay out of the Tijdlijn too. */}
      {events.filter((e) => !e.actie.startsWith("export.")).map((e) => (
        <li key={e.seq} className="br-tijdlijn__stap">
          <p className="br-tijdlijn__wat">
            <strong>{omschrijving(e)}</strong>
            {e.naarStatus ? <span className="br-tijdlijn__status"> · status {statusLabels[e.naarStatus as NotaStatus] ?? e.naarStatus}</span> : null}
          </p>
          <p className="br-tijdlijn__wie">
            {e.actor?.naam ?? "Onbekend"}
            {e.namens?.naam ? ` namens ${e.namens.naam}` : ""}, <time dateTime={e.tijdstip}>{formatTijdstip(new Date(e.tijdstip))}</time>
          </p>
          {opmerking(e) ? <blockquote className="br-tijdlijn__opmerking">{opmerking(e)}</blockquote> : null}
        </li>
      ))}
    </ol>
  );
}
