import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { StatusMelding } from "@/components/ui/status-melding";
import { KandidatenFormulier, PublicerenFormulier, WeglakkingFormulier } from "@/components/woo/woo-formulieren";
import { AFWIJSREDENEN, KANDIDAAT_SOORT_LABELS, VOORGESTELDE_GROND, kandidatenMelding } from "@/lib/domain/woo-kandidaten";
import { WOO_GRONDEN } from "@/lib/domain/woo-gronden";
import { isAppError } from "@/lib/errors";
import { formatTijdstip } from "@/lib/domain/datum";
import { hasPermission } from "@/lib/domain/permissions";
import { requirePageActor } from "@/lib/server/session";
import { getNota } from "@/lib/server/notas/queries";
import { getOpenbareVersieVergelijking } from "@/lib/server/publicatie/openbare-versie";
import { kandidatenActie, publicerenActie, weglakkingActie } from "./acties";

export const metadata: Metadata = { title: "Openbare versie" };
export const dynamic = "force-dynamic";

/** The standalone document's h1–h4 become h3–h6 inside this page's outline. */
function inPagina(html: string): string {
  let uit = html;
  for (const [van, naar] of [[4, 6], [3, 5], [2, 4], [1, 3]] as const) uit = uit.replace(new RegExp(`<(/?)h${van}(?=[\\s>])`, "g"), `<$1h${naar}`);
  return uit;
}

const MELDINGEN: Record<string, string> = {
  weglakking: "De weglakking is toegevoegd; de openbare versie is bijgewerkt.",
  gepubliceerd: "De openbare versie is vastgesteld en gepubliceerd.",
  kandidaten: "De beoordeling is opgeslagen; de openbare versie is bijgewerkt.",
};

