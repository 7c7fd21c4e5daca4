import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { StatusBadge } from "@/components/nota/status-badge";
import { StatusMelding } from "@/components/ui/status-melding";
import { isAppError } from "@/lib/errors";
import { dagVan, formatDag, formatDagMetWeekdag } from "@/lib/domain/datum";
import { aftellen } from "@/lib/domain/deadlines";
import { mrUitkomstLabels, type MrUitkomst } from "@/lib/domain/nota-status";
import { MELDINGEN } from "@/lib/ui/meldingen";
import { hasPermission } from "@/lib/domain/permissions";
import { requirePageActor } from "@/lib/server/session";
import { getMeeting } from "@/lib/server/ministerraad/get-meeting";
import { Tabel } from "@/components/ui/tabel";
import { UitkomstenFormulier } from "@/components/ministerraad/uitkomsten-formulier";
import { uitkomstenActie } from "./acties";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ melding?: string }> };

async function load(id: string) {
  const actor = await requirePageActor();
  try {
    return { actor, v: await getMeeting(actor, id) };
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { v } = await load((await params).id);
  return { title: `Ministerraad ${formatDag(v.datum)}` };
}

export default async function VergaderingPage({ params, searchParams }: Props) {
  const { actor, v } = await load((await params).id);
  const { melding } = await searchParams;
  const vandaag = dagVan(new Date());
  const open = v.agendapunten.filter((a) => !a.uitkomst && a.nota.status === "aangemeld_mr");
  return (
    <AppShell actor={actor} actief="/ministerraad">
      <nav aria-label="Kruimelpad" className="br-kruimelpad">
        <Link href="/ministerraad">Ministerraad</Link> <span aria-hidden="true">›</span> <span>{formatDag(v.datum)}</span>
      </nav>
      <h1 className="nl-heading nl-heading--level-1">Ministerraad van {formatDagMetWeekdag(v.datum)}</h1>
      <StatusMelding tekst={melding ? (MELDINGEN[melding] ?? null) : null} />
      <p className="nl-paragraph">
        {v.soort === "extra" ? "Extra vergadering. " : ""}
        {v.datum >= vandaag ? <strong>{aftellen(v.datum, vandaag)}. </strong> : "Deze vergadering is geweest. "}
        Stukken uiterlijk rondzenden op {formatDag(v.uiterlijkRondzenden)}.
      </p>
      {hasPermission(actor, "mr.besluitenlijst") ? (
        <p className="br-linkacties"><a className="nl-link" href={`/api/v1/mr-vergaderingen/${v.id}/besluitenlijst.pdf`} download>Besluitenlijst downloaden (PDF)</a></p>
      ) : null}
      <h2 className="nl-heading nl-heading--level-2">Agenda</h2>
      {v.agendapunten.length === 0 ? <p className="nl-paragraph">Er zijn (voor u zichtbaar) geen nota&apos;s aangemeld.</p> : (
        <Tabel bijschrift="Aangemelde nota's" kolommen={["Nota", "Bewindspersoon", "Rondgezonden", "Uitkomst"]}>
              {v.agendapunten.map((a) => (
                <tr key={a.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">
                    <Link className="nl-link" href={`/notas/${a.nota.id}`}>{a.nota.onderwerp}</Link> <span className="br-kenmerk">{a.nota.kenmerk}</span> <StatusBadge status={a.nota.status} />
                  </td>
                  <td className="utrecht-table__cell">{a.nota.bewindspersoon}</td>
                  <td className="utrecht-table__cell">
                    {formatDag(a.rondgezondenOp)}
                    {a.waarschuwing ? <p className="br-waarschuwing">{a.waarschuwing}{a.motivering ? `: ${a.motivering}` : ""}</p> : null}
                  </td>
                  <td className="utrecht-table__cell">{a.uitkomst ? `${mrUitkomstLabels[a.uitkomst as MrUitkomst]}${a.toelichting ? ` — ${a.toelichting}` : ""}` : "Nog niet vastgelegd"}</td>
                </tr>
              ))}
            </Tabel>
      )}
      {hasPermission(actor, "nota.mr_uitkomst") && open.length > 0 ? (
        <section aria-labelledby="uitkomsten-titel">
          <h2 id="uitkomsten-titel" className="nl-heading nl-heading--level-2">Uitkomsten vastleggen</h2>
          <p className="nl-paragraph">Leg de uitkomst van elk agendapunt in één keer vast. Een nota die u op ‘Nog niet vastleggen’ laat, blijft open. Aangehouden nota&apos;s gaan naar de volgende vergadering.</p>
          <UitkomstenFormulier action={uitkomstenActie.bind(null, v.id)} punten={open.map((a) => ({ notaId: a.nota.id, versie: a.nota.versie, kenmerk: a.nota.kenmerk, onderwerp: a.nota.onderwerp }))} />
        </section>
      ) : null}
    </AppShell>
  );
}
