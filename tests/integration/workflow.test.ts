import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNota } from "@/lib/server/notas/create-nota";
import { updateNota } from "@/lib/server/notas/update-nota";
import { submitNota } from "@/lib/server/notas/submit-nota";
import { recordParaaf } from "@/lib/server/notas/record-paraaf";
import { recordDecision } from "@/lib/server/notas/record-decision";
import { returnNota } from "@/lib/server/notas/return-nota";
import { withdrawNota } from "@/lib/server/notas/withdraw-nota";
import { getNota, listNotas } from "@/lib/server/notas/queries";
import { diffVersions, listVersions } from "@/lib/server/notas/versions";
import { registerForMr } from "@/lib/server/ministerraad/register-for-mr";
import { recordMrOutcome } from "@/lib/server/ministerraad/record-mr-outcome";
import { addMeeting } from "@/lib/server/ministerraad/add-meeting";
import { listMeetings } from "@/lib/server/ministerraad/list-meetings";
import { saveKamerbrief } from "@/lib/server/kamerbrief/save-kamerbrief";
import { recordSending } from "@/lib/server/kamerbrief/record-sending";
import { recordTkNumbers } from "@/lib/server/kamerbrief/record-tk-numbers";
import { listTasks } from "@/lib/server/taken/list-tasks";
import { setVervanging } from "@/lib/server/gebruikers/set-vervanging";
import { listNotaEvents } from "@/lib/server/audit/list-events";
import { dagVan, plusDagen } from "@/lib/domain/datum";
import { uiterlijkeRondzenddatum } from "@/lib/domain/ministerraad";
import { KENMERK_PATROON } from "@/lib/domain/kamerstuk";
import { actor, as, ensureSeed, expectAppError, meetingInDays, newNota, notaBesloten, notaBijMinister, prisma, standardRoute, userId } from "@/tests/support/fixtures";

beforeAll(ensureSeed);
afterAll(() => prisma.$disconnect());

const vandaag = () => dagVan(new Date());

