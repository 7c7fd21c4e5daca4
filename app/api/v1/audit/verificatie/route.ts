import { authedRoute, json } from "@/lib/server/api";
import { verifyAuditChain } from "@/lib/server/audit/verify-chain";

export const dynamic = "force-dynamic";

export const GET = authedRoute(async () => json(await verifyAuditChain()));
