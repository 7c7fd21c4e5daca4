// herbouwTekst: a section's lines rebuilt as paragraphs, lists and sub-headings, one rule at a time.
// Every expectation is the Markdown a reader would write for those lines.
import { describe, expect, it } from "vitest";
import { herbouwTekst } from "@/lib/domain/importeren";

describe("paragraphs", () => {
  it("lines of one block are joined with a space; blank lines separate paragraphs", () => {
    expect(herbouwTekst(["De eerste zin", "loopt door.", "", "", "Een tweede alinea."])).toBe("De eerste zin loopt door.\n\nEen tweede alinea.");
  });

  it("a word broken after a hyphen is joined without a space, keeping the hyphen, only before a lower-case letter after a letter", () => {
    expect(herbouwTekst(["Het ROB-", "advies is er."])).toBe("Het ROB-advies is er.");
    expect(herbouwTekst(["Een 2-", "jarige termijn."])).toBe("Een 2- jarige termijn.");
    expect(herbouwTekst(["De Noord-", "Hollandse kust."])).toBe("De Noord- Hollandse kust.");
    expect(herbouwTekst(["Kabinets -", "reactie volgt."])).toBe("Kabinets - reactie volgt.");
  });

  it("white space only and no lines at all give an empty text", () => {
    expect(herbouwTekst([])).toBe("");
    expect(herbouwTekst(["", "   ", ""])).toBe("");
  });
});

describe("short standalone lines as sub-headings", () => {
  it("a one-line block without final punctuation, starting with a capital, followed by more text, is a ### heading", () => {
    expect(herbouwTekst(["Achtergrond", "", "De tekst."])).toBe("### Achtergrond\n\nDe tekst.");
    expect(herbouwTekst(["‘Naar een uitvoerende macht’", "", "De tekst."])).toBe("### ‘Naar een uitvoerende macht’\n\nDe tekst.");
    expect(herbouwTekst(["(Financiële) gevolgen", "", "De tekst."])).toBe("### (Financiële) gevolgen\n\nDe tekst.");
  });

  it.each([
    ["the last block", ["De tekst.", "", "Achtergrond"], "De tekst.\n\nAchtergrond"],
    ["fewer than four characters", ["Kop", "", "De tekst."], "Kop\n\nDe tekst."],
    ["a block of two lines", ["Achtergrond", "van de zaak", "", "De tekst."], "Achtergrond van de zaak\n\nDe tekst."],
    ["a final colon", ["Het kabinet stelt voor:", "", "De tekst."], "Het kabinet stelt voor:\n\nDe tekst."],
    ["a final full stop", ["Dat is alles.", "", "De tekst."], "Dat is alles.\n\nDe tekst."],
    ["a lower-case start", ["achtergrond", "", "De tekst."], "achtergrond\n\nDe tekst."],
    ["thirteen words", ["Een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien", "", "De tekst."], "Een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien\n\nDe tekst."],
  ])("is no heading: %s", (_, invoer, uit) => {
    expect(herbouwTekst(invoer)).toBe(uit);
  });

  it("twelve words is still a heading; ninety characters is, ninety-one is not", () => {
    expect(herbouwTekst(["Een twee drie vier vijf zes zeven acht negen tien elf twaalf", "", "De tekst."])).toBe("### Een twee drie vier vijf zes zeven acht negen tien elf twaalf\n\nDe tekst.");
    const negentig = `A${"b".repeat(89)}`;
    expect(herbouwTekst([negentig, "", "De tekst."])).toBe(`### ${negentig}\n\nDe tekst.`);
    expect(herbouwTekst([`${negentig}c`, "", "De tekst."])).toBe(`${negentig}c\n\nDe tekst.`);
    expect(herbouwTekst(["Kort", "", "De tekst."])).toBe("### Kort\n\nDe tekst.");
  });

  it("without headings (metKoppen false) the same lines stay paragraphs and numbered lines stay items", () => {
    expect(herbouwTekst(["Achtergrond", "", "De tekst."], false)).toBe("Achtergrond\n\nDe tekst.");
    expect(herbouwTekst(["1. Achtergrond", "", "De tekst."], false)).toBe("1. Achtergrond\n\nDe tekst.");
  });

  it("### and #### lines stay as they are and close the paragraph or item before them", () => {
    expect(herbouwTekst(["Een zin", "### Kop drie", "- punt", "#### Kop vier", "Slot."])).toBe("Een zin\n\n### Kop drie\n\n- punt\n\n#### Kop vier\n\nSlot.");
    expect(herbouwTekst(["#####  Geen kop", "", "Tekst."])).toBe("#####  Geen kop\n\nTekst.");
  });
});

