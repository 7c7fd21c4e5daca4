import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  gebruikteGronden,
  mapText,
  parseText,
  plainText,
  renderHtml,
  type Inline,
  type TekstBlok,
  type TekstFoutCode,
} from "@/lib/domain/tekst";
import { tekstSchema } from "@/lib/domain/tekst-schema";
import type { WooGrond } from "@/lib/domain/woo-gronden";

const t = (tekst: string): Inline => ({ type: "tekst", tekst });
const vet = (...inhoud: Inline[]): Inline => ({ type: "vet", inhoud });
const cur = (...inhoud: Inline[]): Inline => ({ type: "cursief", inhoud });
const no = (gronden: WooGrond[], ...inhoud: Inline[]): Inline => ({ type: "nietOpenbaar", gronden, inhoud });
const p = (...inhoud: Inline[]): TekstBlok => ({ type: "alinea", inhoud });

/** Parses and insists the text has no errors. */
function blokkenVan(bron: string): TekstBlok[] {
  const r = parseText(bron);
  expect(r.fouten).toEqual([]);
  return r.blokken;
}

const KEUZE = "Kies uit 5.1.1a–e, 5.1.2a–i, 5.1.5 of 5.2.";

describe("parseText: blocks", () => {
  it.each<[string, string, TekstBlok[]]>([
    ["empty text", "", []],
    ["only blank lines", "\n  \n\t\n", []],
    ["one paragraph", "Een zin.", [p(t("Een zin."))]],
    ["line-broken paragraph joined with a space", "De minister\n  besluit\nvandaag.", [p(t("De minister besluit vandaag."))]],
    ["paragraphs separated by a blank line", "Eerste.\n\nTweede.\n   \nDerde.", [p(t("Eerste.")), p(t("Tweede.")), p(t("Derde."))]],
    ["Windows line endings", "Eerste\r\nregel.\r\n\r\nTweede.", [p(t("Eerste regel.")), p(t("Tweede."))]],
    [
      "bullet list with - and *",
      "- een\n* twee\n-   drie",
      [{ type: "lijst", geordend: false, items: [[t("een")], [t("twee")], [t("drie")]] }],
    ],
    [
      "numbered list (numbers are not kept)",
      "1. Kennisnemen van het advies.\n2. Instemmen met verzending.\n7. Derde.",
      [{ type: "lijst", geordend: true, items: [[t("Kennisnemen van het advies.")], [t("Instemmen met verzending.")], [t("Derde.")]] }],
    ],
    [
      "an indented line continues the list item",
      "- eerste item\n  loopt door\n\tnog verder\n- tweede",
      [{ type: "lijst", geordend: false, items: [[t("eerste item loopt door nog verder")], [t("tweede")]] }],
    ],
    [
      "a non-indented line after a list starts a paragraph",
      "- item\nGewone tekst.",
      [{ type: "lijst", geordend: false, items: [[t("item")]] }, p(t("Gewone tekst."))],
    ],
    [
      "a blank line between items of the same kind keeps one list",
      "1. a\n\n2. b",
      [{ type: "lijst", geordend: true, items: [[t("a")], [t("b")]] }],
    ],
    [
      "indented text after a blank line is a paragraph again",
      "- a\n\n  los",
      [{ type: "lijst", geordend: false, items: [[t("a")]] }, p(t("los"))],
    ],
    [
      "bullets after a numbered list start a new list",
      "1. a\n- b",
      [
        { type: "lijst", geordend: true, items: [[t("a")]] },
        { type: "lijst", geordend: false, items: [[t("b")]] },
      ],
    ],
    [
      "a list interrupts a paragraph without a blank line",
      "Wij adviseren:\n- a\n- b",
      [p(t("Wij adviseren:")), { type: "lijst", geordend: false, items: [[t("a")], [t("b")]] }],
    ],
    [
      "a year at the start of a wrapped line is not a list",
      "Dat gebeurde in\n2025. Daarna volgde\n1. het advies",
      [p(t("Dat gebeurde in 2025. Daarna volgde")), { type: "lijst", geordend: true, items: [[t("het advies")]] }],
    ],
    ["empty list items are dropped", "- \n- a", [{ type: "lijst", geordend: false, items: [[t("a")]] }]],
    [
      "headings of level 3 and 4",
      "### Toelichting\nTekst.\n#### Risico's\n- a",
      [
        { type: "kop", niveau: 3, inhoud: [t("Toelichting")] },
        p(t("Tekst.")),
        { type: "kop", niveau: 4, inhoud: [t("Risico's")] },
        { type: "lijst", geordend: false, items: [[t("a")]] },
      ],
    ],
    ["# is not a heading", "# Titel", [p(t("# Titel"))]],
    ["## is not a heading", "## Titel", [p(t("## Titel"))]],
    ["##### is not a heading", "##### Titel", [p(t("##### Titel"))]],
    ["###without a space is not a heading", "###Titel", [p(t("###Titel"))]],
    ["a heading with bold", "### Kern **nu**", [{ type: "kop", niveau: 3, inhoud: [t("Kern "), vet(t("nu"))] }]],
  ])("%s", (_naam, bron, verwacht) => {
    expect(blokkenVan(bron)).toEqual(verwacht);
  });
});

