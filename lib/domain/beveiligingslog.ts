// The security events on the audit chain, and how the Beheer page names them: the entries of the
// audit registry (lib/domain/audit-gebeurtenissen.ts) that carry a `beveiliging` label.
import { BEVEILIGINGSLABELS, type AuditActie } from "@/lib/domain/audit-gebeurtenissen";

export const BEVEILIGINGSACTIES = Object.keys(BEVEILIGINGSLABELS) as AuditActie[];

export type BeveiligingsActie = AuditActie;

export const beveiligingsLabels: Record<string, string> = BEVEILIGINGSLABELS;

export interface BeveiligingsEvent {
  seq: number;
  tijdstip: string;
  actie: string;
  wie: string | null;
  email: string | null;
  adres: string | null;
  details: Record<string, unknown>;
}
