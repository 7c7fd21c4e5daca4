// The nota's life as a table (DOMAIN.md §6). One function, assertTransition, reads it: a move that
// is not in the table is refused with INVALID_TRANSITION, whoever asks.

export const NOTA_STATUSSEN = [
  "concept",
  "in_paraaf",
  "retour",
  "bij_bewindspersoon",
  "besloten",
  "afgewezen",
  "kennisgenomen",
  "aangemeld_mr",
  "mr_besloten",
  "verzonden",
  "gepubliceerd",
  "ingetrokken",
] as const;

export type NotaStatus = (typeof NOTA_STATUSSEN)[number];

export const statusLabels: Record<NotaStatus, string> = {
  concept: "Concept",
  in_paraaf: "In paraaf",
  retour: "Retour",
  bij_bewindspersoon: "Bij bewindspersoon",
  besloten: "Besloten",
  afgewezen: "Afgewezen",
  kennisgenomen: "Kennisgenomen",
  aangemeld_mr: "Aangemeld voor MR",
  mr_besloten: "Besloten in MR",
  verzonden: "Verzonden aan TK",
  gepubliceerd: "Gepubliceerd",
  ingetrokken: "Ingetrokken",
};

/** The workflow actions that move a nota (content edits are not transitions). */
export const NOTA_ACTIES = [
  "indienen",
  "paraferen",
  "beslissen",
  "terugsturen",
  "mr_aanmelden",
  "mr_uitkomst",
  "verzenden",
  "publiceren",
  "intrekken",
] as const;

export type NotaActie = (typeof NOTA_ACTIES)[number];

export const actieLabels: Record<NotaActie, string> = {
  indienen: "indienen",
  paraferen: "paraferen",
  beslissen: "beslissen",
  terugsturen: "terugsturen",
  mr_aanmelden: "aanmelden voor de ministerraad",
  mr_uitkomst: "de MR-uitkomst vastleggen",
  verzenden: "de Kamerbrief als verzonden markeren",
  publiceren: "de openbare versie publiceren",
  intrekken: "intrekken",
};

/** What decides between several possible targets of one action. */
export type Uitkomst =
  | { actie: "indienen" }
  | { actie: "paraferen"; oordeel: "akkoord" | "akkoord_met_opmerkingen" | "niet_akkoord"; laatsteStap: boolean }
  | { actie: "beslissen"; uitkomst: "besloten" | "afgewezen"; terInformatie: boolean }
  | { actie: "terugsturen" }
  | { actie: "mr_aanmelden" }
  | { actie: "mr_uitkomst"; uitkomst: MrUitkomst }
  | { actie: "verzenden" }
  | { actie: "publiceren" }
  | { actie: "intrekken" };

export const MR_UITKOMSTEN = ["akkoord", "aanvaard_met_wijzigingen", "aangehouden", "besproken_zonder_conclusie", "teruggetrokken"] as const;
export type MrUitkomst = (typeof MR_UITKOMSTEN)[number];

export const mrUitkomstLabels: Record<MrUitkomst, string> = {
  akkoord: "Akkoord",
  aanvaard_met_wijzigingen: "Aanvaard met wijzigingen",
  aangehouden: "Aangehouden",
  besproken_zonder_conclusie: "Besproken zonder conclusie",
  teruggetrokken: "Teruggetrokken",
};

interface Transition {
  van: readonly NotaStatus[];
  actie: NotaActie;
  /** The target, given the details of the action. */
  naar: (u: Uitkomst) => NotaStatus;
}

const VOOR_VERZONDEN: readonly NotaStatus[] = ["concept", "in_paraaf", "retour", "bij_bewindspersoon", "besloten", "aangemeld_mr", "mr_besloten"];

