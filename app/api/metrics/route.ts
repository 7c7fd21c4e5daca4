import { apiRoute } from "@/lib/server/api";
import { ADDRESS_HEADER } from "@/lib/server/auth/client-address";
import { assertMetricsAccess, scrapeMetrics } from "@/lib/server/ops/scrape";

export const dynamic = "force-dynamic";

// Prometheus metrics (docs/RELIABILITY.md): METRICS_TOKEN as a bearer token, or from the machine itself.
export const GET = apiRoute(async (req) => {
  assertMetricsAccess(req.headers.get("authorization"), req.headers.get(ADDRESS_HEADER));
  const { contentType, body } = await scrapeMetrics();
  return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
});
