// The woo-coördinator's journey of issue 16: a nota naming people who are not users reaches the
// review screen; publication is refused until every candidate is judged; the coordinator confirms
// and dismisses them with the keyboard, publishes, and the package holds the inventarislijst.
import type { APIRequestContext, APIResponse, PlaywrightWorkerArgs } from "@playwright/test";
import { unzipSync, strFromU8 } from "fflate";
import { expect, expectNoAxeViolations, expectPageBasics, loginAs, sessionFor, test } from "./support";

type Json = Record<string, unknown> & { id?: string; versie?: number };

async function ok(res: APIResponse, status = 200): Promise<Json> {
  const body = await res.text();
  expect(res.status(), body).toBe(status);
  return JSON.parse(body);
}

const uniek = Math.random().toString(36).slice(2, 7);

/** A nota without MR that names a citizen, an expert and a BSN, taken to verzonden through the API. */
async function verzondenNota(playwright: PlaywrightWorkerArgs["playwright"], base: string): Promise<{ id: string; kenmerk: string }> {
  const c: Record<string, APIRequestContext> = {};
  for (const login of ["opsteller", "afdelingshoofd", "directeur", "dg", "minister", "pz", "beheer"]) c[login] = await sessionFor(playwright, base, login);
  const gebruikers = (await ok(await c.beheer!.get("/api/v1/gebruikers"))) as unknown as { email: string; id: string }[];
  const ids: Record<string, string> = Object.fromEntries(gebruikers.map((u) => [u.email.split("@")[0]!, u.id]));
  let nota = await ok(
    await c.opsteller!.post("/api/v1/notas", {
      data: {
        onderwerp: `Reactie op de inspraak over de herindeling ${uniek}`,
        soort: "ter_beslissing",
        aanId: ids.minister,
        mrBehandeling: false,
        kamerbrief: true,
        aanleiding: "Naar aanleiding van de brief van mevrouw Pietersen uit Zwolle.",
        kern: "De reactie, met dank aan prof. dr. A. Yildiz van de Universiteit Leiden.",
        toelichting: "- Het BSN van de indiener is 111222333\n- Afgestemd met Pieter Jansen",
        nietOpenbaar: "NVT",
        motivering: "In de openbaar gemaakte versie zijn alle persoonsgegevens geanonimiseerd.",
        beslispunten: [{ tekst: "Instemmen met de reactie" }],
        bijlagen: [],
      },
    }),
    201,
  );
  const url = `/api/v1/notas/${nota.id}`;
  const etag = () => ({ "if-match": `"${nota.versie}"` });
  nota = await ok(
    await c.opsteller!.post(`${url}/indienen`, {
      headers: etag(),
      data: { paraafroute: [{ volgorde: 1, gebruikerId: ids.afdelingshoofd, rol: "Afdelingshoofd" }, { volgorde: 2, gebruikerId: ids.directeur, rol: "Directeur" }, { volgorde: 3, gebruikerId: ids.dg, rol: "DG" }] },
    }),
  );
  for (const login of ["afdelingshoofd", "directeur", "dg"]) nota = await ok(await c[login]!.post(`${url}/paraaf`, { headers: etag(), data: { oordeel: "akkoord" } }));
  nota = await ok(await c.minister!.post(`${url}/besluit`, { headers: etag(), data: { beslispunten: [{ volgnummer: 1, oordeel: "akkoord" }], uitkomst: "besloten" } }));
  nota = await ok(await c.opsteller!.put(`${url}/kamerbrief`, { headers: etag(), data: { betreft: "Reactie op de inspraak", tekst: "Hierbij bied ik u de reactie aan.", ondertekenaarId: ids.minister } }));
  const vandaag = new Date().toLocaleDateString("en-CA", { timeZone: "Europe/Amsterdam" });
  nota = await ok(await c.pz!.post(`${url}/verzending`, { headers: etag(), data: { verzondenOp: vandaag } }));
  expect(nota.status).toBe("verzonden");
  for (const ctx of Object.values(c)) await ctx.dispose();
  return { id: nota.id as string, kenmerk: nota.kenmerk as string };
}

