import type { Metadata } from "next";
import { AppShell } from "@/components/shell/app-shell";
import { Heading, Paragraph } from "@/components/ui";
import { requirePageActor } from "@/lib/server/session";

export const metadata: Metadata = { title: { absolute: "Mijn taken — Beslisroute" } };
export const dynamic = "force-dynamic";

export default async function MijnTakenPage() {
  const actor = await requirePageActor();
  return (
    <AppShell actor={actor} actief="/">
      <Heading level={1}>Mijn taken</Heading>
      <Paragraph>Welkom, {actor.naam}. Hier ziet u wat op u wacht.</Paragraph>
      <Paragraph>Er wachten nu geen taken op u.</Paragraph>
    </AppShell>
  );
}
