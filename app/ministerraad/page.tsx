import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { AppShell } from "@/components/shell/app-shell";
import { RecesFormulier, VergaderingToevoegen } from "@/components/ministerraad/vergadering-toevoegen";
import { vervallenVrijdagen } from "@/lib/domain/mr-kalender";
import { listReces } from "@/lib/server/ministerraad/reces";
import { dagVan, formatDag, formatDagMetWeekdag, plusDagen } from "@/lib/domain/datum";
import { aftellen } from "@/lib/domain/deadlines";
import { hasPermission } from "@/lib/domain/permissions";
import { requirePageActor } from "@/lib/server/session";
import { listMeetings } from "@/lib/server/ministerraad/list-meetings";
import { recesActie, vergaderingToevoegenActie } from "./acties";

export const metadata: Metadata = { title: "Ministerraad" };
export const dynamic = "force-dynamic";

const maandFormat = new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" });

export default async function MinisterraadPage({ searchParams }: { searchParams: Promise<{ van?: string }> }) {
  const actor = await requirePageActor();
  const vandaag = dagVan(new Date());
  const { van } = await searchParams;
  const start = van && /^\d{4}-\d{2}-\d{2}$/.test(van) ? van : plusDagen(vandaag, -14);
  const eind = plusDagen(start, 120);
  const [meetings, recessen] = await Promise.all([listMeetings(actor, { van: start, tot: eind }), listReces()]);
  // Fridays without a regular meeting (a holiday, the recess), unless an extra meeting was put there.
  const bezet = new Set(meetings.map((m) => m.datum));
  const vervallen = [...new Set([Number(start.slice(0, 4)), Number(eind.slice(0, 4))])].flatMap((jaar) =>
    vervallenVrijdagen(jaar, recessen.find((r) => r.jaar === jaar) ?? null).filter((v) => v.datum >= start && v.datum <= eind && !bezet.has(v.datum)),
  );
  type Regel = { soort: "vergadering"; m: (typeof meetings)[number] } | { soort: "vervallen"; datum: string; reden: string };
  const regels: (Regel & { datum: string })[] = [...meetings.map((m) => ({ soort: "vergadering" as const, m, datum: m.datum })), ...vervallen.map((v) => ({ soort: "vervallen" as const, ...v }))].sort((a, b) => a.datum.localeCompare(b.datum));
  const perMaand = new Map<string, typeof regels>();
  for (const r of regels) {
    const key = maandFormat.format(new Date(`${r.datum}T00:00:00Z`));
    perMaand.set(key, [...(perMaand.get(key) ?? []), r]);
  }
  const ditJaar = Number(vandaag.slice(0, 4));
  const komendReces = recessen.filter((r) => r.tot >= vandaag);
  return (
    <AppShell actor={actor} actief="/ministerraad">
      <h1 className="nl-heading nl-heading--level-1">Ministerraad</h1>
      <p className="nl-paragraph">De ministerraad vergadert in beginsel op vrijdag, niet op feestdagen en niet in het zomerreces. De stukken gaan 7 dagen voor de vergadering rond (valt dat op een weekend- of feestdag, dan de werkdag ervoor).</p>
      <nav aria-label="Periode" className="br-paginering">
        <Link className="nl-link" href={`/ministerraad?van=${plusDagen(start, -120)}`}>Eerdere vergaderingen</Link>
        <Link className="nl-link" href={`/ministerraad?van=${plusDagen(start, 120)}`}>Latere vergaderingen</Link>
      </nav>
      {[...perMaand.entries()].map(([maand, lijst]) => (
        <section key={maand} aria-labelledby={`maand-${maand.replace(/\s/g, "-")}`}>
          <h2 id={`maand-${maand.replace(/\s/g, "-")}`} className="nl-heading nl-heading--level-2">{maand}</h2>
          <ul className="br-lijst">
            {lijst.map((r) =>
              r.soort === "vervallen" ? (
                <li key={r.datum} className="br-vervallen">
                  {formatDagMetWeekdag(r.datum)}: geen ministerraad ({r.reden})
                </li>
              ) : (
                <li key={r.m.id}>
                  <Link className="nl-link" href={`/ministerraad/${r.m.id}`}>{formatDagMetWeekdag(r.m.datum)}</Link>
                  {r.m.soort === "extra" ? " (extra vergadering)" : ""}
                  {r.m.datum >= vandaag ? <strong> — {aftellen(r.m.datum, vandaag)}</strong> : null}
                  {`, ${r.m.aantalNotas === 1 ? "1 nota" : `${r.m.aantalNotas} nota's`}`}
                </li>
              ),
            )}
          </ul>
        </section>
      ))}
      <section aria-labelledby="reces-titel">
        <h2 id="reces-titel" className="nl-heading nl-heading--level-2">Zomerreces</h2>
        {komendReces.length ? (
          <ul className="br-lijst">
            {komendReces.map((r) => (
              <li key={r.jaar}>
                {r.jaar}: {formatDag(r.van)} tot en met {formatDag(r.tot)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="nl-paragraph">Er is nog geen zomerreces vastgelegd.</p>
        )}
        {hasPermission(actor, "mr.reces_instellen") ? <RecesFormulier action={recesActie} jaar={komendReces[0]?.jaar ?? ditJaar + 1} van={komendReces[0]?.van} tot={komendReces[0]?.tot} /> : null}
      </section>
      {hasPermission(actor, "mr.vergadering_toevoegen") ? (
        <section aria-labelledby="extra-titel">
          <h2 id="extra-titel" className="nl-heading nl-heading--level-2">Extra vergadering</h2>
          <VergaderingToevoegen action={vergaderingToevoegenActie} />
        </section>
      ) : null}
    </AppShell>
  );
}
