"use client";
import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui";
import { ErrorSummary, type SummaryError } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { LOCKED_ERROR, signInFormSchema } from "@/lib/domain/sign-in";

function meldingVoor(error: string | undefined | null): string | null {
  if (!error) return null;
  if (error === LOCKED_ERROR) return "Te veel mislukte pogingen voor dit account. Probeer het over 15 minuten opnieuw.";
  if (error === "SessionRequired") return null;
  return "Het e-mailadres of het wachtwoord klopt niet.";
}

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const [fouten, setFouten] = useState<SummaryError[]>([]);
  const [melding, setMelding] = useState<string | null>(meldingVoor(initialError));
  const [bezig, setBezig] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = signInFormSchema.safeParse({ email: data.get("email"), password: data.get("password") });
    setMelding(null);
    if (!parsed.success) {
      setFouten(parsed.error.issues.map((i) => ({ veld: String(i.path[0]), melding: i.message })));
      return;
    }
    setFouten([]);
    setBezig(true);
    const result = await signIn("credentials", { ...parsed.data, redirect: false, callbackUrl });
    setBezig(false);
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setMelding(meldingVoor(result?.error ?? "CredentialsSignin"));
  }

  const foutVoor = (veld: string) => fouten.find((f) => f.veld === veld)?.melding;

  return (
    <form method="post" noValidate onSubmit={onSubmit} aria-describedby={melding ? "inlog-melding" : undefined}>
      <ErrorSummary fouten={fouten} />
      <div role="status" aria-live="polite" className="br-login-status">
        {melding ? (
          <div id="inlog-melding" className="utrecht-alert utrecht-alert--error br-login-error">
            <p className="utrecht-alert__message nl-paragraph">{melding}</p>
          </div>
        ) : null}
      </div>
      <TextField id="email" name="email" type="email" label="E-mailadres" autoComplete="username" required fout={foutVoor("email")} spellCheck={false} />
      <TextField id="password" name="password" type="password" label="Wachtwoord" autoComplete="current-password" required fout={foutVoor("password")} />
      <Button appearance="primary-action-button" type="submit" disabled={bezig} aria-disabled={bezig}>
        {bezig ? "Bezig met inloggen…" : "Inloggen"}
      </Button>
    </form>
  );
}
