import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { AppError } from "@/lib/errors";
import { REFERENTIE_BESTANDEN, REFERENTIE_CSS, START_JS, type ReferentieBestand } from "@/lib/domain/api-referentie";
import { apiRoute } from "@/lib/server/api";

type Ctx = { params: Promise<{ bestand: string }> };

/** The reference page's own script and styles (not part of the API contract). */
export const GET = apiRoute<Ctx>(async (_req, ctx) => {
  const naam = (await ctx.params).bestand;
  if (!Object.hasOwn(REFERENTIE_BESTANDEN, naam)) throw new AppError("NOT_FOUND");
  const bestand = REFERENTIE_BESTANDEN[naam as ReferentieBestand];
  const inhoud = bestand.bron ? await readFile(join(process.cwd(), bestand.bron)) : naam === "start.js" ? START_JS : REFERENTIE_CSS;
  return new Response(inhoud, { headers: { "content-type": bestand.type, "cache-control": "public, max-age=3600", "x-content-type-options": "nosniff" } });
});
