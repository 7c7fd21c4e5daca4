import { z } from "@/lib/domain/validatie";
import { parseText, TEKST_MAX_LENGTE } from "@/lib/domain/tekst";

/**
 * A zod schema for one section's source text: at most 100 000 characters, and one issue per
 * TekstFout, its message prefixed with the field name ("Kern: Onbekende Woo-grond "5.1.9" in regel 3. …").
 */
export function tekstSchema(veldnaam: string) {
  return z
    .string({ error: `${veldnaam} moet tekst zijn.` })
    .max(TEKST_MAX_LENGTE, { error: `${veldnaam} is te lang: hoogstens 100.000 tekens.` })
    .superRefine((waarde, ctx) => {
      if (waarde.length > TEKST_MAX_LENGTE) return;
      for (const fout of parseText(waarde).fouten) {
        ctx.addIssue({ code: "custom", message: `${veldnaam}: ${fout.melding}`, params: { tekstFout: fout.code, regel: fout.regel } });
      }
    });
}
