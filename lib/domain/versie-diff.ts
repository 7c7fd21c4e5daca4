// Section-by-section comparison of two nota snapshots (word level), for "wat is er veranderd".
import { diffWords } from "diff";
import { NOTA_SECTIES } from "@/lib/domain/nota-secties";

/** What is compared: the onderwerp, then every section of the nota in its order. */
export const SECTIES = [{ sleutel: "onderwerp", label: "Onderwerp" }, ...NOTA_SECTIES.map((s) => ({ sleutel: s.sleutel, label: s.kop }))] as const;

export interface DiffDeel {
  soort: "gelijk" | "toegevoegd" | "verwijderd";
  tekst: string;
}

export interface SectieDiff {
  sectie: string;
  label: string;
  gewijzigd: boolean;
  delen: DiffDeel[];
}

type Snapshot = Record<string, unknown>;

function sectieTekst(snapshot: Snapshot, sleutel: string): string {
  const v = snapshot[sleutel];
  if (sleutel === "beslispunten" && Array.isArray(v)) {
    return v.map((b: { volgnummer?: number; tekst?: string }) => `${b.volgnummer}. ${b.tekst ?? ""}`).join("\n");
  }
  if (sleutel === "bijlagen" && Array.isArray(v)) {
    return v
      .map((b: { volgnummer?: number; naam?: string; informatie?: string; gronden?: string[] }) => `${b.volgnummer}. ${b.naam ?? ""} (${b.informatie ?? ""}${b.gronden?.length ? `; ${b.gronden.join(", ")}` : ""})`)
      .join("\n");
  }
  return typeof v === "string" ? v : "";
}

export function diffSnapshots(a: Snapshot, b: Snapshot): SectieDiff[] {
  return SECTIES.map(({ sleutel, label }) => {
    const oud = sectieTekst(a, sleutel);
    const nieuw = sectieTekst(b, sleutel);
    if (oud === nieuw) return { sectie: sleutel, label, gewijzigd: false, delen: oud ? [{ soort: "gelijk" as const, tekst: oud }] : [] };
    const delen = diffWords(oud, nieuw).map((c) => ({
      soort: c.added ? ("toegevoegd" as const) : c.removed ? ("verwijderd" as const) : ("gelijk" as const),
      tekst: c.value,
    }));
    return { sectie: sleutel, label, gewijzigd: true, delen };
  });
}
