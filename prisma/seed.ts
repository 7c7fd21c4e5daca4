// Reference data (the MR calendar) and the demo organisation with one account per role.
// Idempotent: running it twice changes nothing the second time.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Rol } from "@/lib/domain/rollen";
import { hashPassword } from "@/lib/server/auth/password";
import { dagAlsDate, dagIso } from "@/lib/domain/datum";
import { lijnReguliereVergaderingenUit } from "@/lib/server/ministerraad/reces";

export const DEMO_PASSWORD = "beslisroute-demo";
export const DEMO_DOMAIN = "beslisroute.test";

/** The extra MR meeting of the seed nota (DOMAIN.md §1): Monday 30 June 2025. */
export const EXTRA_MR_2025 = "2025-06-30";

interface DemoAccount {
  login: string;
  naam: string;
  initialen: string;
  functie: string;
  rollen: Rol[];
  eenheid: "ministerie" | "dg" | "directie" | "afdeling1" | "afdeling2" | "directie2";
  ambtstitel?: string;
  telefoon?: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { login: "opsteller", naam: "Sanne de Vries", initialen: "S.", functie: "Senior beleidsmedewerker", rollen: ["opsteller"], eenheid: "afdeling1", telefoon: "06-12345678" },
  { login: "afdelingshoofd", naam: "Pieter Jansen", initialen: "P.", functie: "Afdelingshoofd", rollen: ["parafeerder"], eenheid: "afdeling1", telefoon: "070 426 1234" },
  { login: "directeur", naam: "Fatima el Amrani", initialen: "F.", functie: "Directeur", rollen: ["parafeerder"], eenheid: "directie" },
  { login: "dg", naam: "Hendrik Bakker", initialen: "H.", functie: "Directeur-generaal", rollen: ["parafeerder"], eenheid: "dg" },
  { login: "juridisch", naam: "Mila Kok", initialen: "M.", functie: "Directeur Wetgeving en Juridische Zaken", rollen: ["parafeerder"], eenheid: "directie2" },
  {
    login: "minister",
    naam: "Marieke van den Berg",
    initialen: "M.",
    functie: "Minister",
    ambtstitel: "Minister van Binnenlandse Zaken en Koninkrijksrelaties",
    rollen: ["bewindspersoon"],
    eenheid: "ministerie",
  },
  { login: "bestuursondersteuning", naam: "Joost Visser", initialen: "J.", functie: "Adviseur bestuursondersteuning", rollen: ["bestuursondersteuning"], eenheid: "ministerie" },
  { login: "mr", naam: "Ingrid Mulder", initialen: "I.", functie: "MR-coördinator", rollen: ["mr_coordinator"], eenheid: "ministerie" },
  { login: "pz", naam: "Ahmed Yilmaz", initialen: "A.", functie: "Adviseur parlementaire zaken", rollen: ["parlementaire_zaken"], eenheid: "ministerie" },
  { login: "woo", naam: "Lotte Smit", initialen: "L.", functie: "Woo-coördinator", rollen: ["woo_coordinator"], eenheid: "ministerie" },
  { login: "beheer", naam: "Kees de Boer", initialen: "K.", functie: "Functioneel beheerder", rollen: ["beheerder"], eenheid: "ministerie" },
  { login: "lezer", naam: "Eva Hendriks", initialen: "E.", functie: "Beleidsmedewerker", rollen: ["lezer"], eenheid: "afdeling2" },
];

export const demoEmail = (login: string) => `${login}@${DEMO_DOMAIN}`;

/**
 * The regular meetings of 2025 and 2026 (and of this year and the next): every Friday but the
 * national holidays and the summer recess on record (lib/domain/mr-kalender.ts), plus the extra
 * MR of 30 June 2025. A regular meeting an earlier seed put on a holiday or in a recess goes, when
 * no nota is on its agenda. Returns the number of meetings added.
 */
export async function seedMrCalendar(prisma: PrismaClient, vandaag = new Date()): Promise<number> {
  const jaar = vandaag.getUTCFullYear();
  const jaren = [...new Set([2025, 2026, jaar, jaar + 1])];
  const recessen = new Map((await prisma.mrReces.findMany()).map((r) => [r.jaar, { van: dagIso(r.van), tot: dagIso(r.tot) }]));
  let count = 0;
  for (const j of jaren) count += (await lijnReguliereVergaderingenUit(prisma, j, recessen.get(j) ?? null, `${j}-01-01`)).toegevoegd.length;
  const extra = await prisma.mrVergadering.createMany({ data: [{ datum: dagAlsDate(EXTRA_MR_2025), soort: "extra" as const }], skipDuplicates: true });
  return count + extra.count;
}

async function unit(
  prisma: PrismaClient,
  naam: string,
  soort: "ministerie" | "dg" | "directie" | "afdeling",
  parentId: string | null,
  extra: { afkorting?: string; tooiUri?: string; postbus?: string; postcodePlaats?: string; bezoekadres?: string; website?: string } = {},
) {
  const existing = await prisma.organisatieonderdeel.findFirst({ where: { naam, parentId } });
  if (existing) return existing;
  return prisma.organisatieonderdeel.create({ data: { naam, soort, parentId, ...extra } });
}

/** The demo organisation and accounts. */
export async function seedDemo(prisma: PrismaClient): Promise<{ accounts: number }> {
  const ministerie = await unit(prisma, "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "ministerie", null, {
    afkorting: "BZK",
    tooiUri: "https://identifier.overheid.nl/tooi/id/ministerie/mnre1034",
    // The letter paper (edited on Beheer): BZK's published addresses.
    postbus: "Postbus 20011",
    postcodePlaats: "2500 EA Den Haag",
    bezoekadres: "Turfmarkt 147\n2511 DP Den Haag",
    website: "www.rijksoverheid.nl",
  });
  const dg = await unit(prisma, "DG Openbaar Bestuur en Democratische Rechtsstaat", "dg", ministerie.id, { afkorting: "DGOBDR" });
  const directie = await unit(prisma, "Directie Democratie en Bestuur", "directie", dg.id, { afkorting: "DB" });
  const afdeling1 = await unit(prisma, "Afdeling Bestuur en Uitvoering", "afdeling", directie.id, { afkorting: "BU" });
  const afdeling2 = await unit(prisma, "Afdeling Democratische Rechtsstaat", "afdeling", directie.id, { afkorting: "DR" });
  const directie2 = await unit(prisma, "Directie Wetgeving en Juridische Zaken", "directie", ministerie.id, { afkorting: "DWJZ" });
  const units = { ministerie, dg, directie, afdeling1, afdeling2, directie2 };

  let accounts = 0;
  for (const a of DEMO_ACCOUNTS) {
    const email = demoEmail(a.login);
    const exists = await prisma.gebruiker.findUnique({ where: { email } });
    if (exists) continue;
    await prisma.gebruiker.create({
      data: {
        email,
        naam: a.naam,
        initialen: a.initialen,
        functie: a.functie,
        ambtstitel: a.ambtstitel ?? null,
        telefoon: a.telefoon ?? null,
        rollen: a.rollen,
        wachtwoordHash: await hashPassword(DEMO_PASSWORD),
        organisatieonderdeelId: units[a.eenheid].id,
      },
    });
    accounts++;
  }
  return { accounts };
}

/** True when the database holds no users yet (a fresh install). */
export async function isEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.gebruiker.count()) === 0;
}
