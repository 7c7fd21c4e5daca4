import { Suspense, type ReactNode } from "react";
import { SkipLink } from "@/components/ui";
import { SiteHeader } from "@/components/shell/site-header";
import { SiteFooter } from "@/components/shell/site-footer";
import { navigationFor } from "@/lib/domain/navigatie";
import { rolLabels } from "@/lib/domain/rollen";
import type { Actor } from "@/lib/domain/actor";

interface Props {
  actor?: Actor;
  /** The organisation's name where there is no actor (the sign-in page). */
  organisatie?: string | null;
  actief?: string;
  children: ReactNode;
}

/**
 * The page frame every screen shares: skip link, header with navigation, main, footer.
 *
 * The header and the page's content each sit in a Suspense boundary, though nothing in them
 * suspends. React hydrates the page as one uninterrupted task, except a server-rendered Suspense
 * boundary: that one it leaves for later and hydrates at idle priority, in slices that yield to the
 * browser every few milliseconds. Without the boundaries the hydration of a nota page was one long task,
 * most of the page's Total Blocking Time in Lighthouse's mobile profile (issue 14,
 * docs/PERFORMANCE.md); a click on a part not yet hydrated makes React hydrate that part at once and replay
 * the click, and the forms post without JavaScript anyway.
 */
export function AppShell({ actor, organisatie, actief, children }: Props) {
  const naam = actor?.organisatie ?? organisatie ?? null;
  return (
    <>
      <SkipLink href="#inhoud">Direct naar de inhoud</SkipLink>
      <Suspense>
        <SiteHeader
          gebruiker={actor ? { naam: actor.naam, rollen: actor.rollen.map((r) => rolLabels[r]).join(", ") } : undefined}
          nav={actor ? navigationFor(actor.rollen) : []}
          actief={actief}
          organisatie={naam}
        />
      </Suspense>
      <main id="inhoud" className="br-main" tabIndex={-1}>
        <Suspense>{children}</Suspense>
      </main>
      <SiteFooter organisatie={naam} />
    </>
  );
}
