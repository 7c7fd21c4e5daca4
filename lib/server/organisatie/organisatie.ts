import "server-only";
// The organisation a deployment is: the ministerie at the top of the unit tree, with its letter
// paper (name, afkorting = kenmerk prefix, addresses, website, beeldmerk). Read by the letters and
// by createNota; edited by the beheerder on Beheer (audited).
import { AppError, validationError } from "@/lib/errors";
import { adresregels, logoTypeVan, organisatieSchema, type Briefpapier, type LogoType } from "@/lib/domain/organisatie";
import { idSchema, optioneleTekst, verplichteTekst, z } from "@/lib/domain/validatie";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { transaction, type Tx } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import { assertRole, type Caller } from "@/lib/server/notas/mutation";

/** Largest beeldmerk accepted on Beheer. */
export const LOGO_MAX_BYTES = 512 * 1024;

/** The id of the ministerie a unit belongs to (walking up the hierarchy). */
export async function ministerieIdVan(tx: Tx, unitId: string): Promise<string> {
  let id: string | null = unitId;
  for (let diepte = 0; id && diepte < 10; diepte++) {
    const unit: { id: string; soort: string; parentId: string | null } | null = await tx.organisatieonderdeel.findUnique({ where: { id }, select: { id: true, soort: true, parentId: true } });
    if (!unit) break;
    if (unit.soort === "ministerie") return unit.id;
    id = unit.parentId;
  }
  throw new AppError("CONFLICT", "Bij dit onderdeel is geen ministerie bekend; de organisatie mist een ministerie bovenaan.");
}

const briefpapierSelect = { id: true, naam: true, afkorting: true, postbus: true, postcodePlaats: true, bezoekadres: true, website: true } as const;

/** The letter paper of the ministerie `ministerieId`. */
export async function briefpapierVan(tx: Tx, ministerieId: string): Promise<Briefpapier> {
  const m = await tx.organisatieonderdeel.findUniqueOrThrow({ where: { id: ministerieId }, select: briefpapierSelect });
  return {
    naam: m.naam,
    afkorting: m.afkorting ?? "",
    postbus: m.postbus,
    postcodePlaats: m.postcodePlaats,
    bezoekadres: adresregels(m.bezoekadres),
    website: m.website,
  };
}

/** The kenmerk prefix of the organisation a unit belongs to: its ministerie's afkorting. */
export async function kenmerkPrefixVan(tx: Tx, unitId: string): Promise<string> {
  const m = await tx.organisatieonderdeel.findUniqueOrThrow({ where: { id: await ministerieIdVan(tx, unitId) }, select: { afkorting: true } });
  if (!m.afkorting) throw new AppError("CONFLICT", "De organisatie heeft geen afkorting; de beheerder vult die in op Beheer (zij is het begin van elk kenmerk).");
  return m.afkorting;
}

/** The uploaded beeldmerk of a ministerie, if any. */
export async function geuploadLogo(tx: Tx, ministerieId: string): Promise<{ bytes: Uint8Array; type: LogoType } | null> {
  const m = await tx.organisatieonderdeel.findUnique({ where: { id: ministerieId }, select: { logo: true, logoType: true } });
  if (!m?.logo || (m.logoType !== "image/png" && m.logoType !== "image/svg+xml")) return null;
  return { bytes: new Uint8Array(m.logo), type: m.logoType };
}

export interface OrganisatieOverzicht extends Briefpapier {
  id: string;
  logo: { type: LogoType; grootte: number } | null;
  /** Whether the deployment supplies a beeldmerk file (LOGO_PATH), used when none is uploaded. */
  logoBestand: boolean;
}

/** The organisations (ministeries at the top of the tree) with their letter paper, for Beheer. */
export async function listOrganisaties(caller: Caller): Promise<OrganisatieOverzicht[]> {
  assertRole(caller.actor, "gebruikers.beheren");
  const rows = await db().organisatieonderdeel.findMany({ where: { soort: "ministerie" }, orderBy: { naam: "asc" }, select: { ...briefpapierSelect, logo: true, logoType: true } });
  return rows.map((m) => ({
    id: m.id,
    naam: m.naam,
    afkorting: m.afkorting ?? "",
    postbus: m.postbus,
    postcodePlaats: m.postcodePlaats,
    bezoekadres: adresregels(m.bezoekadres),
    website: m.website,
    logo: m.logo && (m.logoType === "image/png" || m.logoType === "image/svg+xml") ? { type: m.logoType, grootte: m.logo.byteLength } : null,
    logoBestand: !!serverEnv().LOGO_PATH,
  }));
}

