import { AppError } from "@/lib/errors";
import { MAX_UPLOAD_BODY_BYTES, readFormLimited } from "@/lib/server/request-body";
import { authedRoute, json, readJson } from "@/lib/server/api";
import { importNota } from "@/lib/server/notas/import-nota";

/** JSON {tekst} or multipart with a .docx in field "bestand". The size is checked before the body is read. */
export const POST = authedRoute(async (req, _ctx, actor) => {
  const type = req.headers.get("content-type") ?? "";
  if (Number(req.headers.get("content-length") ?? 0) > MAX_UPLOAD_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "Een document mag hoogstens 20 MB groot zijn.");
  if (/^multipart\/form-data/i.test(type)) {
    const form = await readFormLimited(req, "Een document mag hoogstens 20 MB groot zijn.");
    const file = form.get("bestand");
    if (!(file instanceof File)) throw new AppError("VALIDATION_FAILED", "Kies een Word-document.", [{ path: "bestand", message: "Kies een Word-document (.docx)." }]);
    return json(await importNota(actor, { docx: new Uint8Array(await file.arrayBuffer()) }));
  }
  const body = (await readJson(req)) as { tekst?: unknown } | null;
  return json(await importNota(actor, { tekst: body?.tekst }));
});
