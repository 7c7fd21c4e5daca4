import { authedRoute, chooseForm, notaMutation, notaResponse, renderFile } from "@/lib/server/api";
import { MEDIA } from "@/lib/domain/openapi";
import { exportNotaPdf } from "@/lib/server/exports/nota-pdf";
import { getNota } from "@/lib/server/notas/queries";
import { updateNota } from "@/lib/server/notas/update-nota";

type Ctx = { params: Promise<{ id: string }> };

/** The nota as JSON (with its ETag), or with Accept: application/pdf the beslisnota as PDF. */
export const GET = authedRoute<Ctx>(async (req, ctx, actor) => {
  const { id } = await ctx.params;
  if (chooseForm(req, [MEDIA.json, MEDIA.pdf]) === MEDIA.pdf) return renderFile(req, actor, id, exportNotaPdf);
  return notaResponse(await getNota(actor, id), 200, { vary: "Accept" });
});
export const PATCH = notaMutation(updateNota);
