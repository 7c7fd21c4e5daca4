import { authedRoute, callerFor, json, notaResponse, readJson } from "@/lib/server/api";
import { createNota } from "@/lib/server/notas/create-nota";
import { listNotas } from "@/lib/server/notas/queries";

export const dynamic = "force-dynamic";

export const GET = authedRoute(async (req, _ctx, actor) => {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  return json(await listNotas(actor, params, { signal: req.signal }));
});

export const POST = authedRoute(async (req, _ctx, actor) => {
  const dto = await createNota(callerFor(req, actor), await readJson(req));
  return notaResponse(dto, 201, { location: `/api/v1/notas/${dto.id}` });
});
