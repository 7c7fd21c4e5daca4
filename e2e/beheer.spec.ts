// Beheer's user forms in the browser, the most privileged mutations: a new official (the errors
// first, then created), the official signs in, the beheerder grants a role that takes effect at the
// official's next page, then deactivates the account: the official's open session ends with the
// reason on the sign-in page, and the password no longer works. Each form passes axe in the state
// it shows (with errors, after success).
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, loginAs, test } from "./support";

async function inloggen(page: Page, email: string, wachtwoord: string): Promise<void> {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(wachtwoord);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

test("the beheerder adds an official, grants a role, and deactivates the account, which ends the official's session", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const uniek = Date.now().toString(36);
  const naam = `Noor Bos ${uniek}`;
  const email = `noor.bos.${uniek}@beslisroute.test`;
  const startwachtwoord = "een-goed-startwachtwoord";

  await loginAs(page, "beheer");
  await page.goto("/beheer");
  await page.locator("summary", { hasText: "Nieuwe gebruiker" }).click();
  const nieuw = page.getByRole("form", { name: "Nieuwe gebruiker" });

  // Nothing filled in: the error summary takes the focus and names every field, in Dutch.
  await nieuw.getByRole("button", { name: "Gebruiker toevoegen" }).click();
  const samenvatting = nieuw.locator(".br-error-summary");
  await expect(samenvatting).toBeFocused();
  await expect(samenvatting.getByRole("listitem")).toHaveText(["Vul de naam in.", "Vul het e-mailadres in.", "Kies een organisatieonderdeel.", "Kies ten minste één rol.", "Het wachtwoord is minstens 12 tekens lang."]);
  // Each message links to its field, and the field says the same beside it.
  await samenvatting.getByRole("link", { name: "Kies een organisatieonderdeel." }).click();
  await expect(nieuw.getByLabel("Organisatieonderdeel")).toBeFocused();
  await expectNoAxeViolations(page);

  await nieuw.getByLabel("Naam", { exact: true }).fill(naam);
  await nieuw.getByLabel("E-mailadres").fill(email);
  await nieuw.getByLabel("Functie (optioneel)").fill("Beleidsmedewerker");
  await nieuw.getByLabel("Organisatieonderdeel").selectOption({ label: "Afdeling Bestuur en Uitvoering" });
  await nieuw.getByRole("group", { name: "Rollen" }).getByLabel("Lezer").check();
  await nieuw.getByLabel("Startwachtwoord").fill(startwachtwoord);
  await nieuw.getByRole("button", { name: "Gebruiker toevoegen" }).click();
  await expect(nieuw.getByRole("status")).toHaveText(`${naam} is toegevoegd.`);
  await expect(nieuw.getByRole("status")).toBeFocused();
  await expectNoAxeViolations(page);
  // The table of officials shows the new one with the role and unit chosen.
  const rij = page.getByRole("table", { name: "Gebruikers" }).getByRole("row").filter({ hasText: email });
  await expect(rij.getByRole("cell")).toHaveText([`${naam}${email}`, "Afdeling Bestuur en Uitvoering", "Lezer", "Actief"]);

  // The same address again is refused beside the field.
  await page.reload();
  await page.locator("summary", { hasText: "Nieuwe gebruiker" }).click();
  await nieuw.getByLabel("Naam", { exact: true }).fill("Nog een Noor");
  await nieuw.getByLabel("E-mailadres").fill(email.toUpperCase());
  await nieuw.getByLabel("Organisatieonderdeel").selectOption({ label: "Afdeling Bestuur en Uitvoering" });
  await nieuw.getByRole("group", { name: "Rollen" }).getByLabel("Lezer").check();
  await nieuw.getByLabel("Startwachtwoord").fill(startwachtwoord);
  await nieuw.getByRole("button", { name: "Gebruiker toevoegen" }).click();
  await expect(nieuw.locator(".br-error-summary").getByRole("listitem")).toHaveText(["Er is al een gebruiker met dit e-mailadres."]);

  // The new official signs in (a browser of their own) and is a lezer: no "Nieuwe nota".
  const ander = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const official = await ander.newPage();
  await inloggen(official, email, startwachtwoord);
  await expect(official.getByRole("heading", { level: 1, name: "Mijn taken" })).toBeVisible();
  await expect(official.getByRole("banner")).toContainText(naam);
  await expect(official.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Nieuwe nota" })).toHaveCount(0);
  await official.goto("/notas/nieuw");
  await expect(official.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");

  // The beheerder grants the role Opsteller: the official's next page offers "Nieuwe nota".
  await page.reload();
  await page.locator("summary", { hasText: "Rollen wijzigen" }).click();
  const rollen = page.getByRole("form", { name: `Rollen van ${naam}` });
  await rollen.getByLabel("Opsteller").check();
  await rollen.getByRole("button", { name: `Opslaan voor ${naam}` }).click();
  await expect(rollen.getByRole("status")).toHaveText("De rollen zijn opgeslagen.");
  await expectNoAxeViolations(page);
  await expect(rij.getByRole("cell").nth(2)).toHaveText("Opsteller, Lezer");
  await official.goto("/notas/nieuw");
  await expect(official.getByRole("heading", { level: 1 })).toHaveText("Nieuwe nota");

  // Deactivated: the official's open page ends at the sign-in page, which says why.
  await rollen.getByLabel("Account actief").uncheck();
  await rollen.getByRole("button", { name: `Opslaan voor ${naam}` }).click();
  await expect(rollen.getByRole("status")).toHaveText("De rollen zijn opgeslagen.");
  await expect(rij.getByRole("cell").nth(3)).toHaveText("Uitgeschakeld");
  await official.goto("/notas");
  await expect(official).toHaveURL(/\/inloggen\?reden=gedeactiveerd/);
  await expect(official.getByText("Uw account is niet meer actief. Neem contact op met de beheerder.")).toBeVisible();
  // And the password no longer opens it (the same words as a wrong password: nothing is revealed).
  await inloggen(official, email, startwachtwoord);
  await expect(official.getByRole("status")).toContainText("Het e-mailadres of het wachtwoord klopt niet.");
  await ander.close();
});
