"use client";
// The sign-in form posts to a server action: it works without JavaScript. One generic message
// for a wrong e-mail address or password; field errors beside the fields and in a summary.
import { useActionState } from "react";
import { Button } from "@/components/ui";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/ui/form-state";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

export function SignInForm({ action, initialError }: { action: Action; initialError?: string }) {
  const [state, formAction, bezig] = useActionState(action, initialError ? { ok: false, melding: "Het e-mailadres of het wachtwoord klopt niet." } : {});
  const fout = (veld: string) => state.fouten?.find((f) => f.path === veld)?.message;
  return (
    <form action={formAction} noValidate aria-describedby={state.melding ? "inlog-melding" : undefined}>
      <ErrorSummary fouten={(state.fouten ?? []).map((f) => ({ veld: f.path, melding: f.message }))} />
      <div role="status" aria-live="polite" className="br-login-status">
        {state.melding ? (
          <div id="inlog-melding" className="utrecht-alert utrecht-alert--error br-login-error">
            <p className="utrecht-alert__message nl-paragraph">{state.melding}</p>
          </div>
        ) : null}
      </div>
      <TextField id="email" name="email" type="email" label="E-mailadres" autoComplete="username" required fout={fout("email")} spellCheck={false} defaultValue={state.waarden?.email} />
      <TextField id="password" name="password" type="password" label="Wachtwoord" autoComplete="current-password" required fout={fout("password")} />
      <Button appearance="primary-action-button" type="submit" disabled={bezig} aria-disabled={bezig}>
        {bezig ? "Bezig met inloggen…" : "Inloggen"}
      </Button>
    </form>
  );
}
