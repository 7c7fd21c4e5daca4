// Who downloaded which file of the nota, newest first: the access log, kept apart from the
// Tijdlijn of decisions (issue 14).
import { formatTijdstip } from "@/lib/domain/datum";

export interface DownloadRegel {
  tijdstip: string;
  actor: { naam: string | null };
  bestandsnaam: string;
  versie: number | null;
}

export function Downloads({ downloads }: { downloads: DownloadRegel[] }) {
  if (downloads.length === 0) return <p className="nl-paragraph">Nog niemand heeft een bestand van deze nota gedownload.</p>;
  return (
    <ul className="br-lijst br-downloads">
      {downloads.map((d, i) => (
        <li key={`${d.tijdstip}-${i}`}>
          {d.bestandsnaam}
          {d.versie ? ` (versie ${d.versie})` : ""}: {d.actor.naam ?? "Onbekend"}, <time dateTime={d.tijdstip}>{formatTijdstip(new Date(d.tijdstip))}</time>
        </li>
      ))}
    </ul>
  );
}
