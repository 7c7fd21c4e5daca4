import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { isAppError } from "@/lib/errors";
import { requirePageActor } from "@/lib/server/session";
import { getNota } from "@/lib/server/notas/queries";
import { diffVersions } from "@/lib/server/notas/versions";

export const metadata: Metadata = { title: "Wat is er veranderd" };
export const dynamic = "force-dynamic";

export default async function DiffPage({ params }: { params: Promise<{ id: string; a: string; b: string }> }) {
  const { id, a, b } = await params;
  const actor = await requirePageActor();
  const data = await Promise.all([getNota(actor, id), diffVersions(actor, id, a, b)]).catch((e) => {
    if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "VALIDATION_FAILED")) notFound();
    throw e;
  });
  const [nota, diff] = data;
  const gewijzigd = diff.secties.filter((s) => s.gewijzigd);
  return (
    <AppShell actor={actor} actief="/notas">
      <nav aria-label="Kruimelpad" className="br-kruimelpad">
        <Link href="/notas">Nota&apos;s</Link> <span aria-hidden="true">›</span> <Link href={`/notas/${nota.id}`}>{nota.kenmerk}</Link> <span aria-hidden="true">›</span> <span>Versies</span>
      </nav>
      <h1 className="nl-heading nl-heading--level-1">Wat is er veranderd van versie {diff.van} naar {diff.naar}</h1>
      <p className="nl-paragraph">Toegevoegde tekst is onderstreept en groen gemarkeerd, verwijderde tekst doorgestreept en rood.</p>
      {gewijzigd.length === 0 ? <p className="nl-paragraph">Er is inhoudelijk niets veranderd.</p> : null}
      {gewijzigd.map((s) => (
        <section key={s.sectie} aria-labelledby={`diff-${s.sectie}`} className="br-diff">
          <h2 id={`diff-${s.sectie}`} className="nl-heading nl-heading--level-2">{s.label}</h2>
          <p className="br-diff__tekst" style={{ whiteSpace: "pre-wrap" }}>
            {s.delen.map((d, i) =>
              d.soort === "toegevoegd" ? <ins key={i}><span className="br-visually-hidden">[toegevoegd: </span>{d.tekst}<span className="br-visually-hidden">]</span></ins>
              : d.soort === "verwijderd" ? <del key={i}><span className="br-visually-hidden">[verwijderd: </span>{d.tekst}<span className="br-visually-hidden">]</span></del>
              : <span key={i}>{d.tekst}</span>,
            )}
          </p>
        </section>
      ))}
    </AppShell>
  );
}
