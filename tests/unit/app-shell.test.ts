// The page frame renders its header and the page's content each inside a Suspense boundary of its
// own (React's <!--$--> … <!--/$--> markers in the server HTML), so the browser hydrates them in
// slices instead of one long task (issue 14, Total Blocking Time). The frame outside them — skip
// link, <main>, footer — stays what it was.
import { describe, expect, it } from "vitest";
import { createElement as h } from "react";
import { renderToString } from "react-dom/server";
import { AppShell } from "@/components/shell/app-shell";

const html = renderToString(h(AppShell, { organisatie: "Ministerie van Binnenlandse Zaken", children: h("p", { id: "pagina" }, "Inhoud") }));

describe("AppShell", () => {
  it("puts the page's content in a boundary of its own inside <main>", () => {
    expect(html).toMatch(/<main id="inhoud" class="br-main" tabindex="-1"><!--\$--><p id="pagina">Inhoud<\/p><!--\/\$--><\/main>/);
  });
  it("puts the header in a boundary of its own, after the skip link", () => {
    expect(html).toMatch(/Direct naar de inhoud<\/a><!--\$--><header class="br-header">[\s\S]*<\/header><!--\/\$--><main/);
  });
  it("keeps the footer outside both boundaries", () => {
    expect(html).toMatch(/<\/main><footer[^>]*>[\s\S]*<\/footer>$/);
  });
});
