// The counts per status that Mijn taken reads ("NotaTelling", kept by triggers on "Nota"), on a
// database of its own so that no other test file moves them. Two things are checked:
// - the counts are right after every kind of change, against the expected numbers written out
//   below and against a count of the notas themselves;
// - a change to one nota does not wait for the count row of another nota's change in the same
//   directie. Before migration 20261204100000, every UPDATE took that row's lock until the commit:
//   the paraafs of one directie ran one at a time (issue 8).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let db: TestDatabase;
let c: pg.Client;
const A = randomUUID();
const B = randomUUID();
const wie = randomUUID();
let volgnummer = 0;

async function nota(van: string, status = "concept", rubricering: string | null = null): Promise<string> {
  const id = randomUUID();
  await c.query(
    `INSERT INTO "Nota" (id, kenmerk, onderwerp, soort, "aanId", "vanId", "opstellerId", status, rubricering) VALUES ($1, $2, 'Telling', 'ter_beslissing', $3, $4, $3, $5::"NotaStatus", $6)`,
    [id, `TEL-${++volgnummer}`, wie, van, status, rubricering],
  );
  return id;
}

/** The counts as a reader sees them: the stripes summed, zeros left out. */
async function tellingen(): Promise<Record<string, number>> {
  const r = await c.query<{ k: string; n: string }>(
    `SELECT status || ' ' || CASE "vanId" WHEN $1::uuid THEN 'A' WHEN $2::uuid THEN 'B' END || CASE WHEN geheim THEN ' geheim' ELSE '' END AS k, sum(aantal)::text AS n
     FROM "NotaTelling" GROUP BY status, "vanId", geheim HAVING sum(aantal) <> 0 ORDER BY 1`,
    [A, B],
  );
  return Object.fromEntries(r.rows.map((x) => [x.k, Number(x.n)]));
}

/** The same, counted from the notas themselves. */
async function geteld(): Promise<Record<string, number>> {
  const r = await c.query<{ k: string; n: string }>(
    `SELECT status || ' ' || CASE "vanId" WHEN $1::uuid THEN 'A' WHEN $2::uuid THEN 'B' END || CASE WHEN rubricering IS NOT NULL THEN ' geheim' ELSE '' END AS k, count(*)::text AS n
     FROM "Nota" GROUP BY 1 ORDER BY 1`,
    [A, B],
  );
  return Object.fromEntries(r.rows.map((x) => [x.k, Number(x.n)]));
}

beforeAll(async () => {
  db = await createTestDatabase("telling");
  c = new pg.Client({ connectionString: db.url });
  await c.connect();
  await c.query(`INSERT INTO "Organisatieonderdeel" (id, naam, soort) VALUES ($1, 'Directie A', 'directie'), ($2, 'Directie B', 'directie')`, [A, B]);
  await c.query(`INSERT INTO "Gebruiker" (id, email, naam, "wachtwoordHash", "organisatieonderdeelId") VALUES ($1, 'telling@beslisroute.test', 'Telling', 'x', $2)`, [wie, A]);
}, 120_000);

afterAll(async () => {
  await c?.end();
  await db?.close();
});

