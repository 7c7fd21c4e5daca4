import { describe, expect, it } from "vitest";
import { kiesVorm } from "@/lib/domain/accept";

const PDF = "application/pdf";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const CSV = "text/csv";
const HTML = "text/html";

describe("kiesVorm: no Accept header", () => {
  it("takes the first offered form when the header is missing, empty or blank", () => {
    for (const accept of [null, undefined, "", "   ", "\t"]) {
      expect(kiesVorm(accept, [PDF, DOCX]), JSON.stringify(accept)).toBe(PDF);
      expect(kiesVorm(accept, [DOCX, PDF]), JSON.stringify(accept)).toBe(DOCX);
    }
  });

  it("gives null (not undefined) when nothing is offered", () => {
    expect(kiesVorm(null, [])).toBeNull();
    expect(kiesVorm("", [])).toBeNull();
    expect(kiesVorm(PDF, [])).toBeNull();
  });
});

describe("kiesVorm: matching media ranges", () => {
  it("picks the exact type asked for, whatever its place in the offer", () => {
    expect(kiesVorm(DOCX, [PDF, DOCX])).toBe(DOCX);
    expect(kiesVorm(PDF, [PDF, DOCX])).toBe(PDF);
  });

  it("gives null (406) when no offered form is acceptable", () => {
    expect(kiesVorm(HTML, [PDF, DOCX])).toBeNull();
    // Same type, other subtype; same subtype, other type.
    expect(kiesVorm("text/html", [CSV])).toBeNull();
    expect(kiesVorm("application/csv", [CSV])).toBeNull();
    // A wildcard subtype covers its own type only.
    expect(kiesVorm("image/*", [CSV, PDF])).toBeNull();
    // "*/csv" is no valid range and covers nothing.
    expect(kiesVorm("*/csv", [CSV])).toBeNull();
  });

  it("accepts anything under */* and anything of the type under type/*", () => {
    expect(kiesVorm("*/*", [PDF, CSV])).toBe(PDF);
    expect(kiesVorm("text/*", [PDF, CSV])).toBe(CSV);
    expect(kiesVorm("application/*", [CSV, DOCX, PDF])).toBe(DOCX);
  });

  it("matches case-insensitively, in the header and in the offer", () => {
    expect(kiesVorm("APPLICATION/PDF", [DOCX, PDF])).toBe(PDF);
    expect(kiesVorm("application/pdf", [DOCX, "Application/PDF"])).toBe("Application/PDF");
    expect(kiesVorm("TEXT/*", [PDF, CSV])).toBe(CSV);
  });

  it("ignores whitespace around ranges and parameters", () => {
    expect(kiesVorm("  text/csv  ;  q=0.5  ,  application/pdf ; q=0.4 ", [PDF, CSV])).toBe(CSV);
    expect(kiesVorm("application/pdf;q=0.4,text/csv;q=0.5", [PDF, CSV])).toBe(CSV);
  });

  it("ignores malformed ranges without a type or a subtype", () => {
    expect(kiesVorm("text/", ["text/"])).toBeNull();
    expect(kiesVorm("/csv", ["/csv"])).toBeNull();
    expect(kiesVorm("text", [CSV, PDF])).toBeNull();
    expect(kiesVorm("text, application/pdf", [CSV, PDF])).toBe(PDF);
  });
});