describe("parseText: inline", () => {
  it.each<[string, string, Inline[]]>([
    ["bold", "een **vet** woord", [t("een "), vet(t("vet")), t(" woord")]],
    ["italic with *", "een *schuin* woord", [t("een "), cur(t("schuin")), t(" woord")]],
    ["italic with _", "een _schuin_ woord", [t("een "), cur(t("schuin")), t(" woord")]],
    ["bold with __", "__vet__", [vet(t("vet"))]],
    ["italic inside bold", "**a *b* c**", [vet(t("a "), cur(t("b")), t(" c"))]],
    ["bold inside italic", "*a **b** c*", [cur(t("a "), vet(t("b")), t(" c"))]],
    ["bold and italic at once", "***x***", [cur(vet(t("x")))]],
    ["bold across a line break", "**twee\nregels**", [vet(t("twee regels"))]],
    ["unclosed ** is literal", "** open en **ook", [t("** open en **ook")]],
    ["unclosed * is literal", "5 * 3 = 15 en *half", [t("5 * 3 = 15 en *half")]],
    ["_ inside a word is literal", "bestand_naam_v2.docx", [t("bestand_naam_v2.docx")]],
    ["backslash escapes markup", "\\*geen\\* \\{{niet}} \\\\ C:\\map", [t("*geen* {{niet}} \\ C:\\map")]],
    ["escaped list marker and heading", "\\- geen lijst\n\\### geen kop", [t("- geen lijst ### geen kop")]],
    ["a lone }} is text", "a }} b { c }", [t("a }} b { c }")]],
    ["HTML is text", "<script>alert(1)</script>", [t("<script>alert(1)</script>")]],
    ["a passage with one ground", "Voor {{5.1.2i: het standpunt van de DG}} na.", [t("Voor "), no(["5.1.2i"], t("het standpunt van de DG")), t(" na.")]],
    ["a passage with two grounds", "{{5.1.2e, 5.1.2i: Jansen vindt dit}}", [no(["5.1.2e", "5.1.2i"], t("Jansen vindt dit"))]],
    ["grounds without spaces", "{{5.1.2e,5.2: x}}", [no(["5.1.2e", "5.2"], t("x"))]],
    ["5.1.5 with 5.2 is allowed", "{{5.1.5, 5.2: x}}", [no(["5.1.5", "5.2"], t("x"))]],
    ["bold inside a withheld passage", "{{5.1.2e: de heer **Jansen** zei}}", [no(["5.1.2e"], t("de heer "), vet(t("Jansen")), t(" zei"))]],
    ["a withheld passage inside bold", "**zie {{5.2: mening}}**", [vet(t("zie "), no(["5.2"], t("mening")))]],
    ["a passage across a line break", "{{5.1.2e:\nJansen\nzei}}", [no(["5.1.2e"], t("Jansen zei"))]],
    ["emphasis does not cross a passage boundary", "*a {{5.1.2e: b*}}", [t("*a "), no(["5.1.2e"], t("b*"))]],
  ])("%s", (_naam, bron, inhoud) => {
    expect(blokkenVan(bron)).toEqual([p(...inhoud)]);
  });

  it("parses passages in list items and headings", () => {
    expect(blokkenVan("### Over {{5.1.2i: X}}\n- a {{5.1.2e: Jansen}}\n  en meer")).toEqual([
      { type: "kop", niveau: 3, inhoud: [t("Over "), no(["5.1.2i"], t("X"))] },
      { type: "lijst", geordend: false, items: [[t("a "), no(["5.1.2e"], t("Jansen")), t(" en meer")]] },
    ]);
  });

  it("limits bold/italic nesting, so very deep input neither throws nor overflows the stack", () => {
    const bron = "*a _b ".repeat(10_000) + "x" + " c_ d*".repeat(10_000);
    const { blokken, fouten } = parseText(bron);
    expect(fouten).toEqual([]);
    const diepte = (inlines: readonly Inline[]): number =>
      Math.max(0, ...inlines.map((i) => (i.type === "tekst" ? 0 : 1 + diepte(i.inhoud))));
    const blok = blokken[0];
    expect(blok?.type).toBe("alinea");
    const d = blok?.type === "alinea" ? diepte(blok.inhoud) : -1;
    expect(d).toBeGreaterThanOrEqual(8);
    expect(d).toBeLessThanOrEqual(16);
    expect(renderHtml(blokken).includes("<em>")).toBe(true);
    expect(plainText(blokken).includes(" x ")).toBe(true);
  });
});

