import { openApiDocument } from "@/lib/domain/openapi";
import { apiRoute, json } from "@/lib/server/api";

/**
 * Public (API-51): an integrator reads the contract before holding a token; it says nothing that
 * is not already in this repository. Any origin may read it (CORS), so browser tools can load it.
 */
export const GET = apiRoute(async () => json(openApiDocument(), { headers: { "access-control-allow-origin": "*", "cache-control": "public, max-age=300" } }));
