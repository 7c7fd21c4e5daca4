import type { Metadata } from "next";
import { AppShell } from "@/components/shell/app-shell";
import { Tabel } from "@/components/ui/tabel";
import { TOKEN_BEREIK_LABELS } from "@/lib/domain/nota-schemas";
import { MeldingenFormulier, MijnVervangerFormulier, TokenFormulier, WachtwoordFormulier } from "@/components/gebruikers/mijn-gegevens-formulieren";
import { formatDag, formatTijdstip } from "@/lib/domain/datum";
import { getMeldingvoorkeuren, mijnVervangingen } from "@/lib/server/gebruikers/mijn-gegevens";
import { listUsers } from "@/lib/server/gebruikers/list-users";
import { rolLabels, type Rol } from "@/lib/domain/rollen";
import { requirePageActor } from "@/lib/server/session";
import { getProfile } from "@/lib/server/gebruikers/get-profile";
import { listTokens } from "@/lib/server/tokens/tokens";
import { meldingenActie, mijnVervangerActie, tokenAanmakenActie, tokenIntrekkenActie, vervangingBeeindigenActie, wachtwoordWijzigenActie } from "./acties";

export const metadata: Metadata = { title: "Mijn gegevens" };
export const dynamic = "force-dynamic";

export default async function MijnGegevensPage() {
  const actor = await requirePageActor();
  const [profiel, tokens, vervangingen, voorkeuren, collegas] = await Promise.all([getProfile({ actor }), listTokens(actor), mijnVervangingen(actor), getMeldingvoorkeuren(actor), listUsers(actor, {})]);
  return (
    <AppShell actor={actor}>
      <h1 className="nl-heading nl-heading--level-1">Mijn gegevens</h1>
      <dl className="br-gegevens">
        <dt>Naam</dt><dd>{profiel.naam}</dd>
        <dt>E-mailadres</dt><dd>{profiel.email}</dd>
        <dt>Onderdeel</dt><dd>{profiel.organisatieonderdeel.naam}</dd>
        <dt>Rollen</dt><dd>{profiel.rollen.map((r) => rolLabels[r as Rol] ?? r).join(", ")}</dd>
      </dl>
      <section aria-labelledby="vervanging-titel">
        <h2 id="vervanging-titel" className="nl-heading nl-heading--level-2">Mijn vervanger</h2>
        <p className="nl-paragraph">Wijs zelf een vervanger aan voor uw vakantie of verlof. In die periode ziet uw vervanger uw taken in Mijn taken en handelt namens u; in de tijdlijn staat dat.</p>
        {vervangingen.mijnVervangers.length ? (
          <ul className="br-lijst">
            {vervangingen.mijnVervangers.map((v) => (
              <li key={v.id}>
                {v.naam} vervangt u van {formatDag(v.van)} tot en met {formatDag(v.tot)}.{" "}
                <form action={vervangingBeeindigenActie.bind(null, v.id)} className="br-inline-form">
                  <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-label={`Vervanging door ${v.naam} van ${formatDag(v.van)} beëindigen`}>Beëindigen</button>
                </form>
              </li>
            ))}
          </ul>
        ) : (
          <p className="nl-paragraph">U hebt geen vervanger aangewezen.</p>
        )}
        {vervangingen.ikVervang.length ? (
          <>
            <h3 className="nl-heading nl-heading--level-3">U vervangt</h3>
            <ul className="br-lijst">
              {vervangingen.ikVervang.map((v) => <li key={v.id}>{v.naam}, van {formatDag(v.van)} tot en met {formatDag(v.tot)}</li>)}
            </ul>
          </>
        ) : null}
        <MijnVervangerFormulier action={mijnVervangerActie} collegas={collegas.filter((c) => c.id !== actor.id).map((c) => ({ id: c.id, naam: c.naam }))} />
      </section>
      <section aria-labelledby="meldingen-titel">
        <h2 id="meldingen-titel" className="nl-heading nl-heading--level-2">Meldingen</h2>
        <MeldingenFormulier action={meldingenActie} mailBijTaak={voorkeuren.mailBijTaak} mailBijVervanging={voorkeuren.mailBijVervanging} />
      </section>
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
                <td className="utrecht-table__cell">{TOKEN_BEREIK_LABELS[t.scope]}</td>
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
