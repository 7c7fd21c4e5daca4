// Other people's personal data on the woo_coordinator's review screen (issue 16, point 2): the
// candidates are listed per place, publication is refused while one is open (fail closed), and
// confirming or dismissing each closes it — through the use cases and the REST door.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getOpenbareVersieVergelijking } from "@/lib/server/publicatie/openbare-versie";
import { beoordeelKandidaten, listKandidaten } from "@/lib/server/publicatie/kandidaten";
import { publishNota } from "@/lib/server/publicatie/publish-nota";
import { exportOpenbareVersiePdf } from "@/lib/server/exports/openbare-versie";
import { POST as kandidatenRoute } from "@/app/api/v1/notas/[id]/kandidaten/route";
import { createToken } from "@/lib/server/tokens/create-token";
import { as, ensureSeed, expectAppError, notaVerzonden, prisma } from "@/tests/support/fixtures";
import { pdfText } from "@/tests/support/read-back";

const DERDEN = {
  aanleiding: "Naar aanleiding van de brief van mevrouw Pietersen uit Zwolle.",
  toelichting: "- Gesproken met J.P. de Groot (gemeente Zwolle)\n- Het BSN van de aanvrager is 111222333\n- Uitbetaling op NL91 ABNA 0417 1643 00\n- De Bakker-regeling blijft gelden",
  kern: "De kabinetsreactie, met dank aan prof. dr. A. Yildiz van de Universiteit Leiden.",
};

beforeAll(async () => {
  await ensureSeed();
}, 60_000);
afterAll(() => prisma.$disconnect());