export default async function OpenbareVersiePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ melding?: string }> }) {
  const { id } = await params;
  const { melding } = await searchParams;
  const actor = await requirePageActor();
  const [nota, v] = await Promise.all([getNota(actor, id), getOpenbareVersieVergelijking(actor, id)]).catch((e) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const magBewerken = hasPermission(actor, "nota.publiceren") && !v.publicatie && nota.status !== "ingetrokken";
  return (
    <AppShell actor={actor} actief="/notas">
      <nav aria-label="Kruimelpad" className="br-kruimelpad">
        <Link href="/notas">Nota&apos;s</Link> <span aria-hidden="true">›</span> <Link href={`/notas/${nota.id}`}>{nota.kenmerk}</Link> <span aria-hidden="true">›</span> <span>Openbare versie</span>
      </nav>
      <h1 className="nl-heading nl-heading--level-1">Openbare versie van {nota.kenmerk}</h1>
      <StatusMelding tekst={melding ? (MELDINGEN[melding] ?? null) : null} />
      <p className="nl-paragraph">
        De openbare versie wordt gemaakt uit de gegevens: namen, initialen, e-mailadressen en telefoonnummers van ambtenaren worden 5.1.2e, gemarkeerde passages hun Woo-grond. De naam en de annotaties van de bewindspersoon blijven staan.
      </p>
      {v.publicatie ? (
        <p className="utrecht-alert utrecht-alert--ok br-status__melding">Gepubliceerd op {formatTijdstip(new Date(v.publicatie.gepubliceerdOp))} ({v.publicatie.bestandsnaam}, sha256 {v.publicatie.sha256.slice(0, 12)}…).</p>
      ) : null}
      {v.resterend.length ? (
        <div className="utrecht-alert utrecht-alert--error br-retour">
          <p className="nl-paragraph"><strong>Nog niet weggelakt:</strong> {v.resterend.length} gegeven(s) van ambtenaren. Voeg een weglakking toe; publiceren kan pas daarna.</p>
        </div>
      ) : null}
      <p className="br-linkacties">
        <a className="nl-link" href={`/api/v1/notas/${nota.id}/openbare-versie.pdf`} download>Openbare versie downloaden (PDF)</a>
        {["verzonden", "gepubliceerd"].includes(nota.status) ? <a className="nl-link" href={`/api/v1/notas/${nota.id}/publicatiepakket.zip`} download>Publicatiepakket downloaden (.zip)</a> : null}
        {["verzonden", "gepubliceerd"].includes(nota.status) ? <a className="nl-link" href={`/api/v1/notas/${nota.id}/diwoo.xml`} download>DiWoo-metadata downloaden (XML)</a> : null}
      </p>
      <div className="br-editor">
        <section aria-labelledby="origineel-titel">
          <h2 id="origineel-titel" className="nl-heading nl-heading--level-2">Origineel, met wat wordt weggelakt</h2>
          <div className="br-document br-tekst" dangerouslySetInnerHTML={{ __html: inPagina(v.origineelHtml) }} />
        </section>
        <section aria-labelledby="openbaar-titel">
          <h2 id="openbaar-titel" className="nl-heading nl-heading--level-2">Openbare versie</h2>
          <div className="br-document br-tekst" dangerouslySetInnerHTML={{ __html: inPagina(v.openbaarHtml) }} />
        </section>
      </div>
      <section aria-labelledby="kandidaten-titel">
        <h2 id="kandidaten-titel" className="nl-heading nl-heading--level-2">Mogelijke persoonsgegevens van anderen</h2>
        <p className="nl-paragraph">
          Namen van burgers, externe deskundigen en andere derden, BSN&apos;s, IBAN&apos;s, adressen en geboortedatums kent Beslisroute niet als gebruiker. Ze worden hier als kandidaat getoond: lak ze weg op een Woo-grond of behoud ze met een reden.
        </p>
        {v.kandidaten.length ? (
          <div className="utrecht-alert utrecht-alert--warning br-retour">
            <p className="nl-paragraph">{kandidatenMelding(v.kandidaten)}</p>
          </div>
        ) : (
          <p className="nl-paragraph">Geen open kandidaten.</p>
        )}
        {v.kandidaten.length && magBewerken ? (
          <KandidatenFormulier
            action={kandidatenActie.bind(null, nota.id, nota.versie, v.kandidaten.length)}
            kandidaten={v.kandidaten.map((k) => ({ tekst: k.tekst, waar: k.waar, soortLabel: KANDIDAAT_SOORT_LABELS[k.soort], voorstel: VOORGESTELDE_GROND[k.soort] }))}
            gronden={WOO_GRONDEN.map((g) => ({ code: g.code, omschrijving: g.omschrijving }))}
            redenen={Object.entries(AFWIJSREDENEN).map(([code, label]) => ({ code, label }))}
          />
        ) : null}
        {v.afgewezen.length ? (
          <>
            <h3 className="nl-heading nl-heading--level-3">Behouden</h3>
            <ul className="br-lijst">{v.afgewezen.map((a) => <li key={a.tekst}>&quot;{a.tekst}&quot; ({a.waar}): {a.redenLabel}</li>)}</ul>
          </>
        ) : null}
      </section>
      {v.bijlagen.length ? (
        <section aria-labelledby="bijlagen-publicatie-titel">
          <h2 id="bijlagen-publicatie-titel" className="nl-heading nl-heading--level-2">Bijlagen in de publicatie</h2>
          <ul className="br-lijst">
            {v.bijlagen.map((b) => (
              <li key={b.volgnummer}>
                Bijlage {b.volgnummer} ({b.naam}): {b.wat}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="weglakkingen-titel">
        <h2 id="weglakkingen-titel" className="nl-heading nl-heading--level-2">Handmatige weglakkingen</h2>
        {v.weglakkingen.length ? <ul className="br-lijst">{v.weglakkingen.map((w) => <li key={w.id}>&quot;{w.tekst}&quot; → {w.grond}</li>)}</ul> : <p className="nl-paragraph">Geen.</p>}
        {magBewerken ? <WeglakkingFormulier action={weglakkingActie.bind(null, nota.id, nota.versie)} /> : null}
      </section>
      {nota.toegestaneActies.includes("publiceren") && !v.resterend.length && !v.kandidaten.length ? (
        <section aria-labelledby="publiceren-titel">
          <h2 id="publiceren-titel" className="nl-heading nl-heading--level-2">Publiceren</h2>
          <PublicerenFormulier action={publicerenActie.bind(null, nota.id, nota.versie)} />
        </section>
      ) : null}
    </AppShell>
  );
}
