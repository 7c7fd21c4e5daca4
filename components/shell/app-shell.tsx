import type { ReactNode } from "react";
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
 * No Suspense boundary around the content (tried for issue 14, to hydrate in slices): Next renders
 * a page's server components after the shell, so the content of a boundary arrives as a hidden
 * segment that an inline script moves into place, and with JavaScript off the sign-in form and
 * every page stayed invisible (e2e/sign-in.spec.ts "before JavaScript loads" caught it).
 */
export function AppShell({ actor, organisatie, actief, children }: Props) {
  const naam = actor?.organisatie ?? organisatie ?? null;
  return (
    <>
      <SkipLink href="#inhoud">Direct naar de inhoud</SkipLink>
      <SiteHeader
        gebruiker={actor ? { naam: actor.naam, rollen: actor.rollen.map((r) => rolLabels[r]).join(", ") } : undefined}
        nav={actor ? navigationFor(actor.rollen) : []}
        actief={actief}
        organisatie={naam}
      />
      <main id="inhoud" className="br-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter organisatie={naam} />
    </>
  );
}
