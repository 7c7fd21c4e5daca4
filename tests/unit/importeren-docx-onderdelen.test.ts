// mammoth's HTML of a .docx turned into the importer's lines, one structure at a time: entities,
// the small HTML parser (stray closing tags, self-closing elements, images), inline and block
// elements, headings by level, lists (numbering, nesting, empty items) and tables.
import { describe, expect, it } from "vitest";
import { docxHtmlNaarTekst } from "@/lib/domain/importeren-docx";

const regels = (html: string) => docxHtmlNaarTekst(html).split("\n");

describe("entities in mammoth's HTML", () => {
  it.each([
    ["<p>&#65;&#x42;&#X43;</p>", "ABC"],
    ["<p>&AMP; &Lt; &GT;</p>", "& < >"],
    ["<p>&quot;citaat&quot; en &apos;enkel&apos;</p>", "\"citaat\" en 'enkel'"],
    ["<p>&#8364;&#x2009;5 miljoen</p>", "€ 5 miljoen"],
    ["<p>&#x10FFFF;</p>", "\u{10FFFF}"],
  ])("%s reads as %s", (html, tekst) => {
    expect(docxHtmlNaarTekst(html)).toBe(tekst);
  });

  it.each([
    ["<p>&#0;nul</p>", "&#0;nul"],
    ["<p>&#x110000;</p>", "&#x110000;"],
    ["<p>&onbekend; teken</p>", "&onbekend; teken"],
    ["<p>&#xZZ; tekst</p>", "&#xZZ; tekst"],
  ])("%s stays as written: %s", (html, tekst) => {
    expect(docxHtmlNaarTekst(html)).toBe(tekst);
  });

  it("a non-breaking space entity becomes an ordinary space between words", () => {
    expect(docxHtmlNaarTekst("<p>Den&nbsp;Haag</p>")).toBe("Den Haag");
  });
});

describe("the HTML parser", () => {
  it("a closing tag without its opening tag is ignored; the text around it stays in its paragraph", () => {
    expect(regels("<p>voor</span>na</p><p>tweede</p>")).toEqual(["voorna", "", "tweede"]);
  });

  it("a closing tag closes the nearest open element of that name, with what was opened inside it", () => {
    expect(regels("<h2>Kern<strong>vet</h2><p>gewoon</p>")).toEqual(["## Kernvet", "", "gewoon"]);
  });

  it("a self-closing element holds nothing: the text after it is not its content", () => {
    expect(regels("<h2/>Kern")).toEqual(["Kern"]);
    expect(regels('<h2 class="x" />Kern')).toEqual(["Kern"]);
    expect(regels("<h2>Kern</h2>")).toEqual(["## Kern"]);
  });

  it("a slash inside an attribute value, or white space after the slash, does not change what is self-closing", () => {
    expect(regels('<ol class="lijst/a"><li>Een</li></ol>')).toEqual(["1. Een"]);
    expect(regels("<h2 / >Kern")).toEqual(["Kern"]);
  });

  it("an image is its alt text (entities read), and nothing without one", () => {
    expect(regels('<p>Logo: <img alt="Rijksoverheid &amp; BZK" src="data:x" /></p>')).toEqual(["Logo: Rijksoverheid & BZK"]);
    expect(regels('<p>Voor<img src="data:x" />na</p>')).toEqual(["Voorna"]);
    expect(regels('<p>Voor<img alt="" src="data:x" />na</p>')).toEqual(["Voorna"]);
  });

  it("tag names are read regardless of case", () => {
    expect(regels("<H3>Detail</H3><P>Tekst</P>")).toEqual(["### Detail", "", "Tekst"]);
  });

  it("the class of a heading decides the title; other attributes do not", () => {
    expect(regels('<h1 class="titel">Beslisnota</h1>')).toEqual(["# Beslisnota"]);
    expect(regels('<h2 class="titel">Ondertitel</h2>')).toEqual(["# Ondertitel"]);
    expect(regels('<h1 id="titel">Aanleiding</h1>')).toEqual(["## Aanleiding"]);
  });
});

describe("block and inline elements", () => {
  it("inline elements join their text without a space; block elements inside a block are separated", () => {
    expect(regels("<p>vet<strong>gedrukt</strong> en <em>schuin</em></p>")).toEqual(["vetgedrukt en schuin"]);
    expect(regels("<table><tr><td><p>Eerste</p><p>Tweede</p></td><td>Derde</td></tr></table>")).toEqual(["Eerste Tweede\tDerde"]);
  });

  it("text outside any paragraph is a line of its own, followed by a blank line", () => {
    expect(regels("Losse tekst<p>Alinea</p>  \n  <p>Nog een</p>")).toEqual(["Losse tekst", "", "Alinea", "", "Nog een"]);
  });

  it("elements that are no block of their own (div, a, strong) are read by their content", () => {
    expect(regels('<div><p>Een</p><h3>Kop</h3></div><a href="#x">Link</a><strong>Vet</strong>')).toEqual(["Een", "", "### Kop", "", "Link", "", "Vet"]);
  });

  it("a line break in a paragraph or quote splits it into lines; empty lines and white space go", () => {
    expect(regels("<p>Regel een<br />   <br/>Regel   twee</p><blockquote>Citaat<br>vervolg</blockquote>")).toEqual(["Regel een", "Regel twee", "", "Citaat", "vervolg"]);
  });

  it("an empty paragraph adds nothing", () => {
    expect(regels("<p>Een</p><p>   </p><p></p><p>Twee</p>")).toEqual(["Een", "", "Twee"]);
  });
});

