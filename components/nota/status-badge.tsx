import { statusLabels, type NotaStatus } from "@/lib/domain/nota-status";
import { risicoLabels, type Risico } from "@/lib/domain/deadlines";

export function StatusBadge({ status }: { status: string }) {
  return <span className={`br-badge br-badge--${status}`}>{statusLabels[status as NotaStatus] ?? status}</span>;
}

export function RisicoBadge({ risico }: { risico: string | null }) {
  if (!risico) return null;
  return <span className={`br-badge br-risico--${risico}`}>{risicoLabels[risico as Risico] ?? risico}</span>;
}
