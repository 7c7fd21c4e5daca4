import type { Metadata } from "next";
import { AppShell } from "@/components/shell/app-shell";
import { Heading, Paragraph } from "@/components/ui";
import { organisatieNaam } from "@/lib/server/organisatie/organisatie";

export const metadata: Metadata = { title: "Opnieuw ingelogd" };
export const dynamic = "force-dynamic";

/** After the recent sign-in at the provider (opened in its own tab from a besluit or beheer form). */
export default async function HerbevestigdPage() {
  return (
    <AppShell organisatie={await organisatieNaam()}>
      <div className="br-narrow">
        <Heading level={1}>U bent opnieuw ingelogd</Heading>
        <Paragraph>U kunt dit tabblad sluiten. Ga terug naar het tabblad met het formulier: wat u had ingevuld staat er nog. Druk daar nogmaals op de knop.</Paragraph>
      </div>
    </AppShell>
  );
}
