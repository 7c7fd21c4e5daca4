// The Beheer screen for webhooks: a subscription made by keyboard, its secret shown once, axe clean,
// and after a change to a nota the delivery in the log (the receiver is a real HTTP server here).
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createHmac } from "node:crypto";
import { expect, expectNoAxeViolations, loginAs, sessionFor, test } from "./support";

interface Ontvangen { headers: IncomingHttpHeaders; body: string }
let server: Server;
let ontvangerUrl = "";
const ontvangen: Ontvangen[] = [];

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      ontvangen.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  ontvangerUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/beslisroute`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test("a beheerder subscribes by keyboard, sees the secret once, and the delivery in the log", async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  await loginAs(page, "beheer");
  await page.goto("/beheer");
  await page.getByRole("link", { name: "Webhooks beheren en het afleverlog bekijken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A wrong URL first: the Dutch message beside the field, what was typed kept.
  const url = page.getByLabel("URL", { exact: true });
  await url.focus();
  await page.keyboard.type("http://dms.ministerie.nl/hooks");
  await page.keyboard.press("Tab");
  const status = page.getByLabel("De status van een nota is gewijzigd");
  await expect(status).toBeFocused();
  await page.keyboard.press("Space");
  await expect(status).toBeChecked();
  for (let i = 0; i < 5; i++) await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Omschrijving (optioneel)")).toBeFocused();
  await page.keyboard.type("Koppeling DMS (e2e)");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Abonnement aanmaken" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("De URL moet met https:// beginnen.").first()).toBeVisible();
  await expect(url).toHaveValue("http://dms.ministerie.nl/hooks");
  await expect(page.getByLabel("De status van een nota is gewijzigd")).toBeChecked();
  await expectNoAxeViolations(page);

  // Corrected (here: the local receiver, allowed for tests), sent with Enter from the field.
  await url.focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(ontvangerUrl);
  await page.keyboard.press("Enter");
  const melding = page.getByText(/Kopieer het geheim nu, het wordt niet meer getoond: whsec_/);
  await expect(melding).toBeVisible();
  const geheim = /(whsec_[A-Za-z0-9+/=]+)/.exec((await melding.textContent()) ?? "")![1]!;
  await expectNoAxeViolations(page);

  // Shown once: after a reload the secret is nowhere on the page.
  await page.reload();
  await expect(page.getByRole("heading", { level: 3, name: `Koppeling DMS (e2e): ${ontvangerUrl}` })).toBeVisible();
  expect(await page.content()).not.toContain(geheim);

  // An event: an opsteller creates a nota and submits it (concept → in_paraaf).
  const beheer = await sessionFor(playwright, baseURL!, "beheer");
  const gebruikers = (await (await beheer.get("/api/v1/gebruikers")).json()) as { id: string; email: string }[];
  const id = (login: string) => gebruikers.find((g) => g.email.startsWith(`${login}@`))!.id;
  const opsteller = await sessionFor(playwright, baseURL!, "opsteller");
  const nieuw = await opsteller.post("/api/v1/notas", { data: { onderwerp: "Webhook e2e", soort: "ter_beslissing", aanId: id("minister"), aanleiding: "Aanleiding.", kern: "Kern.", beslispunten: [{ tekst: "Instemmen." }] } });
  expect(nieuw.status()).toBe(201);
  const nota = (await nieuw.json()) as { id: string; kenmerk: string; versie: number };
  const ingediend = await opsteller.post(`/api/v1/notas/${nota.id}/indienen`, { headers: { "if-match": `"${nota.versie}"` }, data: { paraafroute: [{ volgorde: 1, gebruikerId: id("afdelingshoofd"), rol: "Afdelingshoofd" }] } });
  expect(ingediend.status()).toBe(200);

  await expect.poll(() => ontvangen.filter((o) => o.body.includes(nota.id)).length, { timeout: 30_000 }).toBe(1);
  const bericht = ontvangen.find((o) => o.body.includes(nota.id))!;
  const sleutel = Buffer.from(geheim.slice("whsec_".length), "base64");
  const verwacht = `v1,${createHmac("sha256", sleutel).update(`${bericht.headers["webhook-id"]}.${bericht.headers["webhook-timestamp"]}.${bericht.body}`).digest("base64")}`;
  expect(bericht.headers["webhook-signature"]).toBe(verwacht);
  expect(JSON.parse(bericht.body)).toMatchObject({ type: "nl.beslisroute.nota.status-gewijzigd", data: { notaId: nota.id, status: "in_paraaf", vorigeStatus: "concept" } });

  // The log on the page: the event, delivered, 204.
  await page.reload();
  const log = page.getByRole("table", { name: new RegExp(`Afleverlog van ${ontvangerUrl.replaceAll(".", "\\.")}`) });
  const rij = log.getByRole("row").filter({ hasText: nota.kenmerk });
  await expect(rij).toContainText("De status van een nota is gewijzigd");
  await expect(rij).toContainText("Afgeleverd");
  await expect(rij).toContainText("204");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: `Verwijderen: ${ontvangerUrl}` }).click();
  await expect(page.getByText("Er zijn nog geen abonnementen.").or(page.getByRole("heading", { level: 2, name: "Abonnementen" }))).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: `Koppeling DMS (e2e): ${ontvangerUrl}` })).toHaveCount(0);
});
