// More edges of the sign-in redirect (lib/domain/callback-path.ts): only a path on this site.
import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/domain/callback-path";

describe("safeCallbackPath, the edges", () => {
  it.each([
    [null, "/"],
    ["", "/"],
    ["/", "/"],
    ["notas", "/"],
    ["HTTPS://beslisroute.example/notas?x=1#deel", "/notas?x=1"],
    ["http://beslisroute.example", "/"],
    ["https://evil.example//evil.example/x", "/"],
    ["https://evil.example/inloggen", "/"],
    ["http://[::1", "/"],
    ["/inloggen", "/"],
    ["/notas/inloggen", "/notas/inloggen"],
    ["/notas\u007f", "/"],
    ["/notas\u001f", "/"],
    ["ftp://evil.example/x", "/"],
    ["/zoek?q=http://elders.example", "/zoek?q=http://elders.example"],
    ["/notas//", "/notas//"],
    ["/notas/\\", "/notas/\\"],
  ])("%j → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
