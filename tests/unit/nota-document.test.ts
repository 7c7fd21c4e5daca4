// The document model of a beslisnota (DOMAIN.md §2) and its HTML: which header fields, which
// sections in which order, how beslispunten, bijlagen, annotations and the paraaf block read, and
// what the public rendering shows instead of a withheld passage. Expected values written out by hand.
import { describe, expect, it } from "vitest";
import type { Inline } from "@/lib/domain/tekst";
import {
  ANNOTATIES_KOP,
  LEGENDA_KOP,
  PARAAFBLOK_KOP,
  alleInlines,
  escapeHtml,
  inlineHtml,
  inlinePlainText,
  legendaVan,
  notaDocument,
  renderNotaHtml,
  toInline,
  type NotaBron,
} from "@/lib/domain/nota-document";

const t = (tekst: string): Inline[] => [{ type: "tekst", tekst }];

/** A nota with every part filled, and a few edges (empty sections, a bijlage without vindplaats). */
const volledig = (): NotaBron => ({
  kenmerk: "BZK-2025-0001234",
  onderwerp: "Reactie op <advies> & meer",
  soort: "ter_informatie",
  datum: "2025-06-20",
  aan: { naam: "Marieke van den Berg", ambtstitel: null },
  van: "DGOO",
  contactpersoon: { naam: "Sanne de Vries", email: "s@minbzk.nl", telefoon: null },
  uitersteBeslisdatum: "2025-06-27",
  deadlineReden: "MR 30 juni",
  rubricering: "  Departementaal vertrouwelijk ",
  mrBehandeling: true,
  kamerbrief: false,
  aanleiding: "Eerste alinea.",
  kern: "Kern **vet**.",
  toelichting: "",
  politiekeContext: "   ",
  nietOpenbaar: "  ",
  motivering: "Motief {{5.1.2i: geheim}}.",
  beslispunten: [
    { volgnummer: 4, tekst: "Kennisnemen", oordeel: "akkoord", wijziging: null },
    { volgnummer: 7, tekst: "Instemmen", oordeel: null, wijziging: "Anders" },
  ],
  paraafronde: {
    nummer: 3,
    stappen: [
      { rol: "Afdelingshoofd", persoon: { naam: "Piet" }, namens: { naam: "Klaas" }, op: new Date("2025-06-21T12:05:00Z"), oordeel: "akkoord_met_opmerkingen", opmerking: "Prima" },
      { rol: "DG", persoon: { naam: "Els" }, namens: { naam: "Els" }, op: null, oordeel: null, opmerking: null },
    ],
  },
  annotaties: [{ tekst: "Goed zo", op: new Date("2025-06-30T23:30:00Z"), openbaar: false }],
  bijlagen: [
    { volgnummer: 1, naam: "Brief", informatie: "reeds_openbaar", gronden: [], vindplaats: "kst-29362-385" },
    { volgnummer: 2, naam: "Advies", informatie: "deels_openbaar", gronden: ["5.1.2e", "x", "5.2"], vindplaats: null },
    { volgnummer: 3, naam: "Memo", informatie: "reeds_openbaar", gronden: [], vindplaats: null },
  ],
});

/** The same nota with the least filled in. */
const kaal = (): NotaBron => ({
  ...volledig(),
  soort: "ter_beslissing",
  datum: null,
  aan: { naam: "Marieke van den Berg", ambtstitel: "minister van BZK" },
  contactpersoon: null,
  uitersteBeslisdatum: null,
  deadlineReden: null,
  rubricering: null,
  mrBehandeling: false,
  kamerbrief: true,
  toelichting: "Uitleg.",
  politiekeContext: "Gevoelig.",
  nietOpenbaar: "Passage over 5.1.2i.",
  beslispunten: [],
  paraafronde: null,
  annotaties: [],
  bijlagen: [],
});

const kop = (bron: NotaBron) => notaDocument(bron).kopvelden.map((k) => [k.label, inlinePlainText(k.waarde), k.persoonsgegevens ?? false]);