export const TRANSITIONS: readonly Transition[] = [
  { van: ["concept", "retour"], actie: "indienen", naar: () => "in_paraaf" },
  {
    van: ["in_paraaf"],
    actie: "paraferen",
    naar: (u) => (u.actie !== "paraferen" ? "in_paraaf" : u.oordeel === "niet_akkoord" ? "retour" : u.laatsteStap ? "bij_bewindspersoon" : "in_paraaf"),
  },
  {
    van: ["bij_bewindspersoon"],
    actie: "beslissen",
    naar: (u) => (u.actie !== "beslissen" ? "besloten" : u.terInformatie ? "kennisgenomen" : u.uitkomst),
  },
  { van: ["bij_bewindspersoon"], actie: "terugsturen", naar: () => "retour" },
  { van: ["besloten"], actie: "mr_aanmelden", naar: () => "aangemeld_mr" },
  {
    van: ["aangemeld_mr"],
    actie: "mr_uitkomst",
    naar: (u) => {
      if (u.actie !== "mr_uitkomst") return "aangemeld_mr";
      switch (u.uitkomst) {
        case "akkoord":
        case "aanvaard_met_wijzigingen":
          return "mr_besloten";
        case "teruggetrokken":
          return "besloten";
        case "aangehouden":
        case "besproken_zonder_conclusie":
          return "aangemeld_mr";
      }
    },
  },
  { van: ["mr_besloten", "besloten"], actie: "verzenden", naar: () => "verzonden" },
  { van: ["verzonden"], actie: "publiceren", naar: () => "gepubliceerd" },
  { van: VOOR_VERZONDEN, actie: "intrekken", naar: () => "ingetrokken" },
];

export class TransitionError extends Error {
  constructor(
    readonly status: NotaStatus,
    readonly actie: NotaActie,
    message: string,
  ) {
    super(message);
    this.name = "TransitionError";
  }
}

/** Extra conditions the table alone cannot say, from the nota's flags. */
export interface NotaVlaggen {
  mrBehandeling: boolean;
  kamerbrief: boolean;
  soort: "ter_beslissing" | "ter_informatie";
}

/**
 * The status after `uitkomst` on a nota in `status`, or a TransitionError with a Dutch message.
 * Also refuses: MR aanmelding of a nota that needs no MR; verzenden of a nota without Kamerbrief,
 * or of a besloten nota that still has to go to the MR.
 */
export function assertTransition(status: NotaStatus, uitkomst: Uitkomst, vlaggen?: NotaVlaggen): NotaStatus {
  const t = TRANSITIONS.find((tr) => tr.actie === uitkomst.actie && tr.van.includes(status));
  if (!t) {
    throw new TransitionError(status, uitkomst.actie, `Een nota met status "${statusLabels[status]}" kunt u niet ${actieLabels[uitkomst.actie]}.`);
  }
  const fout = vlaggen ? transitieFout(status, uitkomst.actie, vlaggen) : null;
  if (fout) throw new TransitionError(status, uitkomst.actie, fout);
  return t.naar(uitkomst);
}

/** The refusal the flags give for an action the table allows from `status` (null: none). */
export function transitieFout(status: NotaStatus, actie: NotaActie, vlaggen: NotaVlaggen): string | null {
  if (actie === "mr_aanmelden" && !vlaggen.mrBehandeling) return "Deze nota hoeft niet naar de ministerraad.";
  if (actie === "verzenden") {
    if (!vlaggen.kamerbrief) return "Bij deze nota hoort geen Kamerbrief.";
    if (status === "besloten" && vlaggen.mrBehandeling) return "Deze nota moet eerst door de ministerraad.";
  }
  return null;
}

/** Whether `actie` is possible at all from `status` (for showing controls). */
export function canTransition(status: NotaStatus, actie: NotaActie): boolean {
  return TRANSITIONS.some((t) => t.actie === actie && t.van.includes(status));
}

/** Content (sections, beslispunten, bijlagen, header) is editable only in these states. */
export const BEWERKBAAR: readonly NotaStatus[] = ["concept", "retour"];

/** The Kamerbrief stays editable until it is sent. */
export const KAMERBRIEF_BEWERKBAAR: readonly NotaStatus[] = VOOR_VERZONDEN;
