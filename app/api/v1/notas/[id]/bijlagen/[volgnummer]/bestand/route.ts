import { AppError } from "@/lib/errors";
import { authedRoute, callerFor, notaResponse, requireIfMatch } from "@/lib/server/api";
import { readFormLimited } from "@/lib/server/request-body";
import { uploadBijlage } from "@/lib/server/notas/upload-bijlage";

type Ctx = { params: Promise<{ id: string; volgnummer: string }> };

/** multipart/form-data with the file in field "bestand". */
export const POST = authedRoute<Ctx>(async (req, ctx, actor) => {
  const { id, volgnummer } = await ctx.params;
  const version = requireIfMatch(req);
  if (!/^multipart\/form-data/i.test(req.headers.get("content-type") ?? "")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Stuur het bestand als multipart/form-data in het veld \"bestand\".");
  }
  // Never more than the limit in memory, with or without Content-Length (chunked).
  const form = await readFormLimited(req, "Een bijlage mag hoogstens 20 MB groot zijn.");
  const file = form.get("bestand");
  if (!(file instanceof File)) throw new AppError("VALIDATION_FAILED", "Kies een bestand.", [{ path: "bestand", message: "Kies een bestand." }]);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return notaResponse(await uploadBijlage(callerFor(req, actor), id, volgnummer, version, { naam: file.name, bytes }));
});
