// Shared zod building blocks with Dutch messages. Importing this module also sets zod's fallback
// messages to Dutch, so no English message reaches a user or an API client, and switches off
// zod's JIT: it probes `new Function("")`, which the pages' Content-Security-Policy (no
// 'unsafe-eval') forbids and the browser reports as a violation. Every domain module takes its
// `z` from here, so the setting is in place before any schema parses, in the browser too.
import { z } from "zod";
import { dagAlsDate } from "@/lib/domain/datum";

z.config({ ...z.locales.nl(), jitless: true });

export { z };

/** A date-only value "YYYY-MM-DD" that exists on the calendar. */
export const dagSchema = z
  .string({ error: "Vul een datum in." })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-06-30.")
  .refine((s) => {
    try {
      dagAlsDate(s);
      return true;
    } catch {
      return false;
    }
  }, "Deze datum bestaat niet.")
  .meta({ format: "date", example: "2025-06-30" });

export const idSchema = z.uuid({ error: "Dit is geen geldige verwijzing (uuid)." });

/** Required free text of at most `max` characters, trimmed. */
export const verplichteTekst = (label: string, max = 500) =>
  z
    .string({ error: `Vul ${label} in.` })
    .trim()
    .min(1, `Vul ${label} in.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} mag hoogstens ${max} tekens lang zijn.`);

/** Optional free text; an empty string counts as absent. */
export const optioneleTekst = (label: string, max = 500) =>
  z
    .string()
    .trim()
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} mag hoogstens ${max} tekens lang zijn.`)
    .nullish()
    .transform((v) => (v ? v : null));
