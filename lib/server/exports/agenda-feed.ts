import "server-only";
import { createHash, randomBytes } from "node:crypto";
import ical, { ICalCalendarMethod } from "ical-generator";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { agendaItems, type AgendaBron, type AgendaNota } from "@/lib/domain/agenda";
import { dagAlsDate, dagIso, dagVan, plusDagen, TIJDZONE } from "@/lib/domain/datum";
import { loadActor } from "@/lib/server/actors";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import type { Caller } from "@/lib/server/notas/mutation";
import { huidigeRonde, notaInclude } from "@/lib/server/notas/nota-record";
import { deadlinesVan } from "@/lib/server/notas/nota-dto";
import { visibleNotaWhere } from "@/lib/server/notas/queries";
import { transaction } from "@/lib/server/tx";
import { CONTENT_TYPES, type ExportBestand } from "@/lib/server/exports/export-file";

const PREFIX = "bra_";
const TOKEN = /^bra_[A-Za-z0-9_-]{43}$/;
const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** The feed's path for a token; the secret in it is the credential. */
export const agendaPad = (token: string) => `/api/v1/agenda/${token}`;

/**
 * POST /api/v1/agenda/token: a new secret feed URL for the actor, shown once. Only its SHA-256 is
 * stored; the previous URL stops working at once.
 */
export async function renewAgendaToken(caller: Caller): Promise<{ token: string; pad: string }> {
  const token = PREFIX + randomBytes(32).toString("base64url");
  await transaction(async (tx) => {
    const voor = await tx.gebruiker.findUniqueOrThrow({ where: { id: caller.actor.id }, select: { agendaTokenHash: true } });
    await tx.gebruiker.update({ where: { id: caller.actor.id }, data: { agendaTokenHash: hash(token) } });
    await appendAuditEvent(tx, { actorId: caller.actor.id, actie: "agenda.token_vernieuwd", na: { vorigeIngetrokken: voor.agendaTokenHash !== null }, requestId: caller.requestId });
  });
  return { token, pad: agendaPad(token) };
}

const notaVan = (n: { id: string; kenmerk: string; onderwerp: string; rubricering: string | null }): AgendaNota => ({ id: n.id, kenmerk: n.kenmerk, onderwerp: n.onderwerp, rubricering: n.rubricering });

/** The facts of the feed for one official. */
async function bronVoor(userId: string, vandaag: string): Promise<AgendaBron> {
  const actor = await loadActor(userId);
  if (!actor) throw new AppError("NOT_FOUND", "Deze agenda bestaat niet (meer).");
  const route = [actor.id, ...actor.vervangtVoor];
  const zichtbaar = visibleNotaWhere(actor);
  const [vergaderingen, inParaaf, voorBesluit, eigen] = await Promise.all([
    db().mrVergadering.findMany({
      where: { datum: { gte: dagAlsDate(plusDagen(vandaag, -90)), lte: dagAlsDate(plusDagen(vandaag, 400)) } },
      orderBy: { datum: "asc" },
    }),
    db().nota.findMany({
      where: { AND: [zichtbaar, { status: "in_paraaf", paraafrondes: { some: { stappen: { some: { toegewezenAanId: { in: route }, oordeel: null } } } } }] },
      include: notaInclude,
      take: 500,
    }),
    actor.rollen.includes("bewindspersoon")
      ? db().nota.findMany({ where: { AND: [zichtbaar, { aanId: actor.id, status: { in: ["in_paraaf", "bij_bewindspersoon"] } }] }, include: notaInclude, take: 500 })
      : Promise.resolve([]),
    db().mrAgendapunt.findMany({
      where: { nota: { AND: [zichtbaar, { opstellerId: actor.id, status: { not: "ingetrokken" } }] }, vergadering: { datum: { gte: dagAlsDate(plusDagen(vandaag, -90)) } } },
      include: { vergadering: true, nota: { select: { id: true, kenmerk: true, onderwerp: true, rubricering: true } } },
      take: 500,
    }),
  ]);
  const paraafstappen: AgendaBron["paraafstappen"][number][] = [];
  for (const nota of inParaaf) {
    const keten = deadlinesVan(nota, vandaag);
    for (const s of huidigeRonde(nota)?.stappen ?? []) {
      if (s.oordeel || !route.includes(s.toegewezenAanId)) continue;
      const deadline = s.deadline ? dagIso(s.deadline) : (keten.paraaf[s.volgorde] ?? null);
      if (deadline) paraafstappen.push({ stapId: s.id, rol: s.rol, deadline, nota: notaVan(nota), namens: s.toegewezenAanId === actor.id ? null : s.toegewezenAan.naam });
    }
  }
  const besluiten = voorBesluit.flatMap((nota) => {
    const deadline = deadlinesVan(nota, vandaag).bewindspersoon;
    return deadline ? [{ deadline, nota: notaVan(nota) }] : [];
  });
  return {
    vergaderingen: vergaderingen.map((v) => ({ id: v.id, datum: dagIso(v.datum), soort: v.soort })),
    paraafstappen,
    besluiten,
    mrDatums: eigen.map((a) => ({ datum: dagIso(a.vergadering.datum), nota: notaVan(a.nota) })),
  };
}

/**
 * GET /api/v1/agenda/{token} (or {token}.ics): no session; the token is the credential. An unknown, renewed or
 * deactivated user's token is a 404.
 */
export async function agendaFeed(bestand: string, basisUrl: string, vandaag = dagVan(new Date())): Promise<ExportBestand> {
  const token = bestand.endsWith(".ics") ? bestand.slice(0, -4) : "";
  const gebruiker = TOKEN.test(token) ? await db().gebruiker.findUnique({ where: { agendaTokenHash: hash(token) }, select: { id: true, actief: true } }) : null;
  if (!gebruiker || !gebruiker.actief) throw new AppError("NOT_FOUND", "Deze agenda bestaat niet (meer).");
  const items = agendaItems(await bronVoor(gebruiker.id, vandaag));
  const basis = basisUrl.replace(/\/$/, "");
  const kalender = ical({
    name: "Beslisroute",
    description: "MR-vergaderingen en uw deadlines in Beslisroute",
    prodId: { company: "Beslisroute", product: "Agenda", language: "NL" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
  // Only all-day events (date facts), so no VTIMEZONE is needed; clients still learn our zone.
  kalender.x([{ key: "X-WR-TIMEZONE", value: TIJDZONE }]);
  for (const item of items) {
    const start = dagAlsDate(item.dag);
    kalender.createEvent({
      id: item.uid,
      start,
      end: dagAlsDate(plusDagen(item.dag, 1)),
      allDay: true,
      summary: item.titel,
      description: item.pad ? `${item.omschrijving}\n${basis}${item.pad}` : item.omschrijving,
      url: item.pad ? `${basis}${item.pad}` : null,
      categories: [{ name: item.categorie }],
      stamp: new Date(),
    });
  }
  return { bytes: new TextEncoder().encode(kalender.toString()), contentType: CONTENT_TYPES.ics, fileName: "beslisroute-agenda.ics" };
}

/** The application's public base URL: NEXTAUTH_URL when set, else the request's origin. */
export function basisUrlVoor(req: Request): string {
  return (serverEnv().NEXTAUTH_URL ?? new URL(req.url).origin).replace(/\/$/, "");
}
