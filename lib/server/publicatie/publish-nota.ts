import "server-only";
import { transaction } from "@/lib/server/tx";
import { assertAllowed, assertRole, assertVersion, audit, casUpdate, nextStatus, type Caller } from "@/lib/server/notas/mutation";
import { loadVisibleNota, notaInclude } from "@/lib/server/notas/nota-record";
import { toNotaDto, type NotaDto } from "@/lib/server/notas/nota-dto";
import { sha256 } from "@/lib/server/exports/bronnen";
import { maakOpenbarePdf, openbaarPdfNaam } from "@/lib/server/exports/openbare-versie";
import { stelPakketSamen } from "@/lib/server/exports/publicatiepakket";

export type PublicatieDto = NotaDto & { publicatie: { sha256: string; gepubliceerdOp: string; bestandsnaam: string; grootte: number } };

/**
 * POST /api/v1/notas/{id}/publicatie with If-Match: the woo_coordinator publishes the public
 * version (verzonden → gepubliceerd). The PDF is generated, stored with its SHA-256 and time in
 * the same transaction as the transition and its audit event. The opsteller of the nota may not.
 */
export async function publishNota(caller: Caller, notaId: string, expectedVersion: number): Promise<PublicatieDto> {
  const { actor } = caller;
  return transaction(async (tx) => {
    const nota = await loadVisibleNota(tx, actor, notaId, { forUpdate: true });
    assertRole(actor, "nota.publiceren");
    const naar = nextStatus(nota, { actie: "publiceren" });
    assertAllowed(actor, "nota.publiceren", nota);
    assertVersion(nota, expectedVersion);
    const { bytes, gronden } = await maakOpenbarePdf(tx, nota);
    // The whole package is assembled and read back first: the final leak check refuses rather than publishes.
    const pakket = await stelPakketSamen(tx, nota, { notaPdf: bytes });
    const hash = sha256(bytes);
    const bestandsnaam = openbaarPdfNaam(nota.kenmerk);
    const versie = await casUpdate(tx, nota, { status: naar });
    const publicatie = await tx.publicatie.create({ data: { notaId, doorId: actor.id, bestandsnaam, sha256: hash, inhoud: Buffer.from(bytes) } });
    const na = await tx.nota.findUniqueOrThrow({ where: { id: notaId }, include: notaInclude });
    await audit(tx, caller, {
      actie: "nota.gepubliceerd",
      nota: na,
      van: nota.status,
      naar,
      versie,
      na: { bestandsnaam, sha256: hash, grootte: bytes.byteLength, gronden, gepubliceerdOp: publicatie.gepubliceerdOp.toISOString(), pakket: Object.keys(pakket.bestanden).sort() },
    });
    return {
      ...toNotaDto(na, actor),
      publicatie: { sha256: hash, gepubliceerdOp: publicatie.gepubliceerdOp.toISOString(), bestandsnaam, grootte: bytes.byteLength },
    };
  });
}
