import { Link } from "@/components/ui/link";
import type { Metadata } from "next";
import { AppShell } from "@/components/shell/app-shell";
import { currentActor } from "@/lib/server/session";

export const metadata: Metadata = { title: "Niet gevonden" };

export default async function NotFound() {
  const actor = await currentActor();
  return (
    <AppShell actor={actor ?? undefined}>
      <h1 className="nl-heading nl-heading--level-1">Niet gevonden</h1>
      <p className="nl-paragraph">Deze pagina bestaat niet, of u hebt er geen toegang toe.</p>
      <p className="nl-paragraph"><Link className="nl-link" href="/">Naar Mijn taken</Link></p>
    </AppShell>
  );
}
