import "server-only";
import { AppError, validationError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import { statusLabels, type NotaStatus } from "@/lib/domain/nota-status";
import { alleInlines, notaDocument, platteTekst } from "@/lib/domain/nota-document";
import { weglakkingSchema } from "@/lib/domain/openbare-versie";
import { db } from "@/lib/db";
import { transaction } from "@/lib/server/tx";
import { assertAllowed, assertRole, assertVersion, audit, casUpdate, type Caller } from "@/lib/server/notas/mutation";
import { loadVisibleNota } from "@/lib/server/notas/nota-record";
import { notaBronVan, openbareVersieVan } from "@/lib/server/exports/bronnen";

export interface WeglakkingDto {
  id: string;
  tekst: string;
  grond: string;
  doorId: string;
  op: string;
}

/** Manual redactions change the public version until it is published. */
const NIET_MEER: readonly NotaStatus[] = ["gepubliceerd", "ingetrokken"];

const dto = (w: { id: string; tekst: string; grond: string; doorId: string; op: Date }): WeglakkingDto => ({ id: w.id, tekst: w.tekst, grond: w.grond, doorId: w.doorId, op: w.op.toISOString() });

/** GET /api/v1/notas/{id}/weglakkingen: the manual redactions of a nota the actor may see. */
export async function listWeglakkingen(actor: Actor, notaId: string): Promise<WeglakkingDto[]> {
  const nota = await loadVisibleNota(db(), actor, notaId);
  const rijen = await db().weglakking.findMany({ where: { notaId: nota.id }, orderBy: { op: "asc" } });
  return rijen.map(dto);
}

/**
 * POST /api/v1/notas/{id}/weglakkingen {tekst, grond} with If-Match: the woo_coordinator withholds a
 * string everywhere in the public version. Raises the nota's version, so a publication prepared on
 * the version before it is refused as stale.
 */
export async function addWeglakking(caller: Caller, notaId: string, expectedVersion: number, input: unknown): Promise<{ versie: number; weglakking: WeglakkingDto; weglakkingen: WeglakkingDto[] }> {
  const { actor } = caller;
  const parsed = weglakkingSchema.safeParse(input);
  return transaction(async (tx) => {
    const nota = await loadVisibleNota(tx, actor, notaId, { forUpdate: true });
    assertRole(actor, "nota.weglakken");
    if (NIET_MEER.includes(nota.status)) {
      throw new AppError("INVALID_TRANSITION", `Bij een nota met status "${statusLabels[nota.status]}" kunt u geen weglakking meer toevoegen.`);
    }
    assertAllowed(actor, "nota.weglakken", nota);
    assertVersion(nota, expectedVersion);
    if (!parsed.success) throw validationError(parsed.error);
    const { tekst, grond } = parsed.data;
    const inhoud = alleInlines(notaDocument(notaBronVan(nota)))
      .map((i) => platteTekst(i))
      .join("\n")
      .replace(/\s+/g, " ")
      .toLowerCase();
    const gezocht = tekst.replace(/\s+/g, " ").toLowerCase();
    // A phrase may also stand only in a bijlage's file (a manual redaction on its pages).
    const inBijlage = async () =>
      (await openbareVersieVan(tx, nota, { strikt: false })).bijlagen
        .flatMap((b) => (b.publicatie.soort === "pdf" ? b.publicatie.paginas.map((p) => p.zichtbaar) : []))
        .join("\n")
        .replace(/\s+/g, " ")
        .toLowerCase()
        .includes(gezocht);
    if (!inhoud.includes(gezocht) && !(await inBijlage())) {
      throw new AppError("VALIDATION_FAILED", "Deze tekst komt niet voor in de nota of haar bijlagen.", [{ path: "tekst", message: "Deze tekst komt niet voor in de nota of haar bijlagen; controleer de spelling." }]);
    }
    const bestaand = await tx.weglakking.findMany({ where: { notaId } });
    if (bestaand.some((w) => w.grond === grond && w.tekst.toLowerCase() === tekst.toLowerCase())) {
      throw new AppError("CONFLICT", "Deze weglakking bestaat al.", [{ path: "tekst", message: "Deze tekst is al met deze grond weggelakt." }]);
    }
    const versie = await casUpdate(tx, nota, {});
    const w = await tx.weglakking.create({ data: { notaId, tekst, grond, doorId: actor.id } });
    await audit(tx, caller, { actie: "weglakking.toegevoegd", nota, van: nota.status, naar: nota.status, versie, na: { id: w.id, tekst, grond } });
    return { versie, weglakking: dto(w), weglakkingen: [...bestaand, w].map(dto) };
  });
}
