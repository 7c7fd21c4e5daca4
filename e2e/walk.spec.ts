// The route walk: every nota route of the API (reads and mutations) and every page, and the API
// outside a nota, as each of the 12 demo officials and
// an opsteller of another directie, on the demo notas in every state. The expectation is the table
// below, written out by hand from the product rules (DOMAIN.md §6 and the visibility decision of
// issue 3) — not computed by lib/domain — so a wrong rule in the code fails here.
import type { Browser, APIRequestContext } from "@playwright/test";
import { expect, loginAs, test } from "./support";

type Wie = "opsteller" | "afdelingshoofd" | "directeur" | "dg" | "juridisch" | "minister" | "bestuursondersteuning" | "mr" | "pz" | "woo" | "beheer" | "lezer" | "opsteller2";
/** Which notas someone sees: in concept/retour (own directie only), rubricated (after indienen), any other. */
type Klasse = "directie" | "gerubriceerd" | "open";

// prettier-ignore
const ZIET: Record<Wie, Record<Klasse, boolean>> = {
  //                       directie  gerubriceerd  open
  opsteller:             { directie: true,  gerubriceerd: true,  open: true }, // DB, opsteller of the notas
  afdelingshoofd:        { directie: true,  gerubriceerd: true,  open: true }, // DB, on the route
  directeur:             { directie: true,  gerubriceerd: true,  open: true }, // DB, on the route
  lezer:                 { directie: true,  gerubriceerd: false, open: true }, // DB, not on the route
  dg:                    { directie: false, gerubriceerd: true,  open: true }, // above directie level, on the route
  juridisch:             { directie: false, gerubriceerd: true,  open: true }, // DWJZ, medeparaaf on the route
  minister:              { directie: false, gerubriceerd: true,  open: true }, // addressed
  bestuursondersteuning: { directie: false, gerubriceerd: true,  open: true },
  mr:                    { directie: false, gerubriceerd: true,  open: true },
  pz:                    { directie: false, gerubriceerd: true,  open: true },
  woo:                   { directie: false, gerubriceerd: true,  open: true },
  beheer:                { directie: true,  gerubriceerd: true,  open: true },
  opsteller2:            { directie: false, gerubriceerd: false, open: true }, // DWJZ, not on any route
};

/** The pages outside a nota, and which of them each official may open (200) or not (403). */
const PAGINAS = ["/", "/notas", "/ministerraad", "/mijn-gegevens", "/beheer", "/notas/nieuw", "/notas/importeren"] as const;
// prettier-ignore
const MAG_OPENEN: Record<Wie, readonly (typeof PAGINAS)[number][]> = {
  opsteller: ["/", "/notas", "/ministerraad", "/mijn-gegevens", "/notas/nieuw", "/notas/importeren"],
  opsteller2: ["/", "/notas", "/ministerraad", "/mijn-gegevens", "/notas/nieuw", "/notas/importeren"],
  beheer: ["/", "/notas", "/ministerraad", "/mijn-gegevens", "/beheer"],
  afdelingshoofd: ["/", "/notas", "/ministerraad", "/mijn-gegevens"],
  directeur: ["/", "/notas", "/ministerraad", "/mijn-gegevens"],
  dg: ["/", "/notas", "/ministerraad", "/mijn-gegevens"],
  juridisch: ["/", "/notas", "/ministerraad", "/mijn-gegevens"],
  minister: ["/", "/notas", "/ministerraad", "/mijn-gegevens"],
  bestuursondersteuning: ["/", "/notas", "/ministerraad", "/mijn-gegevens"],
  mr: ["/", "/notas", "/ministerraad", "/mijn-gegevens"],
  pz: ["/", "/notas", "/ministerraad", "/mijn-gegevens"],
  woo: ["/", "/notas", "/ministerraad", "/mijn-gegevens"],
  lezer: ["/", "/notas", "/ministerraad", "/mijn-gegevens"],
};

/** The one demo nota with a rubricering ("Departementaal vertrouwelijk"). */
const GERUBRICEERD = new Set(["Dreigingsbeeld ambtsdragers 2027"]);

/** The demo notas (prisma/demo/seed-notas.ts): one or more in each state. */
const DEMO_NOTAS = [
  "Kabinetsreactie op het ROB-advies ‘Naar een uitvoerende macht’",
  "Evaluatie Wet open overheid: eerste bevindingen",
  "Subsidieregeling versterking lokale democratie 2027",
  "Reactie op motie over burgerberaden",
  "Visie op de rol van uitvoeringsorganisaties in beleidsvorming",
  "Wijziging Kieswet in verband met digitale ondersteuning",
  "Beantwoording Kamervragen over ondermijning in het openbaar bestuur",
  "Dreigingsbeeld ambtsdragers 2027",
  "Kabinetsstandpunt decentralisatie jeugdzorg",
  "Wetsvoorstel versterking weerbaarheid democratie",
  "Kabinetsreactie op het rapport over digitale inclusie",
  "Voortgangsbrief versterking gemeentelijke uitvoeringskracht",
  "Stand van zaken ambtelijke integriteit",
  "Verplichte registratie van lobbycontacten bij gemeenten",
  "Pilot regionale burgerpanels",
];

