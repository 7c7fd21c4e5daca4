import { z } from "@/lib/domain/validatie";
import { onbekendeWooGrondMelding, WOO_GROND_CODES } from "@/lib/domain/woo-gronden";

/** A Woo ground code; anything else is refused with a Dutch message naming the bad value. */
export const wooGrondSchema = z.enum(WOO_GROND_CODES, {
  error: (issue) => onbekendeWooGrondMelding(issue.input),
});
