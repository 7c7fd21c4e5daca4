// The section text format (lib/domain/tekst.ts, the rules in its header) case by case: the blocks,
// the inline markup, the not-public passages with their errors and line numbers, and the three
// renderings. Every expected tree and text is written out by hand.
import { describe, expect, it } from "vitest";
import { gebruikteGronden, mapText, parseText, plainText, renderHtml, weglatingLabel, type Inline, type TekstBlok } from "@/lib/domain/tekst";

const t = (tekst: string): Inline => ({ type: "tekst", tekst });
const alinea = (...inhoud: Inline[]): TekstBlok => ({ type: "alinea", inhoud });
const blokken = (bron: string) => parseText(bron).blokken;
const fouten = (bron: string) => parseText(bron).fouten.map((f) => [f.code, f.regel, f.melding]);

describe("blocks", () => {
  it.each([
    ["Windows line ends and a blank line between paragraphs", "a\r\nb\r\n\r\nc", [alinea(t("a b")), alinea(t("c"))]],
    ["an old Mac line end", "a\rb", [alinea(t("a b"))]],
    [
      "a list item continued on an indented line, and a blank line inside the list",
      "- een\n  vervolg\n- twee\n\n- drie",
      [{ type: "lijst", geordend: false, items: [[t("een vervolg")], [t("twee")], [t("drie")]] }],
    ],
    [
      "a numbered list, then a bulleted one",
      "1. een\n2. twee\n\n- ander",
      [
        { type: "lijst", geordend: true, items: [[t("een")], [t("twee")]] },
        { type: "lijst", geordend: false, items: [[t("ander")]] },
      ],
    ],
    ["a number other than 1 inside a paragraph", "tekst in\n2025. Daarna", [alinea(t("tekst in 2025. Daarna"))]],
    ["an indented number other than 1 inside a paragraph", "tekst in\n   2025. Daarna", [alinea(t("tekst in 2025. Daarna"))]],
    ["a numbered line starting at 1 after a paragraph", "tekst\n1. lijst", [alinea(t("tekst")), { type: "lijst", geordend: true, items: [[t("lijst")]] }]],
    [
      "headings of level 3 and 4, and ## and ##### as text",
      "### Kop\n#### Sub\n## geen\n##### geen",
      [
        { type: "kop", niveau: 3, inhoud: [t("Kop")] },
        { type: "kop", niveau: 4, inhoud: [t("Sub")] },
        alinea(t("## geen ##### geen")),
      ],
    ],
    ["a line after a list item that is not indented", "- item\nniet ingesprongen", [{ type: "lijst", geordend: false, items: [[t("item")]] }, alinea(t("niet ingesprongen"))]],
    ["an indented line after a blank line in a list", "- item\n\n  ingesprongen na lege regel", [{ type: "lijst", geordend: false, items: [[t("item")]] }, alinea(t("ingesprongen na lege regel"))]],
    ["a star bullet", "* punt", [{ type: "lijst", geordend: false, items: [[t("punt")]] }]],
    ["a heading that ends a paragraph", "tekst\n### Kop", [alinea(t("tekst")), { type: "kop", niveau: 3, inhoud: [t("Kop")] }]],
    ["blank lines only", "\n  \n\t\n", []],
    ["an empty list item is left out", "- \n- a", [{ type: "lijst", geordend: false, items: [[t("a")]] }]],
  ])("%s", (_soort, bron, verwacht) => {
    expect(blokken(bron)).toEqual(verwacht);
    expect(parseText(bron).fouten).toEqual([]);
  });
});