const NOTA_API = ["", "/audit", "/versies", "/weglakkingen", "/kandidaten", "/kamerbrief.pdf", "/kamerbrief.docx", "/nota.pdf", "/openbare-versie.pdf", "/openbare-versie.html", "/diwoo.xml", "/publicatiepakket.zip"];
const NOTA_PAGINAS = ["", "/bewerken", "/indienen", "/kamerbrief", "/openbare-versie"];
/** Every nota mutation of the API: for a nota one may not see, 404 before anything else is judged. */
const NOTA_MUTATIES = ["/indienen", "/paraaf", "/besluit", "/terugsturen", "/intrekken", "/mr-aanmelding", "/mr-uitkomst", "/verzending", "/publicatie", "/weglakkingen", "/kandidaten"];
/** The API outside a nota: 200 for every signed-in official, the security log for the beheerder only. */
const ALGEMENE_API = ["/api/v1/ik", "/api/v1/gebruikers", "/api/v1/taken", "/api/v1/dashboard", "/api/v1/mr-vergaderingen", "/api/v1/tokens", "/api/v1/openapi.json", "/api/v1/audit/verificatie", "/api/v1/beveiligingslog"];
const ALLEEN_BEHEER = new Set(["/api/v1/beveiligingslog"]);

interface DemoNota { id: string; kenmerk: string; onderwerp: string; status: string }

const klasse = (n: DemoNota): Klasse => (n.status === "concept" || n.status === "retour" ? "directie" : GERUBRICEERD.has(n.onderwerp) ? "gerubriceerd" : "open");

async function signedIn(browser: Browser, baseURL: string, wie: Wie): Promise<{ request: APIRequestContext; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  if (wie === "opsteller2") {
    await page.goto("/inloggen");
    await page.getByLabel("E-mailadres").fill("opsteller2@beslisroute.test");
    await page.getByLabel("Wachtwoord").fill("tweede-opsteller-wachtwoord");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mijn taken" })).toBeVisible();
  } else {
    await loginAs(page, wie);
  }
  return { request: page.request, close: () => context.close() };
}

