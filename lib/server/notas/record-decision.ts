import "server-only";
import { AppError, validationError } from "@/lib/errors";
import { besluitSchema } from "@/lib/domain/nota-schemas";
import { transaction } from "@/lib/server/tx";
import { assertAllowed, assertRole, assertVersion, audit, casUpdate, nextStatus, saveVersion, type Caller } from "@/lib/server/notas/mutation";
import { loadVisibleNota, notaInclude } from "@/lib/server/notas/nota-record";
import { toNotaDto, type NotaDto } from "@/lib/server/notas/nota-dto";
import { queueTaakMail, usersWithRole } from "@/lib/server/outbox/queue";

/**
 * POST /api/v1/notas/{id}/besluit: the bewindspersoon's oordeel per beslispunt and annotations,
 * recorded by the bewindspersoon or by bestuursondersteuning namens them. A nota ter informatie
 * ends as "kennisgenomen".
 */
export async function recordDecision(caller: Caller, notaId: string, expectedVersion: number, input: unknown): Promise<NotaDto> {
  const { actor } = caller;
  const parsed = besluitSchema.safeParse(input);
  return transaction(async (tx) => {
    const nota = await loadVisibleNota(tx, actor, notaId, { forUpdate: true });
    assertRole(actor, "nota.beslissen");
    nextStatus(nota, { actie: "beslissen", uitkomst: "besloten", terInformatie: false });
    assertAllowed(actor, "nota.beslissen", nota);
    assertVersion(nota, expectedVersion);
    if (!parsed.success) throw validationError(parsed.error);
    const b = parsed.data;
    const terInformatie = nota.soort === "ter_informatie";

    if (!terInformatie) {
      const fouten: { path: string; message: string }[] = [];
      for (const punt of nota.beslispunten) {
        if (!b.beslispunten.some((x) => x.volgnummer === punt.volgnummer)) {
          fouten.push({ path: "beslispunten", message: `Geef een oordeel over beslispunt ${punt.volgnummer}.` });
        }
      }
      b.beslispunten.forEach((x, i) => {
        if (!nota.beslispunten.some((p) => p.volgnummer === x.volgnummer)) fouten.push({ path: `beslispunten.${i}.volgnummer`, message: `Beslispunt ${x.volgnummer} bestaat niet.` });
      });
      if (new Set(b.beslispunten.map((x) => x.volgnummer)).size !== b.beslispunten.length) {
        fouten.push({ path: "beslispunten", message: "Geef per beslispunt één oordeel." });
      }
      if (fouten.length) throw new AppError("VALIDATION_FAILED", fouten[0]!.message, fouten);
    }

    const naar = nextStatus(nota, { actie: "beslissen", uitkomst: b.uitkomst, terInformatie });
    const namensId = actor.id === nota.aanId ? null : nota.aanId;
    const versie = await casUpdate(tx, nota, { status: naar, besluitOp: new Date(), besluitDoorId: actor.id, besluitNamensId: namensId });
    for (const x of b.beslispunten) {
      await tx.beslispunt.update({
        where: { notaId_volgnummer: { notaId, volgnummer: x.volgnummer } },
        data: { oordeel: x.oordeel, wijziging: x.oordeel === "gewijzigd_akkoord" ? x.wijziging : null },
      });
    }
    if (b.annotatie) await tx.annotatie.create({ data: { notaId, tekst: b.annotatie, auteurId: actor.id, namensId } });

    const na = await tx.nota.findUniqueOrThrow({ where: { id: notaId }, include: notaInclude });
    await saveVersion(tx, na, versie, terInformatie ? "Kennisgenomen" : b.uitkomst === "afgewezen" ? "Afgewezen" : "Besluit bewindspersoon", actor.id);
    await audit(tx, caller, { actie: "nota.besloten", nota: na, van: nota.status, naar, versie, namensId, na: b });

    if (naar === "besloten") {
      if (na.mrBehandeling) await queueTaakMail(tx, await usersWithRole(tx, "mr_coordinator"), na, "Aanmelden voor de ministerraad");
      else if (na.kamerbrief) await queueTaakMail(tx, await usersWithRole(tx, "parlementaire_zaken"), na, "Kamerbrief verzenden");
    }
    await queueTaakMail(tx, [na.opsteller], na, naar === "afgewezen" ? "De bewindspersoon heeft de nota afgewezen" : "De bewindspersoon heeft besloten");
    return toNotaDto(na, actor);
  });
}
