import type { Metadata } from "next";
import { cache } from "react";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { NotaDocument } from "@/components/nota/nota-document";
import { RisicoBadge, StatusBadge } from "@/components/nota/status-badge";
import { Tijdlijn } from "@/components/nota/tijdlijn";
import { Downloads } from "@/components/nota/downloads";
import { StatusMelding } from "@/components/ui/status-melding";
import { BesluitForm, IntrekkenForm, MrAanmeldenForm, MrUitkomstForm, ParaafForm, TerugsturenForm, TkNummersForm, VerzendenForm } from "@/components/nota/nota-acties";
import { isAppError } from "@/lib/errors";
import { dagVan, formatDag, formatDagMetWeekdag, plusDagen } from "@/lib/domain/datum";
import { aftellen } from "@/lib/domain/deadlines";
import { paraafOordeelLabels, sindsLaatsteParaaf, type ParaafOordeel } from "@/lib/domain/paraafroute";
import { MELDINGEN } from "@/lib/ui/meldingen";
import type { FormState } from "@/lib/ui/form-state";
import { requirePageActor } from "@/lib/server/session";
import { getNotaPagina } from "@/lib/server/notas/queries";
import { listMeetings } from "@/lib/server/ministerraad/list-meetings";
import { beslissenActie, intrekkenActie, mrAanmeldenActie, mrUitkomstActie, paraferenActie, terugsturenActie, tkNummersActie, verzendenActie } from "./acties";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ melding?: string }> };

export const dynamic = "force-dynamic";

