import type { Metadata } from "next";
import { AppShell } from "@/components/shell/app-shell";
import { Tabel } from "@/components/ui/tabel";
import { NieuwGeheimFormulier, NieuwWebhookFormulier } from "@/components/beheer/webhook-formulieren";
import { formatTijdstip } from "@/lib/domain/datum";
import { afleveringStatusLabels, WEBHOOK_EVENTS, type WebhookEventType } from "@/lib/domain/webhooks";
import { requirePagePermission } from "@/lib/server/session";
import { listWebhooks } from "@/lib/server/webhooks/list-webhooks";
import { listDeliveries } from "@/lib/server/webhooks/list-deliveries";
import { afleveringOpnieuwActie, webhookAanmakenActie, webhookAanUitActie, webhookGeheimActie, webhookVerwijderenActie } from "./acties";

export const metadata: Metadata = { title: "Webhooks — Beheer" };
export const dynamic = "force-dynamic";

const tijd = (iso: string | null) => (iso ? formatTijdstip(new Date(iso)) : "");

export default async function WebhooksPage() {
  const actor = await requirePagePermission("webhooks.beheren");
  const caller = { actor, requestId: "beheer-webhooks" };
  const abonnementen = await listWebhooks(caller);
  const logs = await Promise.all(abonnementen.map((a) => listDeliveries(caller, a.id, { limiet: 25 })));
  return (
    <AppShell actor={actor} actief="/beheer">
      <h1 className="nl-heading nl-heading--level-1">Webhooks</h1>
      <p className="nl-paragraph">
        Een webhook meldt een ander systeem (het DMS, de Woo-omgeving) wat er met een nota gebeurt: als CloudEvent, ondertekend met het geheim van het abonnement.
        Een abonnement hoort alleen over nota&apos;s die de eigenaar mag zien. Mislukt het afleveren, dan probeert Beslisroute het opnieuw, steeds later, tot acht keer.
        Ook via de API: <code>/api/v1/webhooks</code>. <a className="nl-link" href="/beheer">Terug naar Beheer</a>.
      </p>
      <section aria-labelledby="nieuw-titel">
        <h2 id="nieuw-titel" className="nl-heading nl-heading--level-2">Nieuw abonnement</h2>
        <NieuwWebhookFormulier action={webhookAanmakenActie} />
      </section>
      <section aria-labelledby="abonnementen-titel">
        <h2 id="abonnementen-titel" className="nl-heading nl-heading--level-2">Abonnementen</h2>
        {abonnementen.length === 0 ? <p className="nl-paragraph">Er zijn nog geen abonnementen.</p> : null}
        {abonnementen.map((a, i) => (
          <article key={a.id} aria-labelledby={`abonnement-${a.id}`} className="br-organisatie">
            <h3 id={`abonnement-${a.id}`} className="nl-heading nl-heading--level-3">{a.omschrijving ? `${a.omschrijving}: ` : ""}{a.url}</h3>
            <ul className="br-lijst">
              <li>Status: {a.actief ? "Aan" : "Uit (er gaat niets heen; wat klaarstaat wacht)"}</li>
              <li>Gebeurtenissen: {a.eventtypes.map((t) => WEBHOOK_EVENTS[t]).join("; ")}</li>
              <li>Eigenaar: {a.eigenaar.naam}; aangemaakt op {tijd(a.aangemaaktOp)}</li>
            </ul>
            <div className="br-knoppenrij">
              <form action={webhookAanUitActie.bind(null, a.id)}>
                <input type="hidden" name="actief" value={a.actief ? "false" : "true"} />
                <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-label={`${a.actief ? "Uitzetten" : "Aanzetten"}: ${a.url}`}>{a.actief ? "Uitzetten" : "Aanzetten"}</button>
              </form>
              <form action={webhookVerwijderenActie.bind(null, a.id)}>
                <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-label={`Verwijderen: ${a.url}`}>Verwijderen</button>
              </form>
            </div>
            <NieuwGeheimFormulier action={webhookGeheimActie.bind(null, a.id)} url={a.url} />
            <h4 className="nl-heading nl-heading--level-4">Afleverlog</h4>
            {logs[i]!.length ? (
              <Tabel bijschrift={`Afleverlog van ${a.url} (nieuwste 25)`} kolommen={["Aangemaakt", "Gebeurtenis", "Nota", "Status", "Pogingen", "Laatste HTTP-status", "Laatste poging", "Volgende poging of afgeleverd", "Actie"]}>
                {logs[i]!.map((d) => (
                  <tr key={d.id} className="utrecht-table__row">
                    <td className="utrecht-table__cell">{tijd(d.aangemaaktOp)}</td>
                    <td className="utrecht-table__cell">{WEBHOOK_EVENTS[d.type as WebhookEventType] ?? d.type}</td>
                    <td className="utrecht-table__cell"><a className="nl-link" href={`/notas/${d.notaId}`}>{d.kenmerk ?? "Nota"}</a></td>
                    <td className="utrecht-table__cell">{afleveringStatusLabels[d.status]}{d.laatsteFout && d.status !== "afgeleverd" ? ` (${d.laatsteFout})` : ""}</td>
                    <td className="utrecht-table__cell">{d.pogingen}</td>
                    <td className="utrecht-table__cell">{d.laatsteHttpStatus ?? "Geen"}</td>
                    <td className="utrecht-table__cell">{tijd(d.laatstePogingOp) || "Nog niet"}</td>
                    <td className="utrecht-table__cell">{d.afgeleverdOp ? `Afgeleverd ${tijd(d.afgeleverdOp)}` : d.opgegevenOp ? `Opgegeven ${tijd(d.opgegevenOp)}` : tijd(d.volgendePoging)}</td>
                    <td className="utrecht-table__cell">
                      {d.status === "opgegeven" ? (
                        <form action={afleveringOpnieuwActie.bind(null, a.id, d.id)}>
                          <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-label={`Opnieuw proberen: ${d.kenmerk ?? d.notaId}, ${tijd(d.aangemaaktOp)}`}>Opnieuw proberen</button>
                        </form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </Tabel>
            ) : <p className="nl-paragraph">Nog niets verstuurd.</p>}
          </article>
        ))}
      </section>
    </AppShell>
  );
}
