// What a server action answers a form: a Dutch message, field errors by path, and the values
// the user typed (so nothing is lost when the server refuses).
import type { FieldError } from "@/lib/errors";

export interface FormState {
  ok?: boolean;
  melding?: string;
  fouten?: FieldError[];
  waarden?: Record<string, string>;
  /** The server asks for a recent sign-in first (password in the form, or again at the provider). */
  herbevestigen?: "wachtwoord" | "sso";
}

export const leegFormulier: FormState = {};

export function foutVoor(state: FormState, path: string): string | undefined {
  return state.fouten?.find((f) => f.path === path || f.path.startsWith(`${path}.`))?.message;
}
