"use client";
// A form that posts to a server action: works without JavaScript (progressive enhancement),
// shows the error summary (focused, linking to the fields) and a status message after an action.
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { veldId } from "@/components/forms/fields";
import type { FormState } from "@/lib/ui/form-state";
import { Herbevestigen } from "@/components/auth/herbevestigen";

export type ServerAction = (prev: FormState, data: FormData) => Promise<FormState>;

interface Props {
  action: ServerAction;
  knop: string;
  children: (state: FormState) => ReactNode;
  label?: string;
  className?: string;
  secundair?: boolean;
}

export function ActionForm({ action, knop, children, label, className, secundair }: Props) {
  const [state, formAction, bezig] = useActionState(action, {});
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.melding && !state.fouten?.length) statusRef.current?.focus();
  }, [state]);
  const fouten = (state.fouten ?? []).map((f) => ({ veld: f.path ? veldId(f.path) : "", melding: f.message }));
  return (
    <form action={formAction} noValidate aria-label={label} className={className}>
      <ErrorSummary fouten={fouten.length ? fouten : state.melding && state.ok === false ? [{ veld: "", melding: state.melding }] : []} />
      <div role="status" ref={statusRef} tabIndex={-1} className="br-status">
        {state.ok && state.melding ? <p className="utrecht-alert utrecht-alert--ok br-status__melding">{state.melding}</p> : null}
      </div>
      {children(state)}
      <Herbevestigen state={state} />
      <button type="submit" className={`utrecht-button ${secundair ? "utrecht-button--secondary-action" : "utrecht-button--primary-action"}`} disabled={bezig} aria-disabled={bezig}>
        {bezig ? "Bezig…" : knop}
      </button>
    </form>
  );
}
