import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import { canSee, type NotaToegang } from "@/lib/domain/permissions";
import { openStappen } from "@/lib/domain/paraafroute";
import type { NotaStand } from "@/lib/domain/nota-handelingen";
import { dagIso } from "@/lib/domain/datum";
import type { Tx } from "@/lib/server/tx";

const persoon = { select: { id: true, naam: true, email: true, functie: true, ambtstitel: true, initialen: true, telefoon: true } } as const;

export const notaInclude = {
  opsteller: persoon,
  contactpersoon: persoon,
  aan: persoon,
  van: { select: { id: true, naam: true, afkorting: true, parentId: true } },
  beslispunten: { orderBy: { volgnummer: "asc" } },
  bijlagen: {
    orderBy: { volgnummer: "asc" },
    select: { id: true, volgnummer: true, naam: true, informatie: true, gronden: true, vindplaats: true, bestandsnaam: true, mimeType: true, grootte: true, sha256: true, geuploadOp: true },
  },
  paraafrondes: {
    orderBy: { nummer: "asc" },
    include: { stappen: { orderBy: [{ volgorde: "asc" }, { id: "asc" }], include: { toegewezenAan: persoon, uitgevoerdDoor: persoon } } },
  },
  annotaties: { orderBy: { aangemaaktOp: "asc" } },
  agendapunten: { orderBy: { aangemeldOp: "asc" }, include: { vergadering: true } },
  kamerbriefDoc: true,
  verzending: true,
} satisfies Prisma.NotaInclude;

export type NotaRecord = Prisma.NotaGetPayload<{ include: typeof notaInclude }>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The content fields every view of a nota shares (DTO, version snapshot, documents). */
export function notaInhoud(nota: NotaRecord) {
  return {
    uitersteBeslisdatum: nota.uitersteBeslisdatum ? dagIso(nota.uitersteBeslisdatum) : null,
    deadlineReden: nota.deadlineReden,
    rubricering: nota.rubricering,
    mrBehandeling: nota.mrBehandeling,
    kamerbrief: nota.kamerbrief,
    aanleiding: nota.aanleiding,
    kern: nota.kern,
    toelichting: nota.toelichting,
    politiekeContext: nota.politiekeContext,
    nietOpenbaar: nota.nietOpenbaar,
    motivering: nota.motivering,
    beslispunten: nota.beslispunten.map((b) => ({ volgnummer: b.volgnummer, tekst: b.tekst, oordeel: b.oordeel, wijziging: b.wijziging })),
  };
}

/** The current (last) paraaf round, if any. */
export function huidigeRonde<R>(nota: { paraafrondes: R[] }): R | null {
  return nota.paraafrondes.at(-1) ?? null;
}

/** The agenda item the nota is on now: the last one without an outcome, else the last one. */
export function actiefAgendapunt<A extends { uitkomst: unknown }>(nota: { agendapunten: A[] }): A | null {
  return [...nota.agendapunten].reverse().find((a) => a.uitkomst === null) ?? nota.agendapunten.at(-1) ?? null;
}

/** The state rules of nota-handelingen.ts read off a loaded nota. */
export function standVan(nota: NotaRecord): NotaStand {
  return {
    status: nota.status,
    mrBehandeling: nota.mrBehandeling,
    kamerbrief: nota.kamerbrief,
    soort: nota.soort,
    kamerbriefGeschreven: nota.kamerbriefDoc !== null,
    verzonden: nota.verzending !== null,
  };
}

/** Who may see and act on the nota, read off a loaded nota (permissions.ts judges it). */
export function toegangVan(nota: NotaRecord): NotaToegang {
  const ronde = nota.status === "in_paraaf" ? huidigeRonde(nota) : null;
  return {
    status: nota.status,
    opstellerId: nota.opstellerId,
    contactpersoonId: nota.contactpersoonId,
    directieId: nota.vanId,
    aanId: nota.aanId,
    rubricering: nota.rubricering,
    routeIds: [...new Set(nota.paraafrondes.flatMap((r) => r.stappen.map((s) => s.toegewezenAanId)))],
    openStapIds: ronde ? openStappen(ronde.stappen.map((s) => ({ ...s, toegewezenAanId: s.toegewezenAanId }))).map((s) => s.toegewezenAanId) : [],
  };
}

/**
 * Loads a nota the actor may see. A nota that does not exist and one the actor may not see give
 * the same NOT_FOUND, so its existence is not revealed.
 */
export async function loadVisibleNota(tx: Tx, actor: Actor, id: string, opts: { forUpdate?: boolean } = {}): Promise<NotaRecord> {
  if (!UUID.test(id)) throw notFound();
  if (opts.forUpdate) {
    // Row lock: concurrent transitions on the same nota queue up instead of interleaving.
    await tx.$executeRaw`SELECT 1 FROM "Nota" WHERE id = ${id}::uuid FOR UPDATE`;
  }
  const nota = await tx.nota.findUnique({ where: { id }, include: notaInclude });
  if (!nota || !canSee(actor, toegangVan(nota))) throw notFound();
  return nota;
}

export const notFound = () => new AppError("NOT_FOUND", "Deze nota bestaat niet, of u hebt er geen toegang toe.");
