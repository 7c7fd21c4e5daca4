import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, problemResponse, toProblem, validationError } from "@/lib/errors";

describe("problem+json (RFC 9457)", () => {
  it("maps codes to statuses with a Dutch title and a machine code", async () => {
    const res = problemResponse(new AppError("NOT_FOUND", "Deze nota bestaat niet of u mag hem niet zien."), "/api/v1/notas/x");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const body = await res.json();
    expect(body).toMatchObject({ status: 404, code: "NOT_FOUND", title: "Niet gevonden", instance: "/api/v1/notas/x" });
    expect(body.type).toMatch(/not-found$/);
  });

  it.each([
    ["STALE_VERSION", 409],
    ["NOT_YOUR_TURN", 409],
    ["INVALID_TRANSITION", 409],
    ["UNAUTHENTICATED", 401],
    ["FORBIDDEN", 403],
    ["PRECONDITION_REQUIRED", 428],
    ["PAYLOAD_TOO_LARGE", 413],
    ["UNSUPPORTED_MEDIA_TYPE", 415],
  ] as const)("%s is %i", (code, status) => {
    expect(new AppError(code).status).toBe(status);
  });

  it("lists every field error with its dotted path", () => {
    const schema = z.object({ onderwerp: z.string().min(1, "Vul het onderwerp in."), beslispunten: z.array(z.object({ tekst: z.string().min(1, "Vul de tekst in.") })) });
    const parsed = schema.safeParse({ onderwerp: "", beslispunten: [{ tekst: "a" }, { tekst: "" }] });
    expect(parsed.success).toBe(false);
    const problem = toProblem(validationError(parsed.error!));
    expect(problem.status).toBe(400);
    expect(problem.errors).toEqual([
      { path: "onderwerp", message: "Vul het onderwerp in." },
      { path: "beslispunten.1.tekst", message: "Vul de tekst in." },
    ]);
  });
});
