import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import { db } from "@/lib/db";
import type { z } from "@/lib/domain/validatie";
import { kandidaatSleutel, kandidatenBeoordelingSchema, type Kandidaat } from "@/lib/domain/woo-kandidaten";
import { defineNotaUseCase } from "@/lib/server/notas/use-case";
import { loadVisibleNota } from "@/lib/server/notas/nota-record";
import { openbareVersieVan } from "@/lib/server/publicatie/public-version";

/** GET /api/v1/notas/{id}/kandidaten: the open candidates of the public version and the ones kept. */
export async function listKandidaten(actor: Actor, notaId: string): Promise<{ open: Kandidaat[]; behouden: { tekst: string; reden: string; waar: string; op: string }[] }> {
  const nota = await loadVisibleNota(db(), actor, notaId);
  const ctx = await openbareVersieVan(db(), nota, { strikt: false });
  const rijen = await db().kandidaatAfwijzing.findMany({ where: { notaId: nota.id }, orderBy: { op: "asc" } });
  return { open: ctx.kandidaten, behouden: rijen.map((r) => ({ tekst: r.tekst, reden: r.reden, waar: r.waar, op: r.op.toISOString() })) };
}

/**
 * POST /api/v1/notas/{id}/kandidaten {besluiten: [{tekst, besluit}]} with If-Match: the
 * woo_coordinator confirms candidates (withheld everywhere on the chosen ground: a Weglakking) or
 * dismisses them (kept, with a reason). A decision of "" leaves that candidate open. Only texts that
 * are open candidates of the current public version are accepted. One transaction, one audit event.
 */
export const beoordeelKandidaten = defineNotaUseCase<z.output<typeof kandidatenBeoordelingSchema>, { versie: number; weggelakt: number; behouden: number; open: Kandidaat[] }>({
  handeling: "kandidaten_beoordelen",
  schema: kandidatenBeoordelingSchema,
  async apply({ tx, nota, actor, input, cas }) {
    const notaId = nota.id;
    const ctx = await openbareVersieVan(tx, nota, { strikt: false });
    const open = new Map(ctx.kandidaten.map((k) => [kandidaatSleutel(k.tekst), k]));
    const besluiten = input.besluiten.flatMap((b, i) => (b.besluit ? [{ ...b, besluit: b.besluit, i }] : []));
    const fouten = besluiten.filter((b) => !open.has(kandidaatSleutel(b.tekst))).map((b) => ({ path: `besluiten.${b.i}.besluit`, message: `"${b.tekst}" is geen open kandidaat (meer); laad de pagina opnieuw.` }));
    if (fouten.length) throw new AppError("VALIDATION_FAILED", "Niet elke beoordeelde tekst is een open kandidaat.", fouten);
    if (besluiten.length === 0) throw new AppError("VALIDATION_FAILED", "Kies bij ten minste één kandidaat weglakken of behouden.", [{ path: "besluiten", message: "Kies bij ten minste één kandidaat weglakken of behouden." }]);
    const versie = await cas();
    let weggelakt = 0;
    let behouden = 0;
    const na: { tekst: string; waar: string; besluit: "weglakken" | "behouden"; grond?: string; reden?: string }[] = [];
    for (const b of besluiten) {
      const k = open.get(kandidaatSleutel(b.tekst))!;
      if (b.besluit.besluit === "weglakken") {
        const bestaat = await tx.weglakking.findFirst({ where: { notaId, grond: b.besluit.grond, tekst: { equals: k.tekst, mode: "insensitive" } } });
        if (!bestaat) await tx.weglakking.create({ data: { notaId, tekst: k.tekst, grond: b.besluit.grond, doorId: actor.id } });
        weggelakt++;
        na.push({ tekst: k.tekst, waar: k.waar, besluit: "weglakken", grond: b.besluit.grond });
      } else {
        await tx.kandidaatAfwijzing.upsert({
          where: { notaId_tekst: { notaId, tekst: k.tekst } },
          create: { notaId, tekst: k.tekst, reden: b.besluit.reden, waar: k.waar, doorId: actor.id },
          update: { reden: b.besluit.reden },
        });
        behouden++;
        na.push({ tekst: k.tekst, waar: k.waar, besluit: "behouden", reden: b.besluit.reden });
      }
    }
    return {
      audit: { actie: "kandidaten.beoordeeld", na: { besluiten: na } },
      antwoord: async (nu) => ({ versie, weggelakt, behouden, open: (await openbareVersieVan(tx, nu, { strikt: false })).kandidaten }),
    };
  },
});
