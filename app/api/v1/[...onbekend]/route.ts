import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/server/api";

// Every path under /api/v1 that is no resource, and (by the rewrite in next.config.ts) every path
// that ends in a slash (API-48): 404 problem+json, whatever the method. Not in the OpenAPI document:
// it is the absence of a resource.
const nietGevonden = apiRoute(async () => {
  throw new AppError("NOT_FOUND", "Dit adres bestaat niet in de API. Zie /api/v1/openapi.json (let op: zonder schuine streep aan het eind).");
});

export const GET = nietGevonden;
export const POST = nietGevonden;
export const PUT = nietGevonden;
export const PATCH = nietGevonden;
export const DELETE = nietGevonden;
