import type { Metadata } from "next";
import { AppShell } from "@/components/shell/app-shell";
import { MijnTaken } from "@/components/taken/mijn-taken";
import { requirePageActor } from "@/lib/server/session";
import { getDashboard } from "@/lib/server/taken/dashboard";
import { StatusMelding } from "@/components/ui/status-melding";
import { MELDINGEN } from "@/lib/ui/meldingen";

export const metadata: Metadata = { title: { absolute: "Mijn taken — Beslisroute" } };
export const dynamic = "force-dynamic";

export default async function MijnTakenPage({ searchParams }: { searchParams: Promise<{ melding?: string }> }) {
  const actor = await requirePageActor();
  const { melding } = await searchParams;
  const dashboard = await getDashboard(actor);
  return (
    <AppShell actor={actor} actief="/">
      <h1 className="nl-heading nl-heading--level-1">Mijn taken</h1>
      <StatusMelding tekst={melding ? (MELDINGEN[melding] ?? null) : null} />
      <p className="nl-paragraph">Welkom, {actor.naam}.</p>
      <MijnTaken dashboard={dashboard} />
    </AppShell>
  );
}
