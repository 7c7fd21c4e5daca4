// Demo notas: the ROB nota with the history it really had (its real dates, through the real use
// cases with a clock set to each moment), and a handful of notas in every other state, driven
// through the same use cases as the demo officials would, so every role has work waiting after
// `npm start`.
// Needs the server modules: run under `node --conditions react-server` (see package.json).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { dagAlsDate, dagVan, plusDagen } from "@/lib/domain/datum";
import { uiterlijkeRondzenddatum } from "@/lib/domain/ministerraad";
import { vasteKlok } from "@/lib/domain/klok";
import { loadActor } from "@/lib/server/actors";
import { createNota } from "@/lib/server/notas/create-nota";
import { submitNota } from "@/lib/server/notas/submit-nota";
import { recordParaaf } from "@/lib/server/notas/record-paraaf";
import { recordDecision } from "@/lib/server/notas/record-decision";
import { withdrawNota } from "@/lib/server/notas/withdraw-nota";
import { registerForMr } from "@/lib/server/ministerraad/register-for-mr";
import { recordMrOutcome } from "@/lib/server/ministerraad/record-mr-outcome";
import { saveKamerbrief } from "@/lib/server/kamerbrief/save-kamerbrief";
import { recordSending } from "@/lib/server/kamerbrief/record-sending";
import { recordTkNumbers } from "@/lib/server/kamerbrief/record-tk-numbers";
import type { Caller } from "@/lib/server/notas/mutation";
import { demoEmail, EXTRA_MR_2025 } from "@/prisma/seed";
import { ROB_NOTA } from "@/prisma/demo/rob-nota";

type Ids = Record<string, string>;

async function userIds(prisma: PrismaClient): Promise<Ids> {
  const users = await prisma.gebruiker.findMany({ where: { email: { endsWith: "@beslisroute.test" } } });
  return Object.fromEntries(users.map((u) => [u.email.split("@")[0]!, u.id]));
}

/**
 * The ROB nota and its chain, with the dates it really had (June–July 2025): driven through the
 * same use cases as every other nota, each step with a clock that reads the moment it happened, so
 * its audit trail, versions and e-mails are the real workflow's, only back-dated.
 */
