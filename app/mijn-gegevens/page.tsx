import type { Metadata } from "next";
import { AppShell } from "@/components/shell/app-shell";
import { Tabel } from "@/components/ui/tabel";
import { TokenFormulier, WachtwoordFormulier } from "@/components/gebruikers/mijn-gegevens-formulieren";
import { formatTijdstip } from "@/lib/domain/datum";
import { rolLabels, type Rol } from "@/lib/domain/rollen";
import { requirePageActor } from "@/lib/server/session";
import { getProfile } from "@/lib/server/gebruikers/get-profile";
import { listTokens } from "@/lib/server/tokens/tokens";
import { tokenAanmakenActie, tokenIntrekkenActie, wachtwoordWijzigenActie } from "./acties";

export const metadata: Metadata = { title: "Mijn gegevens" };
export const dynamic = "force-dynamic";

export default async function MijnGegevensPage() {
  const actor = await requirePageActor();
  const [profiel, tokens] = await Promise.all([getProfile({ actor }), listTokens(actor)]);
  return (
    <AppShell actor={actor}>
      <h1 className="nl-heading nl-heading--level-1">Mijn gegevens</h1>
      <dl className="br-gegevens">
        <dt>Naam</dt><dd>{profiel.naam}</dd>
        <dt>E-mailadres</dt><dd>{profiel.email}</dd>
        <dt>Onderdeel</dt><dd>{profiel.organisatieonderdeel.naam}</dd>
        <dt>Rollen</dt><dd>{profiel.rollen.map((r) => rolLabels[r as Rol] ?? r).join(", ")}</dd>
      </dl>
      <section aria-labelledby="wachtwoord-titel">
        <h2 id="wachtwoord-titel" className="nl-heading nl-heading--level-2">Wachtwoord</h2>
        <WachtwoordFormulier action={wachtwoordWijzigenActie} />
      </section>
      <section aria-labelledby="tokens-titel">
        <h2 id="tokens-titel" className="nl-heading nl-heading--level-2">API-tokens</h2>
        <p className="nl-paragraph">Met een token gebruikt een programma de API van Beslisroute namens u. Een token met bereik ‘alleen lezen’ kan niets wijzigen.</p>
        {tokens.length ? (
          <Tabel bijschrift="Mijn tokens" kolommen={["Naam", "Bereik", "Verloopt", "Laatst gebruikt", "Status"]}>
            {tokens.map((t) => (
              <tr key={t.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">{t.naam}</td>
                <td className="utrecht-table__cell">{t.scope === "lezen" ? "Alleen lezen" : "Lezen en schrijven"}</td>
                <td className="utrecht-table__cell">{formatTijdstip(new Date(t.verlooptOp))}</td>
                <td className="utrecht-table__cell">{t.laatstGebruiktOp ? formatTijdstip(new Date(t.laatstGebruiktOp)) : "Nog niet"}</td>
                <td className="utrecht-table__cell">
                  {t.ingetrokkenOp ? (
                    `Ingetrokken op ${formatTijdstip(new Date(t.ingetrokkenOp))}`
                  ) : t.status === "verlopen" ? (
                    "Verlopen"
                  ) : (
                    <form action={tokenIntrekkenActie.bind(null, t.id)}>
                      <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-label={`Intrekken: ${t.naam}`}>Intrekken</button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </Tabel>
        ) : (
          <p className="nl-paragraph">U hebt geen tokens.</p>
        )}
        <TokenFormulier action={tokenAanmakenActie} />
      </section>
    </AppShell>
  );
}
