// The public version's rules one by one (lib/domain/openbare-versie.ts): officials' phone numbers in
// every notation, the names that stay, manual redactions and their grounds, the narrowing of the
// officials, the weglakking form and the standalone HTML file. Expected values written out by hand.
import { describe, expect, it } from "vitest";
import type { Inline } from "@/lib/domain/tekst";
import { inlinePlainText, type NotaDocument } from "@/lib/domain/nota-document";
import { PERSOONSGEGEVENS, kandidaten, maakOpenbareVersie, maakWeglakker, openbareVersieHtml, weglakkingSchema, type WeglakOpties } from "@/lib/domain/openbare-versie";

const t = (tekst: string): Inline[] => [{ type: "tekst", tekst }];
const openbaar = (opties: WeglakOpties, tekst: string) => inlinePlainText(maakWeglakker(opties).inlines(t(tekst)), { openbaar: true });
const SANNE = { naam: "Sanne de Vries" };

describe("an official's phone number", () => {
  const regel = "bel +32 2 123 45 67, 0032 2 123 45 67, +32-2-1234567 of 3221234567";
  it("stored with + is withheld with + or 00 before it, and as bare digits", () => {
    // Regression: the "+" before the digits kept "+32 2 123 45 67" from matching the official's number.
    expect(openbaar({ ambtenaren: [{ ...SANNE, telefoon: "+32 2 123 45 67" }], behouden: [] }, regel)).toBe("bel [5.1.2e], [5.1.2e], [5.1.2e] of [5.1.2e]");
  });
  it("stored with 00 is withheld with + or 00 before it", () => {
    expect(openbaar({ ambtenaren: [{ ...SANNE, telefoon: "0032 2 123 45 67" }], behouden: [] }, regel)).toBe("bel [5.1.2e], [5.1.2e], [5.1.2e] of 3221234567");
    expect(maakWeglakker({ ambtenaren: [{ ...SANNE, telefoon: "0032 2 123 45 67" }], behouden: [] }).resten("bel +32 2 123 45 67")).toEqual(["+32 2 123 45 67"]);
  });
  it("shorter than 8 digits is no pattern of its own", () => {
    expect(openbaar({ ambtenaren: [{ ...SANNE, telefoon: "1234" }], behouden: [] }, "toestel 1234, of 06-12345678")).toBe("toestel 1234, of [5.1.2e]");
  });
  it("a foreign number of someone else stays (a candidate for review, not withheld)", () => {
    expect(openbaar({ ambtenaren: [{ ...SANNE, telefoon: "06-12345678" }], behouden: [] }, "bel +32 2 123 45 67")).toBe("bel +32 2 123 45 67");
  });
});

describe("e-mail and the names that stay", () => {
  it("withholds an official's e-mail address as stored, in any case", () => {
    expect(openbaar({ ambtenaren: [{ ...SANNE, email: "  S.deVries@X.NL " }], behouden: [] }, "mail s.devries@x.nl")).toBe("mail [5.1.2e]");
  });
  it("keeps an official who is also a kept name, case aside", () => {
    expect(openbaar({ ambtenaren: [SANNE], behouden: ["sanne DE vries"] }, "Sanne de Vries belt")).toBe("Sanne de Vries belt");
  });
  it("does not keep a name that differs by an accent, nor a kept name of one letter", () => {
    expect(openbaar({ ambtenaren: [SANNE], behouden: ["Sanné de Vries"] }, "Sanne de Vries belt")).toBe("[5.1.2e] belt");
    expect(openbaar({ ambtenaren: [SANNE], behouden: [" S "] }, "Sanne de Vries belt S")).toBe("[5.1.2e] belt S");
  });
});

