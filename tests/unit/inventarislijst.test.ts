import { describe, expect, it } from "vitest";
import { grondenOpVolgorde, inventarisCellen, inventarisCsv, type InventarisRij } from "@/lib/domain/inventarislijst";

const rij = (over: Partial<InventarisRij> = {}): InventarisRij => ({
  nummer: 1,
  titel: "Beslisnota Woo-verzoek",
  datum: "2025-07-01",
  besluit: "openbaar",
  gronden: [],
  opmerking: null,
  bestandsnaam: "BZK-2025-000001-beslisnota.pdf",
  ...over,
});

const HEADER = "Nummer,Document,Datum,Besluit,Gronden,Opmerking,Bestand";

describe("grondenOpVolgorde", () => {
  it("puts grounds in the order of the law, each once", () => {
    expect(grondenOpVolgorde(["5.2", "5.1.2e", "5.1.1c", "5.1.2e", "5.1.5", "5.1.2a"])).toEqual(["5.1.1c", "5.1.2a", "5.1.2e", "5.1.5", "5.2"]);
  });

  it("takes any iterable and gives an empty list for none", () => {
    expect(grondenOpVolgorde(new Set(["5.1.2i", "5.1.1a"] as const))).toEqual(["5.1.1a", "5.1.2i"]);
    expect(grondenOpVolgorde([])).toEqual([]);
  });
});

describe("inventarisCellen", () => {
  it("gives the seven columns of a published document, the date written out", () => {
    expect(inventarisCellen(rij())).toEqual(["1", "Beslisnota Woo-verzoek", "1 juli 2025", "Openbaar", "", "", "BZK-2025-000001-beslisnota.pdf"]);
  });

  it("labels each decision as the list shows it", () => {
    const labels: [InventarisRij["besluit"], string][] = [
      ["openbaar", "Openbaar"],
      ["deels_openbaar", "Deels openbaar"],
      ["niet_openbaar", "Niet openbaar"],
      ["reeds_openbaar", "Reeds openbaar"],
    ];
    for (const [besluit, label] of labels) expect(inventarisCellen(rij({ besluit }))[3], besluit).toBe(label);
  });

  it("joins the grounds with a comma and a space, and leaves empty what is not there", () => {
    const r = rij({ nummer: 12, titel: "Juridisch advies", datum: null, besluit: "niet_openbaar", gronden: ["5.1.2e", "5.2"], opmerking: "Alleen vermeld.", bestandsnaam: null });
    expect(inventarisCellen(r)).toEqual(["12", "Juridisch advies", "", "Niet openbaar", "5.1.2e, 5.2", "Alleen vermeld.", ""]);
  });

  it("writes a date in December and on the first of January correctly", () => {
    expect(inventarisCellen(rij({ datum: "2024-12-31" }))[2]).toBe("31 december 2024");
    expect(inventarisCellen(rij({ datum: "2025-01-01" }))[2]).toBe("1 januari 2025");
  });
});

describe("inventarisCsv", () => {
  it("is the header alone for no rows, with a byte order mark and a closing CRLF", () => {
    expect(inventarisCsv([])).toBe(`\uFEFF${HEADER}\r\n`);
  });

  it("writes a row per document, lines ended by CRLF", () => {
    const csv = inventarisCsv([
      rij(),
      rij({ nummer: 2, titel: "Kamerbrief", datum: "2025-06-30", besluit: "reeds_openbaar", opmerking: "Kamerstukken II", bestandsnaam: null }),
    ]);
    expect(csv).toBe(
      `\uFEFF${HEADER}\r\n` + "1,Beslisnota Woo-verzoek,1 juli 2025,Openbaar,,,BZK-2025-000001-beslisnota.pdf\r\n" + "2,Kamerbrief,30 juni 2025,Reeds openbaar,,Kamerstukken II,\r\n",
    );
  });

  it("quotes a cell with a comma, a semicolon, a quote or a line break, doubling the quotes", () => {
    const cel = (titel: string) => inventarisCsv([rij({ titel, datum: null, bestandsnaam: null })]).split("\r\n")[1];
    expect(cel("Advies, deel 1")).toBe('1,"Advies, deel 1",,Openbaar,,,');
    expect(cel("Advies; deel 1")).toBe('1,"Advies; deel 1",,Openbaar,,,');
    expect(cel('Het "rode" advies')).toBe('1,"Het ""rode"" advies",,Openbaar,,,');
    expect(cel('"')).toBe('1,"""",,Openbaar,,,');
    expect(inventarisCsv([rij({ titel: "Regel\neen", datum: null, bestandsnaam: null })])).toBe(`\uFEFF${HEADER}\r\n1,"Regel\neen",,Openbaar,,,\r\n`);
    expect(inventarisCsv([rij({ titel: "Regel\reen", datum: null, bestandsnaam: null })])).toBe(`\uFEFF${HEADER}\r\n1,"Regel\reen",,Openbaar,,,\r\n`);
  });

  it("quotes a cell with white space at either end, not one with spaces inside", () => {
    const cel = (titel: string) => inventarisCsv([rij({ titel, datum: null, bestandsnaam: null })]).split("\r\n")[1];
    expect(cel(" Advies")).toBe('1," Advies",,Openbaar,,,');
    expect(cel("Advies ")).toBe('1,"Advies ",,Openbaar,,,');
    expect(cel("\tAdvies")).toBe('1,"\tAdvies",,Openbaar,,,');
    expect(cel("Advies van de Raad")).toBe("1,Advies van de Raad,,Openbaar,,,");
  });

  it("quotes the grounds of a document withheld on more than one", () => {
    const csv = inventarisCsv([rij({ besluit: "deels_openbaar", gronden: ["5.1.2b", "5.1.2e"], datum: null })]);
    expect(csv.split("\r\n")[1]).toBe('1,Beslisnota Woo-verzoek,,Deels openbaar,"5.1.2b, 5.1.2e",,BZK-2025-000001-beslisnota.pdf');
  });
});