describe("parseText: errors", () => {
  it.each<[string, string, { code: TekstFoutCode; regel: number; melding: string | RegExp }[]]>([
    [
      "unknown ground, named, with its line",
      "Eerste.\n\nEen {{5.1.9: passage}}.",
      [{ code: "ONBEKENDE_GROND", regel: 3, melding: `Onbekende Woo-grond "5.1.9" in regel 3. ${KEUZE}` }],
    ],
    [
      "unknown ground among known ones",
      "{{5.1.2e, 5.1.2E: x}}",
      [{ code: "ONBEKENDE_GROND", regel: 1, melding: `Onbekende Woo-grond "5.1.2E" in regel 1. ${KEUZE}` }],
    ],
    [
      "a passage without a ground",
      "Tekst\n{{geheim}}",
      [{ code: "ONBEKENDE_GROND", regel: 2, melding: /regel 2 noemt geen Woo-grond/ }],
    ],
    ["an empty ground list", "{{ : geheim}}", [{ code: "ONBEKENDE_GROND", regel: 1, melding: /noemt geen Woo-grond/ }]],
    [
      "5.1.5 combined with 5.1.2e",
      "a\nb {{5.1.5, 5.1.2e: x}}",
      [{ code: "ONGELDIGE_COMBINATIE", regel: 2, melding: /^Regel 2: Woo-grond 5\.1\.5 .*niet samen met .*5\.1\.2e/ }],
    ],
    ["the same ground twice", "{{5.1.2i, 5.1.2i: x}}", [{ code: "ONGELDIGE_COMBINATIE", regel: 1, melding: /5\.1\.2i staat meer dan één keer/ }]],
    [
      "an unclosed passage",
      "Goed.\n\nHier {{5.1.2e: Jansen\nzegt iets",
      [{ code: "NIET_AFGESLOTEN", regel: 3, melding: 'De niet-openbare passage in regel 3 is niet afgesloten met "}}".' }],
    ],
    [
      "a passage does not run into the next block",
      "{{5.1.2e: a\n\nb}}",
      [{ code: "NIET_AFGESLOTEN", regel: 1, melding: /regel 1 is niet afgesloten/ }],
    ],
    [
      "a nested passage",
      "{{5.1.2e: a\n{{5.1.2i: b}} c}}",
      [{ code: "NIET_AFGESLOTEN", regel: 2, melding: /passage in regel 1 .*in regel 2 een nieuwe "\{\{" begint/ }],
    ],
    ["an empty passage", "x {{5.1.2e: }} y", [{ code: "LEGE_PASSAGE", regel: 1, melding: /Lege niet-openbare passage in regel 1/ }]],
    ["an empty passage without blank", "{{5.2:}}", [{ code: "LEGE_PASSAGE", regel: 1, melding: /regel 1/ }]],
    [
      "several errors, in order",
      "{{5.1.9: a}}\n- {{5.1.5, 5.1.1a: b}}",
      [
        { code: "ONBEKENDE_GROND", regel: 1, melding: /"5\.1\.9"/ },
        { code: "ONGELDIGE_COMBINATIE", regel: 2, melding: /5\.1\.1a/ },
      ],
    ],
  ])("%s", (_naam, bron, verwacht) => {
    const { fouten } = parseText(bron);
    expect(fouten).toHaveLength(verwacht.length);
    verwacht.forEach((v, i) => {
      expect(fouten[i]?.code).toBe(v.code);
      expect(fouten[i]?.regel).toBe(v.regel);
      if (typeof v.melding === "string") expect(fouten[i]?.melding).toBe(v.melding);
      else expect(fouten[i]?.melding).toMatch(v.melding);
    });
  });

  it("keeps an unclosed passage withheld up to the end of its block (fail closed)", () => {
    const { blokken } = parseText("Voor {{5.1.2e: Jansen zegt\niets geheims\n\nVolgende alinea.");
    expect(blokken).toEqual([p(t("Voor "), no(["5.1.2e"], t("Jansen zegt iets geheims"))), p(t("Volgende alinea."))]);
    const openbaar = renderHtml(blokken, { openbaar: true });
    expect(openbaar).not.toContain("Jansen");
    expect(openbaar).toContain("Volgende alinea.");
  });

  it("keeps a passage with an unknown ground withheld, labelled without a code", () => {
    const { blokken } = parseText("{{5.1.9: geheim}}");
    expect(blokken).toEqual([p(no([], t("geheim")))]);
    expect(renderHtml(blokken, { openbaar: true })).toBe('<p><span class="br-weggelakt">[niet openbaar]</span></p>');
  });

  it("keeps a nested passage's text inside the outer one", () => {
    const { blokken } = parseText("{{5.1.2e: a {{5.1.2i: b}} c}} d");
    expect(blokken).toEqual([p(no(["5.1.2e"], t("a {{5.1.2i: b}} c")), t(" d"))]);
  });

  it("has no errors for a valid, realistic section", () => {
    const bron = [
      "### Afstemming",
      "Het advies is besproken met {{5.1.2e: mevrouw De Vries}} van DWJZ.",
      "",
      "1. Kennisnemen van het ROB-advies.",
      "2. Instemmen met de **kabinetsreactie**; zie {{5.1.2i, 5.1.2e: het interne memo}}.",
    ].join("\n");
    expect(parseText(bron).fouten).toEqual([]);
  });
});

