// A clock passed in: a use case acts at the caller's time, so a test sets "today" instead of
// depending on the calendar, and the demo seed replays history at its own dates.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vasteKlok } from "@/lib/domain/klok";
import { createNota } from "@/lib/server/notas/create-nota";
import { submitNota } from "@/lib/server/notas/submit-nota";
import { listNotaEvents } from "@/lib/server/audit/list-events";
import { as, actor, ensureSeed, expectAppError, newNota, prisma, standardRoute, userId } from "@/tests/support/fixtures";
import { recordSending } from "@/lib/server/kamerbrief/record-sending";

beforeAll(ensureSeed);
afterAll(() => prisma.$disconnect());

describe("a use case acts at its caller's time", () => {
  it("dates the nota, its kenmerk's year, its round and its audit events by the clock", async () => {
    const opsteller = { ...(await as("opsteller")), klok: vasteKlok("2031-03-14T09:30:00+01:00") };
    const n = await createNota(opsteller, {
      onderwerp: "Nota uit de toekomst",
      soort: "ter_beslissing",
      aanId: await userId("minister"),
      mrBehandeling: false,
      kamerbrief: false,
      aanleiding: "Aanleiding.",
      kern: "Kern.",
      toelichting: "Toelichting.",
      nietOpenbaar: "NVT",
      motivering: "Motivering.",
      beslispunten: [{ tekst: "Instemmen." }],
      bijlagen: [],
    });
    expect(n.kenmerk).toMatch(/^[A-Z]+-2031-\d{6}$/);
    expect(n.aangemaaktOp).toBe("2031-03-14T08:30:00.000Z");
    const later = { ...opsteller, klok: vasteKlok("2031-03-16T14:00:00+01:00") };
    const x = await submitNota(later, n.id, n.versie, { paraafroute: await standardRoute() });
    expect(x.paraafrondes[0]!.gestartOp).toBe("2031-03-16T13:00:00.000Z");
    expect(x.gewijzigdOp).toBe("2031-03-16T13:00:00.000Z");
    const events = await listNotaEvents(await actor("lezer"), n.id);
    expect(events.map((e) => [e.actie, e.tijdstip])).toEqual([
      ["nota.aangemaakt", "2031-03-14T08:30:00.000Z"],
      ["nota.ingediend", "2031-03-16T13:00:00.000Z"],
    ]);
    const versie = await prisma.notaVersie.findFirstOrThrow({ where: { notaId: n.id, versie: x.versie } });
    expect(versie.aangemaaktOp.toISOString()).toBe("2031-03-16T13:00:00.000Z");
  });

  it("judges 'in the future' against the clock's today, not the calendar's", async () => {
    // A letter sent "on 2 July 2025" is in the future for a clock that reads 1 July 2025.
    const m = await newNota({ mrBehandeling: false });
    const pz = { ...(await as("pz")), klok: vasteKlok("2025-07-01T12:00:00+02:00") };
    const klaar = await (async () => {
      const { saveKamerbrief } = await import("@/lib/server/kamerbrief/save-kamerbrief");
      const { recordParaaf } = await import("@/lib/server/notas/record-paraaf");
      const { recordDecision } = await import("@/lib/server/notas/record-decision");
      let x = await submitNota(await as("opsteller"), m.id, m.versie, { paraafroute: await standardRoute() });
      for (const login of ["afdelingshoofd", "directeur", "juridisch", "dg"]) x = await recordParaaf(await as(login), x.id, x.versie, { oordeel: "akkoord" });
      x = await recordDecision(await as("minister"), x.id, x.versie, { uitkomst: "besloten", beslispunten: x.beslispunten.map((b) => ({ volgnummer: b.volgnummer, oordeel: "akkoord" })) });
      return saveKamerbrief(await as("opsteller"), x.id, x.versie, { betreft: "Brief", tekst: "Tekst." });
    })();
    await expectAppError(recordSending(pz, klaar.id, klaar.versie, { verzondenOp: "2025-07-02" }), "VALIDATION_FAILED", /toekomst/);
    const verzonden = await recordSending(pz, klaar.id, klaar.versie, { verzondenOp: "2025-07-01" });
    expect(verzonden.verzending?.verzondenOp).toBe("2025-07-01");
  });
});