describe("candidates on the review screen", () => {
  it("lists every candidate with its kind and place, and nothing that is not one", async () => {
    const n = await notaVerzonden(DERDEN);
    const v = await getOpenbareVersieVergelijking((await as("woo")).actor, n.id);
    expect(v.kandidaten).toEqual([
      { tekst: "mevrouw Pietersen", soort: "naam", waar: "Aanleiding" },
      { tekst: "prof. dr. A. Yildiz", soort: "naam", waar: "Kern" },
      { tekst: "J.P. de Groot", soort: "naam", waar: "Toelichting" },
      { tekst: "111222333", soort: "bsn", waar: "Toelichting" },
      { tekst: "NL91 ABNA 0417 1643 00", soort: "iban", waar: "Toelichting" },
    ]);
  });

  it("does not take the organisation's own unit names for people, even where they read like a name", async () => {
    // "Democratische Rechtsstaat" alone reads as a first and last name (tests/unit/woo-kandidaten-organisatie.test.ts).
    const n = await notaVerzonden({ aanleiding: "Afgestemd met DG Openbaar Bestuur en Democratische Rechtsstaat en met mevrouw Pietersen." });
    const v = await getOpenbareVersieVergelijking((await as("woo")).actor, n.id);
    expect(v.kandidaten).toEqual([{ tekst: "mevrouw Pietersen", soort: "naam", waar: "Aanleiding" }]);
  });

  it("refuses publication while a candidate is open, naming how many and where; publishes once each is judged", async () => {
    const n = await notaVerzonden(DERDEN);
    await expectAppError(
      publishNota(await as("woo"), n.id, n.versie),
      "CONFLICT",
      /^5 mogelijke persoonsgegevens van anderen zijn nog niet beoordeeld: Aanleiding \(1\), Kern \(1\), Toelichting \(3\)\./,
    );
    // Every file that leaves the building is refused the same way.
    await expectAppError(exportOpenbareVersiePdf(await as("woo"), n.id), "CONFLICT", /nog niet beoordeeld/);
    expect((await prisma.nota.findUniqueOrThrow({ where: { id: n.id } })).status).toBe("verzonden");

    // Judge three; two stay open.
    const r = await beoordeelKandidaten(await as("woo"), n.id, n.versie, {
      besluiten: [
        { tekst: "mevrouw Pietersen", besluit: "weglakken:5.1.2e" },
        { tekst: "111222333", besluit: "weglakken:5.1.1e" },
        { tekst: "prof. dr. A. Yildiz", besluit: "behouden:reeds_openbaar" },
        { tekst: "J.P. de Groot", besluit: "" },
      ],
    });
    expect(r).toMatchObject({ versie: n.versie + 1, weggelakt: 2, behouden: 1 });
    expect(r.open.map((k) => k.tekst)).toEqual(["J.P. de Groot", "NL91 ABNA 0417 1643 00"]);
    await expectAppError(publishNota(await as("woo"), n.id, r.versie), "CONFLICT", /^2 mogelijke persoonsgegevens van anderen zijn nog niet beoordeeld: Toelichting \(2\)\./);

    const r2 = await beoordeelKandidaten(await as("woo"), n.id, r.versie, {
      besluiten: [
        { tekst: "J.P. de Groot", besluit: "weglakken:5.1.2e" },
        { tekst: "NL91 ABNA 0417 1643 00", besluit: "weglakken:5.1.2e" },
      ],
    });
    expect(r2.open).toEqual([]);
    const p = await publishNota(await as("woo"), n.id, r2.versie);
    expect(p.status).toBe("gepubliceerd");
    const tekst = pdfText(new Uint8Array((await prisma.publicatie.findUniqueOrThrow({ where: { notaId: n.id } })).inhoud)).replace(/\s+/g, " ");
    for (const weg of ["Pietersen", "111222333", "J.P. de Groot", "NL91", "0417 1643"]) expect(tekst).not.toContain(weg);
    expect(tekst).toContain("prof. dr. A. Yildiz");
    expect(tekst).toContain("De Bakker-regeling blijft gelden");
    expect(tekst).toContain("[5.1.1e]");

    const events = await prisma.auditEvent.findMany({ where: { notaId: n.id, actie: "kandidaten.beoordeeld" }, orderBy: { seq: "asc" } });
    expect(events).toHaveLength(2);
    expect(events[0]!.na).toMatchObject({ besluiten: expect.arrayContaining([{ tekst: "prof. dr. A. Yildiz", waar: "Kern", besluit: "behouden", reden: "reeds_openbaar" }]) });
    expect((await listKandidaten((await as("lezer")).actor, n.id).catch(() => null))?.open ?? []).toEqual([]);
  });

  it("refuses a text that is no open candidate, a bad decision, the wrong role and a stale version", async () => {
    const n = await notaVerzonden(DERDEN);
    await expectAppError(beoordeelKandidaten(await as("woo"), n.id, n.versie, { besluiten: [{ tekst: "Zomaar iets", besluit: "weglakken:5.1.2e" }] }), "VALIDATION_FAILED", /open kandidaat/);
    await expectAppError(beoordeelKandidaten(await as("woo"), n.id, n.versie, { besluiten: [{ tekst: "mevrouw Pietersen", besluit: "wissen" }] }), "VALIDATION_FAILED");
    await expectAppError(beoordeelKandidaten(await as("woo"), n.id, n.versie, { besluiten: [{ tekst: "mevrouw Pietersen", besluit: "" }] }), "VALIDATION_FAILED", /ten minste één/);
    await expectAppError(beoordeelKandidaten(await as("opsteller"), n.id, n.versie, { besluiten: [{ tekst: "mevrouw Pietersen", besluit: "weglakken:5.1.2e" }] }), "FORBIDDEN");
    await expectAppError(beoordeelKandidaten(await as("woo"), n.id, n.versie - 1, { besluiten: [{ tekst: "mevrouw Pietersen", besluit: "weglakken:5.1.2e" }] }), "STALE_VERSION");
  });

  it("answers the REST door with problem+json for a bad body and 200 with the new ETag", async () => {
    const n = await notaVerzonden(DERDEN);
    const { token } = await createToken(await as("woo"), { naam: "Kandidaten", scope: "schrijven" });
    const post = (body: unknown, versie = n.versie) =>
      kandidatenRoute(
        new Request(`http://localhost/api/v1/notas/${n.id}/kandidaten`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "if-match": `"${versie}"` }, body: JSON.stringify(body) }),
        { params: Promise.resolve({ id: n.id }) },
      );
    const slecht = await post({ besluiten: "alles" });
    expect(slecht.status).toBe(400);
    expect(slecht.headers.get("content-type")).toContain("application/problem+json");
    const goed = await post({ besluiten: [{ tekst: "mevrouw Pietersen", besluit: "behouden:publieke_functie" }] });
    expect(goed.status).toBe(200);
    expect(goed.headers.get("etag")).toBe(`"${n.versie + 1}"`);
  });

  it("withholds a new official's name at once, also where the same public version was made before (the kept copy is not reused)", async () => {
    const n = await notaVerzonden({ aanleiding: "Gesproken met Quirijn Zwaneveld over de aanpak." });
    const woo = await as("woo");
    for (let i = 0; i < 2; i++) {
      // Twice: the second comes from the copy this process keeps, and must be the same.
      expect((await getOpenbareVersieVergelijking(woo.actor, n.id)).kandidaten).toEqual([{ tekst: "Quirijn Zwaneveld", soort: "naam", waar: "Aanleiding" }]);
    }
    await expectAppError(exportOpenbareVersiePdf(woo, n.id), "CONFLICT", /nog niet beoordeeld/);
    const opstellerId = (await prisma.nota.findUniqueOrThrow({ where: { id: n.id } })).opstellerId;
    const eenheid = (await prisma.gebruiker.findUniqueOrThrow({ where: { id: opstellerId } })).organisatieonderdeelId;
    await prisma.gebruiker.create({ data: { email: `q.zwaneveld.${n.id.slice(0, 8)}@beslisroute.test`, naam: "Quirijn Zwaneveld", wachtwoordHash: "niet-in-gebruik", organisatieonderdeelId: eenheid, rollen: ["opsteller"] } });
    expect((await getOpenbareVersieVergelijking(woo.actor, n.id)).kandidaten).toEqual([]);
    const tekst = await pdfText((await exportOpenbareVersiePdf(woo, n.id)).bytes);
    expect(tekst).toContain("Gesproken met");
    expect(tekst).not.toContain("Zwaneveld");
  });
});
