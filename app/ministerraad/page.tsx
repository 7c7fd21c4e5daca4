import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/components/shell/app-shell";
import { VergaderingToevoegen } from "@/components/ministerraad/vergadering-toevoegen";
import { dagVan, formatDagMetWeekdag, plusDagen } from "@/lib/domain/datum";
import { aftellen } from "@/lib/domain/deadlines";
import { hasPermission } from "@/lib/domain/permissions";
import { requirePageActor } from "@/lib/server/session";
import { listMeetings } from "@/lib/server/ministerraad/meetings";
import { vergaderingToevoegenActie } from "./acties";

export const metadata: Metadata = { title: "Ministerraad" };
export const dynamic = "force-dynamic";

const maandFormat = new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" });

export default async function MinisterraadPage({ searchParams }: { searchParams: Promise<{ van?: string }> }) {
  const actor = await requirePageActor();
  const vandaag = dagVan(new Date());
  const { van } = await searchParams;
  const start = van && /^\d{4}-\d{2}-\d{2}$/.test(van) ? van : plusDagen(vandaag, -14);
  const meetings = await listMeetings(actor, { van: start, tot: plusDagen(start, 120) });
  const perMaand = new Map<string, typeof meetings>();
  for (const m of meetings) {
    const key = maandFormat.format(new Date(`${m.datum}T00:00:00Z`));
    perMaand.set(key, [...(perMaand.get(key) ?? []), m]);
  }
  return (
    <AppShell actor={actor} actief="/ministerraad">
      <h1 className="nl-heading nl-heading--level-1">Ministerraad</h1>
      <p className="nl-paragraph">De ministerraad vergadert in beginsel op vrijdag. De stukken gaan 7 dagen voor de vergadering rond.</p>
      <nav aria-label="Periode" className="br-paginering">
        <Link className="nl-link" href={`/ministerraad?van=${plusDagen(start, -120)}`}>Eerdere vergaderingen</Link>
        <Link className="nl-link" href={`/ministerraad?van=${plusDagen(start, 120)}`}>Latere vergaderingen</Link>
      </nav>
      {[...perMaand.entries()].map(([maand, lijst]) => (
        <section key={maand} aria-labelledby={`maand-${maand.replace(/\s/g, "-")}`}>
          <h2 id={`maand-${maand.replace(/\s/g, "-")}`} className="nl-heading nl-heading--level-2">{maand}</h2>
          <ul className="br-lijst">
            {lijst.map((m) => (
              <li key={m.id}>
                <Link className="nl-link" href={`/ministerraad/${m.id}`}>{formatDagMetWeekdag(m.datum)}</Link>
                {m.soort === "extra" ? " (extra vergadering)" : ""}
                {m.datum >= vandaag ? <strong> — {aftellen(m.datum, vandaag)}</strong> : null}
                {`, ${m.aantalNotas === 1 ? "1 nota" : `${m.aantalNotas} nota's`}`}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {hasPermission(actor, "mr.vergadering_toevoegen") ? (
        <section aria-labelledby="extra-titel">
          <h2 id="extra-titel" className="nl-heading nl-heading--level-2">Extra vergadering</h2>
          <VergaderingToevoegen action={vergaderingToevoegenActie} />
        </section>
      ) : null}
    </AppShell>
  );
}
