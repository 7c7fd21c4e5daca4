import { Link as NextLink } from "@/components/ui/link";
import { Logo } from "@/components/ui";
import type { NavItem } from "@/lib/domain/navigatie";
import { SignOutButton } from "@/components/shell/sign-out-button";

interface Props {
  gebruiker?: { naam: string; rollen: string };
  nav: NavItem[];
  actief?: string;
  /** The organisation (Beheer); without it the product name alone. */
  organisatie?: string | null;
}

/** Rijkshuisstijl page header: the ministry's mark, the product name, the main navigation. */
export function SiteHeader({ gebruiker, nav, actief, organisatie }: Props) {
  return (
    <header className="br-header">
      <div className="br-header__brand">
        <NextLink href="/" className="br-header__home">
          <Logo organisation={organisatie ?? "Beslisroute"} subtitle={organisatie ? "Beslisroute" : undefined} />
        </NextLink>
      </div>
      {gebruiker ? (
        <div className="br-header__bar">
          <nav aria-label="Hoofdmenu" className="br-nav">
            <ul className="br-nav__list">
              {nav.map((item) => (
                <li key={item.href} className="br-nav__item">
                  <NextLink className="br-nav__link" href={item.href} aria-current={actief === item.href ? "page" : undefined}>
                    {item.label}
                  </NextLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="br-header__user">
            <span>
              <span className="br-visually-hidden">Ingelogd als </span>
              {gebruiker.naam}
              <span className="br-header__roles"> ({gebruiker.rollen})</span>
            </span>
            <NextLink className="br-header__link" href="/mijn-gegevens">Mijn gegevens</NextLink>
            <SignOutButton />
          </div>
        </div>
      ) : null}
    </header>
  );
}
