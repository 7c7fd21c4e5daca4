// Recent sign-in asked by the server (RECENT_SIGN_IN_REQUIRED): inside the same form, so what the
// official typed stays where it is. A password account types the password once more; an SSO
// account signs in again at the provider in a new tab and then presses the button again.
import { Invoer } from "@/components/forms/fields";
import type { FormState } from "@/lib/ui/form-state";

export function Herbevestigen({ state }: { state: FormState }) {
  if (!state.herbevestigen) return null;
  const fout = state.fouten?.find((f) => f.path === "herbevestigWachtwoord")?.message;
  if (state.herbevestigen === "wachtwoord") {
    return (
      <div className="br-herbevestigen">
        <Invoer
          naam="herbevestigWachtwoord"
          type="password"
          label="Uw wachtwoord"
          beschrijving="Een besluit of een beheerhandeling vraagt een recente inlog, zodat niemand anders dit vanaf uw onbeheerde computer kan doen."
          autoComplete="current-password"
          fout={fout}
        />
      </div>
    );
  }
  return (
    <div className="br-herbevestigen">
      <p className="nl-paragraph">
        Een besluit of een beheerhandeling vraagt een recente inlog, zodat niemand anders dit vanaf uw onbeheerde computer kan doen.{" "}
        <a className="nl-link" href="/sso/start?herbevestigen=1" target="_blank" rel="noopener">
          Opnieuw inloggen bij uw organisatie (opent een nieuw tabblad)
        </a>
        . Kom daarna terug naar dit tabblad en druk nogmaals op de knop.
      </p>
    </div>
  );
}
