// The organisation a deployment is: the ministerie at the top of the unit tree, with its letter
// paper (name, afkorting = kenmerk prefix, addresses, website, beeldmerk). Read by the letters and
// by createNota; edited by the beheerder on Beheer (audited).
import "server-only";
import { AppError } from "@/lib/errors";
import { adresregels, type Briefpapier, type LogoType } from "@/lib/domain/organisatie";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { type Tx } from "@/lib/server/tx";
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

export async function laadMinisterie(tx: Tx, id: string) {
  const m = /^[0-9a-f-]{36}$/i.test(id) ? await tx.organisatieonderdeel.findUnique({ where: { id } }) : null;
  if (!m || m.soort !== "ministerie") throw new AppError("NOT_FOUND", "Deze organisatie bestaat niet.");
  return m;
}

/** The letter paper of the organisation a unit (a nota's directie) belongs to, for the letter preview. */
export async function getBriefpapier(unitId: string): Promise<Briefpapier> {
  const tx = db();
  return briefpapierVan(tx, await ministerieIdVan(tx, unitId));
}

/** The organisation's name for pages without a signed-in official (the sign-in page's header). */
export async function organisatieNaam(): Promise<string | null> {
  const m = await db().organisatieonderdeel.findFirst({ where: { soort: "ministerie", parentId: null }, orderBy: { naam: "asc" }, select: { naam: true } });
  return m?.naam ?? null;
}
