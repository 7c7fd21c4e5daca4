"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/ui/form-state";
import { runFormAction } from "@/lib/server/form-action";
import { createWebhook } from "@/lib/server/webhooks/create-webhook";
import { updateWebhook } from "@/lib/server/webhooks/update-webhook";
import { deleteWebhook } from "@/lib/server/webhooks/delete-webhook";
import { rotateWebhookSecret } from "@/lib/server/webhooks/rotate-webhook-secret";
import { retryDelivery } from "@/lib/server/webhooks/retry-delivery";

const s = (fd: FormData, k: string) => (typeof fd.get(k) === "string" ? (fd.get(k) as string) : "");
const PAD = "/beheer/webhooks";

export async function webhookAanmakenActie(_prev: FormState, fd: FormData): Promise<FormState> {
  const eventtypes = fd.getAll("eventtypes").map(String);
  const state = await runFormAction(fd, async (c) => {
    const w = await createWebhook(c, { url: s(fd, "url"), eventtypes, omschrijving: s(fd, "omschrijving") || undefined });
    revalidatePath(PAD);
    return { melding: `Het abonnement op ${w.url} is aangemaakt. Kopieer het geheim nu, het wordt niet meer getoond: ${w.geheim}` };
  });
  // The checked boxes are kept as one value (the form reads them back).
  return state.ok ? { ...state, waarden: {} } : { ...state, waarden: { ...state.waarden, eventtypes: eventtypes.join(" ") } };
}

export async function webhookGeheimActie(id: string, _prev: FormState, fd: FormData): Promise<FormState> {
  return runFormAction(fd, async (c) => {
    const w = await rotateWebhookSecret(c, id);
    return { melding: `Nieuw geheim voor ${w.url}. Kopieer het nu, het wordt niet meer getoond: ${w.geheim}` };
  });
}

export async function webhookAanUitActie(id: string, fd: FormData): Promise<void> {
  await runFormAction(fd, async (c) => {
    await updateWebhook(c, id, { actief: s(fd, "actief") === "true" });
  });
  revalidatePath(PAD);
  redirect(PAD);
}

export async function webhookVerwijderenActie(id: string, fd: FormData): Promise<void> {
  await runFormAction(fd, async (c) => {
    await deleteWebhook(c, id);
  });
  revalidatePath(PAD);
  redirect(PAD);
}

export async function afleveringOpnieuwActie(abonnementId: string, afleveringId: string, fd: FormData): Promise<void> {
  await runFormAction(fd, async (c) => {
    await retryDelivery(c, abonnementId, afleveringId);
  });
  revalidatePath(PAD);
  redirect(PAD);
}
