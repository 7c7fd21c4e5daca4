// Canonical JSON for hashing: RFC 8785, the JSON Canonicalization Scheme (JCS) — object keys sorted
// by UTF-16 code units at every level, no whitespace, numbers and strings as ECMAScript's
// JSON.stringify writes them — applied to plain JSON data made by toJsonValue (Dates as ISO strings,
// bigints as strings, undefined left out, non-finite numbers as null). The same content always gives
// the same bytes, also after a round trip through PostgreSQL's jsonb (which reorders keys). Golden
// vectors, RFC 8785's own examples among them: tests/unit/audit-hash.test.ts.

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Turns a value into plain JSON data (what jsonb would give back). */
export function toJsonValue(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value instanceof Uint8Array) return `<${value.byteLength} bytes>`;
  if (typeof value === "object") {
    const out: { [key: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v !== undefined && typeof v !== "function") out[k] = toJsonValue(v);
    }
    return out;
  }
  return null;
}

export function canonicalJson(value: unknown): string {
  const v = toJsonValue(value);
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  const keys = Object.keys(v).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`).join(",")}}`;
}