describe("renderHtml", () => {
  it("renders every block and inline type", () => {
    const bron = "### Kop\n#### Sub\nEen **vet** en *schuin* woord.\n\n- a\n- b\n\n1. c\n2. d";
    expect(renderHtml(blokkenVan(bron))).toBe(
      [
        "<h3>Kop</h3>",
        "<h4>Sub</h4>",
        "<p>Een <strong>vet</strong> en <em>schuin</em> woord.</p>",
        "<ul><li>a</li><li>b</li></ul>",
        "<ol><li>c</li><li>d</li></ol>",
      ].join("\n"),
    );
  });

  it.each([
    ["a script tag", "<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"],
    ["an attribute break-out", `" onmouseover='x' & <b>`, "<p>&quot; onmouseover=&#39;x&#39; &amp; &lt;b&gt;</p>"],
    ["HTML inside bold", "**<img src=x onerror=alert(1)>**", "<p><strong>&lt;img src=x onerror=alert(1)&gt;</strong></p>"],
    ["HTML in a heading", "### <h1>x</h1>", "<h3>&lt;h1&gt;x&lt;/h1&gt;</h3>"],
    ["HTML in a list item", "- <li>x", "<ul><li>&lt;li&gt;x</li></ul>"],
    [
      "HTML inside a withheld passage",
      "{{5.1.2e: <script>alert(1)</script>}}",
      '<p><mark class="br-niet-openbaar" data-gronden="5.1.2e">&lt;script&gt;alert(1)&lt;/script&gt;</mark></p>',
    ],
    ["an entity stays text", "&lt;b&gt;", "<p>&amp;lt;b&amp;gt;</p>"],
  ])("escapes %s", (_naam, bron, html) => {
    const uit = renderHtml(parseText(bron).blokken);
    expect(uit).toBe(html);
    expect(uit).not.toMatch(/<script|<img|<b>|<h1>/);
  });

  it("marks not-public passages in the internal version, content visible", () => {
    const blokken = blokkenVan("A {{5.1.2i: het **standpunt**}} en {{5.1.2e, 5.1.2i: Jansen}}.");
    expect(renderHtml(blokken)).toBe(
      '<p>A <mark class="br-niet-openbaar" data-gronden="5.1.2i">het <strong>standpunt</strong></mark> en ' +
        '<mark class="br-niet-openbaar" data-gronden="5.1.2e 5.1.2i">Jansen</mark>.</p>',
    );
    expect(renderHtml(blokken, { openbaar: false })).toBe(renderHtml(blokken));
  });

  it("replaces not-public passages by their grounds in the public version", () => {
    const blokken = blokkenVan("A {{5.1.2i: het **standpunt**}} en {{5.1.2e, 5.1.2i: Jansen}}.");
    expect(renderHtml(blokken, { openbaar: true })).toBe(
      '<p>A <span class="br-weggelakt">[5.1.2i]</span> en <span class="br-weggelakt">[5.1.2e, 5.1.2i]</span>.</p>',
    );
  });

  const geheimen: [string, string][] = [
    ["plain passage", "Het advies {{5.1.2i: GEHEIM1 GEHEIM2}} luidt."],
    ["two grounds", "{{5.1.2e, 5.1.2i: GEHEIM1}} en verder"],
    ["bold inside the passage", "{{5.1.2e: de heer **GEHEIM1** en *GEHEIM2*}}"],
    ["passage inside bold", "**zie {{5.2: GEHEIM1}}**"],
    ["in a list item", "- openbaar\n- {{5.1.1b: GEHEIM1}}\n  {{5.1.1b: GEHEIM2}}"],
    ["in a heading", "### Over {{5.1.2a: GEHEIM1}}"],
    ["across lines", "{{5.1.2e: GEHEIM1\nGEHEIM2}}"],
    ["unclosed", "x {{5.1.2e: GEHEIM1 **GEHEIM2"],
    ["with a nested passage", "{{5.1.2e: a {{5.1.2i: GEHEIM1}} GEHEIM2}}"],
  ];
  it.each(geheimen)("never shows withheld words in the public version: %s", (_naam, bron) => {
    const { blokken } = parseText(bron);
    expect(renderHtml(blokken)).toContain("GEHEIM1");
    expect(plainText(blokken)).toContain("GEHEIM1");
    expect(renderHtml(blokken, { openbaar: true })).not.toMatch(/GEHEIM/);
    expect(plainText(blokken, { openbaar: true })).not.toMatch(/GEHEIM/);
    expect(renderHtml(blokken, { openbaar: true })).toContain('class="br-weggelakt"');
  });
});

