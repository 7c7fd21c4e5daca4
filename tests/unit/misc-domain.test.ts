import { describe, expect, it } from "vitest";
import { herkenBestandstype } from "@/lib/domain/bestandstype";
import { canonicalJson } from "@/lib/domain/canonical-json";
import { diffSnapshots } from "@/lib/domain/versie-diff";
import { besluitSchema, bijlageSchema, notaInvoerSchema, paraafSchema } from "@/lib/domain/nota-schemas";

const bytes = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));

describe("file types by content", () => {
  it("recognises PDF, DOCX, XLSX and ODT and refuses the rest", () => {
    expect(herkenBestandstype(bytes("%PDF-1.7\n..."))?.soort).toBe("pdf");
    expect(herkenBestandstype(bytes("PK\u0003\u0004" + "x".repeat(26) + "[Content_Types].xml....word/document.xml"))?.soort).toBe("docx");
    expect(herkenBestandstype(bytes("PK\u0003\u0004" + "x".repeat(26) + "[Content_Types].xml....xl/workbook.xml"))?.soort).toBe("xlsx");
    expect(herkenBestandstype(bytes("PK\u0003\u0004" + "x".repeat(26) + "mimetypeapplication/vnd.oasis.opendocument.text"))?.soort).toBe("odt");
    expect(herkenBestandstype(bytes("MZ\u0090\u0000 an executable"))).toBeNull();
    expect(herkenBestandstype(bytes("PK\u0003\u0004 a zip with other things"))).toBeNull();
    expect(herkenBestandstype(bytes("<html>%PDF-</html>"))).toBeNull();
  });
});

describe("canonical JSON", () => {
  it("gives the same bytes whatever the key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [3, { y: 2, z: 1 }] }, b: 1 }));
    expect(canonicalJson({ t: new Date("2025-06-30T10:00:00Z"), n: 10n, u: undefined })).toBe('{"n":"10","t":"2025-06-30T10:00:00.000Z"}');
  });
});

describe("version diff", () => {
  it("marks only the changed sections, word by word", () => {
    const a = { onderwerp: "Kabinetsreactie", kern: "De minister stemt in.", beslispunten: [{ volgnummer: 1, tekst: "Kennisnemen" }] };
    const b = { onderwerp: "Kabinetsreactie", kern: "De minister stemt niet in.", beslispunten: [{ volgnummer: 1, tekst: "Kennisnemen" }] };
    const d = diffSnapshots(a, b);
    expect(d.filter((s) => s.gewijzigd).map((s) => s.sectie)).toEqual(["kern"]);
    const kern = d.find((s) => s.sectie === "kern")!;
    expect(kern.delen.filter((x) => x.soort === "toegevoegd").map((x) => x.tekst.trim())).toEqual(["niet"]);
  });
});

describe("input schemas", () => {
  const base = { onderwerp: "Test", soort: "ter_beslissing", aanId: "5f0c3c1e-8d7b-4c1a-9a57-0d7e2b6c1a11" };

  it("fills defaults for a minimal new nota", () => {
    const p = notaInvoerSchema.parse(base);
    expect(p).toMatchObject({ mrBehandeling: false, kamerbrief: false, nietOpenbaar: "NVT", beslispunten: [], bijlagen: [] });
  });

  it("refuses unknown fields and names the bad Woo ground", () => {
    expect(notaInvoerSchema.safeParse({ ...base, extra: 1 }).success).toBe(false);
    const r = notaInvoerSchema.safeParse({ ...base, kern: "Zie {{5.1.9: geheim}}." });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(["kern"]);
    expect(r.error!.issues[0]!.message).toContain('"5.1.9"');
  });

  it("requires grounds for a bijlage that is not public, and a vindplaats for one already public", () => {
    expect(bijlageSchema.safeParse({ naam: "Advies", informatie: "niet_openbaar" }).error?.issues[0]?.path).toEqual(["gronden"]);
    expect(bijlageSchema.safeParse({ naam: "Advies", informatie: "reeds_openbaar" }).error?.issues[0]?.path).toEqual(["vindplaats"]);
    expect(bijlageSchema.safeParse({ naam: "Advies", informatie: "deels_openbaar", gronden: ["5.1.5", "5.1.2e"] }).success).toBe(false);
    expect(bijlageSchema.safeParse({ naam: "Advies", informatie: "deels_openbaar", gronden: ["5.1.2e"] }).success).toBe(true);
  });

  it("asks a remark with niet akkoord and a text with gewijzigd akkoord", () => {
    expect(paraafSchema.safeParse({ oordeel: "niet_akkoord" }).error?.issues[0]?.message).toBe("Licht toe waarom u niet akkoord gaat.");
    expect(paraafSchema.safeParse({ oordeel: "akkoord" }).success).toBe(true);
    expect(besluitSchema.safeParse({ beslispunten: [{ volgnummer: 1, oordeel: "gewijzigd_akkoord" }] }).error?.issues[0]?.path).toEqual(["beslispunten", 0, "wijziging"]);
  });
});
