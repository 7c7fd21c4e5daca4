import "server-only";
// The public version of each openbare and deels-openbare bijlage (issue 16, point 3): a PDF is read
// and planned page by page with the nota's redactions (lib/domain/bijlage-weglakken.ts); a .docx is
// converted to pages of text first; any other file, an unreadable one, or a scan without a text
// layer is not published, with the reason (it goes in the inventarislijst as niet openbaar).
import type { WooGrond } from "@/lib/domain/woo-gronden";
import type { BijlageInformatie } from "@/lib/domain/nota-schemas";
import { planPagina, type GeplandePagina, type PdfPagina } from "@/lib/domain/bijlage-weglakken";
import type { WeglakOpties } from "@/lib/domain/openbare-versie";
import { grondenOpVolgorde } from "@/lib/domain/inventarislijst";
import type { Tx } from "@/lib/server/tx";
import { docxAlsPaginas, leesPdf } from "@/lib/server/publicatie/bijlage-pdf";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface BijlageRij {
  volgnummer: number;
  naam: string;
  informatie: BijlageInformatie;
  gronden: string[];
  vindplaats: string | null;
  bestandsnaam: string | null;
  mimeType: string | null;
}

export type BijlagePublicatie =
  | { soort: "pdf"; paginas: GeplandePagina[]; gronden: WooGrond[]; omgezet: boolean }
  | { soort: "geen_bestand" }
  | { soort: "niet_te_publiceren"; reden: string }
  | { soort: "niet_openbaar" };

export interface BijlageVersie {
  rij: BijlageRij;
  publicatie: BijlagePublicatie;
}

async function paginasVan(bytes: Uint8Array, rij: BijlageRij): Promise<{ paginas: PdfPagina[]; omgezet: boolean } | { reden: string }> {
  const isPdf = rij.mimeType === "application/pdf" || /\.pdf$/i.test(rij.bestandsnaam ?? "");
  if (isPdf) {
    const paginas = await leesPdf(bytes);
    if (!paginas) return { reden: "Het PDF-bestand kan niet worden gelezen; het wordt niet gepubliceerd." };
    if (!paginas.some((p) => p.items.some((i) => i.tekst.trim()))) {
      return { reden: "De PDF heeft geen tekstlaag (bijvoorbeeld een scan); de persoonsgegevens erin kunnen niet automatisch worden weggelakt." };
    }
    return { paginas, omgezet: false };
  }
  if (rij.mimeType === DOCX || /\.docx$/i.test(rij.bestandsnaam ?? "")) {
    const paginas = await docxAlsPaginas(bytes);
    if (!paginas) return { reden: "Het Word-bestand kan niet worden gelezen; het wordt niet gepubliceerd." };
    return { paginas, omgezet: true };
  }
  return { reden: `Een ${rij.bestandsnaam?.split(".").pop()?.toUpperCase() ?? "onbekend"}-bestand kan niet naar PDF worden omgezet; het wordt niet gepubliceerd.` };
}

/** Every bijlage of the nota with what its publication will be. Reads the stored files (openbaar and deels openbaar only). */
export async function bijlageVersies(tx: Tx, notaId: string, opties: WeglakOpties): Promise<BijlageVersie[]> {
  const rijen = await tx.bijlage.findMany({
    where: { notaId },
    orderBy: { volgnummer: "asc" },
    select: { id: true, volgnummer: true, naam: true, informatie: true, gronden: true, vindplaats: true, bestandsnaam: true, mimeType: true, sha256: true },
  });
  const uit: BijlageVersie[] = [];
  for (const r of rijen) {
    const rij: BijlageRij = { volgnummer: r.volgnummer, naam: r.naam, informatie: r.informatie, gronden: r.gronden, vindplaats: r.vindplaats, bestandsnaam: r.bestandsnaam, mimeType: r.mimeType };
    if (r.informatie === "niet_openbaar" || r.informatie === "reeds_openbaar") {
      uit.push({ rij, publicatie: { soort: "niet_openbaar" } });
      continue;
    }
    if (!r.sha256) {
      uit.push({ rij, publicatie: { soort: "geen_bestand" } });
      continue;
    }
    // One at a time: `tx` may be a transaction (one connection).
    const { inhoud } = await tx.bijlage.findUniqueOrThrow({ where: { id: r.id }, select: { inhoud: true } });
    const gelezen = await paginasVan(new Uint8Array(inhoud ?? new Uint8Array()), rij);
    if ("reden" in gelezen) {
      uit.push({ rij, publicatie: { soort: "niet_te_publiceren", reden: gelezen.reden } });
      continue;
    }
    const paginas = gelezen.paginas.map((p) => planPagina(p, opties));
    const gronden = new Set<WooGrond>();
    for (const p of paginas) for (const i of p.items) for (const s of i.stukken) for (const g of s.gronden ?? []) gronden.add(g);
    uit.push({ rij, publicatie: { soort: "pdf", paginas, gronden: grondenOpVolgorde(gronden), omgezet: gelezen.omgezet } });
  }
  return uit;
}

/** Where a bijlage's candidate stands, for the review screen and the refusal message. */
export const bijlagePlek = (volgnummer: number, pagina: number) => `Bijlage ${volgnummer} (bestand), pagina ${pagina}`;