describe("plainText", () => {
  it.each([
    ["paragraphs separated by a blank line", "Een\nzin.\n\nTwee.", {}, "Een zin.\n\nTwee."],
    ["markup removed", "### Kop\nEen **vet** en _schuin_ woord.", {}, "Kop\n\nEen vet en schuin woord."],
    ["bullets prefixed", "- a\n- b", {}, "- a\n- b"],
    ["numbers prefixed, from 1", "3. a\n4. b\n\nNa.", {}, "1. a\n2. b\n\nNa."],
    ["passage content shown internally", "Zie {{5.1.2e: Jansen}}.", {}, "Zie Jansen."],
    ["passage replaced in public", "Zie {{5.1.2e, 5.1.2i: Jansen}}.", { openbaar: true }, "Zie [5.1.2e, 5.1.2i]."],
    ["HTML stays as written", "<b>x</b> & y", {}, "<b>x</b> & y"],
  ])("%s", (_naam, bron, opties, verwacht) => {
    expect(plainText(blokkenVan(bron), opties)).toBe(verwacht);
  });
});

describe("gebruikteGronden", () => {
  const bron = "{{5.1.2i: a}} en {{5.1.2e, 5.1.2i: b}}\n\n- {{5.2: c}}\n### {{5.1.2e: d}}\n\n**{{5.1.1d: e}}**";

  it("lists each ground once, in order of first use, from a string or from blocks", () => {
    expect(gebruikteGronden(bron)).toEqual(["5.1.2i", "5.1.2e", "5.2", "5.1.1d"]);
    expect(gebruikteGronden(parseText(bron).blokken)).toEqual(["5.1.2i", "5.1.2e", "5.2", "5.1.1d"]);
  });

  it("is empty for a text without passages and ignores unknown codes", () => {
    expect(gebruikteGronden("Gewoon **tekst**.")).toEqual([]);
    expect(gebruikteGronden("{{5.1.9: x}} {{5.1.2c: y}}")).toEqual(["5.1.2c"]);
  });
});

