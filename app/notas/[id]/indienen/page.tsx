import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { forbidden, notFound } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { RouteFormulier } from "@/components/nota/route-formulier";
import { isAppError } from "@/lib/errors";
import { requirePageActor } from "@/lib/server/session";
import { getNota } from "@/lib/server/notas/queries";
import { defaultRoute } from "@/lib/server/notas/default-route";
import { indienenActie } from "./acties";

export const metadata: Metadata = { title: "Indienen voor paraaf" };
export const dynamic = "force-dynamic";

export default async function IndienenPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor();
  const nota = await getNota(actor, id).catch((e) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  if (!nota.toegestaneActies.includes("indienen")) forbidden();
  const { route, parafeerders } = await defaultRoute(actor);
  const vorige = nota.paraafrondes.at(-1);
  const start = vorige ? vorige.stappen.map((s) => ({ volgorde: s.volgorde, gebruikerId: s.gebruiker?.id ?? "", rol: s.rol, deadline: "" })) : route;
  return (
    <AppShell actor={actor} actief="/notas">
      <nav aria-label="Kruimelpad" className="br-kruimelpad">
        <Link href="/notas">Nota&apos;s</Link> <span aria-hidden="true">›</span> <Link href={`/notas/${nota.id}`}>{nota.kenmerk}</Link> <span aria-hidden="true">›</span> <span>Indienen</span>
      </nav>
      <h1 className="nl-heading nl-heading--level-1">Indienen voor paraaf</h1>
      <p className="nl-paragraph">{nota.onderwerp} ({nota.kenmerk}). {vorige ? "De route van de vorige ronde staat klaar." : "De standaardroute van uw directie staat klaar."}</p>
      <RouteFormulier action={indienenActie.bind(null, nota.id, nota.versie)} start={start} parafeerders={parafeerders} />
    </AppShell>
  );
}
