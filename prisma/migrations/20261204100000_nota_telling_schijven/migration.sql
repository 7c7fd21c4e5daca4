-- The counts per status no longer serialise the writes of a directie (issue 8, the paraaf).
--
-- Every UPDATE of a nota upserted its (status, directie, rubricated) row of "NotaTelling" twice
-- (-1 and +1), even when none of the three changed, and held that row's lock until the commit.
-- Every change to a nota of the same directie (a paraaf, an edit) waited for the one before it:
-- 39 paraafs/s whether 1 or 10 officials were at work (npm run bench, 3 December).
--
-- Now an UPDATE only counts the rows whose status, directie or rubricering changed, and the counts
-- are spread over 16 stripes ("schijf", chosen by the transaction id): concurrent status changes of
-- one directie mostly lock different rows. A reader sums the stripes (lib/server/taken/dashboard.ts
-- already sums); one stripe may go below zero, the sum never does. The rows of one statement are
-- locked in key order, so two statements cannot deadlock on each other's rows of one stripe; two
-- transactions in the same stripe (1 in 16) that change several notas in separate statements, in
-- opposite order, still can, as any two writers of two rows can (PostgreSQL then aborts one).

ALTER TABLE "NotaTelling" ADD COLUMN "schijf" SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE "NotaTelling" DROP CONSTRAINT "NotaTelling_pkey";
ALTER TABLE "NotaTelling" ADD CONSTRAINT "NotaTelling_pkey" PRIMARY KEY ("status", "vanId", "geheim", "schijf");

CREATE OR REPLACE FUNCTION nota_telling_bij() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s smallint := (txid_current() % 16)::smallint;
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "NotaTelling" (status, "vanId", geheim, schijf, aantal)
    SELECT status, "vanId", rubricering IS NOT NULL, s, count(*) FROM nieuw GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (status, "vanId", geheim, schijf) DO UPDATE SET aantal = "NotaTelling".aantal + EXCLUDED.aantal;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "NotaTelling" (status, "vanId", geheim, schijf, aantal)
    SELECT status, "vanId", rubricering IS NOT NULL, s, -count(*) FROM oud GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (status, "vanId", geheim, schijf) DO UPDATE SET aantal = "NotaTelling".aantal + EXCLUDED.aantal;
  ELSE
    INSERT INTO "NotaTelling" (status, "vanId", geheim, schijf, aantal)
    SELECT d.status, d."vanId", d.geheim, s, sum(d.aantal)
    FROM (
      SELECT o.status, o."vanId", o.rubricering IS NOT NULL AS geheim, -1 AS aantal
      FROM oud o JOIN nieuw n ON n.id = o.id
      WHERE (o.status, o."vanId", o.rubricering IS NOT NULL) IS DISTINCT FROM (n.status, n."vanId", n.rubricering IS NOT NULL)
      UNION ALL
      SELECT n.status, n."vanId", n.rubricering IS NOT NULL, 1
      FROM oud o JOIN nieuw n ON n.id = o.id
      WHERE (o.status, o."vanId", o.rubricering IS NOT NULL) IS DISTINCT FROM (n.status, n."vanId", n.rubricering IS NOT NULL)
    ) d
    GROUP BY 1, 2, 3 HAVING sum(d.aantal) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (status, "vanId", geheim, schijf) DO UPDATE SET aantal = "NotaTelling".aantal + EXCLUDED.aantal;
  END IF;
  RETURN NULL;
END;
$$;
