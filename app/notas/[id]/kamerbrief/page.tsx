import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { KamerbriefEditor } from "@/components/kamerbrief/kamerbrief-editor";
import { KamerbriefVoorbeeld } from "@/components/kamerbrief/kamerbrief-voorbeeld";
import { StatusMelding } from "@/components/ui/status-melding";
import { isAppError } from "@/lib/errors";
import { MELDINGEN } from "@/lib/ui/meldingen";
import { requirePageActor } from "@/lib/server/session";
import { getNota } from "@/lib/server/notas/queries";
import { listUsers } from "@/lib/server/gebruikers/list-users";
import { getBriefpapier } from "@/lib/server/organisatie/organisatie";
import { kamerbriefActie } from "./acties";

export const metadata: Metadata = { title: "Kamerbrief" };
export const dynamic = "force-dynamic";

export default async function KamerbriefPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ melding?: string }> }) {
  const { id } = await params;
  const { melding } = await searchParams;
  const actor = await requirePageActor();
  const nota = await getNota(actor, id).catch((e) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  if (!nota.kamerbrief) notFound();
  const magBewerken = nota.toegestaneActies.includes("kamerbrief_bewerken");
  const bewindspersonen = await listUsers(actor, { rol: "bewindspersoon" });
  const ondertekenaars = bewindspersonen.map((b) => ({ id: b.id, naam: b.naam, ambtstitel: b.ambtstitel }));
  const k = nota.kamerbriefDocument;
  const vast = { ministerie: await getBriefpapier(nota.van.id), directie: nota.van.naam, bijlagen: nota.bijlagen.map((b) => b.naam), notaKenmerk: nota.kenmerk, aan: { naam: nota.aan.naam, ambtstitel: nota.aan.ambtstitel } };
  return (
    <AppShell actor={actor} actief="/notas">
      <nav aria-label="Kruimelpad" className="br-kruimelpad">
        <Link href="/notas">Nota&apos;s</Link> <span aria-hidden="true">›</span> <Link href={`/notas/${nota.id}`}>{nota.kenmerk}</Link> <span aria-hidden="true">›</span> <span>Kamerbrief</span>
      </nav>
      <h1 className="nl-heading nl-heading--level-1">Kamerbrief bij {nota.kenmerk}</h1>
      <StatusMelding tekst={melding ? (MELDINGEN[melding] ?? null) : null} />
      {k ? (
        <p className="br-linkacties">
          <a className="nl-link" href={`/api/v1/notas/${nota.id}/kamerbrief.docx`} download>Kamerbrief downloaden als Word (.docx)</a>
          <a className="nl-link" href={`/api/v1/notas/${nota.id}/kamerbrief.pdf`} download>Kamerbrief downloaden als PDF</a>
        </p>
      ) : null}
      {magBewerken ? (
        <KamerbriefEditor
          action={kamerbriefActie.bind(null, nota.id, nota.versie)}
          vast={vast}
          ondertekenaars={ondertekenaars}
          start={{ datum: k?.datum ?? "", betreft: k?.betreft ?? nota.onderwerp, onsKenmerk: k?.onsKenmerk ?? "", uwKenmerk: k?.uwKenmerk ?? "", aanhef: k?.aanhef ?? "Geachte voorzitter,", tekst: k?.tekst ?? "", slot: k?.slot ?? "", ondertekenaarId: k?.ondertekenaarId ?? "" }}
        />
      ) : k ? (
        <KamerbriefVoorbeeld brief={{ ministerie: vast.ministerie, directie: vast.directie, bijlagen: vast.bijlagen, onsKenmerk: k.onsKenmerk, datum: k.datum, betreft: k.betreft, uwKenmerk: k.uwKenmerk, aanhef: k.aanhef, tekst: k.tekst, slot: k.slot, ondertekenaar: ondertekenaars.find((o) => o.id === k.ondertekenaarId) ?? null }} />
      ) : (
        <p className="nl-paragraph">De Kamerbrief is nog niet geschreven.</p>
      )}
    </AppShell>
  );
}
