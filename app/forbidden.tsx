import { Link } from "@/components/ui/link";
import type { Metadata } from "next";
import { AppShell } from "@/components/shell/app-shell";
import { currentActor } from "@/lib/server/session";

export const metadata: Metadata = { title: "Geen toegang" };

/** HTTP 403 (forbidden() in a page): the page exists, but not for this role or not in this state. */
export default async function Forbidden() {
  const actor = await currentActor();
  return (
    <AppShell actor={actor ?? undefined}>
      <h1 className="nl-heading nl-heading--level-1">Geen toegang</h1>
      <p className="nl-paragraph">U kunt deze pagina niet gebruiken: uw rol geeft er geen toegang toe, of de nota is niet in een stap waarin dit kan.</p>
      <p className="nl-paragraph"><Link className="nl-link" href="/">Naar Mijn taken</Link></p>
    </AppShell>
  );
}