async function laadMinisterie(tx: Tx, id: string) {
  const m = /^[0-9a-f-]{36}$/i.test(id) ? await tx.organisatieonderdeel.findUnique({ where: { id } }) : null;
  if (!m || m.soort !== "ministerie") throw new AppError("NOT_FOUND", "Deze organisatie bestaat niet.");
  return m;
}

/** Beheer: the organisation's name, afkorting (kenmerk prefix), addresses and website. */
export async function updateOrganisatie(caller: Caller, id: string, input: unknown): Promise<void> {
  assertRole(caller.actor, "gebruikers.beheren");
  const parsed = organisatieSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const data = parsed.data;
  await transaction(async (tx) => {
    const voor = await laadMinisterie(tx, id);
    const dubbel = await tx.organisatieonderdeel.findFirst({ where: { soort: "ministerie", afkorting: data.afkorting, NOT: { id } }, select: { id: true } });
    if (dubbel) throw new AppError("CONFLICT", "Een andere organisatie heeft deze afkorting al.", [{ path: "afkorting", message: "Deze afkorting is al in gebruik." }]);
    await tx.organisatieonderdeel.update({ where: { id }, data });
    const velden = (o: typeof voor | typeof data) => ({ naam: o.naam, afkorting: o.afkorting, postbus: o.postbus, postcodePlaats: o.postcodePlaats, bezoekadres: o.bezoekadres, website: o.website });
    await appendAuditEvent(tx, { actorId: caller.actor.id, actie: "organisatie.gewijzigd", voor: velden(voor), na: { id, ...velden(data) }, requestId: caller.requestId });
  });
}

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

/** The letter paper of the organisation a unit (a nota's directie) belongs to, for the letter preview. */
export async function getBriefpapier(unitId: string): Promise<Briefpapier> {
  const tx = db();
  return briefpapierVan(tx, await ministerieIdVan(tx, unitId));
}

const onderdeelSchema = z
  .object({
    naam: verplichteTekst("de naam van het onderdeel", 200),
    afkorting: optioneleTekst("de afkorting", 20),
    soort: z.enum(["dg", "directie", "afdeling"], { error: "Kies DG, directie of afdeling." }),
    parentId: idSchema,
  })
  .strict();

/** Which kind of unit may sit under which: a DG under the ministerie, a directie under either, an afdeling under a directie. */
const ONDER: Record<"dg" | "directie" | "afdeling", readonly string[]> = { dg: ["ministerie"], directie: ["ministerie", "dg"], afdeling: ["directie"] };

/** Beheer: a new DG, directie or afdeling in the organisation (audited). */
export async function createOnderdeel(caller: Caller, input: unknown): Promise<{ id: string }> {
  assertRole(caller.actor, "gebruikers.beheren");
  const parsed = onderdeelSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const data = parsed.data;
  return transaction(async (tx) => {
    const boven = await tx.organisatieonderdeel.findUnique({ where: { id: data.parentId } });
    if (!boven || !ONDER[data.soort].includes(boven.soort)) {
      throw new AppError("VALIDATION_FAILED", "Dit onderdeel kan daar niet onder vallen.", [{ path: "parentId", message: data.soort === "afdeling" ? "Een afdeling valt onder een directie." : data.soort === "dg" ? "Een DG valt onder het ministerie." : "Een directie valt onder het ministerie of een DG." }]);
    }
    if (await tx.organisatieonderdeel.findFirst({ where: { parentId: data.parentId, naam: data.naam } })) {
      throw new AppError("CONFLICT", "Er is daar al een onderdeel met deze naam.", [{ path: "naam", message: "Deze naam bestaat al onder dit onderdeel." }]);
    }
    const u = await tx.organisatieonderdeel.create({ data });
    await appendAuditEvent(tx, { actorId: caller.actor.id, actie: "organisatie.onderdeel_aangemaakt", na: { id: u.id, ...data }, requestId: caller.requestId });
    return { id: u.id };
  });
}

/** The organisation's name for pages without a signed-in official (the sign-in page's header). */
export async function organisatieNaam(): Promise<string | null> {
  const m = await db().organisatieonderdeel.findFirst({ where: { soort: "ministerie", parentId: null }, orderBy: { naam: "asc" }, select: { naam: true } });
  return m?.naam ?? null;
}