test("every nota route and page answers as the table says, for every official and state", async ({ page, browser, baseURL }) => {
  test.setTimeout(600_000);
  // An opsteller of another directie, made through the Beheer form.
  await loginAs(page, "beheer");
  await page.goto("/beheer");
  await page.getByText("Nieuwe gebruiker", { exact: true }).click();
  const form = page.getByRole("form", { name: "Nieuwe gebruiker" });
  await form.getByLabel("Naam", { exact: true }).fill("Tweede Opsteller");
  await form.getByLabel("E-mailadres").fill("opsteller2@beslisroute.test");
  await form.getByLabel("Organisatieonderdeel").selectOption({ label: "Directie Wetgeving en Juridische Zaken" });
  await form.getByLabel("Opsteller").check();
  await form.getByLabel("Startwachtwoord").fill("tweede-opsteller-wachtwoord");
  await form.getByRole("button", { name: "Gebruiker toevoegen" }).click();
  await expect(form.getByRole("status")).toContainText("Tweede Opsteller is toegevoegd.");

  // The demo notas as they stand now (the beheerder sees all), with their state.
  const alle: DemoNota[] = [];
  let cursor: string | null = null;
  do {
    const res = await page.request.get(`/api/v1/notas?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { items: DemoNota[]; volgende: string | null };
    alle.push(...body.items);
    cursor = body.volgende;
  } while (cursor);
  // Other tests may make notas with the same onderwerp (the API chain re-creates the ROB nota): the
  // seeded one is the one with the lowest kenmerk, as the seed runs before any test.
  const notas = DEMO_NOTAS.map((o) => {
    const n = alle.filter((x) => x.onderwerp === o).sort((a, b) => a.kenmerk.localeCompare(b.kenmerk))[0];
    expect(n, o).toBeTruthy();
    return n!;
  });
  const demoIds = new Set(notas.map((n) => n.id));
  expect(new Set(notas.map((n) => n.status)).size).toBeGreaterThanOrEqual(10);
  for (const n of notas) {
    const detail = (await (await page.request.get(`/api/v1/notas/${n.id}`)).json()) as { rubricering: string | null };
    expect(Boolean(detail.rubricering), `rubricering van ${n.onderwerp}`).toBe(GERUBRICEERD.has(n.onderwerp));
  }

  const fouten: string[] = [];
  const check = (wat: string, got: number, ok: (s: number) => boolean, verwacht: string) => {
    if (!ok(got)) fouten.push(`${wat}: ${got}, verwacht ${verwacht}`);
  };
  for (const wie of Object.keys(ZIET) as Wie[]) {
    const { request, close } = await signedIn(browser, baseURL!, wie);
    try {
      // The list holds exactly the demo notas the table says.
      const zichtbaar: DemoNota[] = [];
      let c: string | null = null;
      do {
        const body = (await (await request.get(`/api/v1/notas?limit=100${c ? `&cursor=${encodeURIComponent(c)}` : ""}`)).json()) as { items: DemoNota[]; volgende: string | null };
        zichtbaar.push(...body.items);
        c = body.volgende;
      } while (c);
      const verwacht = notas.filter((n) => ZIET[wie][klasse(n)]).map((n) => n.onderwerp).sort();
      expect(zichtbaar.filter((z) => demoIds.has(z.id)).map((z) => z.onderwerp).sort(), `lijst van ${wie}`).toEqual(verwacht);

      for (const n of notas) {
        const ziet = ZIET[wie][klasse(n)];
        const base = `/api/v1/notas/${n.id}`;
        if (!ziet) {
          // Invisible: 404 on every route and every page, the exports included.
          for (const r of NOTA_API) check(`${wie} GET ${base}${r} (${n.status})`, (await request.get(base + r)).status(), (s) => s === 404, "404");
          for (const p of NOTA_PAGINAS) check(`${wie} ${`/notas/${n.id}${p}`} (${n.status})`, (await request.get(`/notas/${n.id}${p}`)).status(), (s) => s === 404, "404");
          for (const m of NOTA_MUTATIES) check(`${wie} POST ${base}${m} (${n.status})`, (await request.post(base + m, { headers: { "if-match": '"1"' }, data: {} })).status(), (s) => s === 404, "404");
          const pdf = { name: "bijlage.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") };
          check(`${wie} POST ${base}/bijlagen/1/bestand (${n.status})`, (await request.post(`${base}/bijlagen/1/bestand`, { headers: { "if-match": '"1"' }, multipart: { bestand: pdf } })).status(), (s) => s === 404, "404");
          check(`${wie} PATCH ${base} (${n.status})`, (await request.patch(base, { headers: { "if-match": '"1"' }, data: {} })).status(), (s) => s === 404, "404");
          check(`${wie} PUT ${base}/kamerbrief (${n.status})`, (await request.put(`${base}/kamerbrief`, { headers: { "if-match": '"1"' }, data: {} })).status(), (s) => s === 404, "404");
          continue;
        }
        for (const r of ["", "/audit", "/versies"]) check(`${wie} GET ${base}${r} (${n.status})`, (await request.get(base + r)).status(), (s) => s === 200, "200");
        // Documents: never a 404 or a 5xx for a nota one may see (a 403 or 409 where the role or state says no).
        for (const r of ["/nota.pdf", "/openbare-versie.html"]) check(`${wie} GET ${base}${r} (${n.status})`, (await request.get(base + r)).status(), (s) => [200, 403, 409].includes(s), "200/403/409");
        check(`${wie} /notas/${n.id} (${n.status})`, (await request.get(`/notas/${n.id}`)).status(), (s) => s === 200, "200");
      }
      for (const p of PAGINAS) {
        const magWel = MAG_OPENEN[wie].includes(p);
        check(`${wie} ${p}`, (await request.get(p)).status(), (s) => s === (magWel ? 200 : 403), magWel ? "200" : "403");
      }
      for (const r of ALGEMENE_API) {
        const mag = !ALLEEN_BEHEER.has(r) || wie === "beheer";
        check(`${wie} GET ${r}`, (await request.get(r)).status(), (s) => s === (mag ? 200 : 403), mag ? "200" : "403");
      }
      // Names for everyone, e-mail addresses for the beheerder only.
      const gebruikers = (await (await request.get("/api/v1/gebruikers")).json()) as Record<string, unknown>[];
      check(`${wie} e-mailadressen in /api/v1/gebruikers`, gebruikers.filter((u) => "email" in u).length, (k) => (wie === "beheer" ? k === gebruikers.length : k === 0), wie === "beheer" ? "alle" : "geen");
    } finally {
      await close();
    }
  }
  expect(fouten, "afwijkingen van de tabel").toEqual([]);
});

test("signed-out visitors get 401 on every nota route and the sign-in page for every nota page", async ({ page }) => {
  await loginAs(page, "beheer");
  const id = ((await (await page.request.get("/api/v1/notas?limit=1")).json()) as { items: { id: string }[] }).items[0]!.id;
  await page.getByRole("button", { name: "Uitloggen" }).click();
  for (const r of NOTA_API) {
    const res = await page.request.get(`/api/v1/notas/${id}${r}`);
    expect(res.status(), r).toBe(401);
    expect(res.headers()["content-type"], r).toContain("application/problem+json");
  }
  for (const p of NOTA_PAGINAS) {
    const res = await page.request.get(`/notas/${id}${p}`, { maxRedirects: 0 });
    expect(res.status(), p).toBe(307);
    expect(res.headers()["location"], p).toContain(`/inloggen?callbackUrl=${encodeURIComponent(`/notas/${id}${p}`)}`);
  }
});
