import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import type { z } from "@/lib/domain/validatie";
import { alleInlines, notaDocument, inlinePlainText } from "@/lib/domain/nota-document";
import { weglakkingSchema } from "@/lib/domain/openbare-versie";
import { db } from "@/lib/db";
import { defineNotaUseCase } from "@/lib/server/notas/use-case";
import { loadVisibleNota } from "@/lib/server/notas/nota-record";
import { notaBronVan } from "@/lib/server/exports/document-sources";
import { openbareVersieVan } from "@/lib/server/publicatie/public-version";

export interface WeglakkingDto {
  id: string;
  tekst: string;
  grond: string;
  doorId: string;
  op: string;
}

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
export const addWeglakking = defineNotaUseCase<z.output<typeof weglakkingSchema>, { versie: number; weglakking: WeglakkingDto; weglakkingen: WeglakkingDto[] }>({
  handeling: "weglakken",
  schema: weglakkingSchema,
  async apply({ tx, nota, actor, input, cas }) {
    const { tekst, grond } = input;
    const inhoud = alleInlines(notaDocument(notaBronVan(nota)))
      .map((i) => inlinePlainText(i))
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
    const bestaand = await tx.weglakking.findMany({ where: { notaId: nota.id } });
    if (bestaand.some((w) => w.grond === grond && w.tekst.toLowerCase() === tekst.toLowerCase())) {
      throw new AppError("CONFLICT", "Deze weglakking bestaat al.", [{ path: "tekst", message: "Deze tekst is al met deze grond weggelakt." }]);
    }
    const versie = await cas();
    const w = await tx.weglakking.create({ data: { notaId: nota.id, tekst, grond, doorId: actor.id } });
    return {
      audit: { actie: "weglakking.toegevoegd", na: { id: w.id, tekst, grond } },
      antwoord: () => ({ versie, weglakking: dto(w), weglakkingen: [...bestaand, w].map(dto) }),
    };
  },
});
