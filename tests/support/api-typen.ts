// Compile-time half of "the document is the truth": what each use case returns must fit the
// response schema the OpenAPI document is generated from (npm run typecheck fails otherwise).
// The run-time half is tests/support/openapi-contract.ts (ajv, closed objects).
import type { z } from "zod";
import type * as S from "@/lib/domain/api-schemas";
import type { NotaDto } from "@/lib/server/notas/nota-dto";
import type { PublicatieDto } from "@/lib/server/publicatie/publish-nota";
import type { NotaSamenvatting } from "@/lib/server/notas/queries";
import type { ProfileDto } from "@/lib/server/gebruikers/get-profile";
import type { GebruikerDto } from "@/lib/server/gebruikers/list-users";
import type { TaakDto } from "@/lib/server/taken/list-tasks";
import type { DashboardDto } from "@/lib/server/taken/dashboard";
import type { MrVergaderingDto } from "@/lib/server/ministerraad/list-meetings";
import type { TokenDto } from "@/lib/server/tokens/tokens";
import type { AfleveringDto, WebhookDto } from "@/lib/server/webhooks/abonnement";
import type { WeglakkingDto } from "@/lib/server/publicatie/weglakkingen";
import type { ChainReport } from "@/lib/server/audit/verify-chain";
import type { BeveiligingsEvent } from "@/lib/domain/beveiligingslog";
import type { ImportAntwoord } from "@/lib/domain/importeren";
import type { SectieDiff } from "@/lib/domain/versie-diff";
import type { Kandidaat } from "@/lib/domain/woo-kandidaten";
import type { eventsVanNota } from "@/lib/server/audit/list-events";
import type { versiesVanNota } from "@/lib/server/notas/versions";
import type { setVervanging } from "@/lib/server/gebruikers/set-vervanging";

/** Compiles only when A is assignable to B. */
type Past<A extends B, B> = A;

export type ApiTypen = [
  Past<NotaDto, z.input<typeof S.notaSchema>>,
  Past<PublicatieDto, z.input<typeof S.gepubliceerdeNotaSchema>>,
  Past<{ items: NotaSamenvatting[]; volgende: string | null }, z.input<typeof S.notaLijstSchema>>,
  Past<ProfileDto, z.input<typeof S.profielSchema>>,
  Past<GebruikerDto, z.input<typeof S.gebruikerSchema>>,
  Past<TaakDto, z.input<typeof S.taakSchema>>,
  Past<DashboardDto, z.input<typeof S.dashboardSchema>>,
  Past<MrVergaderingDto, z.input<typeof S.mrVergaderingAntwoordSchema>>,
  Past<TokenDto, z.input<typeof S.tokenAntwoordSchema>>,
  Past<TokenDto & { token: string }, z.input<typeof S.nieuwTokenSchema>>,
  Past<WebhookDto, z.input<typeof S.webhookSchema>>,
  Past<WebhookDto & { geheim: string }, z.input<typeof S.webhookMetGeheimSchema>>,
  Past<AfleveringDto, z.input<typeof S.webhookAfleveringSchema>>,
  Past<WeglakkingDto, z.input<typeof S.weglakkingAntwoordSchema>>,
  Past<ChainReport, z.input<typeof S.auditVerificatieSchema>>,
  Past<BeveiligingsEvent, z.input<typeof S.beveiligingsEventSchema>>,
  Past<ImportAntwoord, z.input<typeof S.importAntwoordSchema>>,
  Past<{ van: number; naar: number; secties: SectieDiff[] }, z.input<typeof S.versieDiffSchema>>,
  Past<{ open: Kandidaat[]; behouden: { tekst: string; reden: string; waar: string; op: string }[] }, z.input<typeof S.kandidatenSchema>>,
  // The chain fields at compile time; actie/voor/na per actie are checked at run time (ajv), as the
  // stored JSON of older events need not fit today's registry.
  Past<Omit<Awaited<ReturnType<typeof eventsVanNota>>[number], "actie" | "voor" | "na">, z.input<typeof S.auditEventBasisSchema>>,
  Past<Awaited<ReturnType<typeof versiesVanNota>>[number], z.input<typeof S.versieSchema>>,
  Past<Awaited<ReturnType<typeof setVervanging>>, z.input<typeof S.vervangingAntwoordSchema>>,
];
