import "server-only";
import { AppError } from "@/lib/errors";
import { besluitSchema } from "@/lib/domain/nota-schemas";
import { nextStatus } from "@/lib/server/notas/mutation";
import { defineNotaUseCase } from "@/lib/server/notas/use-case";
import { queueTaakMail, usersWithRole } from "@/lib/server/outbox/queue";
import { requireRecentSignIn } from "@/lib/server/auth/recent-sign-in";

/**
 * POST /api/v1/notas/{id}/besluit: the bewindspersoon's oordeel per beslispunt and annotations,
 * recorded by the bewindspersoon or by bestuursondersteuning namens them. A nota ter informatie
 * ends as "kennisgenomen".
 */
export const recordDecision = defineNotaUseCase({
  handeling: "beslissen",
  schema: besluitSchema,
  async apply({ tx, actor, nota, input: b, nu, cas }) {
    requireRecentSignIn(actor, nu);
    const notaId = nota.id;
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
    await cas({ status: naar, besluitOp: nu, besluitDoorId: actor.id, besluitNamensId: namensId });
    for (const x of b.beslispunten) {
      await tx.beslispunt.update({
        where: { notaId_volgnummer: { notaId, volgnummer: x.volgnummer } },
        data: { oordeel: x.oordeel, wijziging: x.oordeel === "gewijzigd_akkoord" ? x.wijziging : null },
      });
    }
    if (b.annotatie) await tx.annotatie.create({ data: { notaId, tekst: b.annotatie, auteurId: actor.id, namensId, aangemaaktOp: nu } });

    return {
      versieAanleiding: terInformatie ? "Kennisgenomen" : b.uitkomst === "afgewezen" ? "Afgewezen" : "Besluit bewindspersoon",
      audit: { actie: "nota.besloten", namensId, na: b },
      async meldingen(tx, na) {
        if (naar === "besloten") {
          if (na.mrBehandeling) await queueTaakMail(tx, await usersWithRole(tx, "mr_coordinator"), na, "Aanmelden voor de ministerraad");
          else if (na.kamerbrief) await queueTaakMail(tx, await usersWithRole(tx, "parlementaire_zaken"), na, "Kamerbrief verzenden");
        }
        await queueTaakMail(tx, [na.opsteller], na, naar === "afgewezen" ? "De bewindspersoon heeft de nota afgewezen" : "De bewindspersoon heeft besloten");
      },
    };
  },
});