describe("the counts per status", () => {
  it("follow every kind of change", async () => {
    const n1 = await nota(A);
    const n2 = await nota(A);
    const n3 = await nota(B, "in_paraaf");
    await nota(B, "in_paraaf", "Departementaal vertrouwelijk");
    expect(await tellingen()).toEqual({ "concept A": 2, "in_paraaf B": 1, "in_paraaf B geheim": 1 });

    // A change of text only: the counts do not move.
    await c.query(`UPDATE "Nota" SET onderwerp = 'Anders', versie = versie + 1 WHERE id = $1`, [n1]);
    expect(await tellingen()).toEqual({ "concept A": 2, "in_paraaf B": 1, "in_paraaf B geheim": 1 });

    // A status change, a move to another directie, a rubricering given.
    await c.query(`UPDATE "Nota" SET status = 'in_paraaf' WHERE id = $1`, [n1]);
    await c.query(`UPDATE "Nota" SET "vanId" = $2 WHERE id = $1`, [n2, B]);
    await c.query(`UPDATE "Nota" SET rubricering = 'Departementaal vertrouwelijk' WHERE id = $1`, [n3]);
    expect(await tellingen()).toEqual({ "in_paraaf A": 1, "concept B": 1, "in_paraaf B geheim": 2 });

    // One statement over several notas, one of which changes nothing counted.
    await c.query(`UPDATE "Nota" SET status = 'bij_bewindspersoon' WHERE status = 'in_paraaf'`);
    await c.query(`UPDATE "Nota" SET onderwerp = onderwerp || '.'`);
    expect(await tellingen()).toEqual({ "bij_bewindspersoon A": 1, "concept B": 1, "bij_bewindspersoon B geheim": 2 });

    await c.query(`DELETE FROM "Nota" WHERE id = $1`, [n2]);
    expect(await tellingen()).toEqual({ "bij_bewindspersoon A": 1, "bij_bewindspersoon B geheim": 2 });
    expect(await tellingen()).toEqual(await geteld());
  });

  it("a change that counts nothing new leaves the count rows alone", async () => {
    const id = await nota(A, "in_paraaf");
    // Every row version of the count table: an upsert, even of +1 and -1, writes a new one (xmin).
    const versies = async () => (await c.query<{ v: string }>(`SELECT string_agg(xmin::text, ',' ORDER BY status, "vanId", geheim, schijf) AS v FROM "NotaTelling"`)).rows[0]!.v;
    const voor = await versies();
    await c.query(`UPDATE "Nota" SET versie = versie + 1, "gewijzigdOp" = now() WHERE id = $1`, [id]);
    await c.query(`UPDATE "Nota" SET status = 'in_paraaf' WHERE id = $1`, [id]);
    expect(await versies()).toBe(voor);
    expect(await tellingen()).toEqual(await geteld());
  });
});

describe("concurrent changes in one directie", () => {
  const verbind = async () => {
    const k = new pg.Client({ connectionString: db.url });
    await k.connect();
    // Waiting for a lock fails the statement instead of hanging the test.
    await k.query(`SET lock_timeout = '3s'`);
    return k;
  };

  it("a paraaf that keeps the status does not wait for another nota's status change, nor the other way round", async () => {
    const [x, y] = [await nota(A, "in_paraaf"), await nota(A, "in_paraaf")];
    const t1 = await verbind();
    const t2 = await verbind();
    try {
      await t1.query("BEGIN");
      await t1.query(`UPDATE "Nota" SET status = 'bij_bewindspersoon' WHERE id = $1`, [x]);
      await t2.query("BEGIN");
      await t2.query(`UPDATE "Nota" SET versie = versie + 1 WHERE id = $1`, [y]);
      await t2.query("COMMIT");
      await t2.query("BEGIN");
      // The same nota: its own row lock is the one thing it must wait for.
      await expect(t2.query(`UPDATE "Nota" SET onderwerp = 'Nog eens' WHERE id = $1`, [x])).rejects.toThrow(/lock timeout/);
      await t2.query("ROLLBACK");
      await t1.query("COMMIT");
    } finally {
      await t1.end();
      await t2.end();
    }
    expect(await tellingen()).toEqual(await geteld());
  });

  it("two status changes in other stripes go side by side", async () => {
    const [x, y] = [await nota(A, "in_paraaf"), await nota(A, "in_paraaf")];
    const t1 = await verbind();
    const t2 = await verbind();
    try {
      await t1.query("BEGIN");
      const s1 = Number((await t1.query(`SELECT txid_current() % 16 AS s`)).rows[0].s);
      await t1.query(`UPDATE "Nota" SET status = 'bij_bewindspersoon' WHERE id = $1`, [x]);
      // The second transaction in another stripe than the first (a new transaction id until it is).
      for (;;) {
        await t2.query("BEGIN");
        if (Number((await t2.query(`SELECT txid_current() % 16 AS s`)).rows[0].s) !== s1) break;
        await t2.query("ROLLBACK");
      }
      await t2.query(`UPDATE "Nota" SET status = 'bij_bewindspersoon' WHERE id = $1`, [y]);
      await t2.query("COMMIT");
      await t1.query("COMMIT");
    } finally {
      await t1.end();
      await t2.end();
    }
    expect(await tellingen()).toEqual(await geteld());
  });
});