describe("kiesVorm: quality values", () => {
  it("prefers the higher q, whatever the order in the header or the offer", () => {
    expect(kiesVorm("application/pdf;q=0.5, text/csv;q=0.9", [PDF, CSV])).toBe(CSV);
    expect(kiesVorm("text/csv;q=0.9, application/pdf;q=0.5", [PDF, CSV])).toBe(CSV);
    expect(kiesVorm("text/csv;q=0.5, application/pdf;q=0.9", [CSV, PDF])).toBe(PDF);
  });

  it("takes q=1 for a range without q", () => {
    expect(kiesVorm("application/pdf;q=0.9, text/csv", [PDF, CSV])).toBe(CSV);
    expect(kiesVorm("text/csv, application/pdf;q=0.999", [PDF, CSV])).toBe(CSV);
  });

  it("keeps the order of the offer when preferences are equal", () => {
    expect(kiesVorm("application/pdf, text/csv", [CSV, PDF])).toBe(CSV);
    expect(kiesVorm("application/pdf;q=0.5, text/csv;q=0.5", [PDF, CSV])).toBe(PDF);
    expect(kiesVorm("application/pdf;q=0.5, text/csv;q=0.5", [CSV, PDF])).toBe(CSV);
    expect(kiesVorm("*/*", [CSV, PDF, DOCX])).toBe(CSV);
  });

  it("treats q=0 as not acceptable", () => {
    expect(kiesVorm("application/pdf;q=0", [PDF])).toBeNull();
    expect(kiesVorm("application/pdf;q=0, text/csv;q=0.1", [PDF, CSV])).toBe(CSV);
    expect(kiesVorm("*/*;q=0", [PDF, CSV])).toBeNull();
  });

  it("treats a q that is no finite number as 0", () => {
    expect(kiesVorm("application/pdf;q=abc", [PDF])).toBeNull();
    expect(kiesVorm("application/pdf;q=Infinity", [PDF])).toBeNull();
    expect(kiesVorm("application/pdf;q=Infinity, text/csv;q=0.1", [PDF, CSV])).toBe(CSV);
  });

  it("reads q among other parameters, in any case", () => {
    expect(kiesVorm("text/csv;charset=utf-8;q=0.2, application/pdf;q=0.3", [CSV, PDF])).toBe(PDF);
    expect(kiesVorm("text/csv;charset=utf-8;q=0.4, application/pdf;q=0.3", [PDF, CSV])).toBe(CSV);
    expect(kiesVorm("text/csv;Q=0.2, application/pdf;q=0.3", [CSV, PDF])).toBe(PDF);
    expect(kiesVorm("text/csv; q=0.2, application/pdf;q=0.3", [CSV, PDF])).toBe(PDF);
    // A parameter that merely contains "q=" is not q.
    expect(kiesVorm("text/csv;level=q=0, application/pdf;q=0.3", [PDF, CSV])).toBe(CSV);
  });
});

describe("kiesVorm: the most specific range decides", () => {
  it("a type's exact range overrides its wildcards, in either order", () => {
    expect(kiesVorm("*/*;q=0.9, text/*;q=0.5, text/csv;q=0.1", [CSV, HTML, PDF])).toBe(PDF);
    expect(kiesVorm("text/csv;q=0.1, text/*;q=0.5, */*;q=0.9", [CSV, HTML, PDF])).toBe(PDF);
    expect(kiesVorm("*/*;q=0.9, text/*;q=0.5, text/csv;q=0.1", [CSV, HTML])).toBe(HTML);
    expect(kiesVorm("text/csv;q=0.1, text/*;q=0.5, */*;q=0.9", [CSV, HTML])).toBe(HTML);
  });

  it("an exact range with q=0 refuses the form though a wildcard would take it", () => {
    expect(kiesVorm("text/*, text/csv;q=0", [CSV])).toBeNull();
    expect(kiesVorm("text/csv;q=0, */*", [CSV])).toBeNull();
    expect(kiesVorm("text/csv;q=0, */*;q=0.1", [CSV, PDF])).toBe(PDF);
  });

  it("type/* overrides */*", () => {
    expect(kiesVorm("*/*;q=0.8, text/*;q=0.2", [CSV, PDF])).toBe(PDF);
    expect(kiesVorm("text/*;q=0.2, */*;q=0.8", [CSV, PDF])).toBe(PDF);
    expect(kiesVorm("text/*;q=0, */*", [CSV])).toBeNull();
  });

  it("among equally specific ranges the first one counts", () => {
    expect(kiesVorm("text/csv;q=0.3, text/csv;q=0.8, application/pdf;q=0.5", [CSV, PDF])).toBe(PDF);
    expect(kiesVorm("text/csv;q=0.8, text/csv;q=0.3, application/pdf;q=0.5", [PDF, CSV])).toBe(CSV);
  });

  it("a range that does not cover the form does not count, whatever its place", () => {
    expect(kiesVorm("application/pdf;q=0.9, text/csv;q=0.2", [CSV])).toBe(CSV);
    expect(kiesVorm("application/pdf, text/csv;q=0", [CSV])).toBeNull();
    expect(kiesVorm("image/png;q=0.9, */*;q=0.2", [CSV])).toBe(CSV);
  });
});