describe("the header", () => {
  it("lists the fields of a full nota, the contact person as personal data", () => {
    expect(kop(volledig())).toEqual([
      ["Aan", "Marieke van den Berg", false],
      ["Van", "DGOO", false],
      ["Datum", "20 juni 2025", false],
      ["Kenmerk", "BZK-2025-0001234", false],
      ["Onderwerp", "Reactie op <advies> & meer", false],
      ["Soort", "Ter informatie", false],
      ["Uiterste beslisdatum", "27 juni 2025 (MR 30 juni)", false],
      ["Rubricering", "Departementaal vertrouwelijk", false],
      ["MR-behandeling", "Ja", false],
      ["Kamerbrief", "Nee", false],
      ["Contactpersoon", "Sanne de Vries, s@minbzk.nl", true],
    ]);
  });

  it("fills in what is missing", () => {
    expect(kop(kaal())).toEqual([
      ["Aan", "Marieke van den Berg, minister van BZK", false],
      ["Van", "DGOO", false],
      ["Datum", "Nog niet ingediend", false],
      ["Kenmerk", "BZK-2025-0001234", false],
      ["Onderwerp", "Reactie op <advies> & meer", false],
      ["Soort", "Ter beslissing", false],
      ["Uiterste beslisdatum", "Geen", false],
      ["Rubricering", "Ongerubriceerd", false],
      ["MR-behandeling", "Nee", false],
      ["Kamerbrief", "Ja", false],
    ]);
  });

  it("gives a deadline without a reason as the day alone, a blank rubricering as none, and a contact's phone", () => {
    const b = kaal();
    b.uitersteBeslisdatum = "2025-06-27";
    b.rubricering = "   ";
    b.contactpersoon = { naam: "Sanne de Vries", telefoon: "06-12345678", email: "s@minbzk.nl" };
    const velden = Object.fromEntries(kop(b).map(([label, waarde]) => [label, waarde]));
    expect(velden["Uiterste beslisdatum"]).toBe("27 juni 2025");
    expect(velden["Rubricering"]).toBe("Ongerubriceerd");
    expect(velden["Contactpersoon"]).toBe("Sanne de Vries, 06-12345678, s@minbzk.nl");
  });
});

describe("the sections", () => {
  it("come in their order; an empty optional one is left out, an empty Niet openbaar says NVT", () => {
    const doc = notaDocument(volledig());
    expect(doc.secties.map((s) => s.kop)).toEqual(["Aanleiding", "Geadviseerd besluit", "Kern", "Toelichting", "Informatie die niet openbaar gemaakt kan worden", "Motivering", "Bijlagen"]);
    expect(doc.secties[3]).toEqual({ soort: "tekst", kop: "Toelichting", blokken: [] });
    expect(doc.secties[4]).toEqual({ soort: "tekst", kop: "Informatie die niet openbaar gemaakt kan worden", blokken: [{ type: "alinea", inhoud: t("NVT") }] });
    expect(doc.secties[5]).toEqual({
      soort: "tekst",
      kop: "Motivering",
      blokken: [{ type: "alinea", inhoud: [{ type: "tekst", tekst: "Motief " }, { type: "nietOpenbaar", gronden: ["5.1.2i"], inhoud: t("geheim") }, { type: "tekst", tekst: "." }] }],
    });
  });

  it("keep a filled optional section and a filled Niet openbaar as written", () => {
    const doc = notaDocument(kaal());
    expect(doc.secties.map((s) => s.kop)).toEqual(["Aanleiding", "Geadviseerd besluit", "Kern", "Toelichting", "Politieke context", "Informatie die niet openbaar gemaakt kan worden", "Motivering", "Bijlagen"]);
    expect(doc.secties[4]).toEqual({ soort: "tekst", kop: "Politieke context", blokken: [{ type: "alinea", inhoud: t("Gevoelig.") }] });
    expect(doc.secties[5]).toEqual({ soort: "tekst", kop: "Informatie die niet openbaar gemaakt kan worden", blokken: [{ type: "alinea", inhoud: t("Passage over 5.1.2i.") }] });
  });

  it("number the beslispunten from 1 with the minister's oordeel and change", () => {
    expect(notaDocument(volledig()).secties[1]).toEqual({
      soort: "beslispunten",
      kop: "Geadviseerd besluit",
      punten: [
        { nummer: 1, tekst: t("Kennisnemen"), oordeel: "Akkoord", wijziging: null },
        { nummer: 2, tekst: t("Instemmen"), oordeel: null, wijziging: t("Anders") },
      ],
    });
  });

  it("describe each bijlage's information with its grounds or where it is published", () => {
    expect(notaDocument(volledig()).secties[6]).toEqual({
      soort: "bijlagen",
      kop: "Bijlagen",
      rijen: [
        { volgnummer: 1, naam: t("Brief"), informatie: t("Reeds openbaar: kst-29362-385"), gronden: [] },
        { volgnummer: 2, naam: t("Advies"), informatie: t("Deels openbaar (5.1.2e, 5.2)"), gronden: ["5.1.2e", "5.2"] },
        { volgnummer: 3, naam: t("Memo"), informatie: t("Reeds openbaar"), gronden: [] },
      ],
    });
  });

  it("say Openbaar and Niet openbaar plainly, and a vindplaats only for reeds openbaar", () => {
    const b = kaal();
    b.bijlagen = [
      { volgnummer: 1, naam: "A", informatie: "openbaar", gronden: [], vindplaats: "ergens" },
      { volgnummer: 2, naam: "B", informatie: "niet_openbaar", gronden: ["5.1.1c"], vindplaats: "ergens" },
    ];
    const s = notaDocument(b).secties.at(-1)!;
    expect(s.soort === "bijlagen" && s.rijen.map((r) => inlinePlainText(r.informatie))).toEqual(["Openbaar", "Niet openbaar (5.1.1c)"]);
  });
});

