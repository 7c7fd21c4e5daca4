import "server-only";
import { AppError, validationError } from "@/lib/errors";
import { notaInvoerSchema } from "@/lib/domain/nota-schemas";
import { dagAlsDate, dagVan } from "@/lib/domain/datum";
import { systeemKlok } from "@/lib/domain/klok";
import { transaction, type Tx } from "@/lib/server/tx";
import { assertAllowed, audit, snapshotVan, type Caller } from "@/lib/server/notas/mutation";
import { nextKenmerk } from "@/lib/server/notas/kenmerk";
import { kenmerkPrefixVan } from "@/lib/server/organisatie/organisatie";
import { notaInclude } from "@/lib/server/notas/nota-record";
import { toNotaDto, type NotaDto } from "@/lib/server/notas/nota-dto";

/** Checks that the addressee is a bewindspersoon and the contactpersoon an active official. */
export async function assertPeople(tx: Tx, input: { aanId?: string; contactpersoonId?: string | null }): Promise<void> {
  if (input.aanId) {
    const aan = await tx.gebruiker.findUnique({ where: { id: input.aanId } });
    if (!aan || !aan.actief || !aan.rollen.includes("bewindspersoon")) {
      throw new AppError("VALIDATION_FAILED", "De nota moet gericht zijn aan een bewindspersoon.", [{ path: "aanId", message: "Kies een bewindspersoon." }]);
    }
  }
  if (input.contactpersoonId) {
    const c = await tx.gebruiker.findUnique({ where: { id: input.contactpersoonId } });
    if (!c || !c.actief) {
      throw new AppError("VALIDATION_FAILED", "De contactpersoon bestaat niet.", [{ path: "contactpersoonId", message: "Kies een bestaande collega als contactpersoon." }]);
    }
  }
}

/** POST /api/v1/notas: a new concept in the opsteller's directie, with a fresh kenmerk. */
export async function createNota(caller: Caller, input: unknown): Promise<NotaDto> {
  const { actor } = caller;
  assertAllowed(actor, "nota.aanmaken");
  if (!actor.directieId) throw new AppError("FORBIDDEN", "U hoort niet bij een directie; een nota wordt altijd namens een directie opgesteld.");
  const parsed = notaInvoerSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const data = parsed.data;

  const nu = (caller.klok ?? systeemKlok)();
  return transaction(async (tx) => {
    await assertPeople(tx, data);
    const jaar = Number(dagVan(nu).slice(0, 4));
    // The organisation's afkorting (edited on Beheer) is the prefix: "BZK-2026-000123".
    const kenmerk = await nextKenmerk(tx, await kenmerkPrefixVan(tx, actor.directieId!), jaar);
    const nota = await tx.nota.create({
      data: {
        kenmerk,
        aangemaaktOp: nu,
        gewijzigdOp: nu,
        onderwerp: data.onderwerp,
        soort: data.soort,
        aanId: data.aanId,
        vanId: actor.directieId!,
        opstellerId: actor.id,
        contactpersoonId: data.contactpersoonId ?? actor.id,
        uitersteBeslisdatum: data.uitersteBeslisdatum ? dagAlsDate(data.uitersteBeslisdatum) : null,
        deadlineReden: data.deadlineReden,
        rubricering: data.rubricering,
        mrBehandeling: data.mrBehandeling,
        kamerbrief: data.kamerbrief,
        aanleiding: data.aanleiding,
        kern: data.kern,
        toelichting: data.toelichting,
        politiekeContext: data.politiekeContext,
        nietOpenbaar: data.nietOpenbaar,
        motivering: data.motivering,
        externKenmerk: data.externKenmerk,
        externDatum: data.externDatum ? dagAlsDate(data.externDatum) : null,
        beslispunten: { create: data.beslispunten.map((b, i) => ({ volgnummer: i + 1, tekst: b.tekst })) },
        bijlagen: {
          create: data.bijlagen.map((b, i) => ({ volgnummer: i + 1, naam: b.naam, informatie: b.informatie, gronden: b.gronden, vindplaats: b.vindplaats })),
        },
      },
      include: notaInclude,
    });
    await audit(tx, caller, { actie: "nota.aangemaakt", nota, naar: "concept", versie: nota.versie, na: snapshotVan(nota) });
    return toNotaDto(nota, actor, nu);
  });
}