describe("mapText", () => {
  const naamWeg = (tekst: string): Inline[] =>
    tekst.split(/(Jansen)/).map((deel) => (deel === "Jansen" ? no(["5.1.2e"], t(deel)) : t(deel)));

  it("replaces text inside and outside passages, and the result renders", () => {
    const blokken = blokkenVan("Jansen schreef **aan Jansen**.\n\n- {{5.1.2i: Jansen vindt}}");
    const gemapt = mapText(blokken, naamWeg);
    expect(gemapt).toEqual([
      p(no(["5.1.2e"], t("Jansen")), t(" schreef "), vet(t("aan "), no(["5.1.2e"], t("Jansen"))), t(".")),
      { type: "lijst", geordend: false, items: [[no(["5.1.2i"], no(["5.1.2e"], t("Jansen")), t(" vindt"))]] },
    ]);
    expect(renderHtml(gemapt, { openbaar: true })).toBe(
      '<p><span class="br-weggelakt">[5.1.2e]</span> schreef <strong>aan <span class="br-weggelakt">[5.1.2e]</span></strong>.</p>\n' +
        '<ul><li><span class="br-weggelakt">[5.1.2i]</span></li></ul>',
    );
    expect(plainText(gemapt, { openbaar: true })).toBe("[5.1.2e] schreef aan [5.1.2e].\n\n- [5.1.2i]");
    expect(gebruikteGronden(gemapt)).toEqual(["5.1.2e", "5.1.2i"]);
  });

  it("does not change the original tree", () => {
    const blokken = blokkenVan("Jansen {{5.1.2i: en Jansen}}");
    const kopie = structuredClone(blokken);
    mapText(blokken, naamWeg);
    expect(blokken).toEqual(kopie);
  });

  it("tells fn whether the text lies in a not-public passage", () => {
    const gezien: [string, boolean][] = [];
    mapText(blokkenVan("a *b* {{5.2: c **d**}}"), (tekst, context) => {
      gezien.push([tekst, context.nietOpenbaar]);
      return [t(tekst)];
    });
    expect(gezien).toEqual([["a ", false], ["b", false], [" ", false], ["c ", true], ["d", true]]);
  });

  it("merges adjacent text and drops empty text, and does not map fn's output again", () => {
    const blokken = blokkenVan("ab");
    let aanroepen = 0;
    const gemapt = mapText(blokken, (tekst) => {
      aanroepen++;
      return [t(""), t(tekst.toUpperCase()), t("-"), t(tekst)];
    });
    expect(aanroepen).toBe(1);
    expect(gemapt).toEqual([p(t("AB-ab"))]);
  });
});

describe("tekstSchema", () => {
  it("accepts a valid text unchanged", () => {
    const bron = "Zie {{5.1.2e: Jansen}}.\n\n- a";
    expect(tekstSchema("Kern").parse(bron)).toBe(bron);
    expect(tekstSchema("Kern").parse("")).toBe("");
  });

  it("adds one issue per error with the Dutch message, naming the field and the bad code", () => {
    const r = tekstSchema("Kern").safeParse("Eerste.\n\nTweede.\nEen {{5.1.9: x}} en {{5.1.5, 5.1.2e: y}}.");
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      `Kern: Onbekende Woo-grond "5.1.9" in regel 4. ${KEUZE}`,
      expect.stringMatching(/^Kern: Regel 4: Woo-grond 5\.1\.5 .*5\.1\.2e/),
    ]);
    expect(r.error?.issues[0]).toMatchObject({ code: "custom", params: { tekstFout: "ONBEKENDE_GROND", regel: 4 } });
  });

  it("reports an unclosed passage", () => {
    const r = tekstSchema("Toelichting").safeParse("a {{5.1.2e: b");
    expect(r.error?.issues.map((i) => i.message)).toEqual(['Toelichting: De niet-openbare passage in regel 1 is niet afgesloten met "}}".']);
  });

  it("places the issues on the field inside an object schema", () => {
    const r = z.object({ aanleiding: tekstSchema("Aanleiding") }).safeParse({ aanleiding: "{{5.1.9: x}}" });
    expect(r.error?.issues[0]?.path).toEqual(["aanleiding"]);
    expect(r.error?.issues[0]?.message).toMatch(/^Aanleiding: Onbekende Woo-grond "5\.1\.9"/);
  });

  it("refuses more than 100 000 characters and non-strings", () => {
    expect(tekstSchema("Kern").safeParse("a".repeat(100_000)).success).toBe(true);
    const lang = tekstSchema("Kern").safeParse("a".repeat(100_001));
    expect(lang.error?.issues.map((i) => i.message)).toEqual(["Kern is te lang: hoogstens 100.000 tekens."]);
    expect(tekstSchema("Kern").safeParse(42).error?.issues.map((i) => i.message)).toEqual(["Kern moet tekst zijn."]);
  });
});