describe("manual redactions", () => {
  it("withhold a string anywhere, white space aside; a blank one is ignored", () => {
    expect(openbaar({ ambtenaren: [], behouden: [], weglakkingen: [{ tekst: "  ", grond: "5.2" }, { tekst: "project  X", grond: "5.1.2i" }] }, "het project X en project\nX")).toBe("het [5.1.2i] en [5.1.2i]");
  });
  it("take the text without the blanks around it", () => {
    expect(openbaar({ ambtenaren: [], behouden: [], weglakkingen: [{ tekst: " project X ", grond: "5.1.2i" }] }, "(project X)")).toBe("([5.1.2i])");
  });
  it("win over a kept name", () => {
    expect(openbaar({ ambtenaren: [SANNE], behouden: ["Sanne de Vries"], weglakkingen: [{ tekst: "Sanne de Vries", grond: "5.2" }] }, "Sanne de Vries belt")).toBe("[5.2] belt");
  });
  it("join an automatic redaction they overlap, both grounds in the law's order", () => {
    expect(openbaar({ ambtenaren: [SANNE], behouden: [], weglakkingen: [{ tekst: "Sanne", grond: "5.2" }] }, "Sanne de Vries belt")).toBe("[5.1.2e, 5.2] belt");
    expect(openbaar({ ambtenaren: [SANNE], behouden: [], weglakkingen: [{ tekst: "de Vries belt", grond: "5.1.1c" }] }, "Sanne de Vries belt nu")).toBe("[5.1.1c, 5.1.2e] nu");
  });
  it("are no leaks: the leak check looks only for officials' identifiers", () => {
    const w = maakWeglakker({ ambtenaren: [SANNE], behouden: [], weglakkingen: [{ tekst: "project X", grond: "5.1.2i" }] });
    expect(w.resten("het project X van Sanne de Vries")).toEqual(["Sanne de Vries"]);
  });
});

describe("a name split by markup", () => {
  it("drops the run's markup but keeps a withheld passage in it", () => {
    const w = maakWeglakker({ ambtenaren: [SANNE], behouden: [] });
    expect(w.inlines([{ type: "vet", inhoud: t("Sanne") }, ...t(" de Vries en "), { type: "nietOpenbaar", gronden: ["5.2"], inhoud: t("x") }, ...t(".")])).toEqual([
      { type: "nietOpenbaar", gronden: ["5.1.2e"], inhoud: t("Sanne de Vries") },
      ...t(" en "),
      { type: "nietOpenbaar", gronden: ["5.2"], inhoud: t("x") },
      ...t("."),
    ]);
  });
});

describe("narrowing the officials", () => {
  it("by phone digits however they are written, and never someone with a short extension", () => {
    expect(kandidaten([{ naam: "Sanne de Vries", telefoon: "06-12345678" }, { naam: "Piet Bel", telefoon: "1234" }, { naam: "Els Wit", email: "" }], "tel. 0612345678").map((p) => p.naam)).toEqual(["Sanne de Vries"]);
    expect(kandidaten([{ naam: "Ana Ruiz", telefoon: "0032 2 123 45 67" }], "bel +32 2 123 45 67").map((p) => p.naam)).toEqual(["Ana Ruiz"]);
  });
});

describe("the weglakking form", () => {
  it("reads a string and a ground", () => {
    expect(weglakkingSchema.parse({ tekst: " project X ", grond: "5.1.2i" })).toEqual({ tekst: "project X", grond: "5.1.2i" });
    expect(weglakkingSchema.parse({ tekst: "ab", grond: "5.2" })).toEqual({ tekst: "ab", grond: "5.2" });
  });
  it.each([
    [{ tekst: "a", grond: "5.2" }, [["tekst", "Een weglakking is ten minste twee tekens lang."]]],
    [
      { tekst: " ", grond: "5.2" },
      [
        ["tekst", "Vul de tekst die weggelakt moet worden in."],
        ["tekst", "Een weglakking is ten minste twee tekens lang."],
      ],
    ],
    [{ tekst: "ab", grond: "5.9" }, [["grond", 'Onbekende Woo-grond "5.9". Kies uit 5.1.1a–e, 5.1.2a–i, 5.1.5 of 5.2.']]],
    [{ tekst: "x".repeat(501), grond: "5.2" }, [["tekst", "De tekst die weggelakt moet worden mag hoogstens 500 tekens lang zijn."]]],
    [{ tekst: "ab", grond: "5.2", extra: 1 }, [["", 'Onbekende key: "extra"']]],
  ])("refuses %j", (invoer, verwacht) => {
    expect((weglakkingSchema.safeParse(invoer).error?.issues ?? []).map((i) => [i.path.join("."), i.message])).toEqual(verwacht);
  });
});

