import { openApiDocument } from "@/lib/domain/openapi";
import { authedRoute, json } from "@/lib/server/api";

export const GET = authedRoute(async () => json(openApiDocument()));
