// "Mijn gegevens": an official names their own vervanger with dates and ends it, and chooses their
// e-mail notifications; every change is on the audit trail, and the preferences are honoured.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dagVan, plusDagen } from "@/lib/domain/datum";
import { setVervanging } from "@/lib/server/gebruikers/set-vervanging";
import { getMeldingvoorkeuren, mijnVervangingen } from "@/lib/server/gebruikers/mijn-gegevens";
import { setMeldingvoorkeuren } from "@/lib/server/gebruikers/set-meldingvoorkeuren";
import { endVervanging } from "@/lib/server/gebruikers/end-vervanging";
import { submitNota } from "@/lib/server/notas/submit-nota";
import { as, actor, ensureSeed, expectAppError, newNota, prisma, userId } from "@/tests/support/fixtures";

const vandaag = () => dagVan(new Date());

beforeAll(() => ensureSeed(), 120_000);
afterAll(() => prisma.$disconnect());

describe("my own vervanger", () => {
  it("is named by the official themself, listed for both, mailed to the vervanger, audited, and ended", async () => {
    const van = plusDagen(vandaag(), 3);
    const tot = plusDagen(vandaag(), 12);
    const v = await setVervanging(await as("directeur"), { vervangerId: await userId("afdelingshoofd"), van, tot });
    // Other test files share the database and may have named vervangers too: look at this one.
    const deze = <T extends { id: string }>(rijen: T[]) => rijen.filter((r) => r.id === v.id);
    const mijn = await mijnVervangingen(await actor("directeur"));
    expect(deze(mijn.mijnVervangers)).toEqual([{ id: v.id, van, tot, naam: "Pieter Jansen" }]);
    expect(deze((await mijnVervangingen(await actor("afdelingshoofd"))).ikVervang)).toEqual([{ id: v.id, van, tot, naam: "Fatima el Amrani" }]);
    const mail = await prisma.outbox.findFirst({ where: { aan: "afdelingshoofd@beslisroute.test", onderwerp: "[Beslisroute] U vervangt Fatima el Amrani" }, orderBy: { aangemaaktOp: "desc" } });
    expect(mail?.tekst).toContain("U bent vervanger van Fatima el Amrani van");
    const e = await prisma.auditEvent.findFirst({ where: { actie: "vervanging.ingesteld" }, orderBy: { seq: "desc" } });
    expect(e?.na).toMatchObject({ id: v.id, gebruikerId: await userId("directeur"), vervangerId: await userId("afdelingshoofd"), van, tot });

    // Someone else's vervanging is not found for them; the official ends their own.
    await expectAppError(endVervanging(await as("lezer"), v.id), "NOT_FOUND");
    await endVervanging(await as("directeur"), v.id);
    expect(deze((await mijnVervangingen(await actor("directeur"))).mijnVervangers)).toEqual([]);
    expect((await prisma.auditEvent.findFirst({ where: { actie: "vervanging.beeindigd" }, orderBy: { seq: "desc" } }))?.voor).toMatchObject({ id: v.id, van, tot });
  });

  it("refuses oneself, a period already over, an end before the start, and naming one for someone else", async () => {
    const c = await as("directeur");
    await expectAppError(setVervanging(c, { vervangerId: await userId("directeur"), van: vandaag(), tot: vandaag() }), "VALIDATION_FAILED", /uzelf/);
    await expectAppError(setVervanging(c, { vervangerId: await userId("dg"), van: "2020-01-01", tot: "2020-01-05" }), "VALIDATION_FAILED", /voorbij/);
    await expectAppError(setVervanging(c, { vervangerId: await userId("dg"), van: plusDagen(vandaag(), 5), tot: plusDagen(vandaag(), 2) }), "VALIDATION_FAILED");
    await expectAppError(setVervanging(c, { vervangerId: await userId("dg"), van: vandaag(), tot: vandaag() }, await userId("lezer")), "FORBIDDEN");
  });
});

describe("notification preferences", () => {
  it("are the official's own, audited, and honoured: no task mail, no vervanger mail when switched off", async () => {
    expect(await getMeldingvoorkeuren(await actor("afdelingshoofd"))).toEqual({ mailBijTaak: true, mailBijVervanging: true });
    await expectAppError(setMeldingvoorkeuren(await as("afdelingshoofd"), { mailBijTaak: "nee" }), "VALIDATION_FAILED");
    await setMeldingvoorkeuren(await as("afdelingshoofd"), { mailBijTaak: false, mailBijVervanging: false });
    try {
      expect((await prisma.auditEvent.findFirst({ where: { actie: "gebruiker.meldingvoorkeuren" }, orderBy: { seq: "desc" } }))?.na).toEqual({ mailBijTaak: false, mailBijVervanging: false });
      // A nota submitted with the afdelingshoofd first: the task mail goes to nobody who switched it off.
      let n = await newNota();
      n = await submitNota(await as("opsteller"), n.id, n.versie, { paraafroute: [{ volgorde: 1, gebruikerId: await userId("afdelingshoofd"), rol: "Afdelingshoofd" }, { volgorde: 2, gebruikerId: await userId("directeur"), rol: "Directeur" }] });
      expect(await prisma.outbox.count({ where: { notaId: n.id, aan: "afdelingshoofd@beslisroute.test" } })).toBe(0);
      const v = await setVervanging(await as("dg"), { vervangerId: await userId("afdelingshoofd"), van: vandaag(), tot: vandaag() });
      expect(await prisma.outbox.count({ where: { aan: "afdelingshoofd@beslisroute.test", onderwerp: "[Beslisroute] U vervangt Hendrik Bakker" } })).toBe(0);
      await endVervanging(await as("dg"), v.id);
    } finally {
      await setMeldingvoorkeuren(await as("afdelingshoofd"), { mailBijTaak: true, mailBijVervanging: true });
    }
    // With the mails on again, the next task mail arrives.
    let m = await newNota();
    m = await submitNota(await as("opsteller"), m.id, m.versie, { paraafroute: [{ volgorde: 1, gebruikerId: await userId("afdelingshoofd"), rol: "Afdelingshoofd" }] });
    expect(await prisma.outbox.count({ where: { notaId: m.id, aan: "afdelingshoofd@beslisroute.test" } })).toBe(1);
  });
});
