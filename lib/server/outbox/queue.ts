import "server-only";
import type { Rol } from "@/lib/domain/rollen";
import { serverEnv } from "@/lib/env";
import type { Tx } from "@/lib/server/tx";

export interface Ontvanger {
  email: string;
  naam: string;
}

/** Queues one e-mail per recipient in the caller's transaction: it exists only if the change does. */
export async function queueMail(tx: Tx, ontvangers: readonly Ontvanger[], bericht: { onderwerp: string; tekst: string; notaId?: string }): Promise<void> {
  const uniek = [...new Map(ontvangers.map((o) => [o.email, o])).values()];
  if (uniek.length === 0) return;
  await tx.outbox.createMany({
    data: uniek.map((o) => ({
      aan: o.email,
      onderwerp: bericht.onderwerp,
      tekst: `Beste ${o.naam},\n\n${bericht.tekst}\n\nMet vriendelijke groet,\nBeslisroute`,
      notaId: bericht.notaId ?? null,
    })),
  });
}

export async function usersWithRole(tx: Tx, rol: Rol): Promise<Ontvanger[]> {
  return tx.gebruiker.findMany({ where: { rollen: { has: rol }, actief: true }, select: { email: true, naam: true } });
}

export function notaLink(notaId: string): string {
  const base = serverEnv().NEXTAUTH_URL ?? "http://localhost:3000";
  return `${base.replace(/\/$/, "")}/notas/${notaId}`;
}

/** "Er wacht een taak op u" mail about a nota. */
export async function queueTaakMail(tx: Tx, ontvangers: readonly Ontvanger[], nota: { id: string; kenmerk: string; onderwerp: string }, wat: string): Promise<void> {
  // Officials who switched these mails off on Mijn gegevens (mailBijTaak) get none.
  const uit = ontvangers.length ? await tx.gebruiker.findMany({ where: { email: { in: ontvangers.map((o) => o.email) }, mailBijTaak: false }, select: { email: true } }) : [];
  const zonder = new Set(uit.map((u) => u.email));
  await queueMail(tx, ontvangers.filter((o) => !zonder.has(o.email)), {
    onderwerp: `[Beslisroute] ${wat}: ${nota.kenmerk}`,
    tekst: `${wat} voor nota ${nota.kenmerk} (${nota.onderwerp}).\n\nOpen de nota: ${notaLink(nota.id)}`,
    notaId: nota.id,
  });
}
