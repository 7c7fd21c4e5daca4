// Every action on a nota through its form in the browser, as the official who takes it, on a nota of
// the test's own in the state where the form shows: axe on the form as it stands, then the action,
// then the status message — written out below, not read from lib/ui/meldingen.ts — which takes the
// focus, and the state the nota is in afterwards, read back through the API.
import type { Page } from "@playwright/test";
import { Ambtenaren, ok, vandaag, type Json, type Login, type Stand } from "./notas";
import { expect, expectNoAxeViolations, loginAs, test } from "./support";
import { maakBijlagePdf } from "../tests/support/bijlage-pdf-maker";

/** The label of a meeting in the forms' select: "dinsdag 15 december 2026 (extra)". */
const vergaderLabel = (datum: string) =>
  `${new Date(`${datum}T12:00:00Z`).toLocaleDateString("nl-NL", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })} (extra)`;

interface Context {
  page: Page;
  ambtenaren: Ambtenaren;
  nota: Json;
}

interface Geval {
  /** The action, as the official would name it. */
  actie: string;
  login: Login;
  /** The state the nota is brought to through the API first. */
  stand: Stand;
  /** Anything else the form needs before it shows (a meeting, a letter). */
  voorbereiden?: (c: Context) => Promise<Record<string, string>>;
  /** The page the form is on (default: the nota's page). */
  pagina?: (id: string) => string;
  /** Opens what the form sits in (a closed disclosure), as the official would. */
  openen?: (page: Page) => Promise<void>;
  /** Fills the form; the form's own submit button is `knop`. */
  invullen: (c: Context, extra: Record<string, string>) => Promise<void>;
  knop: string;
  /** The status message, word for word, and the page it appears on. */
  melding: string;
  landtOp: (id: string) => string;
  /** The nota's state afterwards (API). */
  daarna: string;
  /** More to check afterwards, through the API. */
  controle?: (nota: Json, extra: Record<string, string>) => void;
}

