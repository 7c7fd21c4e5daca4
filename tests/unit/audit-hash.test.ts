// Golden vectors for the audit chain's hash: the canonical JSON and the SHA-256 below were written
// by hand and computed with `sha256sum` outside the code (see the comments), so a change of the
// hashed fields, their encoding or the canonicalisation fails here before it silently forks every
// chain already stored.
import { describe, expect, it } from "vitest";
import { canonicalJson } from "@/lib/domain/canonical-json";
import { auditCanonRondSeq, auditHash, GENESIS_HASH } from "@/lib/server/audit/hash";

describe("canonical JSON is RFC 8785 (JCS) over plain JSON data", () => {
  it("serialises numbers, strings and literals as RFC 8785 §3.2.2's example", () => {
    // Input and output of RFC 8785, section 3.2.2 (the numbers as ECMAScript writes them).
    const input = JSON.parse('{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}');
    expect(canonicalJson(input)).toBe('{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}');
  });

  it("sorts keys by UTF-16 code units as RFC 8785 §3.2.3's example", () => {
    const input = JSON.parse('{"\\u20ac":"Euro Sign","\\r":"Carriage Return","\\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One","\\ud83d\\ude00":"Emoji: Grinning Face","\\u0080":"Control","\\u00f6":"Latin Small Letter O With Diaeresis"}');
    const volgorde = Object.values(JSON.parse(canonicalJson(input)) as Record<string, string>);
    // JSON.parse keeps the order of the canonical text for non-numeric keys, except "1" (an
    // integer-like key always comes first in JS), which is first in RFC 8785's order too.
    expect(canonicalJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign","😀":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
    expect(volgorde[0]).toBe("One");
  });

  it("writes a Date as its ISO string and a bigint as a string (our step before JCS)", () => {
    expect(canonicalJson({ b: 2n, a: new Date("2025-06-30T10:00:00+02:00") })).toBe('{"a":"2025-06-30T08:00:00.000Z","b":"2"}');
  });
});

// The event of the golden vector: every hashed field.
const content = {
  seq: 42n,
  tijdstip: new Date("2025-06-13T16:40:00+02:00"),
  actorId: "11111111-1111-4111-8111-111111111111",
  namensId: null,
  actie: "nota.geparafeerd",
  notaId: "22222222-2222-4222-8222-222222222222",
  vanStatus: "in_paraaf",
  naarStatus: "bij_bewindspersoon",
  versie: 5,
  voor: null,
  na: { stap: { id: "s1", rol: "DG", volgorde: 3 }, oordeel: "akkoord", opmerking: null },
  requestId: "req-1",
};

describe("the audit hash", () => {
  // Written out by hand: every hashed field, keys sorted.
  const CANONIEK =
    '{"actie":"nota.geparafeerd","actorId":"11111111-1111-4111-8111-111111111111","na":{"oordeel":"akkoord","opmerking":null,"stap":{"id":"s1","rol":"DG","volgorde":3}},"naarStatus":"bij_bewindspersoon","namensId":null,"notaId":"22222222-2222-4222-8222-222222222222","requestId":"req-1","seq":"42","tijdstip":"2025-06-13T14:40:00.000Z","vanStatus":"in_paraaf","versie":5,"voor":null}';

  it("hashes exactly these fields in this canonical form", () => {
    expect(canonicalJson(content)).toBe(CANONIEK);
  });

  it("is SHA-256 over the previous hash, a newline and the canonical JSON (golden vector)", () => {
    // printf '%s\n%s' "$(printf '0%.0s' $(seq 64))" "$CANONIEK" | sha256sum
    expect(GENESIS_HASH).toBe("0".repeat(64));
    expect(auditHash(GENESIS_HASH, content)).toBe("481a5760caf87ed54e00f1cb1744f678160328801526739b4e26aea5cfd98fc9");
  });

  it("changes with any field and with the previous hash", () => {
    const golden = "481a5760caf87ed54e00f1cb1744f678160328801526739b4e26aea5cfd98fc9";
    expect(auditHash(GENESIS_HASH, { ...content, versie: 6 })).not.toBe(golden);
    expect(auditHash(GENESIS_HASH, { ...content, na: { ...content.na, opmerking: "" } })).not.toBe(golden);
    expect(auditHash("f".repeat(64), content)).not.toBe(golden);
  });
});

// The database links an event into the chain at the commit, when its seq is drawn
// (migration 20261204190000): it gets the canonical JSON in two halves and puts the seq's digits
// between them. The halves are written out by hand from CANONIEK above.
describe("the canonical JSON cut around the seq", () => {
  const { seq: _seq, ...zonderSeq } = content;
  void _seq;

  it("gives the text before and after the seq's digits", () => {
    expect(auditCanonRondSeq(zonderSeq)).toEqual({
      voor: '{"actie":"nota.geparafeerd","actorId":"11111111-1111-4111-8111-111111111111","na":{"oordeel":"akkoord","opmerking":null,"stap":{"id":"s1","rol":"DG","volgorde":3}},"naarStatus":"bij_bewindspersoon","namensId":null,"notaId":"22222222-2222-4222-8222-222222222222","requestId":"req-1","seq":"',
      na: '","tijdstip":"2025-06-13T14:40:00.000Z","vanStatus":"in_paraaf","versie":5,"voor":null}',
    });
  });

  it("so that SHA-256 over the previous hash, a newline, the halves and 42 is the golden hash", async () => {
    const { createHash } = await import("node:crypto");
    const { voor, na } = auditCanonRondSeq(zonderSeq);
    expect(createHash("sha256").update(`${GENESIS_HASH}\n${voor}42${na}`).digest("hex")).toBe("481a5760caf87ed54e00f1cb1744f678160328801526739b4e26aea5cfd98fc9");
  });

  it("cuts at the top-level seq, not at a seq inside the payload or a string that looks like one", () => {
    const lastig = { ...zonderSeq, na: { seq: "7", tekst: '","seq":"' }, voor: { a: 'x"seq":"y' } };
    expect(auditCanonRondSeq(lastig)).toEqual({
      voor: '{"actie":"nota.geparafeerd","actorId":"11111111-1111-4111-8111-111111111111","na":{"seq":"7","tekst":"\\",\\"seq\\":\\""},"naarStatus":"bij_bewindspersoon","namensId":null,"notaId":"22222222-2222-4222-8222-222222222222","requestId":"req-1","seq":"',
      na: '","tijdstip":"2025-06-13T14:40:00.000Z","vanStatus":"in_paraaf","versie":5,"voor":{"a":"x\\"seq\\":\\"y"}}',
    });
  });

  it("refuses content that already has a seq", () => {
    expect(() => auditCanonRondSeq({ ...zonderSeq, seq: 1n } as never)).toThrow(/already has a seq/);
  });
});
