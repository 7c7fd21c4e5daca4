import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { renderNotaHtml, type Legenda } from "@/lib/domain/nota-document";
import { loadVisibleNota } from "@/lib/server/notas/nota-record";
import { openbareVersieVan } from "@/lib/server/publicatie/public-version";
import { AFWIJSREDENEN, type Kandidaat } from "@/lib/domain/woo-kandidaten";
import type { BijlagePublicatie } from "@/lib/server/publicatie/openbare-bijlagen";
import { listWeglakkingen, type WeglakkingDto } from "@/lib/server/publicatie/weglakkingen";

export interface OpenbareVersieVergelijking {
  notaId: string;
  kenmerk: string;
  versie: number;
  status: string;
  /** The original with what the public version withholds marked (<mark class="br-niet-openbaar" data-gronden="…">). */
  origineelHtml: string;
  /** The public version (<span class="br-weggelakt">[5.1.2e]</span>), with the legend. */
  openbaarHtml: string;
  legenda: Legenda[];
  weglakkingen: WeglakkingDto[];
  publicatie: { sha256: string; gepubliceerdOp: string; bestandsnaam: string } | null;
  /** Officials' identifiers the generator could not withhold (publication is refused while any remain). */
  resterend: string[];
  /** Open candidates for other people's personal data (publication is refused while any remain). */
  kandidaten: Kandidaat[];
  /** The candidates the woo_coordinator kept, with the reason. */
  afgewezen: { tekst: string; redenLabel: string; waar: string }[];
  /** What happens to each bijlage in the publication. */
  bijlagen: { volgnummer: number; naam: string; wat: string }[];
}

function bijlageUitkomst(p: BijlagePublicatie): string {
  switch (p.soort) {
    case "pdf":
      return `Gepubliceerd als openbare versie (PDF${p.omgezet ? ", omgezet van Word" : ""})${p.gronden.length ? `, weggelakt: ${p.gronden.join(", ")}` : ", niets weggelakt"}.`;
    case "geen_bestand":
      return "Geen bestand opgeslagen; alleen vermeld in de inventarislijst.";
    case "niet_openbaar":
      return "Niet openbaar of reeds openbaar: alleen vermeld in de inventarislijst.";
    case "niet_te_publiceren":
      return `Niet gepubliceerd: ${p.reden}`;
  }
}

/**
 * For the woo_coordinator's side-by-side review: the original and the public version as safe HTML
 * fragments (every typed text escaped), the legend, the manual redactions and the publication.
 */
export async function getOpenbareVersieVergelijking(actor: Actor, notaId: string): Promise<OpenbareVersieVergelijking> {
  const nota = await loadVisibleNota(db(), actor, notaId);
  const [ctx, weglakkingen, publicatie, afgewezen] = await Promise.all([
    openbareVersieVan(db(), nota, { strikt: false }),
    listWeglakkingen(actor, notaId),
    db().publicatie.findUnique({ where: { notaId: nota.id }, select: { sha256: true, gepubliceerdOp: true, bestandsnaam: true } }),
    db().kandidaatAfwijzing.findMany({ where: { notaId: nota.id }, orderBy: { op: "asc" } }),
  ]);
  return {
    notaId: nota.id,
    kenmerk: nota.kenmerk,
    versie: nota.versie,
    status: nota.status,
    origineelHtml: renderNotaHtml(ctx.versie.gemarkeerd),
    openbaarHtml: renderNotaHtml(ctx.versie.document, { openbaar: true, legenda: ctx.versie.legenda }),
    legenda: ctx.versie.legenda,
    weglakkingen,
    publicatie: publicatie ? { sha256: publicatie.sha256, gepubliceerdOp: publicatie.gepubliceerdOp.toISOString(), bestandsnaam: publicatie.bestandsnaam } : null,
    resterend: ctx.lekken,
    kandidaten: ctx.kandidaten,
    bijlagen: ctx.bijlagen.map((b) => ({ volgnummer: b.rij.volgnummer, naam: b.rij.naam, wat: bijlageUitkomst(b.publicatie) })),
    afgewezen: afgewezen.map((a) => ({ tekst: a.tekst, waar: a.waar, redenLabel: AFWIJSREDENEN[a.reden as keyof typeof AFWIJSREDENEN] ?? a.reden })),
  };
}
