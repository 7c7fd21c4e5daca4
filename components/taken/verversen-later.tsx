"use client";
// The placeholder of the Verversen island: the same line ("Bijgewerkt …", as the server rendered
// it) while the page starts up. TanStack Query and the polling island are loaded only once the
// browser is idle (at most three seconds after hydration), in a task of their own. Loaded with the
// page, their code ran in the page's start-up task and made Mijn taken the one page well above the
// Total Blocking Time of the sign-in page (issue 14, docs/PERFORMANCE.md). The first poll is due
// 30 seconds after the server's render anyway, so nothing is fetched later than before.
import { useEffect, useState, type ComponentType } from "react";

interface Props {
  sleutel: string;
  bijgewerktOp: string;
  /** bijgewerktOp as the server wrote it out (formatTijdstip), shown until the island is there. */
  tekst: string;
}

export function VerversenLater(props: Props) {
  const [Eiland, setEiland] = useState<ComponentType<Omit<Props, "tekst">> | null>(null);
  useEffect(() => {
    let weg = false;
    const laad = () => {
      void import("@/components/taken/verversen-eiland").then((m) => {
        if (!weg) setEiland(() => m.VerversenEiland);
      });
    };
    const metIdle = typeof window.requestIdleCallback === "function";
    const id = metIdle ? window.requestIdleCallback(laad, { timeout: 3000 }) : window.setTimeout(laad, 1000);
    return () => {
      weg = true;
      if (metIdle) window.cancelIdleCallback(id);
      else window.clearTimeout(id);
    };
  }, []);
  if (Eiland) return <Eiland sleutel={props.sleutel} bijgewerktOp={props.bijgewerktOp} />;
  return (
    <p className="br-bijgewerkt" aria-live="polite">
      Bijgewerkt {props.tekst}
    </p>
  );
}
