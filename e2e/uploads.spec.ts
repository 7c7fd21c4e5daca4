// Large bijlagen over real HTTP, through proxy.ts: Next buffers a request body for the proxy and
// cuts it off at experimental.proxyClientMaxBodySize (10 MB unless set), so a file of 10–20 MB
// would arrive truncated. Both doors are tried with a 15 MB file: the API (multipart) and the
// bewerken page (a server action); the stored size is the file's, to the byte.
import { expect, loginAs, test } from "./support";
import { Ambtenaren, ok } from "./notas";

const GROOTTE = 15 * 1024 * 1024 + 123;

function grotePdf(): Buffer {
  const b = Buffer.alloc(GROOTTE, 0x20);
  b.write("%PDF-1.4\n", 0, "latin1");
  return b;
}

test("a 15 MB bijlage arrives whole through the API and through the bewerken page", async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const ambtenaren = new Ambtenaren(playwright, baseURL!);
  const opsteller = await ambtenaren.als("opsteller");

  // The API: multipart with If-Match.
  const viaApi = await ambtenaren.nieuweNota({ onderwerp: `Grote bijlage via de API ${Date.now()}` });
  const antwoord = await ok(
    await opsteller.post(`/api/v1/notas/${String(viaApi.id)}/bijlagen/1/bestand`, {
      headers: { "if-match": `"${String(viaApi.versie)}"` },
      multipart: { bestand: { name: "onderzoek.pdf", mimeType: "application/pdf", buffer: grotePdf() } },
    }),
  );
  expect((antwoord.bijlagen as { bestand: { naam: string; grootte: number } | null }[])[0]!.bestand).toMatchObject({ naam: "onderzoek.pdf", grootte: GROOTTE });

  // The page: the file input of bijlage 1 and its button.
  const viaPagina = await ambtenaren.nieuweNota({ onderwerp: `Grote bijlage via de pagina ${Date.now()}` });
  await loginAs(page, "opsteller");
  await page.goto(`/notas/${String(viaPagina.id)}/bewerken`);
  await page.getByLabel("Bijlage 1: Conceptbrief aan de TK").setInputFiles({ name: "onderzoek.pdf", mimeType: "application/pdf", buffer: grotePdf() });
  await page.getByRole("button", { name: "Bestand bij bijlage 1 opslaan" }).click();
  // 15 MB through a server action on a busy machine: allow it time
  await expect(page.getByText("Het bestand is bij de bijlage opgeslagen.")).toBeVisible({ timeout: 60_000 });
  const opgeslagen = await ambtenaren.nota(String(viaPagina.id), "opsteller");
  expect((opgeslagen.bijlagen as { bestand: { grootte: number } | null }[])[0]!.bestand).toMatchObject({ naam: "onderzoek.pdf", grootte: GROOTTE });
  await ambtenaren.sluit();
});
