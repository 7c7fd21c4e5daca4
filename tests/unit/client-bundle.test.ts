// What the browser gets: every module a 'use client' file reaches (its imports, followed through
// the repository; `import type` is erased and not followed) may not bring in zod (~390 kB in the
// bundle: forms get their choices from zod-free modules such as nota-keuzes.ts and woo-gronden.ts),
// the Rijkshuisstijl React library (~780 kB: components/ui renders its markup instead), or
// server-only code. Issue 14: ship only the JavaScript each page needs.
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, dirname, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const VERBODEN = ["zod", "@rijkshuisstijl-community/components-react", "server-only", "@/lib/db", "@prisma/client"];

function bestanden(map: string): string[] {
  return readdirSync(map).flatMap((n) => {
    const p = join(map, n);
    return statSync(p).isDirectory() ? bestanden(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

function oplossen(van: string, spec: string): string | null {
  const basis = spec.startsWith("@/") ? join(ROOT, spec.slice(2)) : spec.startsWith(".") ? resolve(dirname(van), spec) : null;
  if (!basis) return null;
  for (const p of [basis, `${basis}.ts`, `${basis}.tsx`, join(basis, "index.ts"), join(basis, "index.tsx")]) if (existsSync(p) && statSync(p).isFile()) return p;
  return null;
}

/** The value imports of a module (not `import type`, not `export type`). */
function waardeImports(bron: string): string[] {
  const uit: string[] = [];
  for (const m of bron.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']/gm)) if (!m[2]) uit.push(m[3]!);
  return uit;
}

function bereik(start: string): Map<string, string[]> {
  const gezien = new Map<string, string[]>();
  const todo = [start];
  while (todo.length) {
    const f = todo.pop()!;
    if (gezien.has(f)) continue;
    const specs = waardeImports(readFileSync(f, "utf8"));
    gezien.set(f, specs);
    for (const s of specs) {
      const p = oplossen(f, s);
      if (p) todo.push(p);
    }
  }
  return gezien;
}

const CLIENT = [...bestanden(join(ROOT, "components")), ...bestanden(join(ROOT, "app"))].filter((f) => /^\s*["']use client["']/.test(readFileSync(f, "utf8")));

describe("client modules", () => {
  it("there are client islands to check (the forms, the Mijn taken refresh, the sign-in form)", () => {
    const namen = CLIENT.map((f) => f.slice(ROOT.length + 1));
    for (const n of ["components/nota/nota-acties.tsx", "components/nota/nota-formulier.tsx", "components/taken/verversen.tsx", "components/taken/verversen-later.tsx", "components/taken/verversen-eiland.tsx", "components/auth/sign-in-form.tsx", "components/forms/action-form.tsx"]) expect(namen).toContain(n);
  });

  it("Mijn taken's table is a server component: only its refresh island runs in the browser", () => {
    const namen = CLIENT.map((f) => f.slice(ROOT.length + 1));
    expect(namen).not.toContain("components/taken/mijn-taken.tsx");
    expect(namen).not.toContain("app/page.tsx");
  });

  for (const f of CLIENT) {
    it(`${f.slice(ROOT.length + 1)} reaches no zod, no Rijkshuisstijl React library, no server code`, () => {
      const fouten: string[] = [];
      for (const [module, specs] of bereik(f)) for (const s of specs) if (VERBODEN.includes(s)) fouten.push(`${module.slice(ROOT.length + 1)} → ${s}`);
      expect(fouten).toEqual([]);
    });
  }
});

describe("links", () => {
  const ALLE = [...bestanden(join(ROOT, "components")), ...bestanden(join(ROOT, "app"))];

  it("only components/ui/link.tsx imports next/link (every other link goes through it)", () => {
    const direct = ALLE.filter((f) => waardeImports(readFileSync(f, "utf8")).includes("next/link")).map((f) => f.slice(ROOT.length + 1));
    expect(direct).toEqual(["components/ui/link.tsx"]);
  });

  it("the application's Link never prefetches, and keeps what the caller passes", async () => {
    const { Link } = await import("@/components/ui/link");
    const NextLink = (await import("next/link")).default;
    const el = Link({ href: "/notas", className: "nl-link", children: "Nota's" });
    expect(el.type).toBe(NextLink);
    expect(el.props).toEqual({ prefetch: false, href: "/notas", className: "nl-link", children: "Nota's" });
  });
});
