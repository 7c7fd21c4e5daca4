// Arranging data for integration tests through the real use cases, as the demo officials.
import { expect } from "vitest";
import { randomUUID } from "node:crypto";
import { AppError, type ErrorCode } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import { loadActor } from "@/lib/server/session";
import { createNota } from "@/lib/server/notas/create-nota";
import { submitNota } from "@/lib/server/notas/submit-nota";
import { recordParaaf } from "@/lib/server/notas/record-paraaf";
import { recordDecision } from "@/lib/server/notas/record-decision";
import { seedDemo, seedMrCalendar, demoEmail } from "@/prisma/seed";
import type { NotaDto } from "@/lib/server/notas/nota-dto";
import { testPrisma } from "@/tests/support/prisma";

export const prisma = testPrisma();
let seeded: Promise<void> | undefined;

export function ensureSeed(): Promise<void> {
  seeded ??= (async () => {
    await seedMrCalendar(prisma);
    await seedDemo(prisma);
  })();
  return seeded;
}

export async function actor(login: string): Promise<Actor> {
  const user = await prisma.gebruiker.findUniqueOrThrow({ where: { email: demoEmail(login) } });
  const a = await loadActor(user.id);
  if (!a) throw new Error(`no actor ${login}`);
  return a;
}

export async function as(login: string) {
  return { actor: await actor(login), requestId: `test-${randomUUID()}` };
}

export async function userId(login: string): Promise<string> {
  return (await prisma.gebruiker.findUniqueOrThrow({ where: { email: demoEmail(login) } })).id;
}

/** Expects the promise to fail with this application error code. */
export async function expectAppError(p: Promise<unknown>, code: ErrorCode, detail?: RegExp): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, `expected ${code}`).toBeInstanceOf(AppError);
  const app = e as AppError;
  expect(app.code, app.detail).toBe(code);
  if (detail) expect(app.detail).toMatch(detail);
  return app;
}

export async function newNota(extra: Record<string, unknown> = {}): Promise<NotaDto> {
  return createNota(await as("opsteller"), {
    onderwerp: `Testnota ${randomUUID().slice(0, 8)}`,
    soort: "ter_beslissing",
    aanId: await userId("minister"),
    uitersteBeslisdatum: "2099-06-30",
    deadlineReden: "MR 30 juni",
    mrBehandeling: true,
    kamerbrief: true,
    aanleiding: "Op 30 juni besluit de MR.",
    kern: "Hierbij de kabinetsreactie.",
    toelichting: "- punt een\n- punt twee",
    nietOpenbaar: "NVT",
    motivering: "In de openbaar gemaakte versie zijn persoonsgegevens geanonimiseerd.",
    beslispunten: [{ tekst: "Kennisnemen van de toelichting" }, { tekst: "Instemmen met verzending aan de TK" }],
    bijlagen: [{ naam: "Kabinetsreactie", informatie: "openbaar" }],
    ...extra,
  });
}

export async function standardRoute() {
  return [
    { volgorde: 1, gebruikerId: await userId("afdelingshoofd"), rol: "Afdelingshoofd" },
    { volgorde: 2, gebruikerId: await userId("directeur"), rol: "Directeur" },
    { volgorde: 2, gebruikerId: await userId("juridisch"), rol: "Medeparaaf DWJZ" },
    { volgorde: 3, gebruikerId: await userId("dg"), rol: "DG" },
  ];
}

/** A nota through the whole paraafroute, at the bewindspersoon. */
export async function notaBijMinister(extra: Record<string, unknown> = {}): Promise<NotaDto> {
  let n = await newNota(extra);
  n = await submitNota(await as("opsteller"), n.id, n.versie, { paraafroute: await standardRoute() });
  for (const login of ["afdelingshoofd", "directeur", "juridisch", "dg"]) {
    n = await recordParaaf(await as(login), n.id, n.versie, { oordeel: "akkoord" });
  }
  expect(n.status).toBe("bij_bewindspersoon");
  return n;
}

export async function notaBesloten(extra: Record<string, unknown> = {}): Promise<NotaDto> {
  const n = await notaBijMinister(extra);
  return recordDecision(await as("minister"), n.id, n.versie, {
    beslispunten: n.beslispunten.map((b) => ({ volgnummer: b.volgnummer, oordeel: "akkoord" })),
    uitkomst: "besloten",
  });
}

/** A meeting `dagen` days from today (created when missing), as {id, datum}. */
export async function meetingInDays(dagen: number): Promise<{ id: string; datum: string }> {
  const { dagAlsDate, dagVan, plusDagen } = await import("@/lib/domain/datum");
  const datum = plusDagen(dagVan(new Date()), dagen);
  const v = await prisma.mrVergadering.upsert({ where: { datum: dagAlsDate(datum) }, create: { datum: dagAlsDate(datum), soort: "extra" }, update: {} });
  return { id: v.id, datum };
}

/** A nota without MR, decided and sent to the TK: ready for the woo_coordinator. `bestanden` are uploaded while it is a concept. */
export async function notaVerzonden(extra: Record<string, unknown> = {}, bestanden: readonly (readonly [string, string, Uint8Array])[] = []): Promise<NotaDto> {
  const { saveKamerbrief } = await import("@/lib/server/kamerbrief/save-kamerbrief");
  const { recordSending } = await import("@/lib/server/kamerbrief/record-sending");
  const { uploadBijlage } = await import("@/lib/server/notas/upload-bijlage");
  let n = await newNota({ mrBehandeling: false, ...extra });
  for (const [volgnummer, naam, bytes] of bestanden) n = await uploadBijlage(await as("opsteller"), n.id, volgnummer, n.versie, { naam, bytes });
  n = await submitNota(await as("opsteller"), n.id, n.versie, { paraafroute: await standardRoute() });
  for (const login of ["afdelingshoofd", "directeur", "juridisch", "dg"]) n = await recordParaaf(await as(login), n.id, n.versie, { oordeel: "akkoord" });
  n = await recordDecision(await as("minister"), n.id, n.versie, { beslispunten: n.beslispunten.map((b) => ({ volgnummer: b.volgnummer, oordeel: "akkoord" })), uitkomst: "besloten" });
  n = await saveKamerbrief(await as("opsteller"), n.id, n.versie, {
    datum: "2025-07-01",
    betreft: "Kabinetsreactie",
    tekst: "Hierbij bied ik u de kabinetsreactie aan.",
    ondertekenaarId: await userId("minister"),
  });
  n = await recordSending(await as("pz"), n.id, n.versie, { verzondenOp: "2025-07-01" });
  expect(n.status).toBe("verzonden");
  return n;
}