describe("inline markup", () => {
  it("bold, italic, both, and an underscore inside a word", () => {
    expect(blokken("**vet** *cursief* _c_ __v__ bestand_naam ***beide***")).toEqual([
      alinea(
        { type: "vet", inhoud: [t("vet")] },
        t(" "),
        { type: "cursief", inhoud: [t("cursief")] },
        t(" "),
        { type: "cursief", inhoud: [t("c")] },
        t(" "),
        { type: "vet", inhoud: [t("v")] },
        t(" bestand_naam "),
        { type: "cursief", inhoud: [{ type: "vet", inhoud: [t("beide")] }] },
      ),
    ]);
  });
  it("bold inside italic", () => {
    expect(blokken("a *b **c** d* e")).toEqual([alinea(t("a "), { type: "cursief", inhoud: [t("b "), { type: "vet", inhoud: [t("c")] }, t(" d")] }, t(" e"))]);
  });
  it.each([
    ["a star between words closes nothing", "*a * b*", [{ type: "cursief", inhoud: [t("a * b")] }]],
    ["stars inside a word", "a*b*c", [t("a"), { type: "cursief", inhoud: [t("b")] }, t("c")]],
    ["underscores inside words", "snake_case_name", [t("snake_case_name")]],
    ["an underscore after a letter opens nothing", "x_y z_", [t("x_y z_")]],
    ["an underscore before a letter closes nothing", "_y z_x", [t("_y z_x")]],
    ["two stars closed by one", "**a*", [t("*"), { type: "cursief", inhoud: [t("a")] }]],
    ["one star closed by two", "*a**", [{ type: "cursief", inhoud: [t("a")] }, t("*")]],
    ["an underscore opened inside stars stays text", "*a _b* c_", [{ type: "cursief", inhoud: [t("a _b")] }, t(" c_")]],
    ["a star opened inside underscores stays text", "_a *b_ c*", [{ type: "cursief", inhoud: [t("a *b")] }, t(" c*")]],
    ["an underscore given up inside stars closes nothing later", "*a _b* c *d_", [{ type: "cursief", inhoud: [t("a _b")] }, t(" c *d_")]],
    ["a star given up inside underscores closes nothing later", "_a *b_ c _d*", [{ type: "cursief", inhoud: [t("a *b")] }, t(" c _d*")]],
    ["a used-up delimiter opens nothing", "*a*b*", [{ type: "cursief", inhoud: [t("a")] }, t("b*")]],
    ["a star that can only close opens nothing", "a* b*", [t("a* b*")]],
  ])("%s", (_soort, bron, verwacht) => {
    expect(blokken(bron)).toEqual([alinea(...(verwacht as Inline[]))]);
  });
  it("an unclosed or space-flanked delimiter stays text", () => {
    expect(blokken("** niet")).toEqual([alinea(t("** niet"))]);
    expect(blokken("a * b * c")).toEqual([alinea(t("a * b * c"))]);
    expect(blokken("_a_b")).toEqual([alinea(t("_a_b"))]);
  });
  it("nests bold and italic 16 deep at most, the rest stays text", () => {
    /** n italics inside each other: "*a *a x* b* b*" for n = 2. */
    const nest = (n: number, c: string) => `${c}a `.repeat(n) + "x" + c + ` b${c}`.repeat(n - 1);
    const em = (n: number): string => (n === 0 ? "x" : `<em>a ${em(n - 1)}${n === 1 ? "" : " b"}</em>`);
    expect(renderHtml(blokken(nest(16, "*")))).toBe(`<p>${em(16)}</p>`);
    expect(renderHtml(blokken(nest(17, "*")))).toBe(`<p>*a ${em(16)} b*</p>`);
    expect(renderHtml(blokken(nest(17, "_")))).toBe(`<p>_a ${em(16)} b_</p>`);
  });
  it("a backslash escapes punctuation only", () => {
    expect(blokken("\\*x\\* \\q \\\\ \\{{ a }}")).toEqual([alinea(t("*x* \\q \\ {{ a }}"))]);
    expect(blokken("eind\\")).toEqual([alinea(t("eind\\"))]);
  });
});