describe("annotations and the paraaf block", () => {
  it("date the annotations in Amsterdam and name who initialled for whom", () => {
    const doc = notaDocument(volledig());
    expect(doc.annotaties).toEqual([{ op: "1 juli 2025", tekst: t("Goed zo"), openbaar: false }]);
    expect(doc.paraafblok).toEqual({
      ronde: 3,
      rijen: [
        { rol: t("Afdelingshoofd"), wie: t("Klaas namens Piet"), op: "21 juni 2025 om 14:05", oordeel: "Akkoord met opmerkingen", opmerking: t("Prima") },
        { rol: t("DG"), wie: t("Els"), op: null, oordeel: null, opmerking: [] },
      ],
    });
  });

  it("has no paraaf block without a round", () => {
    expect(notaDocument(kaal()).paraafblok).toBeNull();
  });
});

const VOLLEDIG_KOP = [
  `<article class="br-nota" lang="nl">`,
  `<h1>Beslisnota: Reactie op &lt;advies&gt; &amp; meer</h1>`,
  `<dl class="br-nota-kop">`,
  `<dt>Aan</dt><dd>Marieke van den Berg</dd>`,
  `<dt>Van</dt><dd>DGOO</dd>`,
  `<dt>Datum</dt><dd>20 juni 2025</dd>`,
  `<dt>Kenmerk</dt><dd>BZK-2025-0001234</dd>`,
  `<dt>Onderwerp</dt><dd>Reactie op &lt;advies&gt; &amp; meer</dd>`,
  `<dt>Soort</dt><dd>Ter informatie</dd>`,
  `<dt>Uiterste beslisdatum</dt><dd>27 juni 2025 (MR 30 juni)</dd>`,
  `<dt>Rubricering</dt><dd>Departementaal vertrouwelijk</dd>`,
  `<dt>MR-behandeling</dt><dd>Ja</dd>`,
  `<dt>Kamerbrief</dt><dd>Nee</dd>`,
  `<dt>Contactpersoon</dt><dd>Sanne de Vries, s@minbzk.nl</dd>`,
  `</dl>`,
  `<section><h2>Aanleiding</h2>`,
  `<p>Eerste alinea.</p>`,
  `</section>`,
  `<section><h2>Geadviseerd besluit</h2>`,
  `<ol>`,
  `<li>Kennisnemen<br><span class="br-oordeel">Besluit bewindspersoon: Akkoord</span></li>`,
  `<li>Instemmen<br><span class="br-wijziging">Wijziging: Anders</span></li>`,
  `</ol>`,
  `</section>`,
  `<section><h2>Kern</h2>`,
  `<p>Kern <strong>vet</strong>.</p>`,
  `</section>`,
  `<section><h2>Toelichting</h2>`,
  `<p>NVT</p>`,
  `</section>`,
  `<section><h2>Informatie die niet openbaar gemaakt kan worden</h2>`,
  `<p>NVT</p>`,
  `</section>`,
  `<section><h2>Motivering</h2>`,
];

