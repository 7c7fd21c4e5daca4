import type { Metadata } from "next";
import { AppShell } from "@/components/shell/app-shell";
import { ImportFormulier } from "@/components/nota/import-formulier";
import { requirePagePermission } from "@/lib/server/session";
import { nieuweNotaActie } from "../formulier-acties";
import { formulierOpties } from "../formulier-opties";
import { importeerActie } from "./acties";

export const metadata: Metadata = { title: "Nota importeren" };
export const dynamic = "force-dynamic";

export default async function ImporterenPage() {
  const actor = await requirePagePermission("nota.aanmaken");
  const opties = await formulierOpties(actor);
  return (
    <AppShell actor={actor} actief="/notas">
      <h1 className="nl-heading nl-heading--level-1">Nota importeren</h1>
      <p className="nl-paragraph">Beslisroute herkent de kopgegevens, de secties, de beslispunten en de bijlagen. U ziet eerst wat er herkend is; pas daarna maakt u het concept aan.</p>
      <ImportFormulier importeer={importeerActie} aanmaken={nieuweNotaActie} {...opties} />
    </AppShell>
  );
}
