// The table test through the real use cases: every demo official × every workflow action × a nota
// in each state. What the use case answers must be what the domain's rules predict: 404 when the
// nota is invisible, 403 for a role without the permission, 409 for a refused transition or not
// your turn, otherwise 400 for the empty body — and nothing may change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { assertTransition, TransitionError, type NotaActie, type Uitkomst } from "@/lib/domain/nota-status";
import { can, canSee, hasPermission, type Permission } from "@/lib/domain/permissions";
import { submitNota } from "@/lib/server/notas/submit-nota";
import { recordParaaf } from "@/lib/server/notas/record-paraaf";
import { recordDecision } from "@/lib/server/notas/record-decision";
import { returnNota } from "@/lib/server/notas/return-nota";
import { withdrawNota } from "@/lib/server/notas/withdraw-nota";
import { updateNota } from "@/lib/server/notas/update-nota";
import { registerForMr } from "@/lib/server/ministerraad/register-for-mr";
import { recordMrOutcome } from "@/lib/server/ministerraad/record-mr-outcome";
import { recordSending } from "@/lib/server/kamerbrief/record-sending";
import { saveKamerbrief } from "@/lib/server/kamerbrief/save-kamerbrief";
import { notaInclude, toegangVan } from "@/lib/server/notas/nota-record";
import { DEMO_ACCOUNTS } from "@/prisma/seed";
import { as, ensureSeed, meetingInDays, newNota, notaBesloten, prisma, standardRoute, userId } from "@/tests/support/fixtures";
import { plusDagen } from "@/lib/domain/datum";

beforeAll(ensureSeed);
afterAll(() => prisma.$disconnect());

type Caller = Awaited<ReturnType<typeof as>>;
type Call = (c: Caller, id: string, versie: number) => Promise<unknown>;

const ACTIES: { naam: string; permission: Permission; actie?: NotaActie; uitkomst?: Uitkomst; call: Call; staten?: string[] }[] = [
  { naam: "bewerken", permission: "nota.bewerken", staten: ["concept", "retour"], call: (c, id, v) => updateNota(c, id, v, { onderwerp: "" }) },
  { naam: "indienen", permission: "nota.indienen", actie: "indienen", uitkomst: { actie: "indienen" }, call: (c, id, v) => submitNota(c, id, v, {}) },
  { naam: "paraferen", permission: "nota.paraferen", actie: "paraferen", uitkomst: { actie: "paraferen", oordeel: "akkoord", laatsteStap: false }, call: (c, id, v) => recordParaaf(c, id, v, {}) },
  { naam: "beslissen", permission: "nota.beslissen", actie: "beslissen", uitkomst: { actie: "beslissen", uitkomst: "besloten", terInformatie: false }, call: (c, id, v) => recordDecision(c, id, v, {}) },
  { naam: "terugsturen", permission: "nota.terugsturen", actie: "terugsturen", uitkomst: { actie: "terugsturen" }, call: (c, id, v) => returnNota(c, id, v, {}) },
  { naam: "mr_aanmelden", permission: "nota.mr_aanmelden", actie: "mr_aanmelden", uitkomst: { actie: "mr_aanmelden" }, call: (c, id, v) => registerForMr(c, id, v, {}) },
  { naam: "mr_uitkomst", permission: "nota.mr_uitkomst", actie: "mr_uitkomst", uitkomst: { actie: "mr_uitkomst", uitkomst: "akkoord" }, call: (c, id, v) => recordMrOutcome(c, id, v, {}) },
  { naam: "verzenden", permission: "nota.verzenden", actie: "verzenden", uitkomst: { actie: "verzenden" }, call: (c, id, v) => recordSending(c, id, v, {}) },
  { naam: "intrekken", permission: "nota.intrekken", actie: "intrekken", uitkomst: { actie: "intrekken" }, call: (c, id, v) => withdrawNota(c, id, v, {}) },
];

const notas: Record<string, string> = {};

beforeAll(async () => {
  notas.concept = (await newNota()).id;
  const ip = await newNota();
  notas.in_paraaf = (await submitNota(await as("opsteller"), ip.id, ip.versie, { paraafroute: await standardRoute() })).id;
  const bb = await newNota();
  let x = await submitNota(await as("opsteller"), bb.id, bb.versie, { paraafroute: [{ volgorde: 1, gebruikerId: await userId("dg"), rol: "DG" }] });
  notas.bij_bewindspersoon = (await recordParaaf(await as("dg"), x.id, x.versie, { oordeel: "akkoord" })).id;
  notas.besloten = (await notaBesloten()).id;
  const v = await meetingInDays(15);
  x = await notaBesloten();
  notas.aangemeld_mr = (await registerForMr(await as("mr"), x.id, x.versie, { vergaderingId: v.id, rondgezondenOp: plusDagen(v.datum, -8) })).id;
  x = await notaBesloten();
  x = await registerForMr(await as("mr"), x.id, x.versie, { vergaderingId: v.id, rondgezondenOp: plusDagen(v.datum, -8) });
  x = await recordMrOutcome(await as("mr"), x.id, x.versie, { uitkomst: "akkoord" });
  notas.mr_besloten = (await saveKamerbrief(await as("opsteller"), x.id, x.versie, { betreft: "Brief", tekst: "Tekst.", ondertekenaarId: await userId("minister") })).id;
}, 120_000);

async function expected(login: string, notaId: string, a: (typeof ACTIES)[number]): Promise<string> {
  const c = await as(login);
  const nota = await prisma.nota.findUniqueOrThrow({ where: { id: notaId }, include: notaInclude });
  const toegang = toegangVan(nota);
  if (!canSee(c.actor, toegang)) return "NOT_FOUND";
  if (!hasPermission(c.actor, a.permission)) return "FORBIDDEN";
  if (a.uitkomst) {
    try {
      assertTransition(nota.status, a.uitkomst, { mrBehandeling: nota.mrBehandeling, kamerbrief: nota.kamerbrief, soort: nota.soort });
    } catch (e) {
      if (e instanceof TransitionError) return "INVALID_TRANSITION";
      throw e;
    }
  } else if (a.staten && !a.staten.includes(nota.status)) return "INVALID_TRANSITION";
  const b = can(c.actor, a.permission, toegang);
  if (!b.ok) return b.code;
  return "VALIDATION_FAILED";
}

describe("state × action × role through the use cases", () => {
  for (const status of ["concept", "in_paraaf", "bij_bewindspersoon", "besloten", "aangemeld_mr", "mr_besloten"]) {
    it(`a nota in ${status}: every official × every action answers as the rules predict, and nothing changes`, async () => {
      const id = notas[status]!;
      const before = await prisma.nota.findUniqueOrThrow({ where: { id } });
      expect(before.status).toBe(status);
      const verschillen: string[] = [];
      for (const account of DEMO_ACCOUNTS) {
        for (const a of ACTIES) {
          const want = await expected(account.login, id, a);
          const got = await a.call(await as(account.login), id, before.versie).then(
            () => "OK",
            (e: unknown) => (e instanceof AppError ? e.code : `THREW ${String(e)}`),
          );
          if (got !== want) verschillen.push(`${account.login} ${a.naam}: kreeg ${got}, verwacht ${want}`);
        }
      }
      expect(verschillen).toEqual([]);
      const after = await prisma.nota.findUniqueOrThrow({ where: { id } });
      expect({ status: after.status, versie: after.versie }).toEqual({ status: before.status, versie: before.versie });
    });
  }
});