async function seedRobNota(prisma: PrismaClient, ids: Ids): Promise<string> {
  const als = async (login: string, moment: string): Promise<Caller> => {
    const actor = await loadActor(ids[login]!);
    if (!actor) throw new Error(`Demo-account ${demoEmail(login)} ontbreekt`);
    return { actor, requestId: "demo-seed", klok: vasteKlok(moment) };
  };
  const mr = await prisma.mrVergadering.findUniqueOrThrow({ where: { datum: dagAlsDate(EXTRA_MR_2025) } });
  let n = await createNota(await als("opsteller", "2025-06-02T09:12:00+02:00"), {
    onderwerp: ROB_NOTA.onderwerp,
    soort: ROB_NOTA.soort,
    aanId: ids.minister,
    contactpersoonId: ids.opsteller,
    uitersteBeslisdatum: ROB_NOTA.uitersteBeslisdatum,
    deadlineReden: ROB_NOTA.deadlineReden,
    mrBehandeling: true,
    kamerbrief: true,
    aanleiding: ROB_NOTA.aanleiding,
    kern: ROB_NOTA.kern,
    toelichting: ROB_NOTA.toelichting,
    nietOpenbaar: ROB_NOTA.nietOpenbaar,
    motivering: ROB_NOTA.motivering,
    beslispunten: ROB_NOTA.beslispunten.map((tekst) => ({ tekst })),
    bijlagen: ROB_NOTA.bijlagen.map((b) => ({ naam: b.naam, informatie: b.informatie, gronden: [] })),
  });
  if (n.kenmerk !== ROB_KENMERK) throw new Error(`De ROB-nota kreeg kenmerk ${n.kenmerk}, verwacht ${ROB_KENMERK}: is er al een nota uit 2025?`);
  // Round 1: afdelingshoofd → directeur → DG.
  n = await submitNota(await als("opsteller", "2025-06-10T10:00:00+02:00"), n.id, n.versie, {
    paraafroute: [
      { volgorde: 1, gebruikerId: ids.afdelingshoofd!, rol: "Afdelingshoofd", deadline: "2025-06-11" },
      { volgorde: 2, gebruikerId: ids.directeur!, rol: "Directeur", deadline: "2025-06-12" },
      { volgorde: 3, gebruikerId: ids.dg!, rol: "DG", deadline: "2025-06-16" },
    ],
  });
  n = await recordParaaf(await als("afdelingshoofd", "2025-06-11T11:05:00+02:00"), n.id, n.versie, { oordeel: "akkoord" });
  n = await recordParaaf(await als("directeur", "2025-06-12T15:20:00+02:00"), n.id, n.versie, {
    oordeel: "akkoord_met_opmerkingen",
    opmerking: "Akkoord; let op de afstemming met AZ over de aanbieding.",
  });
  n = await recordParaaf(await als("dg", "2025-06-13T16:40:00+02:00"), n.id, n.versie, { oordeel: "akkoord" });
  // The minister's akkoord on both beslispunten.
  n = await recordDecision(await als("minister", "2025-06-18T17:30:00+02:00"), n.id, n.versie, {
    uitkomst: "besloten",
    beslispunten: n.beslispunten.map((b) => ({ volgnummer: b.volgnummer, oordeel: "akkoord" })),
  });
  // The extra MR of Monday 30 June 2025: papers round on 23 June, outcome akkoord.
  n = await registerForMr(await als("mr", "2025-06-19T09:00:00+02:00"), n.id, n.versie, { vergaderingId: mr.id, rondgezondenOp: "2025-06-23" });
  n = await recordMrOutcome(await als("mr", "2025-06-30T13:00:00+02:00"), n.id, n.versie, { uitkomst: "akkoord" });
  n = await saveKamerbrief(await als("opsteller", "2025-06-30T16:00:00+02:00"), n.id, n.versie, {
    datum: ROB_NOTA.brief.datum,
    betreft: ROB_NOTA.brief.betreft,
    tekst: ROB_NOTA.brief.tekst,
  });
  const v = ROB_NOTA.verzending;
  n = await recordSending(await als("pz", "2025-07-01T10:15:00+02:00"), n.id, n.versie, { verzondenOp: v.verzondenOp });
  n = await recordTkNumbers(await als("pz", "2025-07-08T11:00:00+02:00"), n.id, n.versie, {
    tkDocumentnummer: v.tkDocumentnummer,
    tkZaaknummer: v.tkZaaknummer,
    dossiernummer: v.dossiernummer,
    ondernummer: v.ondernummer,
    vergaderjaar: v.vergaderjaar,
  });
  return n.id;
}

