"use client";
import { useEffect, useRef } from "react";

/** The status message after an action: announced (role=status) and focused once. */
export function StatusMelding({ tekst }: { tekst: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (tekst) ref.current?.focus();
  }, [tekst]);
  return (
    <div role="status" ref={ref} tabIndex={-1} className="br-status">
      {tekst ? <p className="utrecht-alert utrecht-alert--ok br-status__melding">{tekst}</p> : null}
    </div>
  );
}
