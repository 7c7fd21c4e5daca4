import type { Metadata } from "next";
import { AppShell } from "@/components/shell/app-shell";
import { GeenToegang } from "@/components/shell/geen-toegang";
import { GebruikerRollen, NieuweGebruiker, VervangingFormulier } from "@/components/beheer/beheer-formulieren";
import { hasPermission } from "@/lib/domain/permissions";
import { formatDag } from "@/lib/domain/datum";
import { rolLabels, type Rol } from "@/lib/domain/rollen";
import { requirePageActor } from "@/lib/server/session";
import { beheerOverzicht } from "@/lib/server/gebruikers/beheer-overzicht";
import { gebruikerWijzigenActie, nieuweGebruikerActie, vervangingActie } from "./acties";
import { Tabel } from "@/components/ui/tabel";

export const metadata: Metadata = { title: "Beheer" };
export const dynamic = "force-dynamic";

export default async function BeheerPage() {
  const actor = await requirePageActor();
  if (!hasPermission(actor, "gebruikers.beheren")) return <GeenToegang actor={actor} wat="Alleen beheerders beheren gebruikers, rollen en vervangers." />;
  const o = await beheerOverzicht(actor);
  return (
    <AppShell actor={actor} actief="/beheer">
      <h1 className="nl-heading nl-heading--level-1">Beheer</h1>
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
          <summary>Nieuwe gebruiker</summary>
          <NieuweGebruiker action={nieuweGebruikerActie} eenheden={o.eenheden.map((e) => ({ id: e.id, naam: e.naam }))} />
        </details>
      </section>
      <section aria-labelledby="vervangers-titel">
        <h2 id="vervangers-titel" className="nl-heading nl-heading--level-2">Vervangers</h2>
        {o.vervangingen.length ? (
          <ul className="br-lijst">{o.vervangingen.map((v) => <li key={v.id}>{v.vervanger} vervangt {v.gebruiker} van {formatDag(v.van)} tot en met {formatDag(v.tot)}</li>)}</ul>
        ) : <p className="nl-paragraph">Er zijn geen lopende vervangingen.</p>}
        <VervangingFormulier action={vervangingActie} gebruikers={o.gebruikers.filter((g) => g.actief).map((g) => ({ id: g.id, naam: g.naam }))} />
      </section>
      <section aria-labelledby="eenheden-titel">
        <h2 id="eenheden-titel" className="nl-heading nl-heading--level-2">Organisatieonderdelen</h2>
        <ul className="br-lijst">
          {o.eenheden.map((e) => <li key={e.id}>{e.naam} ({e.soort}{e.bovenliggend ? `, onder ${e.bovenliggend}` : ""}): {e.aantal} {e.aantal === 1 ? "gebruiker" : "gebruikers"}</li>)}
        </ul>
      </section>
    </AppShell>
  );
}