const GEVALLEN: Geval[] = [
  {
    actie: "indienen voor paraaf",
    login: "opsteller",
    stand: "concept",
    pagina: (id) => `/notas/${id}/indienen`,
    invullen: async () => {},
    knop: "Indienen",
    melding: "De nota is ingediend. De eerste parafeerder heeft bericht gekregen.",
    landtOp: (id) => `/notas/${id}`,
    daarna: "in_paraaf",
  },
  {
    actie: "bewerken",
    login: "opsteller",
    stand: "concept",
    pagina: (id) => `/notas/${id}/bewerken`,
    invullen: async ({ page }) => {
      await page.getByRole("textbox", { name: "Kern", exact: true }).fill("Het advies is het kader te herijken, op grond van de Gemeentewet.");
    },
    knop: "Wijzigingen opslaan",
    melding: "De wijzigingen zijn opgeslagen.",
    landtOp: (id) => `/notas/${id}`,
    daarna: "concept",
    controle: (n) => expect(n.kern).toBe("Het advies is het kader te herijken, op grond van de Gemeentewet."),
  },
  {
    actie: "een bestand bij een bijlage uploaden",
    login: "opsteller",
    stand: "concept",
    pagina: (id) => `/notas/${id}/bewerken`,
    invullen: async ({ page }) => {
      const pdf = await maakBijlagePdf(["Conceptbrief aan de Tweede Kamer", "Hierbij informeer ik u."]);
      await page.getByLabel("Bijlage 1: Conceptbrief aan de TK").setInputFiles({ name: "conceptbrief.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf) });
    },
    knop: "Bestand bij bijlage 1 opslaan",
    melding: "Het bestand is bij de bijlage opgeslagen.",
    landtOp: (id) => `/notas/${id}/bewerken`,
    daarna: "concept",
    controle: (n) => expect((n.bijlagen as { bestand: { naam: string } | null }[])[0]!.bestand).toMatchObject({ naam: "conceptbrief.pdf" }),
  },
  {
    actie: "intrekken",
    login: "opsteller",
    stand: "in_paraaf",
    // behind a disclosure, so nobody withdraws a nota by accident
    openen: (page) => page.getByText("Nota intrekken", { exact: true }).and(page.locator("summary")).click(),
    invullen: async ({ page }) => {
      await page.getByLabel("Reden van intrekken").fill("De Kamer heeft de motie ingetrokken.");
    },
    knop: "Nota intrekken",
    melding: "De nota is ingetrokken.",
    landtOp: (id) => `/notas/${id}`,
    daarna: "ingetrokken",
  },
  {
    actie: "paraferen (akkoord)",
    login: "afdelingshoofd",
    stand: "in_paraaf",
    invullen: async ({ page }) => {
      await page.getByLabel("Akkoord", { exact: true }).check();
    },
    knop: "Paraaf vastleggen",
    melding: "Uw paraaf is vastgelegd.",
    landtOp: (id) => `/notas/${id}`,
    daarna: "in_paraaf",
  },
  {
    actie: "paraferen (niet akkoord, retour)",
    login: "afdelingshoofd",
    stand: "in_paraaf",
    invullen: async ({ page }) => {
      await page.getByLabel("Niet akkoord", { exact: true }).check();
      await page.getByRole("textbox", { name: "Opmerking", exact: true }).fill("De financiële paragraaf ontbreekt.");
    },
    knop: "Paraaf vastleggen",
    melding: "Uw paraaf is vastgelegd. De nota is retour naar de opsteller.",
    landtOp: () => "/",
    daarna: "retour",
  },
  {
    actie: "besluiten",
    login: "minister",
    stand: "bij_bewindspersoon",
    invullen: async ({ page }) => {
      await page.locator("#veld-beslispunten-1-oordeel-akkoord").check();
      await page.locator("#veld-beslispunten-2-oordeel-niet_akkoord").check();
      await page.getByLabel("Annotatie van de bewindspersoon").fill("Eerst de VNG horen.");
    },
    knop: "Besluit vastleggen",
    melding: "Het besluit is vastgelegd.",
    landtOp: (id) => `/notas/${id}`,
    daarna: "besloten",
    controle: (n) => expect((n.beslispunten as { oordeel: string }[]).map((b) => b.oordeel)).toEqual(["akkoord", "niet_akkoord"]),
  },
  {
    actie: "terugsturen",
    login: "bestuursondersteuning",
    stand: "bij_bewindspersoon",
    invullen: async ({ page }) => {
      await page.getByLabel("Waarom gaat de nota terug?").fill("De minister wil eerst het advies van de Raad van State.");
    },
    knop: "Terugsturen",
    melding: "De nota is teruggestuurd naar de opsteller.",
    landtOp: () => "/",
    daarna: "retour",
  },
  {
    actie: "aanmelden voor de ministerraad",
    login: "mr",
    stand: "besloten",
    voorbereiden: async ({ ambtenaren }) => {
      const v = await ambtenaren.nieuweVergadering();
      return { vergadering: v.datum };
    },
    invullen: async ({ page }, extra) => {
      await page.getByLabel("Vergadering").selectOption({ label: vergaderLabel(extra.vergadering!) });
    },
    knop: "Aanmelden voor de ministerraad",
    melding: "De nota is aangemeld voor de ministerraad.",
    landtOp: (id) => `/notas/${id}`,
    daarna: "aangemeld_mr",
  },
  {
    actie: "MR-uitkomst: aangehouden, naar een latere vergadering",
    login: "mr",
    stand: "aangemeld_mr",
    voorbereiden: async ({ ambtenaren }) => {
      const v = await ambtenaren.nieuweVergadering();
      return { later: v.datum };
    },
    invullen: async ({ page }, extra) => {
      await page.getByLabel("Aangehouden", { exact: true }).check();
      await page.getByLabel("Bij aanhouden: naar vergadering").selectOption({ label: vergaderLabel(extra.later!) });
    },
    knop: "Uitkomst vastleggen",
    melding: "De uitkomst van de ministerraad is vastgelegd.",
    landtOp: (id) => `/notas/${id}`,
    // still on the agenda, now of the later meeting
    daarna: "aangemeld_mr",
  },
  {
    actie: "MR-uitkomst: akkoord",
    login: "mr",
    stand: "aangemeld_mr",
    invullen: async ({ page }) => {
      await page.getByLabel("Akkoord", { exact: true }).check();
    },
    knop: "Uitkomst vastleggen",
    melding: "De uitkomst van de ministerraad is vastgelegd.",
    landtOp: (id) => `/notas/${id}`,
    daarna: "mr_besloten",
  },
  {
    actie: "de Kamerbrief schrijven",
    login: "opsteller",
    stand: "mr_besloten",
    pagina: (id) => `/notas/${id}/kamerbrief`,
    invullen: async ({ page }) => {
      await page.getByLabel("Tekst van de brief").fill("Hierbij informeer ik u over de herijking van het subsidiekader.");
    },
    knop: "Kamerbrief opslaan",
    melding: "De Kamerbrief is opgeslagen.",
    landtOp: (id) => `/notas/${id}/kamerbrief`,
    daarna: "mr_besloten",
    controle: (n) => expect((n.kamerbriefDocument as { tekst: string }).tekst).toBe("Hierbij informeer ik u over de herijking van het subsidiekader."),
  },
  {
    actie: "de Kamerbrief als verzonden markeren",
    login: "pz",
    stand: "mr_besloten",
    voorbereiden: async ({ ambtenaren, nota }) => {
      await ok(
        await (await ambtenaren.als("opsteller")).put(`/api/v1/notas/${nota.id}/kamerbrief`, {
          headers: { "if-match": `"${nota.versie}"` },
          data: { betreft: String(nota.onderwerp), tekst: "Hierbij informeer ik u." },
        }),
      );
      return {};
    },
    invullen: async ({ page }) => {
      await page.getByLabel("Verzonden op").fill(vandaag());
    },
    knop: "Markeren als verzonden",
    melding: "De Kamerbrief is als verzonden gemarkeerd.",
    landtOp: (id) => `/notas/${id}`,
    daarna: "verzonden",
    controle: (n) => expect((n.verzending as { verzondenOp: string }).verzondenOp).toBe(vandaag()),
  },
  {
    actie: "de nummers van de Tweede Kamer vastleggen",
    login: "pz",
    stand: "verzonden",
    invullen: async ({ page }) => {
      await page.getByLabel("TK-documentnummer").fill("2026D12345");
      await page.getByLabel("Dossiernummer").fill("36 123");
      await page.getByLabel("Ondernummer").fill("7");
      await page.getByLabel("Vergaderjaar").fill("2026-2027");
    },
    knop: "TK-nummers opslaan",
    melding: "De nummers van de Tweede Kamer zijn opgeslagen.",
    landtOp: (id) => `/notas/${id}`,
    daarna: "verzonden",
    controle: (n) => expect((n.verzending as { kamerstuk: unknown }).kamerstuk).toEqual({ citaat: "Kamerstukken II 2026/27, 36 123, nr. 7", url: "https://zoek.officielebekendmakingen.nl/kst-36123-7.html" }),
  },
];

for (const g of GEVALLEN) {
  test(`${g.actie} (${g.login}, ${g.stand}): axe on the form, the status message takes the focus, the nota is ${g.daarna}`, async ({ page, playwright, baseURL }) => {
    test.setTimeout(90_000);
    const ambtenaren = new Ambtenaren(playwright, baseURL!);
    let nota = await ambtenaren.nieuweNota({ onderwerp: `Formulier ${g.actie} ${Math.random().toString(36).slice(2, 7)}` });
    nota = await ambtenaren.naar(nota, g.stand);
    const extra = (await g.voorbereiden?.({ page, ambtenaren, nota })) ?? {};

    await loginAs(page, g.login);
    await page.goto(g.pagina?.(nota.id) ?? `/notas/${nota.id}`);
    const knop = page.getByRole("button", { name: g.knop, exact: true });
    await g.openen?.(page);
    await expect(knop).toBeVisible();
    await expectNoAxeViolations(page);
    await g.invullen({ page, ambtenaren, nota }, extra);
    await knop.click();

    await expect(page).toHaveURL((url) => url.pathname === g.landtOp(nota.id));
    const status = page.getByRole("status").filter({ hasText: g.melding });
    await expect(status).toHaveText(g.melding);
    await expect(status).toBeFocused();
    const na = await ambtenaren.nota(nota.id, g.daarna === "retour" ? "opsteller" : g.login);
    expect(na.status).toBe(g.daarna);
    g.controle?.(na, extra);
    await ambtenaren.sluit();
  });
}

test("the aangehouden nota sits on the later meeting's agenda, and its timeline says so", async ({ page, playwright, baseURL }) => {
  test.setTimeout(90_000);
  const ambtenaren = new Ambtenaren(playwright, baseURL!);
  const onderwerp = `Aangehouden in de MR ${Math.random().toString(36).slice(2, 7)}`;
  const nota = await ambtenaren.naar(await ambtenaren.nieuweNota({ onderwerp }), "aangemeld_mr");
  const later = await ambtenaren.nieuweVergadering();
  await ok(
    await (await ambtenaren.als("mr")).post(`/api/v1/notas/${nota.id}/mr-uitkomst`, {
      headers: { "if-match": `"${nota.versie}"` },
      data: { uitkomst: "aangehouden", nieuweVergaderingId: later.id },
    }),
  );
  await loginAs(page, "mr");
  await page.goto(`/ministerraad/${later.id}`);
  await expect(page.getByRole("row", { name: new RegExp(onderwerp) })).toBeVisible();
  await page.goto(`/notas/${nota.id}`);
  await expect(page.locator(".br-tijdlijn")).toContainText("Aangehouden");
  await expect(page.getByRole("complementary", { name: "Voortgang" })).toContainText(vergaderLabel(later.datum).replace(" (extra)", ""));
  await ambtenaren.sluit();
});

/** Presses Tab until `doel` has the focus (at most `max` times): the keyboard alone gets there. */
async function tabNaar(page: Page, doel: ReturnType<Page["locator"]>, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await doel.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`na ${max} keer Tab nog geen focus op ${doel}`);
}

test("a paraaf and a besluit with the keyboard alone, from the top of the page", async ({ page, playwright, baseURL }) => {
  test.setTimeout(90_000);
  const ambtenaren = new Ambtenaren(playwright, baseURL!);
  const nota = await ambtenaren.naar(await ambtenaren.nieuweNota({ onderwerp: `Toetsenbord ${Math.random().toString(36).slice(2, 7)}` }), "in_paraaf");

  // The afdelingshoofd: Tab to the first oordeel (Akkoord), Space, Tab on to the button, Enter.
  await loginAs(page, "afdelingshoofd");
  await page.goto(`/notas/${nota.id}`);
  await tabNaar(page, page.getByLabel("Akkoord", { exact: true }));
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Akkoord", { exact: true })).toBeChecked();
  await tabNaar(page, page.getByRole("textbox", { name: "Opmerking", exact: true }));
  await page.keyboard.type("Gezien.");
  await tabNaar(page, page.getByRole("button", { name: "Paraaf vastleggen" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Uw paraaf is vastgelegd." })).toBeFocused();

  for (const login of ["directeur", "dg"] as const) {
    const n = await ambtenaren.nota(nota.id, login);
    await ok(await (await ambtenaren.als(login)).post(`/api/v1/notas/${nota.id}/paraaf`, { headers: { "if-match": `"${n.versie}"` }, data: { oordeel: "akkoord" } }));
  }

  // The minister: each beslispunt's radio group by Tab, the choice by arrow keys, then Enter.
  await page.context().clearCookies();
  await loginAs(page, "minister");
  await page.goto(`/notas/${nota.id}`);
  await tabNaar(page, page.locator("#veld-beslispunten-1-oordeel-akkoord"));
  await page.keyboard.press("Space");
  await tabNaar(page, page.locator("#veld-beslispunten-2-oordeel-akkoord"));
  await page.keyboard.press("Space");
  // Arrow down moves to the next choice of the group and picks it.
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("#veld-beslispunten-2-oordeel-akkoord")).not.toBeChecked();
  const gekozen = await page.locator("input[name='beslispunten.2.oordeel']:checked").getAttribute("id");
  await tabNaar(page, page.getByRole("button", { name: "Besluit vastleggen" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Het besluit is vastgelegd." })).toBeFocused();
  const na = await ambtenaren.nota(nota.id, "minister");
  expect(na.status).toBe("besloten");
  const oordeel2 = (na.beslispunten as { oordeel: string }[])[1]!.oordeel;
  expect(`veld-beslispunten-2-oordeel-${oordeel2}`).toBe(gekozen);
  expect(oordeel2).not.toBe("akkoord");
  await ambtenaren.sluit();
});

test("a form sent with an error keeps the focus on the error summary and what was typed", async ({ page, playwright, baseURL }) => {
  const ambtenaren = new Ambtenaren(playwright, baseURL!);
  const nota = await ambtenaren.naar(await ambtenaren.nieuweNota({ onderwerp: `Fout in formulier ${Math.random().toString(36).slice(2, 7)}` }), "bij_bewindspersoon");
  await loginAs(page, "bestuursondersteuning");
  await page.goto(`/notas/${nota.id}`);
  await page.getByRole("button", { name: "Terugsturen", exact: true }).click();
  const samenvatting = page.locator(".br-error-summary");
  await expect(samenvatting).toBeFocused();
  await expect(samenvatting).toContainText("Vul de reden van terugsturen in.");
  await expectNoAxeViolations(page);
  expect((await ambtenaren.nota(nota.id, "bestuursondersteuning")).status).toBe("bij_bewindspersoon");
  await ambtenaren.sluit();
});
