"use client";
import { useEffect, useRef } from "react";

export interface SummaryError {
  /** id of the field the message links to */
  veld: string;
  melding: string;
}

/** Error summary at the top of a form: takes focus when shown, links to each field. */
export function ErrorSummary({ fouten, titel = "Er is een probleem" }: { fouten: SummaryError[]; titel?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // Focus when a new set of errors arrives, not on every render (typing re-renders the form).
  const sleutel = fouten.map((f) => `${f.veld}\u0000${f.melding}`).join("\u0001");
  useEffect(() => {
    if (sleutel) ref.current?.focus();
  }, [sleutel]);
  if (fouten.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="utrecht-alert utrecht-alert--error br-error-summary" aria-labelledby="foutsamenvatting-titel">
      <div className="utrecht-alert__content">
        <h2 id="foutsamenvatting-titel" className="nl-heading nl-heading--level-2">{titel}</h2>
        <ul>
          {fouten.map((f) => (
            <li key={f.veld + f.melding}>
              {f.veld ? <a className="nl-link" href={`#${f.veld}`}>{f.melding}</a> : f.melding}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
