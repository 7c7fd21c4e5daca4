import Link from "next/link";
import { AppShell } from "@/components/shell/app-shell";
import type { Actor } from "@/lib/domain/actor";

/** Shown instead of a page the signed-in user's role may not use (the server refuses the actions too). */
export function GeenToegang({ actor, wat }: { actor: Actor; wat: string }) {
  return (
    <AppShell actor={actor}>
      <h1 className="nl-heading nl-heading--level-1">Geen toegang</h1>
      <p className="nl-paragraph">{wat}</p>
      <p className="nl-paragraph"><Link className="nl-link" href="/">Naar Mijn taken</Link></p>
    </AppShell>
  );
}
