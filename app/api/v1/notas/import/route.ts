import { AppError } from "@/lib/errors";
import { MAX_BIJLAGE_BYTES } from "@/lib/domain/bestandstype";
import { authedRoute, json, readJson } from "@/lib/server/api";
import { importNota } from "@/lib/server/notas/import-nota";

/** JSON {tekst} or multipart with a .docx in field "bestand". The size is checked before the body is read. */
export const POST = authedRoute(async (req, _ctx, actor) => {
  const type = req.headers.get("content-type") ?? "";
  const lengte = Number(req.headers.get("content-length") ?? 0);
  if (lengte > MAX_BIJLAGE_BYTES + 64 * 1024) throw new AppError("PAYLOAD_TOO_LARGE", "Een document mag hoogstens 20 MB groot zijn.");
  if (/^multipart\/form-data/i.test(type)) {
    const form = await req.formData().catch(() => {
      throw new AppError("BAD_REQUEST", "Het formulier kon niet worden gelezen.");
    });
    const file = form.get("bestand");
    if (!(file instanceof File)) throw new AppError("VALIDATION_FAILED", "Kies een Word-document.", [{ path: "bestand", message: "Kies een Word-document (.docx)." }]);
    return json(await importNota(actor, { docx: new Uint8Array(await file.arrayBuffer()) }));
  }
  const body = (await readJson(req)) as { tekst?: unknown } | null;
  return json(await importNota(actor, { tekst: body?.tekst }));
});