describe("opstellen", () => {
  it("creates a concept with a kenmerk of its year, version 1, and an audit event", async () => {
    const n = await newNota();
    expect(n.kenmerk).toMatch(KENMERK_PATROON);
    expect(n.kenmerk.startsWith(`BZK-${vandaag().slice(0, 4)}-`)).toBe(true);
    expect(n).toMatchObject({ status: "concept", versie: 1, van: { afkorting: "DB" } });
    expect(n.toegestaneActies).toEqual(expect.arrayContaining(["bewerken", "indienen", "intrekken"]));
    const events = await prisma.auditEvent.findMany({ where: { notaId: n.id } });
    expect(events.map((e) => e.actie)).toEqual(["nota.aangemaakt"]);
    expect(events[0]!.naarStatus).toBe("concept");
  });

  it("hands out distinct kenmerken to notas created at the same time", async () => {
    const all = await Promise.all(Array.from({ length: 6 }, () => newNota()));
    expect(new Set(all.map((n) => n.kenmerk)).size).toBe(6);
  });

  it("refuses bad input with Dutch field errors and writes nothing", async () => {
    const before = await prisma.nota.count();
    const e = await expectAppError(
      createNota(await as("opsteller"), { onderwerp: "", soort: "ter_overweging", aanId: "x", kern: "{{5.1.9: geheim}}" }),
      "VALIDATION_FAILED",
    );
    const paths = e.errors!.map((x) => x.path);
    expect(paths).toEqual(expect.arrayContaining(["onderwerp", "soort", "aanId", "kern"]));
    expect(e.errors!.find((x) => x.path === "kern")!.message).toContain('"5.1.9"');
    expect(await prisma.nota.count()).toBe(before);
  });

  it("addresses a nota only to a bewindspersoon", async () => {
    await expectAppError(newNota({ aanId: await userId("dg") }), "VALIDATION_FAILED", /bewindspersoon/);
  });

  it("refuses roles that may not draft", async () => {
    await expectAppError(createNota(await as("lezer"), {}), "FORBIDDEN");
    await expectAppError(createNota(await as("minister"), {}), "FORBIDDEN");
  });

  it("saves with the version the user saw, and refuses a stale one without changing anything", async () => {
    const n = await newNota();
    const v2 = await updateNota(await as("opsteller"), n.id, 1, { kern: "Nieuwe kern." });
    expect(v2.versie).toBe(2);
    expect(v2.kern).toBe("Nieuwe kern.");
    await expectAppError(updateNota(await as("opsteller"), n.id, 1, { kern: "Verloren update" }), "STALE_VERSION", /versie 1.*versie 2/);
    expect((await getNota(await actor("opsteller"), n.id)).kern).toBe("Nieuwe kern.");
    const events = await prisma.auditEvent.findMany({ where: { notaId: n.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.actie)).toEqual(["nota.aangemaakt", "nota.gewijzigd"]);
    expect((events[1]!.voor as { kern: string }).kern).toBe("Hierbij de kabinetsreactie.");
    expect((events[1]!.na as { kern: string }).kern).toBe("Nieuwe kern.");
  });

  it("lets exactly one of two simultaneous saves on the same version win", async () => {
    const n = await newNota();
    const results = await Promise.allSettled([
      updateNota(await as("opsteller"), n.id, 1, { kern: "A" }),
      updateNota(await as("opsteller"), n.id, 1, { kern: "B" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason.code).toBe("STALE_VERSION");
  });

  it("hides a concept from other directies (404) but shows it to the directie", async () => {
    const n = await newNota();
    await expectAppError(getNota(await actor("juridisch"), n.id), "NOT_FOUND");
    await expectAppError(getNota(await actor("minister"), n.id), "NOT_FOUND");
    await expectAppError(updateNota(await as("juridisch"), n.id, 1, { kern: "x" }), "NOT_FOUND");
    expect((await getNota(await actor("lezer"), n.id)).id).toBe(n.id);
    expect((await getNota(await actor("beheer"), n.id)).id).toBe(n.id);
    await expectAppError(getNota(await actor("opsteller"), "not-a-uuid"), "NOT_FOUND");
  });

  it("lets a lezer of the directie see but not edit the concept (403)", async () => {
    const n = await newNota();
    await expectAppError(updateNota(await as("lezer"), n.id, 1, { kern: "x" }), "FORBIDDEN");
  });
});

describe("paraafroute", () => {
  it("runs the route in order with a parallel medeparaaf, a retour and a second round", async () => {
    let n = await newNota();
    n = await submitNota(await as("opsteller"), n.id, n.versie, { paraafroute: await standardRoute() });
    expect(n.status).toBe("in_paraaf");
    expect(n.versie).toBe(2);
    expect(n.paraafrondes[0]!.stappen.map((s) => s.deadline)).toEqual(expect.arrayContaining([expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]));
    // a paraaf mail to the first step only
    const mails = await prisma.outbox.findMany({ where: { notaId: n.id } });
    expect(mails.map((m) => m.aan)).toEqual(["afdelingshoofd@beslisroute.test"]);
    expect(mails[0]!.onderwerp).toContain(n.kenmerk);

    // content is frozen while in paraaf
    await expectAppError(updateNota(await as("opsteller"), n.id, n.versie, { kern: "x" }), "INVALID_TRANSITION");
    // the directeur's turn has not come
    await expectAppError(recordParaaf(await as("directeur"), n.id, n.versie, { oordeel: "akkoord" }), "NOT_YOUR_TURN");
    n = await recordParaaf(await as("afdelingshoofd"), n.id, n.versie, { oordeel: "akkoord" });
    // now both parallel steps are open
    expect((await listTasks(await actor("juridisch"))).some((t) => t.nota.id === n.id && t.soort === "paraaf")).toBe(true);
    n = await recordParaaf(await as("directeur"), n.id, n.versie, { oordeel: "akkoord_met_opmerkingen", opmerking: "Let op de planning." });
    expect(n.status).toBe("in_paraaf");
    // a second paraaf by the same person is not their turn any more
    await expectAppError(recordParaaf(await as("directeur"), n.id, n.versie, { oordeel: "akkoord" }), "NOT_YOUR_TURN");
    await expectAppError(recordParaaf(await as("juridisch"), n.id, n.versie, { oordeel: "niet_akkoord" }), "VALIDATION_FAILED", /niet akkoord/);
    n = await recordParaaf(await as("juridisch"), n.id, n.versie, { oordeel: "niet_akkoord", opmerking: "Juridische grondslag ontbreekt." });
    expect(n.status).toBe("retour");
    expect(n.paraafrondes[0]!.afgerondOp).not.toBeNull();
    const retourMail = await prisma.outbox.findFirst({ where: { notaId: n.id, aan: "opsteller@beslisroute.test" } });
    expect(retourMail?.onderwerp).toMatch(/Retour/);

    // the opsteller edits and submits again: a new round on a new version
    n = await updateNota(await as("opsteller"), n.id, n.versie, { toelichting: "Met juridische grondslag." });
    n = await submitNota(await as("opsteller"), n.id, n.versie, { paraafroute: await standardRoute() });
    expect(n.paraafrondes).toHaveLength(2);
    expect(n.paraafrondes[1]!.versie).toBe(n.versie);
    for (const login of ["afdelingshoofd", "directeur", "juridisch", "dg"]) n = await recordParaaf(await as(login), n.id, n.versie, { oordeel: "akkoord" });
    expect(n.status).toBe("bij_bewindspersoon");

    const versies = await listVersions(await actor("opsteller"), n.id);
    expect(versies.map((v) => v.aanleiding)).toEqual(["Ingediend", "Opnieuw ingediend (ronde 2)"]);
    const diff = await diffVersions(await actor("dg"), n.id, String(versies[0]!.versie), String(versies[1]!.versie));
    expect(diff.secties.filter((s) => s.gewijzigd).map((s) => s.sectie)).toEqual(["toelichting"]);
  });

  it("refuses a route with people who are not parafeerders, or the opsteller", async () => {
    const n = await newNota();
    const e = await expectAppError(
      submitNota(await as("opsteller"), n.id, n.versie, {
        paraafroute: [
          { volgorde: 1, gebruikerId: await userId("lezer"), rol: "Afdelingshoofd" },
          { volgorde: 2, gebruikerId: await userId("opsteller"), rol: "Directeur" },
        ],
      }),
      "VALIDATION_FAILED",
    );
    expect(e.errors!.map((x) => x.path)).toEqual(expect.arrayContaining(["paraafroute.0.gebruikerId", "paraafroute.1.gebruikerId"]));
    expect((await getNota(await actor("opsteller"), n.id)).status).toBe("concept");
  });

  it("refuses to submit a nota ter beslissing without beslispunten", async () => {
    const n = await newNota({ beslispunten: [] });
    await expectAppError(submitNota(await as("opsteller"), n.id, n.versie, { paraafroute: await standardRoute() }), "VALIDATION_FAILED", /beslispunt/);
  });

  it("lets a vervanger paraferen namens the official, recorded as such", async () => {
    let n = await newNota();
    n = await submitNota(await as("opsteller"), n.id, n.versie, {
      paraafroute: [{ volgorde: 1, gebruikerId: await userId("afdelingshoofd"), rol: "Afdelingshoofd" }],
    });
    await expectAppError(recordParaaf(await as("dg"), n.id, n.versie, { oordeel: "akkoord" }), "NOT_YOUR_TURN");
    await setVervanging(await as("afdelingshoofd"), { vervangerId: await userId("dg"), van: vandaag(), tot: plusDagen(vandaag(), 5) });
    n = await recordParaaf(await as("dg"), n.id, n.versie, { oordeel: "akkoord" });
    expect(n.status).toBe("bij_bewindspersoon");
    const stap = n.paraafrondes[0]!.stappen[0]!;
    expect(stap.gebruiker?.naam).toBe("Pieter Jansen");
    expect(stap.uitgevoerdDoor?.naam).toBe("Hendrik Bakker");
    const event = await prisma.auditEvent.findFirst({ where: { notaId: n.id, actie: "nota.geparafeerd" } });
    expect(event?.actorId).toBe(await userId("dg"));
    expect(event?.namensId).toBe(await userId("afdelingshoofd"));
    // end the vervanging so other tests are not affected
    await prisma.vervanging.deleteMany({ where: { gebruikerId: await userId("afdelingshoofd") } });
  });
});

describe("bewindspersoon", () => {
  it("decides per beslispunt with an annotation; the secretariat can record it namens the minister", async () => {
    const n = await notaBijMinister();
    await expectAppError(recordDecision(await as("lezer"), n.id, n.versie, {}), "FORBIDDEN");
    await expectAppError(recordDecision(await as("minister"), n.id, n.versie, { beslispunten: [{ volgnummer: 1, oordeel: "akkoord" }] }), "VALIDATION_FAILED", /beslispunt 2/);
    const d = await recordDecision(await as("bestuursondersteuning"), n.id, n.versie, {
      beslispunten: [
        { volgnummer: 1, oordeel: "akkoord" },
        { volgnummer: 2, oordeel: "gewijzigd_akkoord", wijziging: "Na bespreking in de MR verzenden." },
      ],
      annotatie: "Graag de planning aanhouden.",
      uitkomst: "besloten",
    });
    expect(d.status).toBe("besloten");
    expect(d.beslispunten.map((b) => b.oordeel)).toEqual(["akkoord", "gewijzigd_akkoord"]);
    expect(d.annotaties[0]).toMatchObject({ tekst: "Graag de planning aanhouden.", openbaar: true, namensId: await userId("minister") });
    expect(d.besluit?.namensId).toBe(await userId("minister"));
    expect((await prisma.outbox.findMany({ where: { notaId: n.id, aan: "mr@beslisroute.test" } })).length).toBe(1);
  });

  it("sends a nota back with a remark", async () => {
    const n = await notaBijMinister();
    await expectAppError(returnNota(await as("minister"), n.id, n.versie, { opmerking: "" }), "VALIDATION_FAILED");
    const r = await returnNota(await as("minister"), n.id, n.versie, { opmerking: "Eerst afstemmen met EZK." });
    expect(r.status).toBe("retour");
  });

  it("ends a nota ter informatie as kennisgenomen", async () => {
    const n = await notaBijMinister({ soort: "ter_informatie", beslispunten: [], mrBehandeling: false, kamerbrief: false });
    const d = await recordDecision(await as("minister"), n.id, n.versie, { uitkomst: "besloten" });
    expect(d.status).toBe("kennisgenomen");
    await expectAppError(registerForMr(await as("mr"), d.id, d.versie, {}), "INVALID_TRANSITION");
  });
});

describe("ministerraad, Kamerbrief en verzending", () => {
  it("takes a decided nota through the MR, the Kamerbrief and the TK numbers", async () => {
    let n = await notaBesloten();
    const past = await prisma.mrVergadering.findFirstOrThrow({ where: { datum: { lt: new Date() } }, orderBy: { datum: "desc" } });
    await expectAppError(registerForMr(await as("pz"), n.id, n.versie, {}), "FORBIDDEN");
    const e = await expectAppError(registerForMr(await as("mr"), n.id, n.versie, { vergaderingId: past.id, rondgezondenOp: "2025-01-01" }), "VALIDATION_FAILED");
    expect(e.errors!.map((x) => x.path)).toContain("vergaderingId");

    const eerste = await meetingInDays(10);
    const laat = plusDagen(eerste.datum, -3);
    const late = await expectAppError(registerForMr(await as("mr"), n.id, n.versie, { vergaderingId: eerste.id, rondgezondenOp: laat }), "VALIDATION_FAILED");
    expect(late.errors!.map((x) => x.path)).toEqual(["motivering"]);
    n = await registerForMr(await as("mr"), n.id, n.versie, { vergaderingId: eerste.id, rondgezondenOp: laat, motivering: "Spoedeisend vanwege Kamerdebat." });
    expect(n.status).toBe("aangemeld_mr");
    expect(n.mr?.vergadering.datum).toBe(eerste.datum);
    // 7 days before the meeting, or the working day before that over a weekend or holiday (unit-tested with dates).
    expect(n.deadlines.rondzenddatum).toBe(uiterlijkeRondzenddatum(eerste.datum));
    expect((await listMeetings(await actor("lezer"), { van: eerste.datum, tot: eerste.datum }))[0]!.aantalNotas).toBeGreaterThanOrEqual(1);

    n = await recordMrOutcome(await as("mr"), n.id, n.versie, { uitkomst: "aangehouden" });
    expect(n.status).toBe("aangemeld_mr");
    expect(n.mrHistorie.map((h) => h.uitkomst)).toEqual(["aangehouden", null]);
    expect(n.mr!.vergadering.datum > eerste.datum).toBe(true);
    await expectAppError(recordMrOutcome(await as("mr"), n.id, n.versie, { uitkomst: "aanvaard_met_wijzigingen" }), "VALIDATION_FAILED", /wijzigingen/);
    n = await recordMrOutcome(await as("mr"), n.id, n.versie, { uitkomst: "akkoord" });
    expect(n.status).toBe("mr_besloten");

    // The Kamerbrief: first written, then sent by parlementaire zaken.
    await expectAppError(recordSending(await as("pz"), n.id, n.versie, { verzondenOp: vandaag() }), "INVALID_TRANSITION", /Kamerbrief/);
    await expectAppError(saveKamerbrief(await as("lezer"), n.id, n.versie, {}), "FORBIDDEN");
    n = await saveKamerbrief(await as("opsteller"), n.id, n.versie, {
      betreft: "Kabinetsreactie op het ROB-advies",
      tekst: "Hierbij bied ik u de kabinetsreactie aan.",
      ondertekenaarId: await userId("minister"),
    });
    expect(n.kamerbriefDocument).toMatchObject({ onsKenmerk: n.kenmerk, aanhef: "Geachte voorzitter," });
    await expectAppError(recordSending(await as("pz"), n.id, n.versie, { verzondenOp: plusDagen(vandaag(), 2) }), "VALIDATION_FAILED", /toekomst/);
    n = await recordSending(await as("pz"), n.id, n.versie, { verzondenOp: vandaag() });
    expect(n.status).toBe("verzonden");
    expect(n.kamerbriefDocument?.datum).toBe(vandaag());
    // sent: the letter is frozen, and withdrawal is no longer possible
    await expectAppError(saveKamerbrief(await as("pz"), n.id, n.versie, { betreft: "x", tekst: "y", ondertekenaarId: await userId("minister") }), "INVALID_TRANSITION");
    await expectAppError(withdrawNota(await as("opsteller"), n.id, n.versie, { reden: "te laat" }), "INVALID_TRANSITION");

    const bad = await expectAppError(recordTkNumbers(await as("pz"), n.id, n.versie, { tkDocumentnummer: "31349", ondernummer: 385 }), "VALIDATION_FAILED");
    expect(bad.errors!.map((x) => x.path)).toEqual(expect.arrayContaining(["tkDocumentnummer", "dossiernummer", "vergaderjaar"]));
    n = await recordTkNumbers(await as("pz"), n.id, n.versie, { tkDocumentnummer: "2025D31349", tkZaaknummer: "2025Z13826", dossiernummer: "29 362", ondernummer: 385, vergaderjaar: "2024-2025" });
    expect(n.verzending?.kamerstuk).toEqual({
      citaat: "Kamerstukken II 2024/25, 29 362, nr. 385",
      url: "https://zoek.officielebekendmakingen.nl/kst-29362-385.html",
    });

    const events = await listNotaEvents(await actor("lezer"), n.id);
    expect(events.map((e) => e.actie)).toEqual([
      "nota.aangemaakt",
      "nota.ingediend",
      "nota.geparafeerd",
      "nota.geparafeerd",
      "nota.geparafeerd",
      "nota.geparafeerd",
      "nota.besloten",
      "mr.aangemeld",
      "mr.uitkomst",
      "mr.uitkomst",
      "kamerbrief.opgeslagen",
      "kamerbrief.verzonden",
      "kamerbrief.tk_nummers",
    ]);
    for (const [i, e] of events.entries()) {
      expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
      if (i > 0) expect(e.seq).toBeGreaterThan(events[i - 1]!.seq);
    }
  });

  it("moves an item withdrawn from the MR back to besloten", async () => {
    let n = await notaBesloten();
    const v = await meetingInDays(12);
    n = await registerForMr(await as("mr"), n.id, n.versie, { vergaderingId: v.id, rondgezondenOp: plusDagen(v.datum, -8) });
    n = await recordMrOutcome(await as("mr"), n.id, n.versie, { uitkomst: "teruggetrokken", toelichting: "Door de minister teruggetrokken." });
    expect(n.status).toBe("besloten");
  });

  it("adds extra meetings only for the MR coördinator and beheer, never in the past or twice", async () => {
    const datum = plusDagen(vandaag(), 40);
    await expectAppError(addMeeting(await as("opsteller"), { datum, soort: "extra" }), "FORBIDDEN");
    await expectAppError(addMeeting(await as("mr"), { datum: "2020-01-03", soort: "extra" }), "VALIDATION_FAILED");
    await prisma.mrVergadering.deleteMany({ where: { datum: new Date(`${datum}T00:00:00Z`), agendapunten: { none: {} } } });
    const v = await addMeeting(await as("mr"), { datum, soort: "extra" });
    expect(v).toMatchObject({ datum, soort: "extra", aantalNotas: 0 });
    await expectAppError(addMeeting(await as("beheer"), { datum, soort: "extra" }), "CONFLICT");
  });
});

describe("intrekken", () => {
  it("lets the opsteller withdraw with a reason, but not a colleague", async () => {
    const n = await notaBijMinister();
    await expectAppError(withdrawNota(await as("lezer"), n.id, n.versie, { reden: "x" }), "FORBIDDEN");
    await expectAppError(withdrawNota(await as("opsteller"), n.id, n.versie, {}), "VALIDATION_FAILED");
    const w = await withdrawNota(await as("opsteller"), n.id, n.versie, { reden: "Beleid gewijzigd." });
    expect(w).toMatchObject({ status: "ingetrokken", intrekReden: "Beleid gewijzigd." });
  });
});

describe("lists and tasks", () => {
  it("finds notas by Dutch full-text search and hides rubricated ones from outsiders", async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const open = await notaBijMinister({ onderwerp: `Uitvoering woningbouw in gemeenten ${tag}` });
    const geheim = await notaBijMinister({ onderwerp: `Uitvoering staatsveiligheid in gemeenten ${tag}`, rubricering: "Departementaal vertrouwelijk" });
    const zoek = async (login: string, q: string) => (await listNotas(await actor(login), { q })).items.map((i) => i.id);
    // Dutch stemming: "gemeente" finds "gemeenten", "uitvoeringen" finds "Uitvoering".
    expect(await zoek("lezer", `gemeente ${tag}`)).toEqual([open.id]);
    expect(await zoek("lezer", `uitvoeringen ${tag}`)).toEqual([open.id]);
    expect((await zoek("dg", `gemeente ${tag}`)).sort()).toEqual([open.id, geheim.id].sort());
    expect(await zoek("mr", `staatsveiligheid ${tag}`)).toEqual([geheim.id]);
    expect(await zoek("lezer", open.kenmerk)).toEqual([open.id]);
    await expectAppError(getNota(await actor("lezer"), geheim.id), "NOT_FOUND");
    expect((await getNota(await actor("minister"), geheim.id)).rubricering).toBe("Departementaal vertrouwelijk");
  });

  it("pages with a cursor without repeating or skipping", async () => {
    const a = await actor("beheer");
    const first = await listNotas(a, { limit: "3" });
    expect(first.items).toHaveLength(3);
    expect(first.volgende).not.toBeNull();
    const second = await listNotas(a, { limit: "3", cursor: first.volgende! });
    expect(second.items.map((i) => i.id)).not.toEqual(expect.arrayContaining([first.items[0]!.id]));
    const all = await listNotas(a, { limit: "6" });
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(all.items.map((i) => i.id));
    await expectAppError(listNotas(a, { status: "onzin" }), "VALIDATION_FAILED");
  });

  it("gives each role the work that waits on it", async () => {
    const n = await notaBijMinister();
    const minister = await listTasks(await actor("minister"));
    expect(minister.find((t) => t.nota.id === n.id)?.soort).toBe("besluit");
    const bureau = await listTasks(await actor("bestuursondersteuning"));
    expect(bureau.find((t) => t.nota.id === n.id)?.namens).toBe("Marieke van den Berg");
    expect((await listTasks(await actor("lezer"))).length).toBe(0);
    const d = await recordDecision(await as("minister"), n.id, n.versie, { beslispunten: n.beslispunten.map((b) => ({ volgnummer: b.volgnummer, oordeel: "akkoord" })) });
    expect((await listTasks(await actor("mr"))).find((t) => t.nota.id === d.id)?.soort).toBe("mr_aanmelden");
    expect((await listTasks(await actor("minister"))).find((t) => t.nota.id === n.id)).toBeUndefined();
  });
});
