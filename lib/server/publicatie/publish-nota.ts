import "server-only";
import { nextStatus } from "@/lib/server/notas/mutation";
import { defineNotaUseCase } from "@/lib/server/notas/use-case";
import { toNotaDto, type NotaDto } from "@/lib/server/notas/nota-dto";
import { sha256 } from "@/lib/server/exports/export-file";
import { maakOpenbarePdf, openbaarPdfNaam } from "@/lib/server/exports/openbare-versie";
import { stelPakketSamen } from "@/lib/server/exports/publicatiepakket";

export type PublicatieDto = NotaDto & { publicatie: { sha256: string; gepubliceerdOp: string; bestandsnaam: string; grootte: number } };

/**
 * POST /api/v1/notas/{id}/publicatie with If-Match: the woo_coordinator publishes the public
 * version (verzonden → gepubliceerd). The PDF is generated, stored with its SHA-256 and time in
 * the same transaction as the transition and its audit event. The opsteller of the nota may not.
 */
export const publishNota = defineNotaUseCase<undefined, PublicatieDto>({
  handeling: "publiceren",
  async apply({ tx, actor, nota, nu, cas }) {
    const { bytes, gronden } = await maakOpenbarePdf(tx, nota);
    // The whole package is assembled and read back first: the final leak check refuses rather than publishes.
    const pakket = await stelPakketSamen(tx, nota, { notaPdf: bytes });
    const hash = sha256(bytes);
    const bestandsnaam = openbaarPdfNaam(nota.kenmerk);
    await cas({ status: nextStatus(nota, { actie: "publiceren" }) });
    const publicatie = await tx.publicatie.create({ data: { notaId: nota.id, doorId: actor.id, bestandsnaam, sha256: hash, inhoud: Buffer.from(bytes), gepubliceerdOp: nu } });
    const gepubliceerdOp = publicatie.gepubliceerdOp.toISOString();
    return {
      audit: {
        actie: "nota.gepubliceerd",
        na: { bestandsnaam, sha256: hash, grootte: bytes.byteLength, gronden, gepubliceerdOp, pakket: Object.keys(pakket.bestanden).sort() },
      },
      antwoord: (na) => ({ ...toNotaDto(na, actor, nu), publicatie: { sha256: hash, gepubliceerdOp, bestandsnaam, grootte: bytes.byteLength } }),
    };
  },
});
