// Mijn taken, rendered on the server. It stays current through the Verversen island beside it,
// which polls the dashboard and asks for a new render when what is shown here has changed; the
// island is loaded when the browser is idle (verversen-later.tsx).
import { Link } from "@/components/ui/link";
import type { DashboardDto } from "@/lib/server/taken/dashboard";
import { VerversenLater } from "@/components/taken/verversen-later";
import { dashboardSleutel } from "@/lib/ui/inhoud-sleutel";
import { formatDag, formatDagMetWeekdag, formatTijdstip } from "@/lib/domain/datum";
import { statusLabels, type NotaStatus } from "@/lib/domain/nota-status";
import { RisicoBadge } from "@/components/nota/status-badge";
import { Tabel } from "@/components/ui/tabel";

export function MijnTaken({ dashboard: d }: { dashboard: DashboardDto }) {
  return (
    <>
      <section aria-labelledby="taken-titel">
        <h2 id="taken-titel" className="nl-heading nl-heading--level-2">Wat op u wacht</h2>
        <VerversenLater sleutel={dashboardSleutel(d)} bijgewerktOp={d.bijgewerktOp} tekst={formatTijdstip(new Date(d.bijgewerktOp))} />
        {d.taken.length === 0 ? (
          <p className="nl-paragraph">Er wachten nu geen taken op u.</p>
        ) : (
          <Tabel bijschrift="Taken, op deadline gesorteerd" kolommen={["Taak", "Nota", "Deadline", "Stand"]}>
                {d.taken.map((t) => (
                  <tr key={`${t.soort}-${t.nota.id}-${t.namens ?? ""}`} className="utrecht-table__row">
                    <td className="utrecht-table__cell">{t.label}{t.namens ? ` (namens ${t.namens})` : ""}</td>
                    <td className="utrecht-table__cell">
                      <Link className="nl-link" href={`/notas/${t.nota.id}`}>{t.nota.onderwerp}</Link>
                      <span className="br-kenmerk"> {t.nota.kenmerk}</span>
                    </td>
                    <td className="utrecht-table__cell br-nowrap">{t.deadline ? formatDag(t.deadline) : "—"}</td>
                    <td className="utrecht-table__cell"><RisicoBadge risico={t.risico} /></td>
                  </tr>
                ))}
              </Tabel>
        )}
      </section>
      <div className="br-twee-kolommen">
        <section aria-labelledby="mr-titel">
          <h2 id="mr-titel" className="nl-heading nl-heading--level-2">Komende ministerraden</h2>
          {d.vergaderingen.length === 0 ? <p className="nl-paragraph">Geen vergaderingen in de komende zes weken.</p> : null}
          <ul className="br-lijst">
            {d.vergaderingen.map((v) => (
              <li key={v.id}>
                <Link className="nl-link" href={`/ministerraad/${v.id}`}>{formatDagMetWeekdag(v.datum)}</Link>
                {v.soort === "extra" ? " (extra)" : ""}: <strong>{v.aftellen}</strong>, {v.aantalNotas === 1 ? "1 nota" : `${v.aantalNotas} nota's`}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="status-titel">
          <h2 id="status-titel" className="nl-heading nl-heading--level-2">Nota&apos;s per status</h2>
          <ul className="br-lijst">
            {d.perStatus.map((s) => (
              <li key={s.status}>
                <Link className="nl-link" href={`/notas?status=${s.status}`}>{statusLabels[s.status as NotaStatus] ?? s.status}</Link>: {s.aantal}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
