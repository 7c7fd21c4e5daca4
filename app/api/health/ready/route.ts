import { readiness } from "@/lib/server/health";

export const dynamic = "force-dynamic";

// Readiness: database reachable, every migration in this release applied, not stopping. 503 otherwise.
export async function GET() {
  const r = await readiness();
  return new Response(JSON.stringify(r), { status: r.status === "ok" ? 200 : 503, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...(r.status === "ok" ? {} : { "retry-after": "5" }) } });
}
