// Beheer: the organisation's logo (SVG or PNG, checked and rasterised once) or none (audited).
import "server-only";
import { AppError } from "@/lib/errors";
import { logoTypeVan, type LogoType } from "@/lib/domain/organisatie";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { assertRole, type Caller } from "@/lib/server/notas/mutation";
import { LOGO_MAX_BYTES, laadMinisterie } from "@/lib/server/organisatie/organisatie";

/** Beheer: uploads (or, with null, removes) the beeldmerk: a PNG or an SVG, recognised by content. */
export async function setOrganisatieLogo(caller: Caller, id: string, bestand: { naam: string; bytes: Uint8Array } | null): Promise<void> {
  assertRole(caller.actor, "gebruikers.beheren");
  let type: LogoType | null = null;
  if (bestand) {
    if (bestand.bytes.byteLength === 0) throw new AppError("VALIDATION_FAILED", "Kies een bestand.", [{ path: "logo", message: "Kies een PNG- of SVG-bestand." }]);
    if (bestand.bytes.byteLength > LOGO_MAX_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "Het beeldmerk is groter dan 512 kB.", [{ path: "logo", message: "Het beeldmerk mag hoogstens 512 kB zijn." }]);
    type = logoTypeVan(bestand.bytes);
    if (!type) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Het beeldmerk is geen PNG of SVG.", [{ path: "logo", message: "Kies een PNG- of SVG-bestand." }]);
    if (type === "image/svg+xml") {
      const { rasterLogo } = await import("@/lib/server/exports/beeldmerk");
      try {
        rasterLogo(bestand.bytes);
      } catch {
        throw new AppError("VALIDATION_FAILED", "Dit SVG-bestand kan niet worden gelezen.", [{ path: "logo", message: "Het SVG-bestand is onleesbaar of leeg." }]);
      }
    }
  }
  await transaction(async (tx) => {
    await laadMinisterie(tx, id);
    await tx.organisatieonderdeel.update({ where: { id }, data: { logo: bestand ? Buffer.from(bestand.bytes) : null, logoType: type } });
    await appendAuditEvent(
      tx,
      bestand
        ? { actorId: caller.actor.id, actie: "organisatie.logo_gewijzigd", na: { id, bestandsnaam: bestand.naam, type: type!, grootte: bestand.bytes.byteLength }, requestId: caller.requestId }
        : { actorId: caller.actor.id, actie: "organisatie.logo_verwijderd", na: { id }, requestId: caller.requestId },
    );
  });
}
