import type { Metadata } from "next";
import { AppShell } from "@/components/shell/app-shell";
import { NotaFormulier, type NotaFormWaarden } from "@/components/nota/nota-formulier";
import { requirePagePermission } from "@/lib/server/session";
import { nieuweNotaActie } from "../formulier-acties";
import { formulierOpties } from "../formulier-opties";

export const metadata: Metadata = { title: "Nieuwe nota" };
export const dynamic = "force-dynamic";

const LEEG: NotaFormWaarden = {
  onderwerp: "",
  soort: "ter_beslissing",
  aanId: "",
  contactpersoonId: "",
  uitersteBeslisdatum: "",
  deadlineReden: "",
  rubricering: "",
  mrBehandeling: false,
  kamerbrief: false,
  aanleiding: "",
  kern: "",
  toelichting: "",
  politiekeContext: "",
  nietOpenbaar: "NVT",
  motivering: "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.",
  beslispunten: [""],
  bijlagen: [],
};

export default async function NieuweNotaPage() {
  const actor = await requirePagePermission("nota.aanmaken");
  const opties = await formulierOpties(actor);
  return (
    <AppShell actor={actor} actief="/notas">
      <h1 className="nl-heading nl-heading--level-1">Nieuwe nota</h1>
      <p className="nl-paragraph">
        Tekst mag opmaak hebben: een lege regel begint een nieuwe alinea, &quot;- &quot; een opsomming, &quot;1. &quot; een genummerde lijst, **vet**, *cursief*, ### een tussenkop. Een passage die niet openbaar mag, schrijft u als {"{{5.1.2i: de passage}}"}, of u selecteert hem en kiest de Woo-grond.
      </p>
      <NotaFormulier action={nieuweNotaActie} start={LEEG} {...opties} knop="Nota aanmaken" />
    </AppShell>
  );
}