describe("the document", () => {
  const doc = (): NotaDocument => ({
    kenmerk: "BZK-1",
    onderwerp: [...t("Titel & <x>"), { type: "nietOpenbaar", gronden: ["5.2"], inhoud: t("geheim") }],
    kopvelden: [
      { label: "Contactpersoon", waarde: [], persoonsgegevens: true },
      { label: "Van", waarde: t("DGOO") },
    ],
    secties: [{ soort: "bijlagen", kop: "Bijlagen", rijen: [{ volgnummer: 1, naam: t("Advies"), informatie: t("Niet openbaar (5.1.1c)"), gronden: ["5.1.1c"] }] }],
    annotaties: [],
    paraafblok: { ronde: 1, rijen: [{ rol: t("DG"), wie: [], op: null, oordeel: null, opmerking: [] }] },
  });
  it("leaves an empty typed reference empty, and takes the bijlagen's grounds into the legend", () => {
    const v = maakOpenbareVersie(doc(), { ambtenaren: [], behouden: [] });
    expect(v.document.kopvelden[0]!.waarde).toEqual([]);
    expect(v.document.paraafblok!.rijen[0]!.wie).toEqual([]);
    expect(v.legenda).toEqual([
      { code: "5.1.1c", omschrijving: "Vertrouwelijk meegedeelde bedrijfsgegevens" },
      { code: "5.2", omschrijving: "Persoonlijke beleidsopvattingen" },
    ]);
    expect(PERSOONSGEGEVENS).toBe("5.1.2e");
  });
  it("shows the reviewer the withheld contact person, and a ground inside bold in the legend", () => {
    const d = doc();
    d.kopvelden[0]!.waarde = t("Sanne de Vries, s@x.nl");
    d.onderwerp = [{ type: "vet", inhoud: [{ type: "nietOpenbaar", gronden: ["5.1.2i"], inhoud: t("x") }] }];
    const v = maakOpenbareVersie(d, { ambtenaren: [], behouden: [] });
    expect(v.gemarkeerd.kopvelden[0]!.waarde).toEqual([{ type: "nietOpenbaar", gronden: ["5.1.2e"], inhoud: t("Sanne de Vries, s@x.nl") }]);
    expect(v.legenda.map((l) => l.code)).toEqual(["5.1.1c", "5.1.2e", "5.1.2i"]);
  });
  it("as a standalone HTML file", () => {
    expect(openbareVersieHtml({ document: doc(), legenda: [] }, { auteur: 'BZK "&"' })).toBe(
      [
        "<!doctype html>",
        `<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
        `<meta name="author" content="BZK &quot;&amp;&quot;"><meta name="generator" content="Beslisroute">`,
        `<title>Openbare versie beslisnota BZK-1: Titel &amp; &lt;x&gt;[5.2]</title><style>body{font-family:"Fira Sans",Verdana,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#000}`,
        `dl.br-nota-kop{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:bold}dd{margin:0}`,
        `table{border-collapse:collapse;width:100%}th,td{border:1px solid #666;padding:.25rem .5rem;text-align:left;vertical-align:top}`,
        `.br-weggelakt{font-weight:bold;background:#000;color:#fff;padding:0 .2em}mark.br-niet-openbaar{background:#ffe08a}</style></head>`,
        `<body><main>`,
        `<p class="br-openbaar">Openbare versie op grond van de Wet open overheid. Weggelakte passages tonen de Woo-grond; zie de legenda.</p>`,
        `<article class="br-nota" lang="nl">`,
        `<h1>Beslisnota: Titel &amp; &lt;x&gt;<span class="br-weggelakt">[5.2]</span></h1>`,
        `<dl class="br-nota-kop">`,
        `<dt>Contactpersoon</dt><dd></dd>`,
        `<dt>Van</dt><dd>DGOO</dd>`,
        `</dl>`,
        `<section><h2>Bijlagen</h2>`,
        `<table><thead><tr><th scope="col">Volgnummer</th><th scope="col">Naam</th><th scope="col">Informatie</th></tr></thead><tbody>`,
        `<tr><td>1</td><td>Advies</td><td>Niet openbaar (5.1.1c)</td></tr>`,
        `</tbody></table>`,
        `</section>`,
        `<section><h2>Paraafblok (ronde 1)</h2>`,
        `<table><thead><tr><th scope="col">Rol</th><th scope="col">Wie</th><th scope="col">Wanneer</th><th scope="col">Oordeel</th><th scope="col">Opmerking</th></tr></thead><tbody>`,
        `<tr><td>DG</td><td></td><td>Nog niet</td><td>Open</td><td></td></tr>`,
        `</tbody></table></section>`,
        `</article>`,
        `</main></body></html>`,
      ].join("\n"),
    );
  });
});
