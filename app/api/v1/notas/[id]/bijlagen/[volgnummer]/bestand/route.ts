import { AppError } from "@/lib/errors";
import { authedRoute, callerFor, notaResponse, requireIfMatch } from "@/lib/server/api";
import { MAX_BIJLAGE_BYTES } from "@/lib/domain/bestandstype";
import { uploadBijlage } from "@/lib/server/notas/upload-bijlage";

type Ctx = { params: Promise<{ id: string; volgnummer: string }> };

/** multipart/form-data with the file in field "bestand". */
export const POST = authedRoute<Ctx>(async (req, ctx, actor) => {
  const { id, volgnummer } = await ctx.params;
  const version = requireIfMatch(req);
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > MAX_BIJLAGE_BYTES + 64 * 1024) throw new AppError("PAYLOAD_TOO_LARGE", "Een bijlage mag hoogstens 20 MB groot zijn.");
  if (!/^multipart\/form-data/i.test(req.headers.get("content-type") ?? "")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Stuur het bestand als multipart/form-data in het veld \"bestand\".");
  }
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw new AppError("BAD_REQUEST", "Het formulier kon niet worden gelezen.");
  }
  const file = form.get("bestand");
  if (!(file instanceof File)) throw new AppError("VALIDATION_FAILED", "Kies een bestand.", [{ path: "bestand", message: "Kies een bestand." }]);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return notaResponse(await uploadBijlage(callerFor(req, actor), id, volgnummer, version, { naam: file.name, bytes }));
});
