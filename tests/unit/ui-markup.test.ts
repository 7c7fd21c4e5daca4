// The page components in components/ui render the markup of @rijkshuisstijl-community/components-react
// (the library itself is the oracle: the same props through both must give the same HTML), so the
// design system's CSS applies unchanged while no library code ships to the browser.
import { describe, expect, it } from "vitest";
import { createElement as h, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import * as Bibliotheek from "@rijkshuisstijl-community/components-react";
import * as Eigen from "@/components/ui";

type Naam = "Heading" | "Paragraph" | "Alert" | "Button" | "Logo" | "SkipLink";
const GEVALLEN: [string, Naam, Record<string, unknown>, ReactElement | string][] = [
  ["h1", "Heading", { level: 1 }, "Inloggen"],
  ["h2 with class and id", "Heading", { level: 2, className: "br-x", id: "titel" }, "Gebruikers"],
  ["paragraph", "Paragraph", {}, "Tekst"],
  ["paragraph with class", "Paragraph", { className: "br-lead" }, "Tekst"],
  ["alert ok", "Alert", { type: "ok" }, h("p", null, "U bent uitgelogd.")],
  ["alert warning", "Alert", { type: "warning" }, "Uw sessie is verlopen."],
  ["alert error", "Alert", { type: "error" }, "Het e-mailadres of het wachtwoord klopt niet."],
  ["alert info", "Alert", { type: "info" }, "Ter informatie."],
  ["primary submit", "Button", { appearance: "primary-action-button", type: "submit", disabled: false, "aria-disabled": false }, "Inloggen"],
  ["primary submit, busy", "Button", { appearance: "primary-action-button", type: "submit", disabled: true, "aria-disabled": true }, "Bezig…"],
  ["secondary submit", "Button", { appearance: "secondary-action-button", type: "submit" }, "Uitloggen"],
  ["logo with subtitle", "Logo", { organisation: "Ministerie van Binnenlandse Zaken", subtitle: "Beslisroute" }, ""],
  ["logo alone", "Logo", { organisation: "Beslisroute" }, ""],
  ["skip link", "SkipLink", { href: "#inhoud" }, "Direct naar de inhoud"],
];

describe("components/ui renders what the Rijkshuisstijl library renders", () => {
  for (const [geval, naam, props, kind] of GEVALLEN) {
    it(`${naam}: ${geval}`, () => {
      const render = (C: unknown) => renderToStaticMarkup(h(C as never, props as never, ...(kind === "" ? [] : [kind])));
      const eigen = render(Eigen[naam]);
      expect(eigen).toBe(render((Bibliotheek as Record<string, unknown>)[naam]));
      expect(eigen.length).toBeGreaterThan(20);
    });
  }
});
