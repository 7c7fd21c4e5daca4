import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { herbouwTekst, herkenKop, importeerNota } from "@/lib/domain/importeren";
import { notaInvoerSchema } from "@/lib/domain/nota-schemas";

const seed = readFileSync(new URL("../fixtures/beslisnota-rob-advies.txt", import.meta.url), "utf8");

describe("recognising a nota in extracted text", () => {
  it("recognises headings with a typo, and refuses ordinary sentences as headings", () => {
    expect(herkenKop("Geadyviseerd besluit")).toEqual({ sectie: "beslispunten", exact: false });
    expect(herkenKop("Toelichting")).toEqual({ sectie: "toelichting", exact: true });
    expect(herkenKop("Informatie die niet openbaar gemaakt kan worden")?.sectie).toBe("nietOpenbaar");
    expect(herkenKop("Kern.")).toBeNull();
    expect(herkenKop("De kern van het advies is dat uitvoerders meer ruimte krijgen")).toBeNull();
  });

  it("reads the seed nota with its scanning noise", () => {
    const { nota, waarschuwingen } = importeerNota(seed);
    expect(nota.beslispunten).toEqual([{ tekst: "Kennisnemen van onderstaande toelichting" }, { tekst: "Instemmen met verzending van kabinetsreactie aan TK." }]);
    expect(nota.aanleiding).toBe("Op 30 juni jl. besluit de MR over de kabinetsreactie op het ROB-advies ‘Naar een uitvoerende macht’.");
    expect(nota.kern).toMatch(/^Hierbij treft u de kabinetsreactie .* aan de Tweede Kamer aanbiedt\.$/);
    // "e " bullets became list items; broken lines were joined
    expect(nota.toelichting).toContain("- Het ROB-advies “Naar een uitvoerende macht” bouwt voort op het in 2022 gepubliceerde signalement:");
    expect(nota.toelichting).toContain("### ROB-advies ‘Naar een uitvoerende macht’");
    expect(nota.toelichting).toContain("- op organisatieniveau (naar waarden gedreven dienstverlening);");
    expect(nota.toelichting).not.toMatch(/^e /m);
    expect(nota.nietOpenbaar).toBe("NVT");
    expect(nota.motivering).toBe("In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.");
    expect(nota.bijlagen.map((b) => b.naam)).toEqual(["Kabinetsreactie ROB-advies 'Naar een uitvoerende macht'", "TK-brief Kabinetsreactie ROB-advies ‘Naar een uitvoerende macht’"]);
    expect(nota).toMatchObject({ soort: "ter_beslissing", mrBehandeling: true, kamerbrief: true, deadlineReden: "MR 30 juni" });
    expect(waarschuwingen).toEqual(expect.arrayContaining([expect.stringContaining('"Geadyviseerd besluit"'), expect.stringContaining("onderwerp")]));
    expect(nota.onderwerp.length).toBeGreaterThan(10);
    // the result is accepted by the same schema as POST /api/v1/notas
    expect(notaInvoerSchema.safeParse({ ...nota, aanId: "5f0c3c1e-8d7b-4c1a-9a57-0d7e2b6c1a11" }).success).toBe(true);
  });

  it("drops page-break debris and reads header fields", () => {
    const { nota, kop } = importeerNota("Aan: Minister van BZK\nOnderwerp: Test van de import\nKenmerk: BZK-2025-000123\n\nAanleiding\nEen zin die over\n\n2\n\neen pagina loopt.\nKern\nKort.\n");
    expect(kop).toMatchObject({ aan: "Minister van BZK", kenmerk: "BZK-2025-000123" });
    expect(nota.onderwerp).toBe("Test van de import");
    expect(nota.aanleiding).toBe("Een zin die over\n\neen pagina loopt.");
    expect(nota.soort).toBe("ter_informatie");
  });

  it("rebuilds lists and paragraphs", () => {
    expect(herbouwTekst(["Eerste regel", "loopt door.", "", "• punt een", "  vervolg", "• punt twee"])).toBe("Eerste regel loopt door.\n\n- punt een vervolg\n- punt twee");
  });
});