const VOLLEDIG_STAART = [
  `</section>`,
  `<section><h2>Bijlagen</h2>`,
  `<table><thead><tr><th scope="col">Volgnummer</th><th scope="col">Naam</th><th scope="col">Informatie</th></tr></thead><tbody>`,
  `<tr><td>1</td><td>Brief</td><td>Reeds openbaar: kst-29362-385</td></tr>`,
  `<tr><td>2</td><td>Advies</td><td>Deels openbaar (5.1.2e, 5.2)</td></tr>`,
  `<tr><td>3</td><td>Memo</td><td>Reeds openbaar</td></tr>`,
  `</tbody></table>`,
  `</section>`,
  `<section><h2>Annotaties van de bewindspersoon</h2>`,
  `<p><span class="br-datum">1 juli 2025</span>: Goed zo</p>`,
  `</section>`,
  `<section><h2>Paraafblok (ronde 3)</h2>`,
  `<table><thead><tr><th scope="col">Rol</th><th scope="col">Wie</th><th scope="col">Wanneer</th><th scope="col">Oordeel</th><th scope="col">Opmerking</th></tr></thead><tbody>`,
  `<tr><td>Afdelingshoofd</td><td>Klaas namens Piet</td><td>21 juni 2025 om 14:05</td><td>Akkoord met opmerkingen</td><td>Prima</td></tr>`,
  `<tr><td>DG</td><td>Els</td><td>Nog niet</td><td>Open</td><td></td></tr>`,
  `</tbody></table></section>`,
];

describe("the HTML", () => {
  it("marks a withheld passage for the reviewer, without a legend", () => {
    expect(renderNotaHtml(notaDocument(volledig()))).toBe(
      [...VOLLEDIG_KOP, `<p>Motief <mark class="br-niet-openbaar" data-gronden="5.1.2i">geheim</mark>.</p>`, ...VOLLEDIG_STAART, `</article>`].join("\n"),
    );
  });

  it("shows the grounds instead in the public version, with the legend (each ground once)", () => {
    const legenda = legendaVan(["5.1.2i", "5.1.2i", "5.2"]);
    expect(renderNotaHtml(notaDocument(volledig()), { openbaar: true, legenda })).toBe(
      [
        ...VOLLEDIG_KOP,
        `<p>Motief <span class="br-weggelakt">[5.1.2i]</span>.</p>`,
        ...VOLLEDIG_STAART,
        `<section class="br-legenda"><h2>Legenda Woo-gronden</h2><dl>`,
        `<dt>5.1.2i</dt><dd>Goed functioneren van de Staat</dd>`,
        `<dt>5.2</dt><dd>Persoonlijke beleidsopvattingen</dd>`,
        `</dl></section>`,
        `</article>`,
      ].join("\n"),
    );
  });

  it("marks the passage when openbaar is anything but true, and leaves out an empty legend", () => {
    const html = renderNotaHtml(notaDocument(volledig()), { openbaar: false, legenda: [] });
    expect(html).toContain(`<p>Motief <mark class="br-niet-openbaar" data-gronden="5.1.2i">geheim</mark>.</p>`);
    expect(html).not.toContain("br-legenda");
  });

  it("says so when there are no beslispunten or bijlagen, and has no annotation or paraaf section without them", () => {
    const html = renderNotaHtml(notaDocument(kaal()));
    const secties = html.split("\n").filter((r) => r.startsWith("<section"));
    expect(secties).toEqual([
      "<section><h2>Aanleiding</h2>",
      "<section><h2>Geadviseerd besluit</h2>",
      "<section><h2>Kern</h2>",
      "<section><h2>Toelichting</h2>",
      "<section><h2>Politieke context</h2>",
      "<section><h2>Informatie die niet openbaar gemaakt kan worden</h2>",
      "<section><h2>Motivering</h2>",
      "<section><h2>Bijlagen</h2>",
    ]);
    expect(html).toContain("<section><h2>Geadviseerd besluit</h2>\n<p>Geen beslispunten (ter informatie).</p>\n</section>");
    expect(html).toContain("<section><h2>Bijlagen</h2>\n<p>Geen bijlagen.</p>\n</section>");
  });

  it("escapes the annotation's date and the paraaf's oordeel", () => {
    const doc = notaDocument(kaal());
    doc.annotaties = [{ op: "<1 juli>", tekst: t("a & b"), openbaar: true }];
    doc.paraafblok = { ronde: 1, rijen: [{ rol: t("<DG>"), wie: t("Els"), op: "<nu>", oordeel: "\"ok\"", opmerking: [] }] };
    const html = renderNotaHtml(doc);
    expect(html).toContain(`<p><span class="br-datum">&lt;1 juli&gt;</span>: a &amp; b</p>`);
    expect(html).toContain(`<tr><td>&lt;DG&gt;</td><td>Els</td><td>&lt;nu&gt;</td><td>&quot;ok&quot;</td><td></td></tr>`);
  });

  it("has fixed headings", () => {
    expect([ANNOTATIES_KOP, PARAAFBLOK_KOP, LEGENDA_KOP]).toEqual(["Annotaties van de bewindspersoon", "Paraafblok", "Legenda Woo-gronden"]);
  });
});

