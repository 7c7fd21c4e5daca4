// What can be done to a nota in its present state: one table for every handeling (the workflow
// transitions of nota-status.ts and the edits that are not transitions), read by one mag(). The use
// case pipeline asks mag() before it changes anything (409 with the melding); the nota's DTO asks the
// same mag() to say which controls to show. Who may do it (the role and the resource rules) is
// permissions.ts; whether it can be done now is this file.
import type { Permission } from "@/lib/domain/permissions";
import {
  BEWERKBAAR,
  canTransition,
  KAMERBRIEF_BEWERKBAAR,
  NOTA_STATUSSEN,
  statusLabels,
  transitieFout,
  actieLabels,
  type NotaActie,
  type NotaStatus,
  type NotaVlaggen,
} from "@/lib/domain/nota-status";

/** The state of a nota as far as the rules of this file need it. */
export interface NotaStand extends NotaVlaggen {
  status: NotaStatus;
  /** A Kamerbrief text has been saved (verzenden needs one). */
  kamerbriefGeschreven: boolean;
  /** The Kamerbrief has been sent (the TK's numbers come after). */
  verzonden: boolean;
}

interface Regel {
  permission: Permission;
  /** The workflow transition behind it (its table in nota-status.ts decides the states). */
  actie?: NotaActie;
  /** For an edit that is not a transition: the states it is possible in, and the refusal otherwise. */
  staten?: readonly NotaStatus[];
  buitenStaat?: (status: string) => string;
  /** A condition on the nota's flags or documents, checked before the state (null: fine). */
  voorwaarde?: (s: NotaStand) => string | null;
  /** Checked after the state and the transition's own flag rules (null: fine). */
  daarna?: (s: NotaStand) => string | null;
  /** Shown as a control in toegestaneActies (the API and the nota page). */
  zichtbaar: boolean;
}

const NIET_NA_PUBLICATIE = NOTA_STATUSSEN.filter((s) => s !== "gepubliceerd" && s !== "ingetrokken");

export const HANDELINGEN = {
  bewerken: {
    permission: "nota.bewerken",
    staten: BEWERKBAAR,
    buitenStaat: (s) => `De inhoud van een nota met status "${s}" kan niet meer worden gewijzigd.`,
    zichtbaar: true,
  },
  indienen: { permission: "nota.indienen", actie: "indienen", zichtbaar: true },
  paraferen: { permission: "nota.paraferen", actie: "paraferen", zichtbaar: true },
  beslissen: { permission: "nota.beslissen", actie: "beslissen", zichtbaar: true },
  terugsturen: { permission: "nota.terugsturen", actie: "terugsturen", zichtbaar: true },
  mr_aanmelden: { permission: "nota.mr_aanmelden", actie: "mr_aanmelden", zichtbaar: true },
  mr_uitkomst: { permission: "nota.mr_uitkomst", actie: "mr_uitkomst", zichtbaar: true },
  kamerbrief_bewerken: {
    permission: "nota.kamerbrief_bewerken",
    voorwaarde: (s) => (s.kamerbrief ? null : "Bij deze nota hoort geen Kamerbrief. Zet eerst 'Kamerbrief' aan bij de nota."),
    staten: KAMERBRIEF_BEWERKBAAR,
    buitenStaat: (s) => `De Kamerbrief van een nota met status "${s}" kan niet meer worden gewijzigd.`,
    zichtbaar: true,
  },
  verzenden: {
    permission: "nota.verzenden",
    actie: "verzenden",
    daarna: (s) => (s.kamerbriefGeschreven ? null : "Schrijf eerst de Kamerbrief voordat u hem als verzonden markeert."),
    zichtbaar: true,
  },
  tk_nummers: {
    permission: "nota.tk_nummers",
    voorwaarde: (s) => (s.verzonden ? null : "Deze Kamerbrief is nog niet verzonden."),
    zichtbaar: true,
  },
  publiceren: { permission: "nota.publiceren", actie: "publiceren", zichtbaar: true },
  intrekken: { permission: "nota.intrekken", actie: "intrekken", zichtbaar: true },
  bijlage_toevoegen: {
    permission: "nota.bewerken",
    staten: BEWERKBAAR,
    buitenStaat: (s) => `Bij een nota met status "${s}" kunt u geen bestanden meer toevoegen.`,
    zichtbaar: false,
  },
  weglakken: {
    permission: "nota.weglakken",
    staten: NIET_NA_PUBLICATIE,
    buitenStaat: (s) => `Bij een nota met status "${s}" kunt u geen weglakking meer toevoegen.`,
    zichtbaar: false,
  },
  kandidaten_beoordelen: {
    permission: "nota.weglakken",
    staten: NIET_NA_PUBLICATIE,
    buitenStaat: (s) => `Bij een nota met status "${s}" kunt u geen kandidaten meer beoordelen.`,
    zichtbaar: false,
  },
} as const satisfies Record<string, Regel>;

export type NotaHandeling = keyof typeof HANDELINGEN;

/** The handelingen offered as controls, in the order the nota page shows them. */
export const ZICHTBARE_HANDELINGEN = (Object.keys(HANDELINGEN) as NotaHandeling[]).filter((h) => HANDELINGEN[h].zichtbaar);

export type Mag = { ok: true } | { ok: false; melding: string };

/** Can `handeling` be done to a nota in this state now? The refusal is a Dutch sentence (409). */
export function mag(stand: NotaStand, handeling: NotaHandeling): Mag {
  const regel: Regel = HANDELINGEN[handeling];
  const nee = (melding: string): Mag => ({ ok: false, melding });
  const voor = regel.voorwaarde?.(stand);
  if (voor) return nee(voor);
  if (regel.actie) {
    if (!canTransition(stand.status, regel.actie)) {
      return nee(`Een nota met status "${statusLabels[stand.status]}" kunt u niet ${actieLabels[regel.actie]}.`);
    }
    const vlag = transitieFout(stand.status, regel.actie, stand);
    if (vlag) return nee(vlag);
  }
  if (regel.staten && !regel.staten.includes(stand.status)) return nee(regel.buitenStaat!(statusLabels[stand.status]));
  const na = regel.daarna?.(stand);
  if (na) return nee(na);
  return { ok: true };
}

/** The permission a handeling needs (the role matrix and resource rules of permissions.ts). */
export function permissieVoor(handeling: NotaHandeling): Permission {
  return HANDELINGEN[handeling].permission;
}
