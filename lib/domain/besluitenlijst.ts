// The besluitenlijst of one MR meeting (Reglement van orde voor de ministerraad, art. 13): per
// agendapunt the nota's onderwerp and kenmerk, the bewindspersoon, the outcome and its toelichting.
import { formatDagMetWeekdag } from "@/lib/domain/datum";
import { mrUitkomstLabels, type MrUitkomst } from "@/lib/domain/nota-status";

export interface BesluitenlijstBron {
  vergadering: { datum: string; soort: "regulier" | "extra" };
  punten: readonly {
    kenmerk: string;
    onderwerp: string;
    bewindspersoon: { naam: string; ambtstitel: string | null };
    uitkomst: MrUitkomst | null;
    toelichting: string | null;
  }[];
}

export interface BesluitenlijstModel {
  titel: string;
  ondertitel: string;
  punten: { nummer: number; onderwerp: string; kenmerk: string; bewindspersoon: string; uitkomst: string; toelichting: string | null }[];
  /** Shown when there are no agendapunten the reader may see. */
  leeg: string;
}

export const GEEN_UITKOMST = "Nog geen uitkomst vastgelegd";

export function besluitenlijstModel(bron: BesluitenlijstBron): BesluitenlijstModel {
  return {
    titel: `Besluitenlijst ministerraad ${formatDagMetWeekdag(bron.vergadering.datum)}`,
    ondertitel: bron.vergadering.soort === "extra" ? "Extra vergadering" : "Reguliere vergadering",
    punten: bron.punten.map((p, i) => ({
      nummer: i + 1,
      onderwerp: p.onderwerp,
      kenmerk: p.kenmerk,
      bewindspersoon: p.bewindspersoon.ambtstitel ? `${p.bewindspersoon.ambtstitel} (${p.bewindspersoon.naam})` : p.bewindspersoon.naam,
      uitkomst: p.uitkomst ? mrUitkomstLabels[p.uitkomst] : GEEN_UITKOMST,
      toelichting: p.toelichting?.trim() || null,
    })),
    leeg: "Er staan geen nota's op de agenda van deze vergadering die u mag zien.",
  };
}
