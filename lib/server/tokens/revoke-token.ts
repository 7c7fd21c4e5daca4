// An API token revoked by its owner or a beheerder (audited).
import "server-only";
import { AppError } from "@/lib/errors";
import { hasPermission } from "@/lib/domain/permissions";
import { transaction } from "@/lib/server/tx";
import { appendAuditEvent } from "@/lib/server/audit/append-event";
import type { Caller } from "@/lib/server/notas/mutation";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** DELETE /api/v1/tokens/{id}: revokes one of the actor's own tokens; a beheerder may revoke anyone's. */
export async function revokeToken(caller: Caller, tokenId: string): Promise<void> {
  const beheer = hasPermission(caller.actor, "beveiliging.inzien");
  await transaction(async (tx) => {
    const row = UUID.test(tokenId) ? await tx.apiToken.findUnique({ where: { id: tokenId } }) : null;
    if (!row || (row.gebruikerId !== caller.actor.id && !beheer)) throw new AppError("NOT_FOUND", "Dit token bestaat niet.");
    if (row.ingetrokkenOp) return;
    await tx.apiToken.update({ where: { id: tokenId }, data: { ingetrokkenOp: new Date() } });
    await appendAuditEvent(tx, {
      actorId: caller.actor.id,
      actie: "token.ingetrokken",
      na: row.gebruikerId === caller.actor.id ? { id: row.id, naam: row.naam } : { id: row.id, naam: row.naam, eigenaarId: row.gebruikerId },
      requestId: caller.requestId,
    });
  });
}