describe("numbered sub-headings", () => {
  it("1. Achtergrond is ###, 2.1 Kosten and 2.1. Kosten are ####", () => {
    expect(herbouwTekst(["1. Achtergrond", "De tekst.", "", "2.1 Kosten", "Meer tekst.", "2.1. Baten", "Slot."])).toBe(
      "### 1. Achtergrond\n\nDe tekst.\n\n#### 2.1 Kosten\n\nMeer tekst.\n\n#### 2.1. Baten\n\nSlot.",
    );
  });

  it("a run of numbered headings are all headings", () => {
    expect(herbouwTekst(["1. Achtergrond", "2. Financiële gevolgen", "3. Risico's"])).toBe("### 1. Achtergrond\n\n### 2. Financiële gevolgen\n\n### 3. Risico's");
  });

  it("a numbered line next to numbered sentences is an item of that list, in the same block or across a blank line", () => {
    expect(herbouwTekst(["1. Instemmen met het voorstel.", "2. Kennisnemen"])).toBe("1. Instemmen met het voorstel.\n2. Kennisnemen");
    expect(herbouwTekst(["1. Kennisnemen", "2. Instemmen met het voorstel."])).toBe("1. Kennisnemen\n2. Instemmen met het voorstel.");
    expect(herbouwTekst(["1. Instemmen met het voorstel.", "", "2. Kennisnemen"])).toBe("1. Instemmen met het voorstel.\n2. Kennisnemen");
    expect(herbouwTekst(["1. Kennisnemen", "", "2. Instemmen met het voorstel."])).toBe("1. Kennisnemen\n2. Instemmen met het voorstel.");
  });

  it("a 2.1 heading stays a heading even between numbered sentences", () => {
    expect(herbouwTekst(["1. Instemmen met het voorstel.", "2.1 Kosten", "3. Verzenden van de brief."])).toBe("1. Instemmen met het voorstel.\n\n#### 2.1 Kosten\n\n3. Verzenden van de brief.");
  });

  it("a numbered line with a sentence is no heading", () => {
    expect(herbouwTekst(["1. Het kabinet neemt het advies over.", "", "Slot."])).toBe("1. Het kabinet neemt het advies over.\n\nSlot.");
    expect(herbouwTekst(["1. achtergrond", "", "Slot."])).toBe("1. achtergrond\n\nSlot.");
  });
});

describe("lists", () => {
  it.each(["- punt", "– punt", "• punt", "* punt", "· punt", "▪ punt", "● punt", "◦ punt", "o punt", "° punt"])("%s is a bullet item", (regel) => {
    expect(herbouwTekst([regel, "vervolg"])).toBe("- punt vervolg");
  });

  it("the OCR 'e' of a bullet is a bullet only before a capital or a quote; 'e en' is a word", () => {
    expect(herbouwTekst(["e Het eerste punt;", "e “Tweede” punt"])).toBe("- Het eerste punt;\n- “Tweede” punt");
    expect(herbouwTekst(["e en verder"])).toBe("e en verder");
  });

  it("numbered items keep their number, in 1. 1) and (1) forms; letters and roman numerals become bullets", () => {
    expect(herbouwTekst(["1) eerste;", "(2) tweede;", "3. derde."])).toBe("1. eerste;\n2. tweede;\n3. derde.");
    expect(herbouwTekst(["a) eerste;", "(b) tweede;", "iv. vierde;", "(vi) zesde."])).toBe("- eerste;\n- tweede;\n- vierde;\n- zesde.");
  });

  it("a line without a mark continues the item; a paragraph after a list gets a blank line", () => {
    expect(herbouwTekst(["- een punt dat", "doorloopt", "- tweede", "", "Een alinea."])).toBe("- een punt dat doorloopt\n- tweede\n\nEen alinea.");
  });

  it("a paragraph before a list is closed by the first item", () => {
    expect(herbouwTekst(["Het kabinet", "stelt voor:", "- een;", "- twee."])).toBe("Het kabinet stelt voor:\n\n- een;\n- twee.");
  });

  it("items of one kind in separate blocks are one list; a bullet and a number are not", () => {
    expect(herbouwTekst(["- een", "", "- twee", "", "- drie"])).toBe("- een\n- twee\n- drie");
    expect(herbouwTekst(["1) een", "", "2) twee"])).toBe("1. een\n2. twee");
    expect(herbouwTekst(["- een", "", "1) twee"])).toBe("- een\n\n1. twee");
    expect(herbouwTekst(["1) een", "", "- twee"])).toBe("1. een\n\n- twee");
    expect(herbouwTekst(["Alinea.", "", "- twee"])).toBe("Alinea.\n\n- twee");
  });

  it("a mark alone on its line is joined to the text of the next non-blank line", () => {
    expect(herbouwTekst(["1.", "", "eerste punt;", "2.", "tweede punt."])).toBe("1. eerste punt;\n2. tweede punt.");
    expect(herbouwTekst(["•", "losse bullet"])).toBe("- losse bullet");
    expect(herbouwTekst(["a)", "  letter"])).toBe("- letter");
  });

  it("a mark followed by another mark, or by nothing, stays as it is", () => {
    expect(herbouwTekst(["Tekst.", "", "1.", "2."])).toBe("Tekst.\n\n1. 2.");
    expect(herbouwTekst(["Tekst.", "", "–"])).toBe("Tekst.\n\n–");
  });
});
