import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { AppShell } from "@/components/shell/app-shell";
import { RisicoBadge, StatusBadge } from "@/components/nota/status-badge";
import { NOTA_STATUSSEN, statusLabels } from "@/lib/domain/nota-status";
import { formatDag } from "@/lib/domain/datum";
import { isAppError } from "@/lib/errors";
import { requirePageActor } from "@/lib/server/session";
import { listNotas } from "@/lib/server/notas/queries";
import { listUnits } from "@/lib/server/organisatie/list-units";
import { listUsers } from "@/lib/server/gebruikers/list-users";
import { Tabel } from "@/components/ui/tabel";

export const metadata: Metadata = { title: "Nota's" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const FILTERS = ["q", "status", "directie", "mrDatum", "bewindspersoon", "sort"] as const;

export default async function NotasPage({ searchParams }: Props) {
  const actor = await requirePageActor();
  const sp = await searchParams;
  const query = Object.fromEntries(FILTERS.filter((k) => sp[k]).map((k) => [k, sp[k]!]));
  let resultaat: Awaited<ReturnType<typeof listNotas>> = { items: [], volgende: null };
  let fout: string | null = null;
  try {
    resultaat = await listNotas(actor, { ...query, cursor: sp.cursor });
  } catch (e) {
    if (!isAppError(e)) throw e;
    fout = e.errors?.map((x) => x.message).join(" ") ?? e.detail;
  }
  const [directies, bewindspersonen] = await Promise.all([listUnits("directie"), listUsers(actor, { rol: "bewindspersoon" })]);
  const volgende = resultaat.volgende ? `/notas?${new URLSearchParams({ ...query, cursor: resultaat.volgende })}` : null;
  const gezocht = Object.keys(query).length > 0;

  return (
    <AppShell actor={actor} actief="/notas">
      <h1 className="nl-heading nl-heading--level-1">Nota&apos;s</h1>
      {actor.rollen.includes("opsteller") ? (
        <p className="br-linkacties">
          <Link className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href="/notas/nieuw">Nieuwe nota</Link>
          <Link className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="/notas/importeren">Nota importeren</Link>
        </p>
      ) : null}
      <form method="get" action="/notas" role="search" aria-label="Nota's zoeken" className="br-zoekformulier">
        <div className="br-field">
          <label className="utrecht-form-label" htmlFor="zoek-q">Zoeken</label>
          <input className="utrecht-textbox utrecht-textbox--html-input" id="zoek-q" name="q" type="search" defaultValue={sp.q ?? ""} aria-describedby="zoek-q-uitleg" />
          <p id="zoek-q-uitleg" className="utrecht-form-field-description">Zoekt in kenmerk, onderwerp en tekst; ook verbogen vormen (gemeente vindt gemeenten).</p>
        </div>
        <div className="br-filters">
          <div className="br-field">
            <label className="utrecht-form-label" htmlFor="zoek-status">Status</label>
            <select className="utrecht-select utrecht-select--html-select" id="zoek-status" name="status" defaultValue={sp.status ?? ""}>
              <option value="">Alle statussen</option>
              {NOTA_STATUSSEN.map((s) => <option key={s} value={s}>{statusLabels[s]}</option>)}
            </select>
          </div>
          <div className="br-field">
            <label className="utrecht-form-label" htmlFor="zoek-directie">Directie</label>
            <select className="utrecht-select utrecht-select--html-select" id="zoek-directie" name="directie" defaultValue={sp.directie ?? ""}>
              <option value="">Alle directies</option>
              {directies.map((d) => <option key={d.id} value={d.id}>{d.naam}</option>)}
            </select>
          </div>
          <div className="br-field">
            <label className="utrecht-form-label" htmlFor="zoek-bewindspersoon">Bewindspersoon</label>
            <select className="utrecht-select utrecht-select--html-select" id="zoek-bewindspersoon" name="bewindspersoon" defaultValue={sp.bewindspersoon ?? ""}>
              <option value="">Alle bewindspersonen</option>
              {bewindspersonen.map((b) => <option key={b.id} value={b.id}>{b.naam}</option>)}
            </select>
          </div>
          <div className="br-field">
            <label className="utrecht-form-label" htmlFor="zoek-mrDatum">MR-datum</label>
            <input className="utrecht-textbox utrecht-textbox--html-input" id="zoek-mrDatum" name="mrDatum" type="date" defaultValue={sp.mrDatum ?? ""} />
          </div>
          <div className="br-field">
            <label className="utrecht-form-label" htmlFor="zoek-sort">Sorteren op</label>
            <select className="utrecht-select utrecht-select--html-select" id="zoek-sort" name="sort" defaultValue={sp.sort ?? "gewijzigd"}>
              <option value="gewijzigd">Laatst gewijzigd</option>
              <option value="kenmerk">Kenmerk</option>
              <option value="onderwerp">Onderwerp</option>
            </select>
          </div>
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">Zoeken</button>
        {gezocht ? <Link className="nl-link br-wis" href="/notas">Filters wissen</Link> : null}
      </form>

      {fout ? <p className="utrecht-alert utrecht-alert--error" role="alert">{fout}</p> : null}
      <p role="status" className="br-resultaat">{resultaat.items.length === 0 ? "Geen nota's gevonden." : `${resultaat.items.length}${resultaat.volgende ? "+" : ""} nota's${gezocht ? " gevonden" : ""}.`}</p>
      {resultaat.items.length ? (
        <Tabel bijschrift="Nota's" kolommen={["Kenmerk", "Onderwerp", "Status", "Directie", "MR", "Deadline"]}>
              {resultaat.items.map((n) => (
                <tr key={n.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell br-nowrap">{n.kenmerk}</td>
                  <td className="utrecht-table__cell"><Link className="nl-link" href={`/notas/${n.id}`}>{n.onderwerp}</Link></td>
                  <td className="utrecht-table__cell"><StatusBadge status={n.status} /></td>
                  <td className="utrecht-table__cell">{n.van}</td>
                  <td className="utrecht-table__cell br-nowrap">{n.mrDatum ? formatDag(n.mrDatum) : "—"}</td>
                  <td className="utrecht-table__cell br-nowrap">{n.eerstvolgendeDeadline ? formatDag(n.eerstvolgendeDeadline) : "—"} <RisicoBadge risico={n.eerstvolgendeDeadline ? n.risico : null} /></td>
                </tr>
              ))}
            </Tabel>
      ) : null}
      <nav aria-label="Paginering" className="br-paginering">
        {sp.cursor ? <Link className="nl-link" href={`/notas?${new URLSearchParams(query)}`}>Eerste pagina</Link> : null}
        {volgende ? <Link className="nl-link" href={volgende}>Volgende pagina</Link> : null}
      </nav>
    </AppShell>
  );
}
