// Mijn taken is rendered on the server and kept current by a small island (components/taken/
// verversen.tsx, loaded when the browser is idle by verversen-later.tsx): every 30 seconds it
// fetches the dashboard and, when what it shows has changed, asks for a new render. A nota that reaches the afdelingshoofd while the page is open appears in
// the table without a reload, and the rest of the page (what the official was doing) stays.
import { Ambtenaren } from "./notas";
import { expect, expectNoAxeViolations, loginAs, test } from "./support";

test("a nota that reaches the afdelingshoofd appears in the open Mijn taken within half a minute, without a reload", async ({ page, playwright, baseURL }) => {
  const ambtenaren = new Ambtenaren(playwright, baseURL!);
  try {
    await page.clock.install();
    await loginAs(page, "afdelingshoofd");
    const onderwerp = `Verversen ${Date.now().toString(36)}`;
    // A marker on the window: a full reload would lose it.
    await page.evaluate(() => ((window as unknown as { zelfdePagina: boolean }).zelfdePagina = true));
    await expect(page.getByRole("link", { name: onderwerp })).toHaveCount(0);
    await expect(page.locator(".br-bijgewerkt")).toHaveText(/^Bijgewerkt /);

    const nota = await ambtenaren.nieuweNota({ onderwerp });
    await ambtenaren.naar(nota, "in_paraaf");
    const dashboard = page.waitForResponse((r) => r.url().endsWith("/api/v1/dashboard") && r.status() === 200);
    await page.clock.fastForward(31_000);
    await dashboard;

    const rij = page.getByRole("row", { name: new RegExp(onderwerp) });
    await expect(rij).toBeVisible();
    await expect(rij).toContainText("Paraaf");
    await expect(rij.getByRole("link", { name: onderwerp })).toHaveAttribute("href", `/notas/${nota.id}`);
    expect(await page.evaluate(() => (window as unknown as { zelfdePagina?: boolean }).zelfdePagina)).toBe(true);
    await expectNoAxeViolations(page);
  } finally {
    await ambtenaren.sluit();
  }
});

test("when the dashboard cannot be fetched, Mijn taken says so and keeps what it shows", async ({ page }) => {
  await page.clock.install();
  await loginAs(page, "afdelingshoofd");
  const rijen = await page.getByRole("row").count();
  await page.route("**/api/v1/dashboard", (route) => route.fulfill({ status: 503, contentType: "application/problem+json", body: '{"title":"Onderhoud","status":503}' }));
  // The island is loaded once the browser is idle (at most 3 s after hydration) and then fetches at
  // once, as what the server rendered is older than half a minute by now; that first poll and
  // TanStack Query's retries (1 s, 2 s, 4 s) all fail.
  const eerstePoll = page.waitForRequest((r) => r.url().endsWith("/api/v1/dashboard"));
  await page.clock.fastForward(31_000);
  await eerstePoll;
  for (let i = 0; i < 4; i++) await page.clock.fastForward(31_000);
  await expect(page.locator(".br-bijgewerkt")).toContainText("verversen mislukt, we proberen het opnieuw.");
  await expect(page.getByRole("row")).toHaveCount(rijen);
});
