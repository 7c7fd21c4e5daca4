// What the main navigation offers, per role. A page still checks access itself: hiding a link
// is a courtesy, not the security boundary.
import type { Rol } from "@/lib/domain/rollen";

export interface NavItem {
  href: string;
  label: string;
  /** Roles that see the item; "iedereen" is every signed-in user. */
  voor: readonly Rol[] | "iedereen";
}

export const navItems: readonly NavItem[] = [
  { href: "/", label: "Mijn taken", voor: "iedereen" },
  { href: "/notas", label: "Nota's", voor: "iedereen" },
  { href: "/notas/nieuw", label: "Nieuwe nota", voor: ["opsteller"] },
  { href: "/ministerraad", label: "Ministerraad", voor: "iedereen" },
  { href: "/beheer", label: "Beheer", voor: ["beheerder"] },
];

export function navigationFor(rollen: readonly Rol[]): NavItem[] {
  return navItems.filter((item) => item.voor === "iedereen" || item.voor.some((r) => rollen.includes(r)));
}
