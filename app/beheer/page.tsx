import type { Metadata } from "next";
import { AppShell } from "@/components/shell/app-shell";
import { AmbtstitelFormulier, GebruikerRollen, GroepKoppelingFormulier, GroepKoppelingVerwijderen, LogoFormulier, NieuweGebruiker, OnderdeelFormulier, OrganisatieFormulier, VervangingFormulier, WachtwoordInstellen } from "@/components/beheer/beheer-formulieren";
import { listOrganisaties } from "@/lib/server/organisatie/organisatie";
import { formatDag, formatTijdstip } from "@/lib/domain/datum";
import { beveiligingsLabels, type BeveiligingsActie } from "@/lib/domain/beveiligingslog";
import { listAllTokens } from "@/lib/server/tokens/tokens";
import { listSecurityEvents } from "@/lib/server/audit/list-security-events";
import { tokenIntrekkenActie } from "@/app/mijn-gegevens/acties";
import { rolLabels, type Rol } from "@/lib/domain/rollen";
import { requirePagePermission } from "@/lib/server/session";
import { beheerOverzicht } from "@/lib/server/gebruikers/beheer-overzicht";
import { ambtstitelActie, emailOpnieuwActie, groepKoppelingActie, groepKoppelingVerwijderenActie, gebruikerWijzigenActie, logoActie, logoVerwijderenActie, nieuweGebruikerActie, onderdeelActie, organisatieActie, vervangingActie, wachtwoordInstellenActie } from "./acties";
import { listUndeliverableMail } from "@/lib/server/outbox/undeliverable";
import { listGroepKoppelingen } from "@/lib/server/gebruikers/list-groep-koppelingen";
import { ssoConfigured } from "@/lib/server/auth/oidc";
import { Tabel } from "@/components/ui/tabel";
import { TOKEN_BEREIK_LABELS } from "@/lib/domain/nota-schemas";

export const metadata: Metadata = { title: "Beheer" };
export const dynamic = "force-dynamic";

