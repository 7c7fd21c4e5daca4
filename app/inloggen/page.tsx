import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { Alert, Heading, Paragraph } from "@/components/ui";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentActor } from "@/lib/server/session";
import { safeCallbackPath } from "@/lib/domain/callback-path";
import { sessieEindeMelding } from "@/lib/domain/sign-in";
import { inloggenActie } from "./acties";
import { organisatieNaam } from "@/lib/server/organisatie/organisatie";

export const metadata: Metadata = { title: "Inloggen" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string; reden?: string }> };

export default async function InloggenPage({ searchParams }: Props) {
  const { callbackUrl, error, reden } = await searchParams;
  const terug = safeCallbackPath(callbackUrl);
  if (await currentActor()) redirect(terug);
  const melding = sessieEindeMelding(reden);
  const organisatie = await organisatieNaam();
  return (
    <AppShell organisatie={organisatie}>
      <div className="br-narrow">
        <Heading level={1}>Inloggen</Heading>
        {melding ? (
          <Alert type={melding.soort === "ok" ? "ok" : "warning"}>
            <Paragraph>{melding.tekst}</Paragraph>
          </Alert>
        ) : null}
        <Paragraph>Log in met uw e-mailadres en wachtwoord van Beslisroute.</Paragraph>
        <SignInForm action={inloggenActie.bind(null, terug)} initialError={error && error !== "SessionRequired" ? error : undefined} />
      </div>
    </AppShell>
  );
}
