import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { Alert, Heading, Paragraph } from "@/components/ui";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentActor } from "@/lib/server/session";
import { safeCallbackPath } from "@/lib/domain/callback-path";
import { sessieEindeMelding, ssoFoutMelding } from "@/lib/domain/sign-in";
import { ssoConfigured } from "@/lib/server/auth/oidc";
import { serverEnv } from "@/lib/env";
import { inloggenActie } from "./acties";
import { organisatieNaam } from "@/lib/server/organisatie/organisatie";

export const metadata: Metadata = { title: "Inloggen" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string; reden?: string; sso?: string }> };

export default async function InloggenPage({ searchParams }: Props) {
  const { callbackUrl, error, reden, sso } = await searchParams;
  const terug = safeCallbackPath(callbackUrl);
  if (await currentActor()) redirect(terug);
  const melding = sessieEindeMelding(reden);
  const organisatie = await organisatieNaam();
  const ssoFout = ssoFoutMelding(sso);
  const metSso = ssoConfigured();
  const metWachtwoord = serverEnv().AUTH_PASSWORD;
  return (
    <AppShell organisatie={organisatie}>
      <div className="br-narrow">
        <Heading level={1}>Inloggen</Heading>
        {melding ? (
          <Alert type={melding.soort === "ok" ? "ok" : "warning"}>
            <Paragraph>{melding.tekst}</Paragraph>
          </Alert>
        ) : null}
        {ssoFout ? (
          <Alert type="error">
            <Paragraph>{ssoFout}</Paragraph>
          </Alert>
        ) : null}
        {metSso ? (
          <p className="br-sso">
            <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={`/sso/start?callbackUrl=${encodeURIComponent(terug)}`}>
              Inloggen met {organisatie ?? "uw organisatie"}
            </a>
          </p>
        ) : null}
        {metWachtwoord ? (
          <>
            {metSso ? <Heading level={2}>Of met uw wachtwoord van Beslisroute</Heading> : null}
            <Paragraph>Log in met uw e-mailadres en wachtwoord van Beslisroute.</Paragraph>
            <SignInForm action={inloggenActie.bind(null, terug)} initialError={error && error !== "SessionRequired" ? error : undefined} />
          </>
        ) : null}
      </div>
    </AppShell>
  );
}