describe("not-public passages", () => {
  it("with several grounds, empty ones between commas skipped", () => {
    expect(blokken("{{5.1.2e, , 5.2:  x }} en")).toEqual([alinea({ type: "nietOpenbaar", gronden: ["5.1.2e", "5.2"], inhoud: [t("x")] }, t(" en"))]);
    expect(parseText("{{5.1.2e, , 5.2:  x }} en").fouten).toEqual([]);
  });
  it("with markup inside", () => {
    expect(blokken("{{5.2: **a** b}}")).toEqual([alinea({ type: "nietOpenbaar", gronden: ["5.2"], inhoud: [{ type: "vet", inhoud: [t("a")] }, t(" b")] })]);
  });
  it.each([
    [
      "5.1.5 with another 5.1 ground",
      "{{5.1.2e, 5.1.2i: a}} en {{5.1.5, 5.1.2e: b}}",
      [["ONGELDIGE_COMBINATIE", 1, "Regel 1: Woo-grond 5.1.5 (onevenredige benadeling) mag niet samen met een andere grond uit artikel 5.1 (5.1.2e) bij dezelfde passage staan."]],
    ],
    ["no ground before the colon", "{{ : x}}", [["ONBEKENDE_GROND", 1, "De niet-openbare passage in regel 1 noemt geen Woo-grond. Schrijf bijvoorbeeld {{5.1.2e: de passage}}."]]],
    ["no colon at all", "{{geen dubbelepunt}}", [["ONBEKENDE_GROND", 1, "De niet-openbare passage in regel 1 noemt geen Woo-grond. Schrijf bijvoorbeeld {{5.1.2e: de passage}}."]]],
    ["an empty passage", "{{5.1.2e: }}", [["LEGE_PASSAGE", 1, 'Lege niet-openbare passage in regel 1: zet de tekst tussen ":" en "}}".']]],
    [
      "a passage inside a passage",
      "{{5.1.2e: a {{5.2: b}} c}}",
      [["NIET_AFGESLOTEN", 1, 'De passage in regel 1 is niet afgesloten met "}}" voordat in regel 1 een nieuwe "{{" begint. Passages kunnen niet genest worden.']],
    ],
    ["a passage not closed in its paragraph", "{{5.1.2e: a\n\nb}}", [["NIET_AFGESLOTEN", 1, 'De niet-openbare passage in regel 1 is niet afgesloten met "}}".']]],
    ["a passage opened on line 2 and not closed", "a\nb {{5.1.2e: open", [["NIET_AFGESLOTEN", 2, 'De niet-openbare passage in regel 2 is niet afgesloten met "}}".']]],
    ["a passage cut off after its header", "{{5.1.2e:", [["NIET_AFGESLOTEN", 1, 'De niet-openbare passage in regel 1 is niet afgesloten met "}}".']]],
    [
      "an unknown ground on line 3 and a double one on line 4",
      "eerste\n\nregel drie {{5.9: x}}\nregel vier {{5.2, 5.2: y}}",
      [
        ["ONBEKENDE_GROND", 3, 'Onbekende Woo-grond "5.9" in regel 3. Kies uit 5.1.1a–e, 5.1.2a–i, 5.1.5 of 5.2.'],
        ["ONGELDIGE_COMBINATIE", 4, "Regel 4: Woo-grond 5.2 staat meer dan één keer bij dezelfde passage."],
      ],
    ],
    ["a known and an unknown ground", "{{5.1.2e, 5.9: x}}", [["ONBEKENDE_GROND", 1, 'Onbekende Woo-grond "5.9" in regel 1. Kies uit 5.1.1a–e, 5.1.2a–i, 5.1.5 of 5.2.']]],
    [
      "a colon further than 100 characters on",
      `{{${"5".repeat(100)}: x}}`,
      [["ONBEKENDE_GROND", 1, "De niet-openbare passage in regel 1 noemt geen Woo-grond. Schrijf bijvoorbeeld {{5.1.2e: de passage}}."]],
    ],
  ])("refuses %s", (_soort, bron, verwacht) => {
    expect(fouten(bron)).toEqual(verwacht);
  });
  it("keeps the rest of the paragraph inside an unclosed passage (fail closed)", () => {
    expect(blokken("a\nb {{5.1.2e: open")).toEqual([alinea(t("a b "), { type: "nietOpenbaar", gronden: ["5.1.2e"], inhoud: [t("open")] })]);
    expect(blokken("{{5.1.2e: a {{5.2: b}} c}}")).toEqual([alinea({ type: "nietOpenbaar", gronden: ["5.1.2e"], inhoud: [t("a {{5.2: b}} c")] })]);
  });
  it("looks for the colon only up to the next {{ or }}", () => {
    expect(blokken("{{geen}} en: x")).toEqual([alinea({ type: "nietOpenbaar", gronden: [], inhoud: [t("geen")] }, t(" en: x"))]);
    expect(fouten("{{geen}} en: x")).toEqual([["ONBEKENDE_GROND", 1, "De niet-openbare passage in regel 1 noemt geen Woo-grond. Schrijf bijvoorbeeld {{5.1.2e: de passage}}."]]);
    expect(fouten("{{a {{5.2: x}}").map(([code]) => code)).toEqual(["ONBEKENDE_GROND", "NIET_AFGESLOTEN", "NIET_AFGESLOTEN"]);
    // A single brace stops nothing: the header up to the colon is read (and refused) as grounds.
    expect(fouten("{{5.2 } x: y}}")).toEqual([["ONBEKENDE_GROND", 1, 'Onbekende Woo-grond "5.2 } x" in regel 1. Kies uit 5.1.1a–e, 5.1.2a–i, 5.1.5 of 5.2.']]);
    expect(fouten("{{5.2 { x: y}}")).toEqual([["ONBEKENDE_GROND", 1, 'Onbekende Woo-grond "5.2 { x" in regel 1. Kies uit 5.1.1a–e, 5.1.2a–i, 5.1.5 of 5.2.']]);
    expect(blokken("{{a {{5.2: x}}")).toEqual([alinea({ type: "nietOpenbaar", gronden: [], inhoud: [t("a {{5.2: x}}")] })]);
  });
  it("reads a }} outside a passage as text", () => {
    expect(blokken("a }} b")).toEqual([alinea(t("a }} b"))]);
  });
});

