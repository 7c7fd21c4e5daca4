import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoNotas, ROB_KENMERK } from "@/prisma/demo/seed-notas";
import { getNota } from "@/lib/server/notas/queries";
import { listNotaEvents } from "@/lib/server/audit/list-events";
import { listTasks } from "@/lib/server/taken/list-tasks";
import { verifyAuditChain } from "@/lib/server/audit/verify-chain";
import { actor, ensureSeed, prisma } from "@/tests/support/fixtures";
import { NOTA_STATUSSEN } from "@/lib/domain/nota-status";

beforeAll(ensureSeed);
afterAll(() => prisma.$disconnect());

describe("the demo notas", () => {
  let robId: string;

  beforeAll(async () => {
    const n = await seedDemoNotas(prisma);
    expect(n).toBeGreaterThan(10);
    robId = (await prisma.nota.findUniqueOrThrow({ where: { kenmerk: ROB_KENMERK } })).id;
  });

  it("seeds nothing twice", async () => {
    const before = await prisma.nota.count();
    expect(await seedDemoNotas(prisma)).toBe(0);
    expect(await prisma.nota.count()).toBe(before);
  });

  it("carries the ROB nota's real chain: MR 30 June 2025, sent 1 July 2025, Kamerstuk 29 362 nr. 385", async () => {
    const rob = await getNota(await actor("lezer"), robId);
    expect(rob).toMatchObject({ status: "verzonden", mrBehandeling: true, deadlineReden: "MR 30 juni" });
    expect(rob.beslispunten.map((b) => [b.tekst, b.oordeel])).toEqual([
      ["Kennisnemen van onderstaande toelichting.", "akkoord"],
      ["Instemmen met verzending van kabinetsreactie aan TK.", "akkoord"],
    ]);
    expect(rob.mr).toMatchObject({ vergadering: { datum: "2025-06-30", soort: "extra" }, rondgezondenOp: "2025-06-23", uitkomst: "akkoord" });
    expect(rob.verzending).toMatchObject({
      verzondenOp: "2025-07-01",
      tkDocumentnummer: "2025D31349",
      tkZaaknummer: "2025Z13826",
      kamerstuk: { citaat: "Kamerstukken II 2024/25, 29 362, nr. 385", url: "https://zoek.officielebekendmakingen.nl/kst-29362-385.html" },
    });
    expect(rob.kamerbriefDocument?.datum).toBe("2025-07-01");
    expect(rob.toelichting).not.toMatch(/^e /m); // scanning noise cleaned
    const events = await listNotaEvents(await actor("lezer"), robId);
    expect(events.map((e) => e.tijdstip.slice(0, 10))).toEqual([
      "2025-06-02", "2025-06-10", "2025-06-11", "2025-06-12", "2025-06-13", "2025-06-18", "2025-06-19", "2025-06-30", "2025-06-30", "2025-07-01", "2025-07-08",
    ]);
    // Replayed through the real use cases: their events, versions and rows, at the historical dates.
    expect(events.map((e) => e.actie)).toEqual([
      "nota.aangemaakt", "nota.ingediend", "nota.geparafeerd", "nota.geparafeerd", "nota.geparafeerd", "nota.besloten",
      "mr.aangemeld", "mr.uitkomst", "kamerbrief.opgeslagen", "kamerbrief.verzonden", "kamerbrief.tk_nummers",
    ]);
    expect(events[3]!.na).toMatchObject({ stap: { rol: "Directeur" }, oordeel: "akkoord_met_opmerkingen", opmerking: "Akkoord; let op de afstemming met AZ over de aanbieding." });
    expect(rob.versie).toBe(11);
    expect(rob.paraafrondes[0]!.stappen.map((s) => [s.rol, s.geparafeerdOp])).toEqual([
      ["Afdelingshoofd", "2025-06-11T09:05:00.000Z"],
      ["Directeur", "2025-06-12T13:20:00.000Z"],
      ["DG", "2025-06-13T14:40:00.000Z"],
    ]);
    expect(rob.gewijzigdOp).toBe("2025-07-08T09:00:00.000Z");
    const versies = await prisma.notaVersie.findMany({ where: { notaId: robId }, orderBy: { versie: "asc" } });
    expect(versies.map((v) => [v.versie, v.aanleiding, v.aangemaaktOp.toISOString()])).toEqual([
      [2, "Ingediend", "2025-06-10T08:00:00.000Z"],
      [6, "Besluit bewindspersoon", "2025-06-18T15:30:00.000Z"],
    ]);
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  it("puts notas in every state, so every role has work waiting", async () => {
    const statussen = new Set((await prisma.nota.findMany({ select: { status: true } })).map((n) => n.status));
    for (const s of NOTA_STATUSSEN.filter((x) => x !== "gepubliceerd")) expect(statussen, s).toContain(s);
    for (const login of ["opsteller", "afdelingshoofd", "directeur", "juridisch", "dg", "minister", "bestuursondersteuning", "mr", "pz", "woo"]) {
      expect((await listTasks(await actor(login))).length, login).toBeGreaterThan(0);
    }
  });
});