/** Notas in the other states, made through the use cases now, so their audit trails are real. */
async function seedWorkInProgress(prisma: PrismaClient, ids: Ids): Promise<number> {
  const as = async (login: string) => {
    const actor = await loadActor(ids[login]!);
    if (!actor) throw new Error(`Demo-account ${demoEmail(login)} ontbreekt`);
    return { actor, requestId: "demo-seed" };
  };
  const vandaag = dagVan(new Date());
  const route = [
    { volgorde: 1, gebruikerId: ids.afdelingshoofd!, rol: "Afdelingshoofd" },
    { volgorde: 2, gebruikerId: ids.directeur!, rol: "Directeur" },
    { volgorde: 2, gebruikerId: ids.juridisch!, rol: "Medeparaaf DWJZ" },
    { volgorde: 3, gebruikerId: ids.dg!, rol: "DG" },
  ];
  const nieuw = async (onderwerp: string, extra: Record<string, unknown> = {}) =>
    createNota(await as("opsteller"), {
      onderwerp,
      soort: "ter_beslissing",
      aanId: ids.minister,
      uitersteBeslisdatum: plusDagen(vandaag, 21),
      deadlineReden: "Kamerdebat",
      mrBehandeling: false,
      kamerbrief: true,
      aanleiding: `Aanleiding voor: ${onderwerp.toLowerCase()}.`,
      kern: "U wordt gevraagd in te stemmen met het advies.",
      toelichting: "### Achtergrond\n\nDe afstemming met de betrokken directies is afgerond.\n\n- Uitvoeringstoets gedaan\n- Financiële dekking gevonden",
      nietOpenbaar: "NVT",
      motivering: "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.",
      beslispunten: [{ tekst: "Kennisnemen van de toelichting." }, { tekst: "Instemmen met verzending van de brief aan de Tweede Kamer." }],
      bijlagen: [{ naam: "Concept-Kamerbrief", informatie: "openbaar" }],
      ...extra,
    });
  type N = { id: string; versie: number; beslispunten: { volgnummer: number }[] };
  const indienen = async (n: N, r = route) => submitNota(await as("opsteller"), n.id, n.versie, { paraafroute: r });
  const paraaf = async (n: N, login: string, oordeel = "akkoord", opmerking?: string) => recordParaaf(await as(login), n.id, n.versie, { oordeel, opmerking });
  const heleRoute = async (n: N) => {
    let x = await indienen(n);
    for (const login of ["afdelingshoofd", "directeur", "juridisch", "dg"]) x = await paraaf(x, login);
    return x;
  };
  const besluit = async (n: N) =>
    recordDecision(await as("minister"), n.id, n.versie, { beslispunten: n.beslispunten.map((b) => ({ volgnummer: b.volgnummer, oordeel: "akkoord" })), uitkomst: "besloten" });
  // Each letter has its own opening sentence, written out (never the onderwerp pasted in lower
  // case); the ondertekenaar is left to default to the bewindspersoon the nota is addressed to.
  const kamerbrief = async (n: N & { onderwerp?: string }, betreft: string, tekst: string) => saveKamerbrief(await as("opsteller"), n.id, n.versie, { betreft, tekst });

  let count = 0;
  // concept
  await nieuw("Evaluatie Wet open overheid: eerste bevindingen");
  count++;
  // in_paraaf, waiting on the afdelingshoofd
  await indienen(await nieuw("Subsidieregeling versterking lokale democratie 2027"));
  count++;
  // in_paraaf, waiting on the directeur and the medeparaaf DWJZ in parallel
  await paraaf(await indienen(await nieuw("Reactie op motie over burgerberaden", { contactpersoonId: ids.afdelingshoofd })), "afdelingshoofd");
  count++;
  // in_paraaf, waiting on the DG
  {
    let n = await indienen(await nieuw("Visie op de rol van uitvoeringsorganisaties in beleidsvorming"));
    for (const login of ["afdelingshoofd", "directeur", "juridisch"]) n = await paraaf(n, login);
    count++;
  }
  // retour after a niet akkoord of the directeur
  {
    let n = await indienen(await nieuw("Wijziging Kieswet in verband met digitale ondersteuning"));
    n = await paraaf(n, "afdelingshoofd");
    await paraaf(n, "directeur", "niet_akkoord", "De financiële paragraaf ontbreekt; graag aanvullen en opnieuw aanbieden.");
    count++;
  }
  // bij de bewindspersoon (also a rubricated one)
  await heleRoute(await nieuw("Beantwoording Kamervragen over ondermijning in het openbaar bestuur"));
  await heleRoute(await nieuw("Dreigingsbeeld ambtsdragers 2027", { rubricering: "Departementaal vertrouwelijk", kamerbrief: false }));
  count += 2;
  // besloten, to be put on the MR agenda
  await besluit(await heleRoute(await nieuw("Kabinetsstandpunt decentralisatie jeugdzorg", { mrBehandeling: true })));
  count++;
  // aangemeld voor een komende MR
  {
    const n = await besluit(await heleRoute(await nieuw("Wetsvoorstel versterking weerbaarheid democratie", { mrBehandeling: true })));
    const volgende = await prisma.mrVergadering.findFirst({ where: { datum: { gt: dagAlsDate(vandaag) } }, orderBy: { datum: "asc" } });
    if (volgende) {
      const mrDatum = dagVan(volgende.datum);
      // 7 days before (the working day before, over a holiday), or today when that has passed.
      const uiterlijk = uiterlijkeRondzenddatum(mrDatum);
      const rond = uiterlijk < vandaag ? vandaag : uiterlijk;
      await registerForMr(await as("mr"), n.id, n.versie, {
        vergaderingId: volgende.id,
        rondgezondenOp: rond,
        motivering: rond > uiterlijk ? "Aansluitend op het besluit van de minister; stukken zo snel mogelijk rondgezonden." : undefined,
      });
    }
    count++;
  }
  // mr_besloten with a Kamerbrief, to be sent by parlementaire zaken
  {
    let n = await besluit(await heleRoute(await nieuw("Kabinetsreactie op het rapport over digitale inclusie", { mrBehandeling: true })));
    const volgende = await prisma.mrVergadering.findFirst({ where: { datum: { gte: dagAlsDate(plusDagen(vandaag, 7)) } }, orderBy: { datum: "asc" } });
    if (volgende) {
      n = await registerForMr(await as("mr"), n.id, n.versie, { vergaderingId: volgende.id, rondgezondenOp: uiterlijkeRondzenddatum(dagVan(volgende.datum)) });
      n = await recordMrOutcome(await as("mr"), n.id, n.versie, { uitkomst: "akkoord" });
      await kamerbrief(n, "Kabinetsreactie op het rapport over digitale inclusie", "Hierbij bied ik u, mede namens de minister-president, de kabinetsreactie aan op het rapport over digitale inclusie.");
    }
    count++;
  }
  // besloten without MR, Kamerbrief written, then sent today: waits on Woo and on the TK numbers
  {
    let n = await besluit(await heleRoute(await nieuw("Voortgangsbrief versterking gemeentelijke uitvoeringskracht")));
    n = await kamerbrief(n, "Voortgangsbrief versterking gemeentelijke uitvoeringskracht", "In deze brief informeer ik u over de voortgang van de versterking van de gemeentelijke uitvoeringskracht.");
    await recordSending(await as("pz"), n.id, n.versie, { verzondenOp: vandaag });
    count++;
  }
  // ter informatie: kennisgenomen
  {
    const n = await heleRoute(await nieuw("Stand van zaken ambtelijke integriteit", { soort: "ter_informatie", beslispunten: [], kamerbrief: false }));
    await recordDecision(await as("minister"), n.id, n.versie, { uitkomst: "besloten", annotatie: "Dank, goed overzicht." });
    count++;
  }
  // afgewezen
  {
    const n = await heleRoute(await nieuw("Verplichte registratie van lobbycontacten bij gemeenten"));
    await recordDecision(await as("minister"), n.id, n.versie, {
      beslispunten: n.beslispunten.map((b) => ({ volgnummer: b.volgnummer, oordeel: "niet_akkoord" })),
      annotatie: "Niet nu; eerst de evaluatie van het lobbyregister afwachten.",
      uitkomst: "afgewezen",
    });
    count++;
  }
  // ingetrokken
  {
    const n = await indienen(await nieuw("Pilot regionale burgerpanels"));
    await withdrawNota(await as("opsteller"), n.id, n.versie, { reden: "Opgegaan in het programma Versterking democratie." });
    count++;
  }
  return count;
}

export const ROB_KENMERK = "BZK-2025-000001";

/** Seeds the demo notas once: nothing happens when the ROB nota is already there. */
export async function seedDemoNotas(prisma: PrismaClient): Promise<number> {
  if (await prisma.nota.findUnique({ where: { kenmerk: ROB_KENMERK } })) return 0;
  const ids = await userIds(prisma);
  await seedRobNota(prisma, ids);
  return 1 + (await seedWorkInProgress(prisma, ids));
}