export default async function BeheerPage() {
  const actor = await requirePagePermission("gebruikers.beheren");
  const caller = { actor, requestId: "beheer" };
  const [o, tokens, beveiliging, organisaties, onbestelbaar, koppelingen] = await Promise.all([beheerOverzicht(actor), listAllTokens(actor), listSecurityEvents(actor, { limiet: 50 }), listOrganisaties(caller), listUndeliverableMail(caller, { limiet: 50 }), listGroepKoppelingen(caller)]);
  const bewindspersonen = o.gebruikers.filter((g) => g.rollen.includes("bewindspersoon"));
  return (
    <AppShell actor={actor} actief="/beheer">
      <h1 className="nl-heading nl-heading--level-1">Beheer</h1>
      {onbestelbaar.aantal > 0 && (
        <div className="utrecht-alert utrecht-alert--warning" role="status">
          <p className="nl-paragraph">
            <strong>{onbestelbaar.aantal === 1 ? "1 e-mail kon niet worden bezorgd" : `${onbestelbaar.aantal} e-mails konden niet worden bezorgd`}</strong> na acht pogingen. <a className="nl-link" href="#onbestelbaar-titel">Bekijk de onbestelbare e-mail</a>.
          </p>
        </div>
      )}
      <section aria-labelledby="organisatie-titel">
        <h2 id="organisatie-titel" className="nl-heading nl-heading--level-2">Organisatie en briefpapier</h2>
        <p className="nl-paragraph">Naam, afkorting (het begin van elk kenmerk), adressen, website en beeldmerk staan op elke Kamerbrief.</p>
        {organisaties.map((org) => (
          <div key={org.id} className="br-organisatie">
            <OrganisatieFormulier action={organisatieActie.bind(null, org.id)} o={org} />
            <h3 className="nl-heading nl-heading--level-3">Beeldmerk</h3>
            <p className="nl-paragraph">
              {org.logo
                ? `Geüpload beeldmerk (${org.logo.type === "image/png" ? "PNG" : "SVG"}, ${Math.max(1, Math.round(org.logo.grootte / 1024))} kB).`
                : org.logoBestand
                  ? "Geen beeldmerk geüpload: de brieven gebruiken het bestand dat de installatie levert (LOGO_PATH)."
                  : "Geen beeldmerk: de brieven hebben een neutrale plaatshouder van de juiste maat."}
            </p>
            <LogoFormulier action={logoActie.bind(null, org.id)} />
            {org.logo ? (
              <form action={logoVerwijderenActie.bind(null, org.id)}>
                <button type="submit" className="utrecht-button utrecht-button--secondary-action">Beeldmerk verwijderen</button>
              </form>
            ) : null}
          </div>
        ))}
        <h3 className="nl-heading nl-heading--level-3">Bewindspersonen</h3>
        <p className="nl-paragraph">De ambtstitel staat boven de handtekening van elke brief (“De minister van …,”).</p>
        {bewindspersonen.map((b) => (
          <AmbtstitelFormulier key={b.id} action={ambtstitelActie.bind(null, b.id)} id={b.id} naam={b.naam} ambtstitel={b.ambtstitel} />
        ))}
      </section>
      <section aria-labelledby="gebruikers-titel">
        <h2 id="gebruikers-titel" className="nl-heading nl-heading--level-2">Gebruikers en rollen</h2>
        <Tabel bijschrift="Gebruikers" kolommen={["Naam", "Onderdeel", "Rollen", "Status"]}>
              {o.gebruikers.map((g) => (
                <tr key={g.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{g.naam}<br /><span className="br-kenmerk">{g.email}</span></td>
                  <td className="utrecht-table__cell">{g.eenheid}</td>
                  <td className="utrecht-table__cell">{g.rollen.map((r) => rolLabels[r as Rol] ?? r).join(", ")}</td>
                  <td className="utrecht-table__cell">{g.actief ? "Actief" : "Uitgeschakeld"}</td>
                </tr>
              ))}
            </Tabel>
        <details className="br-details">
          <summary>Rollen wijzigen</summary>
          {o.gebruikers.map((g) => (
            <GebruikerRollen key={g.id} action={gebruikerWijzigenActie.bind(null, g.id)} naam={g.naam} rollen={g.rollen} actief={g.actief} />
          ))}
        </details>
        <details className="br-details">
          <summary>Wachtwoord opnieuw instellen</summary>
          <WachtwoordInstellen action={wachtwoordInstellenActie} gebruikers={o.gebruikers.map((g) => ({ id: g.id, naam: g.naam }))} />
        </details>
        <details className="br-details">
          <summary>Nieuwe gebruiker</summary>
          <NieuweGebruiker action={nieuweGebruikerActie} eenheden={o.eenheden.map((e) => ({ id: e.id, naam: e.naam }))} />
        </details>
      </section>
      <section aria-labelledby="sso-titel">
        <h2 id="sso-titel" className="nl-heading nl-heading--level-2">Inloggen via de organisatie: groepen en rollen</h2>
        <p className="nl-paragraph">
          {ssoConfigured() ? "Inloggen via de identiteitsprovider van de organisatie is ingesteld." : "Inloggen via een identiteitsprovider is niet ingesteld (OIDC_ISSUER); deze koppelingen gelden zodra het is ingesteld."}{" "}
          Bij elke inlog via de organisatie krijgt een medewerker de rollen (en het onderdeel) van zijn gekoppelde groepen; wie in geen gekoppelde groep zit, houdt de rollen die hier zijn gegeven, en een nieuwe medewerker krijgt dan nog geen rol.
        </p>
        {koppelingen.length ? (
          <Tabel bijschrift="Gekoppelde groepen" kolommen={["Groep", "Rollen", "Onderdeel"]}>
            {koppelingen.map((k) => (
              <tr key={k.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">{k.groep}</td>
                <td className="utrecht-table__cell">{k.rollen.map((r) => rolLabels[r] ?? r).join(", ")}</td>
                <td className="utrecht-table__cell">{k.onderdeel ?? "niet gewijzigd"}</td>
              </tr>
            ))}
          </Tabel>
        ) : <p className="nl-paragraph">Er zijn nog geen groepen gekoppeld.</p>}
        {koppelingen.length ? (
          <details className="br-details">
            <summary>Koppelingen wijzigen of verwijderen</summary>
            {koppelingen.map((k) => (
              <div key={k.id}>
                <GroepKoppelingFormulier action={groepKoppelingActie} eenheden={o.eenheden.map((e) => ({ id: e.id, naam: e.naam }))} groep={k.groep} rollen={k.rollen} organisatieonderdeelId={k.organisatieonderdeelId} />
                <GroepKoppelingVerwijderen action={groepKoppelingVerwijderenActie.bind(null, k.id)} groep={k.groep} />
              </div>
            ))}
          </details>
        ) : null}
        <details className="br-details">
          <summary>Nieuwe koppeling</summary>
          <GroepKoppelingFormulier action={groepKoppelingActie} eenheden={o.eenheden.map((e) => ({ id: e.id, naam: e.naam }))} />
        </details>
      </section>
      <section aria-labelledby="vervangers-titel">
        <h2 id="vervangers-titel" className="nl-heading nl-heading--level-2">Vervangers</h2>
        {o.vervangingen.length ? (
          <ul className="br-lijst">{o.vervangingen.map((v) => <li key={v.id}>{v.vervanger} vervangt {v.gebruiker} van {formatDag(v.van)} tot en met {formatDag(v.tot)}</li>)}</ul>
        ) : <p className="nl-paragraph">Er zijn geen lopende vervangingen.</p>}
        <VervangingFormulier action={vervangingActie} gebruikers={o.gebruikers.filter((g) => g.actief).map((g) => ({ id: g.id, naam: g.naam }))} />
      </section>
      <section aria-labelledby="tokens-titel">
        <h2 id="tokens-titel" className="nl-heading nl-heading--level-2">API-tokens van alle gebruikers</h2>
        {tokens.length ? (
          <Tabel bijschrift="API-tokens" kolommen={["Eigenaar", "Naam", "Bereik", "Verloopt", "Laatst gebruikt", "Status"]}>
            {tokens.map((t) => (
              <tr key={t.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">{t.eigenaar.naam}</td>
                <td className="utrecht-table__cell">{t.naam}</td>
                <td className="utrecht-table__cell">{TOKEN_BEREIK_LABELS[t.scope]}</td>
                <td className="utrecht-table__cell">{formatTijdstip(new Date(t.verlooptOp))}</td>
                <td className="utrecht-table__cell">{t.laatstGebruiktOp ? formatTijdstip(new Date(t.laatstGebruiktOp)) : "Nog niet"}</td>
                <td className="utrecht-table__cell">
                  {t.ingetrokkenOp ? "Ingetrokken" : t.status === "verlopen" ? "Verlopen" : (
                    <form action={tokenIntrekkenActie.bind(null, t.id)}>
                      <input type="hidden" name="terug" value="beheer" />
                      <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-label={`Intrekken: ${t.naam} van ${t.eigenaar.naam}`}>Intrekken</button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </Tabel>
        ) : <p className="nl-paragraph">Er zijn geen API-tokens.</p>}
      </section>
      <section aria-labelledby="webhooks-titel">
        <h2 id="webhooks-titel" className="nl-heading nl-heading--level-2">Webhooks</h2>
        <p className="nl-paragraph">Andere systemen horen wat er met een nota gebeurt via webhooks. <a className="nl-link" href="/beheer/webhooks">Webhooks beheren en het afleverlog bekijken</a>.</p>
      </section>
      <section aria-labelledby="onbestelbaar-titel">
        <h2 id="onbestelbaar-titel" className="nl-heading nl-heading--level-2">Onbestelbare e-mail</h2>
        <p className="nl-paragraph">E-mail die na acht pogingen niet kon worden verstuurd. Herstel eerst de oorzaak (het adres, de mailserver) en zet de e-mail dan opnieuw in de wachtrij.</p>
        {onbestelbaar.items.length ? (
          <Tabel bijschrift="Onbestelbare e-mail" kolommen={["Opgegeven", "Aan", "Onderwerp", "Laatste fout", "Actie"]}>
            {onbestelbaar.items.map((m) => (
              <tr key={m.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">{formatTijdstip(new Date(m.opgegevenOp))}</td>
                <td className="utrecht-table__cell">{m.aan}</td>
                <td className="utrecht-table__cell">{m.onderwerp}</td>
                <td className="utrecht-table__cell">{m.laatsteFout ?? ""}</td>
                <td className="utrecht-table__cell">
                  <form action={emailOpnieuwActie.bind(null, m.id)}>
                    <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-label={`Opnieuw versturen: ${m.onderwerp} aan ${m.aan}`}>Opnieuw versturen</button>
                  </form>
                </td>
              </tr>
            ))}
          </Tabel>
        ) : <p className="nl-paragraph">Alle e-mail is bezorgd of staat nog in de wachtrij.</p>}
      </section>
      <section aria-labelledby="beveiliging-titel">
        <h2 id="beveiliging-titel" className="nl-heading nl-heading--level-2">Beveiligingslog</h2>
        <p className="nl-paragraph">De nieuwste 50 gebeurtenissen: inloggen, mislukte pogingen, blokkades, uitloggen, wachtwoorden en tokens. Ze staan in de audit-keten en zijn ook op te vragen via <code>GET /api/v1/beveiligingslog</code>.</p>
        {beveiliging.length ? (
          <Tabel bijschrift="Beveiligingslog" kolommen={["Tijdstip", "Gebeurtenis", "Wie", "Adres"]}>
            {beveiliging.map((e) => (
              <tr key={e.seq} className="utrecht-table__row">
                <td className="utrecht-table__cell">{formatTijdstip(new Date(e.tijdstip))}</td>
                <td className="utrecht-table__cell">{beveiligingsLabels[e.actie as BeveiligingsActie] ?? e.actie}{typeof e.details.reden === "string" ? ` (${e.details.reden.replaceAll("_", " ")})` : ""}</td>
                <td className="utrecht-table__cell">{e.wie ?? e.email ?? "Onbekend"}</td>
                <td className="utrecht-table__cell">{e.adres ?? ""}</td>
              </tr>
            ))}
          </Tabel>
        ) : <p className="nl-paragraph">Er zijn nog geen gebeurtenissen.</p>}
      </section>
      <section aria-labelledby="eenheden-titel">
        <h2 id="eenheden-titel" className="nl-heading nl-heading--level-2">Organisatieonderdelen</h2>
        <ul className="br-lijst">
          {o.eenheden.map((e) => <li key={e.id}>{e.naam} ({e.soort}{e.bovenliggend ? `, onder ${e.bovenliggend}` : ""}): {e.aantal} {e.aantal === 1 ? "gebruiker" : "gebruikers"}</li>)}
        </ul>
        <details className="br-details">
          <summary>Nieuw onderdeel (DG, directie, afdeling)</summary>
          <OnderdeelFormulier action={onderdeelActie} eenheden={o.eenheden.map((e) => ({ id: e.id, naam: e.naam, soort: e.soort }))} />
        </details>
      </section>
    </AppShell>
  );
}