describe("headings by level", () => {
  it.each([
    ["h1", "## Kop"],
    ["h2", "## Kop"],
    ["h3", "### Kop"],
    ["h4", "#### Kop"],
    ["h5", "#### Kop"],
    ["h6", "#### Kop"],
  ])("<%s> is %s, between blank lines", (tag, kop) => {
    expect(regels(`<p>Voor</p><${tag}>  Kop  </${tag}><p>Na</p>`)).toEqual(["Voor", "", kop, "", "Na"]);
  });

  it("an empty heading of any level is left out", () => {
    expect(regels("<p>Voor</p><h1> </h1><h2></h2><h3>  </h3><h4></h4><p>Na</p>")).toEqual(["Voor", "", "Na"]);
  });

  it("a heading's inline parts are one line", () => {
    expect(regels("<h2>Geadviseerd <em>besluit</em></h2>")).toEqual(["## Geadviseerd besluit"]);
  });
});

describe("lists", () => {
  it("numbers count every item, an empty one too; the text between items is no item", () => {
    expect(regels("<ol> <li>Een</li><p>los</p><li>  </li><li>Drie</li></ol>")).toEqual(["1. Een", "3. Drie"]);
  });

  it("bullets: a dash at the top, an en dash nested, two spaces per level", () => {
    expect(regels("<ul><li>Boven<ul><li>Onder<ul><li>Diepst</li></ul></li></ul></li><li>Weer boven</li></ul>")).toEqual(["- Boven", "  – Onder", "    – Diepst", "- Weer boven"]);
  });

  it("nested numbered items are lettered from a, and after z start at a again", () => {
    const items = Array.from({ length: 28 }, (_, i) => `<li>p${i + 1}</li>`).join("");
    const uit = regels(`<ol><li>Hoofd<ol>${items}</ol></li></ol>`);
    expect(uit.slice(0, 3)).toEqual(["1. Hoofd", "  a. p1", "  b. p2"]);
    expect(uit.slice(26)).toEqual(["  z. p26", "  a. p27", "  b. p28"]);
  });

  it("a numbered list nested two deep is lettered and indented four spaces", () => {
    expect(regels("<ol><li>A<ol><li>B<ol><li>C</li></ol></li></ol></li></ol>")).toEqual(["1. A", "  a. B", "    a. C"]);
  });

  it("a nested list inside a bullet list keeps its own kind, and a table in an item is not part of the item's text", () => {
    expect(regels("<ul><li>Punt<table><tr><td>cel</td></tr></table><ol><li>sub</li></ol></li></ul>")).toEqual(["- Punt", "  a. sub"]);
  });

  it("a list stands between blank lines", () => {
    expect(regels("<p>Voor</p><ol><li>Een</li></ol><p>Na</p>")).toEqual(["Voor", "", "1. Een", "", "Na"]);
  });
});

describe("tables", () => {
  it("rows are cells separated by tabs, head cells too; empty rows go, empty cells stay", () => {
    const html =
      "<p>Voor</p><table><thead><tr><th>Nr.</th><th>Naam</th><th>Informatie</th></tr></thead><tbody>" +
      "<tr><td>1</td><td>Kamerbrief</td><td>openbaar</td></tr><tr><td> </td><td></td><td></td></tr><tr><td>2</td><td></td><td>niet openbaar</td></tr></tbody></table><p>Na</p>";
    expect(regels(html)).toEqual(["Voor", "", "Nr.\tNaam\tInformatie", "1\tKamerbrief\topenbaar", "2\t\tniet openbaar", "", "Na"]);
  });

  it("white space between the rows of a table is ignored", () => {
    expect(regels("<table> <tbody> <tr><td>a</td></tr> </tbody> </table>")).toEqual(["a"]);
  });

  it("only td and th elements are cells", () => {
    expect(regels("<table><tr><td>a</td><p>los</p><th>b</th></tr></table>")).toEqual(["a\tb"]);
  });

  it("text directly in a row, outside its cells, is no cell", () => {
    expect(regels("<table><tr>los<td>a</td><td>b</td></tr></table>")).toEqual(["a\tb"]);
  });

  it("a table nested in a cell is read as that cell's text", () => {
    expect(regels("<table><tr><td>Buiten</td><td><table><tr><td>in1</td><td>in2</td></tr></table></td></tr></table>")).toEqual(["Buiten\tin1 in2"]);
  });

  it("an empty document is an empty text", () => {
    expect(docxHtmlNaarTekst("")).toBe("");
    expect(docxHtmlNaarTekst("<p> </p><table><tr><td></td></tr></table>")).toBe("");
  });
});
