import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import { herkenBestandstype, MAX_BIJLAGE_BYTES, type Bestandstype } from "@/lib/domain/bestandstype";
import { leesArchief } from "@/lib/server/bestanden/archief-controle";
import type { Caller } from "@/lib/server/notas/mutation";
import type { NotaRecord } from "@/lib/server/notas/nota-record";
import { defineNotaUseCase } from "@/lib/server/notas/use-case";
import type { NotaDto } from "@/lib/server/notas/nota-dto";

/** The file name as given, without path parts or control characters. */
function schoneNaam(naam: string): string {
  const base = naam.split(/[\\/]/).pop() ?? "bijlage";
  return (base.replace(/[\u0000-\u001f\u007f]/g, "").trim() || "bijlage").slice(0, 200);
}

interface Bestand {
  volgnummer: string;
  naam: string;
  bytes: Uint8Array;
  /** Recognised from the content before the transaction (null: not an allowed type). */
  type: Bestandstype | null;
}

const attachFile = defineNotaUseCase<Bestand, NotaDto, NotaRecord["bijlagen"][number]>({
  handeling: "bijlage_toevoegen",
  vooraf(nota, input) {
    const { volgnummer } = input as Bestand;
    const bijlage = nota.bijlagen.find((b) => b.volgnummer === Number(volgnummer));
    if (!bijlage) throw new AppError("NOT_FOUND", `Bijlage ${volgnummer} bestaat niet bij deze nota.`);
    return bijlage;
  },
  async apply({ tx, input: bestand, voor: bijlage, nu, cas }) {
    if (bestand.bytes.byteLength === 0) throw new AppError("VALIDATION_FAILED", "Het bestand is leeg.", [{ path: "bestand", message: "Kies een bestand." }]);
    const type = bestand.type;
    if (!type) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Alleen PDF, Word (.docx), OpenDocument-tekst (.odt) en Excel (.xlsx) zijn toegestaan.");
    const sha256 = createHash("sha256").update(bestand.bytes).digest("hex");
    await cas();
    const naam = schoneNaam(bestand.naam);
    await tx.bijlage.update({
      where: { id: bijlage.id },
      data: { bestandsnaam: naam, mimeType: type.mimeType, grootte: bestand.bytes.byteLength, sha256, inhoud: Buffer.from(bestand.bytes), geuploadOp: nu },
    });
    return {
      audit: {
        actie: "bijlage.bestand_toegevoegd",
        voor: bijlage.sha256 ? { sha256: bijlage.sha256, naam: bijlage.bestandsnaam } : null,
        na: { volgnummer: bijlage.volgnummer, naam, type: type.soort, grootte: bestand.bytes.byteLength, sha256 },
      },
    };
  },
});

/**
 * POST /api/v1/notas/{id}/bijlagen/{volgnummer}/bestand: attaches a PDF, DOCX, ODT or XLSX of at
 * most 20 MB to an existing bijlage row. The type is decided by the content; the sha256 is kept.
 */
export async function uploadBijlage(
  caller: Caller,
  notaId: string,
  volgnummer: string,
  expectedVersion: number,
  bestand: { naam: string; bytes: Uint8Array },
): Promise<NotaDto> {
  if (bestand.bytes.byteLength > MAX_BIJLAGE_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "Een bijlage mag hoogstens 20 MB groot zijn.");
  const type = herkenBestandstype(bestand.bytes);
  // .docx, .xlsx and .odt are ZIP archives: their declared and real expanded sizes are checked
  // (in a worker, with a time limit) before the file is stored and handed out again.
  if (type && type.soort !== "pdf") await leesArchief(bestand.bytes, "controle", { wat: "De bijlage" });
  return attachFile(caller, notaId, expectedVersion, { ...bestand, volgnummer, type });
}