describe("rendering", () => {
  const bron = "### Kop *x*\n\n1. een {{5.2: geheim}}\n2. twee\n\n- a\n- b\n\nSlot **vet** & <b>.";
  it("as plain text", () => {
    expect(plainText(blokken(bron))).toBe("Kop x\n\n1. een geheim\n2. twee\n\n- a\n- b\n\nSlot vet & <b>.");
    expect(plainText(blokken(bron), { openbaar: true })).toBe("Kop x\n\n1. een [5.2]\n2. twee\n\n- a\n- b\n\nSlot vet & <b>.");
  });
  it("as HTML, marked for the reviewer or replaced in the public version", () => {
    expect(renderHtml(blokken(bron))).toBe(
      [
        "<h3>Kop <em>x</em></h3>",
        `<ol><li>een <mark class="br-niet-openbaar" data-gronden="5.2">geheim</mark></li><li>twee</li></ol>`,
        "<ul><li>a</li><li>b</li></ul>",
        "<p>Slot <strong>vet</strong> &amp; &lt;b&gt;.</p>",
      ].join("\n"),
    );
    expect(renderHtml(blokken(bron), { openbaar: true })).toBe(
      ["<h3>Kop <em>x</em></h3>", `<ol><li>een <span class="br-weggelakt">[5.2]</span></li><li>twee</li></ol>`, "<ul><li>a</li><li>b</li></ul>", "<p>Slot <strong>vet</strong> &amp; &lt;b&gt;.</p>"].join("\n"),
    );
  });
  it("a level-4 heading and several grounds", () => {
    expect(renderHtml(blokken("#### Sub\n\n{{5.1.2e, 5.2: x}}"))).toBe(`<h4>Sub</h4>\n<p><mark class="br-niet-openbaar" data-gronden="5.1.2e 5.2">x</mark></p>`);
    expect(renderHtml(blokken("{{5.1.2e, 5.2: x}}"), { openbaar: true })).toBe(`<p><span class="br-weggelakt">[5.1.2e, 5.2]</span></p>`);
  });
  it("labels a withheld passage by its grounds", () => {
    expect(weglatingLabel(["5.1.2e", "5.2"])).toBe("[5.1.2e, 5.2]");
    expect(weglatingLabel([])).toBe("[niet openbaar]");
  });
});

describe("walking the tree", () => {
  it("lists the grounds used, each once, in order of first use, in lists and nested markup too", () => {
    expect(gebruikteGronden("{{5.2: a}} en **{{5.1.2e, 5.2: b}}**\n\n- {{5.1.1c: c}}")).toEqual(["5.2", "5.1.2e", "5.1.1c"]);
    expect(gebruikteGronden(blokken("### {{5.1.2i: kop}}"))).toEqual(["5.1.2i"]);
    expect(gebruikteGronden("geen")).toEqual([]);
  });
  it("maps every text leaf, telling whether it lies inside a passage, and merges adjacent text", () => {
    const gezien: [string, boolean][] = [];
    const uit = mapText(blokken("### a\n\nb **c** {{5.2: d}}\n\n1. e"), (tekst, ctx) => {
      gezien.push([tekst, ctx.nietOpenbaar]);
      return tekst === "b " ? [t("B"), t("")] : [t(tekst.toUpperCase())];
    });
    expect(gezien).toEqual([
      ["a", false],
      ["b ", false],
      ["c", false],
      [" ", false],
      ["d", true],
      ["e", false],
    ]);
    expect(uit).toEqual([
      { type: "kop", niveau: 3, inhoud: [t("A")] },
      alinea(t("B"), { type: "vet", inhoud: [t("C")] }, t(" "), { type: "nietOpenbaar", gronden: ["5.2"], inhoud: [t("D")] }),
      { type: "lijst", geordend: true, items: [[t("E")]] },
    ]);
  });
});