// One load per page view: generateMetadata and the page share it (React cache() lasts one request).
const load = cache(async (id: string) => {
  const actor = await requirePageActor();
  try {
    return { actor, ...(await getNotaPagina(actor, id)) };
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { nota } = await load(id);
  return { title: `${nota.kenmerk}: ${nota.onderwerp}` };
}

export default async function NotaPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { melding } = await searchParams;
  const { actor, nota, events, versies, downloads } = await load(id);
  const acties = new Set(nota.toegestaneActies);
  const vandaag = dagVan(new Date());
  const ronde = nota.paraafrondes.at(-1);
  // Whose turn it is: the same domain rule (stapAanZet) the paraaf use case applies, in the DTO.
  const mijnStap = nota.aanZet;
  const vergaderingen = acties.has("mr_aanmelden") || acties.has("mr_uitkomst")
    ? (await listMeetings(actor, { van: vandaag, tot: plusDagen(vandaag, 180) })).map((v) => ({ id: v.id, label: `${formatDagMetWeekdag(v.datum)}${v.soort === "extra" ? " (extra)" : ""}` }))
    : [];
  const retourOpmerkingen = nota.status === "retour" && ronde ? ronde.stappen.filter((s) => s.opmerking) : [];
  // "Wat is er veranderd sinds uw paraaf": from the version of my last paraaf to the newest version.
  const sindsParaaf = sindsLaatsteParaaf(
    nota.paraafrondes.flatMap((r) => r.stappen).map((s) => ({ oordeel: s.oordeel, versie: s.versie, toegewezenAanId: s.gebruiker?.id ?? "", uitgevoerdDoorId: s.uitgevoerdDoor?.id ?? null })),
    actor.id,
    versies.map((v) => v.versie),
  );
  type Actie = (id: string, versie: number, prev: FormState, fd: FormData) => Promise<FormState>;
  const bind = (fn: Actie) => fn.bind(null, nota.id, nota.versie);

  return (
    <AppShell actor={actor}>
      <nav aria-label="Kruimelpad" className="br-kruimelpad">
        <Link href="/notas">Nota&apos;s</Link> <span aria-hidden="true">›</span> <span>{nota.kenmerk}</span>
      </nav>
      <h1 className="nl-heading nl-heading--level-1">{nota.onderwerp}</h1>
      <p className="br-meta">
        <span>{nota.kenmerk}</span> <StatusBadge status={nota.status} /> <span>versie {nota.versie}</span>
        {nota.deadlines.risico ? <RisicoBadge risico={nota.deadlines.risico} /> : null}
      </p>
      <StatusMelding tekst={melding ? (MELDINGEN[melding] ?? null) : null} />

      {retourOpmerkingen.length ? (
        <section aria-labelledby="retour-titel" className="utrecht-alert utrecht-alert--warning br-retour">
          <h2 id="retour-titel" className="nl-heading nl-heading--level-2">Opmerkingen bij de retour</h2>
          <ul>
            {retourOpmerkingen.map((s) => (
              <li key={s.id}>
                <strong>{s.rol} ({s.gebruiker?.naam}), {paraafOordeelLabels[s.oordeel as ParaafOordeel]}:</strong> {s.opmerking}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="br-nota-layout">
        <div className="br-nota-layout__hoofd">
          <section aria-labelledby="acties-titel" className="br-acties">
            <h2 id="acties-titel" className="nl-heading nl-heading--level-2">Wat u kunt doen</h2>
            {nota.toegestaneActies.length === 0 ? <p className="nl-paragraph">Er is nu niets voor u te doen aan deze nota.</p> : null}
            <ul className="br-linkacties">
              {acties.has("bewerken") ? <li><Link className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={`/notas/${nota.id}/bewerken`}>Nota bewerken</Link></li> : null}
              {acties.has("indienen") ? <li><Link className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={`/notas/${nota.id}/indienen`}>Indienen voor paraaf</Link></li> : null}
              {acties.has("kamerbrief_bewerken") ? <li><Link className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={`/notas/${nota.id}/kamerbrief`}>Kamerbrief schrijven</Link></li> : null}
              {acties.has("publiceren") ? <li><Link className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={`/notas/${nota.id}/openbare-versie`}>Openbare versie beoordelen en publiceren</Link></li> : null}
            </ul>
            {acties.has("paraferen") && mijnStap ? (
              <section aria-labelledby="paraaf-titel">
                <h3 id="paraaf-titel" className="nl-heading nl-heading--level-3">Paraferen</h3>
                <ParaafForm action={bind(paraferenActie)} rol={mijnStap.rol} />
              </section>
            ) : null}
            {acties.has("beslissen") ? (
              <section aria-labelledby="besluit-titel">
                <h3 id="besluit-titel" className="nl-heading nl-heading--level-3">Besluit{actor.id !== nota.aan.id ? ` namens ${nota.aan.naam}` : ""}</h3>
                <BesluitForm action={beslissenActie.bind(null, nota.id, nota.versie, nota.beslispunten.map((b) => b.volgnummer))} beslispunten={nota.beslispunten} terInformatie={nota.soort === "ter_informatie"} />
              </section>
            ) : null}
            {acties.has("terugsturen") ? (
              <section aria-labelledby="terug-titel">
                <h3 id="terug-titel" className="nl-heading nl-heading--level-3">Terugsturen</h3>
                <TerugsturenForm action={bind(terugsturenActie)} />
              </section>
            ) : null}
            {acties.has("mr_aanmelden") ? (
              <section aria-labelledby="mr-titel">
                <h3 id="mr-titel" className="nl-heading nl-heading--level-3">Aanmelden voor de ministerraad</h3>
                <MrAanmeldenForm action={bind(mrAanmeldenActie)} vergaderingen={vergaderingen} vandaag={vandaag} />
              </section>
            ) : null}
            {acties.has("mr_uitkomst") ? (
              <section aria-labelledby="uitkomst-titel">
                <h3 id="uitkomst-titel" className="nl-heading nl-heading--level-3">Uitkomst van de ministerraad</h3>
                <MrUitkomstForm action={bind(mrUitkomstActie)} vergaderingen={vergaderingen} />
              </section>
            ) : null}
            {acties.has("verzenden") ? (
              <section aria-labelledby="verzend-titel">
                <h3 id="verzend-titel" className="nl-heading nl-heading--level-3">Verzending aan de Tweede Kamer</h3>
                <VerzendenForm action={bind(verzendenActie)} vandaag={vandaag} />
              </section>
            ) : null}
            {acties.has("tk_nummers") && nota.verzending ? (
              <section aria-labelledby="tk-titel">
                <h3 id="tk-titel" className="nl-heading nl-heading--level-3">Nummers van de Tweede Kamer</h3>
                <TkNummersForm action={bind(tkNummersActie)} huidig={{ tkDocumentnummer: nota.verzending.tkDocumentnummer, tkZaaknummer: nota.verzending.tkZaaknummer, dossiernummer: nota.verzending.dossiernummer, ondernummer: nota.verzending.ondernummer, vergaderjaar: nota.verzending.vergaderjaar }} />
              </section>
            ) : null}
            {acties.has("intrekken") ? (
              <details className="br-details">
                <summary>Nota intrekken</summary>
                <IntrekkenForm action={bind(intrekkenActie)} />
              </details>
            ) : null}
          </section>

          <section aria-labelledby="document-titel">
            <h2 id="document-titel" className="nl-heading nl-heading--level-2">De nota</h2>
            <NotaDocument nota={nota} kopniveau={3} />
          </section>
        </div>

        <aside className="br-nota-layout__zij" aria-label="Voortgang">
          <section aria-labelledby="planning-titel">
            <h2 id="planning-titel" className="nl-heading nl-heading--level-2">Planning</h2>
            <dl className="br-kopgegevens">
              {nota.mr ? (
                <>
                  <dt>Ministerraad</dt>
                  <dd>
                    {formatDagMetWeekdag(nota.mr.vergadering.datum)}
                    {nota.mr.vergadering.datum >= vandaag ? ` (${aftellen(nota.mr.vergadering.datum, vandaag)})` : ""}
                  </dd>
                </>
              ) : null}
              {nota.deadlines.rondzenddatum ? (
                <>
                  <dt>Stukken rondzenden</dt>
                  <dd>{formatDag(nota.deadlines.rondzenddatum)}</dd>
                </>
              ) : null}
              {nota.deadlines.bewindspersoon ? (
                <>
                  <dt>Besluit bewindspersoon</dt>
                  <dd>uiterlijk {formatDag(nota.deadlines.bewindspersoon)}</dd>
                </>
              ) : null}
              {ronde?.stappen.map((s) => (
                <div key={s.id} className="br-kopgegevens__rij">
                  <dt>{s.rol}</dt>
                  <dd>
                    {s.gebruiker?.naam}
                    {s.oordeel ? `: ${paraafOordeelLabels[s.oordeel as ParaafOordeel]}` : s.deadline ? `, uiterlijk ${formatDag(s.deadline)}` : ""}
                  </dd>
                </div>
              ))}
              {nota.verzending?.kamerstuk ? (
                <>
                  <dt>Kamerstuk</dt>
                  <dd>
                    <a href={nota.verzending.kamerstuk.url} className="nl-link">{nota.verzending.kamerstuk.citaat}</a>
                  </dd>
                </>
              ) : null}
            </dl>
          </section>
          <section aria-labelledby="documenten-titel">
            <h2 id="documenten-titel" className="nl-heading nl-heading--level-2">Documenten</h2>
            <ul className="br-lijst">
              <li><a className="nl-link" href={`/api/v1/notas/${nota.id}/nota.pdf`} download>Beslisnota (PDF)</a></li>
              {nota.kamerbriefDocument ? <li><Link className="nl-link" href={`/notas/${nota.id}/kamerbrief`}>Kamerbrief</Link></li> : null}
              <li><Link className="nl-link" href={`/notas/${nota.id}/openbare-versie`}>Openbare versie (Woo)</Link></li>
            </ul>
          </section>
          <section aria-labelledby="tijdlijn-titel">
            <h2 id="tijdlijn-titel" className="nl-heading nl-heading--level-2">Tijdlijn</h2>
            <Tijdlijn events={events} />
          </section>
          <section aria-labelledby="downloads-titel">
            <h2 id="downloads-titel" className="nl-heading nl-heading--level-2">Gedownload</h2>
            <Downloads downloads={downloads} />
          </section>
          {versies.length > 1 ? (
            <section aria-labelledby="versies-titel">
              <h2 id="versies-titel" className="nl-heading nl-heading--level-2">Versies</h2>
              {sindsParaaf ? (
                <p className="nl-paragraph">
                  <Link className="nl-link" href={`/notas/${nota.id}/versies/${sindsParaaf.van}/${sindsParaaf.naar}`}>Wat is er veranderd sinds uw paraaf</Link>
                </p>
              ) : null}
              <ul>
                {versies.slice(1).map((v, i) => (
                  <li key={v.versie}>
                    <Link className="nl-link" href={`/notas/${nota.id}/versies/${versies[i]!.versie}/${v.versie}`}>
                      Verschil versie {versies[i]!.versie} → {v.versie} ({v.aanleiding})
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>
    </AppShell>
  );
}