describe("inline helpers", () => {
  const inhoud: Inline[] = [
    { type: "tekst", tekst: "Zie " },
    { type: "vet", inhoud: [{ type: "cursief", inhoud: t("dit") }] },
    { type: "tekst", tekst: " en " },
    { type: "nietOpenbaar", gronden: ["5.1.2e", "5.2"], inhoud: [{ type: "vet", inhoud: t("dat") }] },
    { type: "nietOpenbaar", gronden: [], inhoud: t("zus") },
  ];

  it("gives plain text, with the grounds in the public version", () => {
    expect(inlinePlainText(inhoud)).toBe("Zie dit en datzus");
    expect(inlinePlainText(inhoud, { openbaar: false })).toBe("Zie dit en datzus");
    expect(inlinePlainText(inhoud, { openbaar: true })).toBe("Zie dit en [5.1.2e, 5.2][niet openbaar]");
  });

  it("gives HTML without the paragraph around it", () => {
    expect(inlineHtml([])).toBe("");
    expect(inlineHtml(t("a < b"))).toBe("a &lt; b");
    expect(inlineHtml(inhoud, { openbaar: true })).toBe(
      `Zie <strong><em>dit</em></strong> en <span class="br-weggelakt">[5.1.2e, 5.2]</span><span class="br-weggelakt">[niet openbaar]</span>`,
    );
  });

  it("escapes the five HTML characters", () => {
    expect(escapeHtml(`<a href="x">'Tom' & Jerry</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;Tom&#39; &amp; Jerry&lt;/a&gt;");
  });

  it("makes a line of text inline content, nothing of nothing", () => {
    expect(toInline("x")).toEqual(t("x"));
    expect(toInline("")).toEqual([]);
    expect(toInline(null)).toEqual([]);
    expect(toInline(undefined)).toEqual([]);
  });

  it("lists each ground of the legend once with its description, in the order first used", () => {
    expect(legendaVan(["5.2", "5.1.1e", "5.2"])).toEqual([
      { code: "5.2", omschrijving: "Persoonlijke beleidsopvattingen" },
      { code: "5.1.1e", omschrijving: "Identificatienummers (BSN)" },
    ]);
  });
});

describe("every inline of the document", () => {
  it("walks a nota without paraaf block, beslispunten, bijlagen or annotations", () => {
    expect(alleInlines(notaDocument(kaal())).map((i) => inlinePlainText(i))).toEqual([
      "Reactie op <advies> & meer",
      "Marieke van den Berg, minister van BZK",
      "DGOO",
      "Nog niet ingediend",
      "BZK-2025-0001234",
      "Reactie op <advies> & meer",
      "Ter beslissing",
      "Geen",
      "Ongerubriceerd",
      "Nee",
      "Ja",
      "Eerste alinea.",
      "Kern vet.",
      "Uitleg.",
      "Gevoelig.",
      "Passage over 5.1.2i.",
      "Motief geheim.",
    ]);
  });

  it("walks header, sections, beslispunten with their change, bijlagen, annotations and the paraaf block", () => {
    const b = volledig();
    b.kern = "Kern.\n\n- een\n- twee";
    expect(alleInlines(notaDocument(b)).map((i) => inlinePlainText(i))).toEqual([
      "Reactie op <advies> & meer",
      "Marieke van den Berg",
      "DGOO",
      "20 juni 2025",
      "BZK-2025-0001234",
      "Reactie op <advies> & meer",
      "Ter informatie",
      "27 juni 2025 (MR 30 juni)",
      "Departementaal vertrouwelijk",
      "Ja",
      "Nee",
      "Sanne de Vries, s@minbzk.nl",
      "Eerste alinea.",
      "Kennisnemen",
      "Instemmen",
      "Anders",
      "Kern.",
      "een",
      "twee",
      "NVT",
      "Motief geheim.",
      "Brief",
      "Reeds openbaar: kst-29362-385",
      "Advies",
      "Deels openbaar (5.1.2e, 5.2)",
      "Memo",
      "Reeds openbaar",
      "Goed zo",
      "Afdelingshoofd",
      "Klaas namens Piet",
      "Prima",
      "DG",
      "Els",
      "",
    ]);
  });
});
