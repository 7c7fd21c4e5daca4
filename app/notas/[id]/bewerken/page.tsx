import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { forbidden, notFound } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { NotaFormulier } from "@/components/nota/nota-formulier";
import { BijlageUpload } from "@/components/nota/bijlage-upload";
import { StatusMelding } from "@/components/ui/status-melding";
import { MELDINGEN } from "@/lib/ui/meldingen";
import { isAppError } from "@/lib/errors";
import { requirePageActor } from "@/lib/server/session";
import { getNota } from "@/lib/server/notas/queries";
import { bewerkNotaActie } from "../../formulier-acties";
import { formulierOpties } from "../../formulier-opties";
import { uploadActie } from "./upload-actie";

export const metadata: Metadata = { title: "Nota bewerken" };
export const dynamic = "force-dynamic";

export default async function BewerkenPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ melding?: string }> }) {
  const { id } = await params;
  const { melding } = await searchParams;
  const actor = await requirePageActor();
  const nota = await getNota(actor, id).catch((e) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  if (!nota.toegestaneActies.includes("bewerken")) forbidden();
  const opties = await formulierOpties(actor);
  return (
    <AppShell actor={actor} actief="/notas">
      <nav aria-label="Kruimelpad" className="br-kruimelpad">
        <Link href="/notas">Nota&apos;s</Link> <span aria-hidden="true">›</span> <Link href={`/notas/${nota.id}`}>{nota.kenmerk}</Link> <span aria-hidden="true">›</span> <span>Bewerken</span>
      </nav>
      <h1 className="nl-heading nl-heading--level-1">Nota bewerken: {nota.kenmerk}</h1>
      <StatusMelding tekst={melding ? (MELDINGEN[melding] ?? null) : null} />
      <p className="nl-paragraph">U bewerkt versie {nota.versie}. Slaat iemand anders intussen op, dan krijgt u een melding en gaat uw tekst niet verloren.</p>
      <NotaFormulier
        action={bewerkNotaActie.bind(null, nota.id, nota.versie)}
        kenmerk={nota.kenmerk}
        van={nota.van.naam}
        start={{
          onderwerp: nota.onderwerp,
          soort: nota.soort,
          aanId: nota.aan.id,
          contactpersoonId: nota.contactpersoon?.id ?? "",
          uitersteBeslisdatum: nota.uitersteBeslisdatum ?? "",
          deadlineReden: nota.deadlineReden ?? "",
          rubricering: nota.rubricering ?? "",
          mrBehandeling: nota.mrBehandeling,
          kamerbrief: nota.kamerbrief,
          aanleiding: nota.aanleiding,
          kern: nota.kern,
          toelichting: nota.toelichting,
          politiekeContext: nota.politiekeContext ?? "",
          nietOpenbaar: nota.nietOpenbaar,
          motivering: nota.motivering,
          beslispunten: nota.beslispunten.map((b) => b.tekst),
          bijlagen: nota.bijlagen.map((b) => ({ naam: b.naam, informatie: b.informatie, gronden: b.gronden.join(", "), vindplaats: b.vindplaats ?? "" })),
        }}
        {...opties}
        knop="Wijzigingen opslaan"
      />
      {nota.bijlagen.length ? (
        <section aria-labelledby="bestanden-titel">
          <h2 id="bestanden-titel" className="nl-heading nl-heading--level-2">Bestanden bij de bijlagen</h2>
          <p className="nl-paragraph">PDF, Word (.docx), OpenDocument-tekst (.odt) of Excel (.xlsx), hoogstens 20 MB.</p>
          {nota.bijlagen.map((b) => (
            <BijlageUpload key={b.volgnummer} action={uploadActie.bind(null, nota.id, nota.versie, b.volgnummer)} volgnummer={b.volgnummer} naam={b.naam} huidig={b.bestand?.naam ?? null} />
          ))}
        </section>
      ) : null}
    </AppShell>
  );
}
