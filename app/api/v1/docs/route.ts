import { referentieHtml } from "@/lib/domain/api-referentie";
import { referentieCsp } from "@/lib/domain/security-headers";
import { apiRoute } from "@/lib/server/api";

/** The API reference for people (public: see lib/domain/api-referentie.ts). */
export const GET = apiRoute(async () => new Response(referentieHtml(), { headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": referentieCsp(), "cache-control": "public, max-age=300" } }));
