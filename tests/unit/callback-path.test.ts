import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/domain/callback-path";

describe("safeCallbackPath", () => {
  it.each([
    [undefined, "/"],
    ["/notas?status=concept", "/notas?status=concept"],
    ["http://localhost:3000/ministerraad", "/ministerraad"],
    ["https://evil.example/steal", "/steal"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/inloggen?callbackUrl=/x", "/"],
    ["/\t/evil.example", "/"],
    ["/\n/evil.example", "/"],
    ["/\r\n//evil.example", "/"],
    ["/%09/evil.example", "/%09/evil.example"],
    ["/notas/\u0000", "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