test("the woo-coördinator judges the candidates for other people's personal data and publishes", async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const { id, kenmerk } = await verzondenNota(playwright, baseURL!);
  await loginAs(page, "woo");
  await page.goto(`/notas/${id}/openbare-versie`);
  await expectPageBasics(page, "Openbare versie — Beslisroute");

  const sectie = page.getByRole("region", { name: "Mogelijke persoonsgegevens van anderen" });
  await expect(sectie).toContainText("3 mogelijke persoonsgegevens van anderen zijn nog niet beoordeeld: Aanleiding (1), Kern (1), Toelichting (1).");
  // Fail closed: no publish button while a candidate is open, and the server refuses too.
  await expect(page.getByRole("button", { name: "Openbare versie vaststellen en publiceren" })).toHaveCount(0);
  const nota = await (await page.request.get(`/api/v1/notas/${id}`)).json();
  const weigering = await page.request.post(`/api/v1/notas/${id}/publicatie`, { headers: { "if-match": `"${nota.versie}"` } });
  expect(weigering.status()).toBe(409);
  expect((await weigering.json()).detail).toContain("3 mogelijke persoonsgegevens van anderen zijn nog niet beoordeeld");
  // Officials were withheld already; the citizen's name is still readable in the public version.
  const openbaar = page.getByRole("region", { name: "Openbare versie" });
  await expect(openbaar).not.toContainText("Pieter Jansen");
  await expect(openbaar).toContainText("mevrouw Pietersen");
  await expectNoAxeViolations(page);

  // Judge with the keyboard: focus each select and choose by typing.
  const pietersen = page.getByLabel("Besluit over “mevrouw Pietersen” (Aanleiding)");
  await pietersen.focus();
  await pietersen.selectOption("weglakken:5.1.2e");
  await page.getByLabel("Besluit over “111222333” (Toelichting)").selectOption("weglakken:5.1.1e");
  await page.getByLabel("Besluit over “prof. dr. A. Yildiz” (Kern)").selectOption("behouden:reeds_openbaar");
  await page.getByRole("button", { name: "Beoordeling opslaan" }).press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "De beoordeling is opgeslagen" })).toBeVisible();
  await expect(sectie).toContainText("Geen open kandidaten.");
  await expect(sectie).toContainText("\"prof. dr. A. Yildiz\" (Kern): Al openbaar");
  await expect(page.getByRole("region", { name: "Openbare versie" })).not.toContainText("Pietersen");
  await expect(page.getByRole("region", { name: "Openbare versie" })).not.toContainText("111222333");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Openbare versie vaststellen en publiceren" }).click();
  await expect(page.getByRole("status").filter({ hasText: "vastgesteld en gepubliceerd" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The package: every document, the inventarislijst; nothing of what was withheld.
  const zip = unzipSync(new Uint8Array(await (await page.request.get(`/api/v1/notas/${id}/publicatiepakket.zip`)).body()));
  expect(Object.keys(zip).sort()).toEqual(
    [`${kenmerk}-beslisnota-openbaar.pdf`, `${kenmerk}-diwoo.xml`, `${kenmerk}-kamerbrief.pdf`, `${kenmerk}-kamerbrief-diwoo.xml`, `${kenmerk}-inventarislijst.csv`, `${kenmerk}-inventarislijst.pdf`].sort(),
  );
  const csv = strFromU8(zip[`${kenmerk}-inventarislijst.csv`]!);
  expect(csv).toContain(`1,Beslisnota ${kenmerk}: Reactie op de inspraak over de herindeling ${uniek},`);
  expect(csv).toContain(",Deels openbaar,\"5.1.1e, 5.1.2e\",");
  for (const [naam, bytes] of Object.entries(zip)) if (!naam.endsWith(".pdf")) expect(strFromU8(bytes), naam).not.toMatch(/Pietersen|111222333|Jansen/);
});
