// Liveness: the process answers. Never touches the database (a database outage must not get every
// app server restarted); see /api/health/ready for whether this instance should get traffic.
export const dynamic = "force-dynamic";

export function GET() {
  return new Response(JSON.stringify({ status: "ok" }), { headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } });
}
