// The design system's CSS as the pages get it (issue 14: ship only what a page needs): the
// generated app/rijkshuisstijl.css must be what scripts/design-system-css.ts makes from the current
// source, so a component used for the first time cannot go unstyled; it must hold the rules of the
// components the application uses, and not those it does not.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import postcss from "postcss";
import { BRON, DOEL, ontwerpCss } from "@/scripts/design-system-css";

const css = readFileSync(DOEL, "utf8");
const selectoren = new Set<string>();
postcss.parse(css).walkRules((r) => r.selectors.forEach((s) => selectoren.add(s.trim())));

describe("app/rijkshuisstijl.css", () => {
  it("is what the generator makes from the current source (else: npm run css:design-system)", async () => {
    expect(await ontwerpCss()).toBe(css);
  }, 60_000);

  it("keeps the rules of the components the pages use", () => {
    // Written out from the markup in components/ui, components/forms and components/shell.
    for (const s of [
      ".utrecht-button",
      ".utrecht-button--primary-action",
      ".utrecht-button--secondary-action",
      ".utrecht-button-link",
      ".utrecht-textbox",
      ".utrecht-textbox--invalid",
      ".utrecht-textarea",
      ".utrecht-select",
      ".utrecht-checkbox",
      ".utrecht-radio-button",
      ".utrecht-form-field",
      ".utrecht-form-field--checkbox",
      ".utrecht-form-field-error-message",
      ".utrecht-form-fieldset",
      ".utrecht-form-label",
      ".utrecht-table",
      ".utrecht-table__header-cell",
      ".utrecht-table__cell",
      ".utrecht-alert",
      ".utrecht-alert--error",
      ".utrecht-alert--ok",
      ".utrecht-alert--warning",
      ".nl-heading--level-1",
      ".nl-heading--level-4",
      ".nl-link",
      ".nl-paragraph",
      ".nl-skip-link",
      ".rhc-logo",
      ".utrecht-document",
    ]) {
      // A rule for the class itself, perhaps with a state (".nl-link:any-link"), not only a descendant.
      const eigen = new RegExp(`^${s.replace(".", "\\.")}(?![\\w-])`);
      expect([...selectoren].some((x) => eigen.test(x)), s).toBe(true);
    }
  });

  it("leaves out the components no page uses", () => {
    const source = readFileSync(BRON, "utf8");
    for (const blok of ["utrecht-accordion", "utrecht-breadcrumb-nav", "rhc-card", "rhc-hero", "utrecht-pagination", "rhc-toggletip", "rhc-data-summary"]) {
      expect(source, `${blok} in the source`).toContain(`.${blok}`);
      expect(css, blok).not.toContain(`.${blok}`);
    }
    // Less than a third of the file.
    expect(css.length).toBeLessThan(source.length / 3);
  });
});
