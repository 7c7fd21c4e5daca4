// The personal agenda feed: MR meetings and the deadlines of the notas a user is involved in, as
// all-day items (every fact here is a date, not a moment). Pure: the server gathers the facts.

export interface AgendaNota {
  id: string;
  kenmerk: string;
  onderwerp: string;
  /** A rubricated nota's onderwerp never leaves the building in a calendar feed. */
  rubricering: string | null;
}

export interface AgendaBron {
  vergaderingen: readonly { id: string; datum: string; soort: "regulier" | "extra" }[];
  /** The user's open paraaf steps. */
  paraafstappen: readonly { stapId: string; rol: string; deadline: string; nota: AgendaNota; namens: string | null }[];
  /** Decisions due from the user as bewindspersoon. */
  besluiten: readonly { deadline: string; nota: AgendaNota }[];
  /** MR dates of notas the user drafted. */
  mrDatums: readonly { datum: string; nota: AgendaNota }[];
}

export interface AgendaItem {
  uid: string;
  /** "YYYY-MM-DD". */
  dag: string;
  titel: string;
  omschrijving: string;
  /** Path within the application, e.g. "/notas/<id>". */
  pad: string | null;
  categorie: "Ministerraad" | "Paraaf" | "Besluit" | "Eigen nota in MR";
}

const DOMEIN = "beslisroute";

export const notaAanduiding = (n: AgendaNota): string => (n.rubricering ? `nota ${n.kenmerk} (gerubriceerd)` : `${n.onderwerp} (${n.kenmerk})`);

export function agendaItems(bron: AgendaBron): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const v of bron.vergaderingen) {
    items.push({
      uid: `mr-${v.datum}@${DOMEIN}`,
      dag: v.datum,
      titel: v.soort === "extra" ? "Ministerraad (extra vergadering)" : "Ministerraad",
      omschrijving: "Vergadering van de ministerraad.",
      pad: "/ministerraad",
      categorie: "Ministerraad",
    });
  }
  for (const s of bron.paraafstappen) {
    items.push({
      uid: `paraaf-${s.stapId}@${DOMEIN}`,
      dag: s.deadline,
      titel: `Paraaf (${s.rol}): ${notaAanduiding(s.nota)}`,
      omschrijving: `Uiterste datum voor uw paraaf als ${s.rol}${s.namens ? ` namens ${s.namens}` : ""}.`,
      pad: `/notas/${s.nota.id}`,
      categorie: "Paraaf",
    });
  }
  for (const b of bron.besluiten) {
    items.push({
      uid: `besluit-${b.nota.id}@${DOMEIN}`,
      dag: b.deadline,
      titel: `Besluit: ${notaAanduiding(b.nota)}`,
      omschrijving: "Uiterste datum voor uw besluit over deze nota.",
      pad: `/notas/${b.nota.id}`,
      categorie: "Besluit",
    });
  }
  for (const m of bron.mrDatums) {
    items.push({
      uid: `mr-nota-${m.nota.id}-${m.datum}@${DOMEIN}`,
      dag: m.datum,
      titel: `In de ministerraad: ${notaAanduiding(m.nota)}`,
      omschrijving: "Uw nota staat op de agenda van de ministerraad.",
      pad: `/notas/${m.nota.id}`,
      categorie: "Eigen nota in MR",
    });
  }
  return items.sort((a, b) => a.dag.localeCompare(b.dag) || a.uid.localeCompare(b.uid));
}
