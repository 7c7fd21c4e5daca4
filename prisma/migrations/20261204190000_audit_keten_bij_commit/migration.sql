-- The audit chain is linked at the commit (issue 8, the paraaf). Until now appending an event took
-- the chain's advisory lock in the middle of the transaction and held it until the commit: every
-- round trip the application made after it, and every wait for its busy event loop, was time every
-- other writer stood in line (8 ms a paraaf on a quiet machine, 35 ms under load; 28–43 paraafs/s
-- at any concurrency).
--
-- Now the application writes its event into "AuditWachtrij" without any lock, with the event's
-- canonical JSON (RFC 8785) cut in two around the digits of its seq. A deferred constraint trigger
-- runs at the commit, inside the database: it takes the lock, reads the last hash, draws the seq,
-- computes SHA-256(previous hash || "\n" || canonVoor || seq || canonNa) and inserts the event into
-- "AuditEvent", then deletes the waiting row. The lock is held from there to the end of the commit
-- and no longer waits for the application. The hash is the one lib/server/audit/hash.ts computes
-- (the verifier recomputes it from the stored columns, in Node).
--
-- Deferred triggers fire in the order their rows were inserted, so the events of one transaction
-- keep their order. A transaction that fails before its commit draws no seq (one that fails in its
-- commit after the trigger ran leaves a gap; the chain does not need consecutive seqs). The
-- function is VOLATILE: in READ COMMITTED its SELECT after the lock takes a fresh snapshot and sees
-- the event the previous holder committed (PostgreSQL releases a transaction's locks after its
-- commit is visible). Under REPEATABLE READ or SERIALIZABLE the snapshot would predate the wait and
-- the chain would fork, so it refuses to run there (a database or role default can set them).
--
-- Before anything is locked it also checks that the two halves are the row's own content: parsed,
-- with 0 for the seq, they must equal the columns as jsonb (numbers by value, keys in any order).

-- CreateTable
CREATE TABLE "AuditWachtrij" (
    "id" BIGSERIAL NOT NULL,
    "tijdstip" TIMESTAMPTZ(3) NOT NULL,
    "actorId" UUID,
    "namensId" UUID,
    "actie" TEXT NOT NULL,
    "notaId" UUID,
    "vanStatus" "NotaStatus",
    "naarStatus" "NotaStatus",
    "versie" INTEGER,
    "voor" JSONB,
    "na" JSONB,
    "requestId" TEXT,
    "canonVoor" TEXT NOT NULL,
    "canonNa" TEXT NOT NULL,

    CONSTRAINT "AuditWachtrij_pkey" PRIMARY KEY ("id")
);

-- SECURITY DEFINER (the owner of the tables, with a fixed search_path): the application's role no
-- longer needs INSERT on "AuditEvent" (scripts/app-role.ts revokes it), so the chain's rows come only
-- from this function, which draws the seq itself. A role that could insert into "AuditEvent" could
-- take over the tail with a seq of its own choosing.
CREATE FUNCTION audit_wachtrij_in_keten() RETURNS trigger LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  vorige text;
  volgnummer bigint;
BEGIN
  -- The two halves must meet at the seq's value: '…"seq":"' and '"…'.
  IF right(NEW."canonVoor", 7) <> '"seq":"' OR left(NEW."canonNa", 1) <> '"' THEN
    RAISE EXCEPTION 'AuditWachtrij %: de canonieke JSON is niet rond seq gesneden', NEW.id;
  END IF;
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'De audit-keten wordt alleen in READ COMMITTED aangevuld (nu: %)', current_setting('transaction_isolation');
  END IF;
  IF (NEW."canonVoor" || '0' || NEW."canonNa")::jsonb IS DISTINCT FROM jsonb_build_object(
       'seq', '0',
       'tijdstip', to_char(NEW."tijdstip" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
       'actorId', NEW."actorId", 'namensId', NEW."namensId", 'actie', NEW."actie", 'notaId', NEW."notaId",
       'vanStatus', NEW."vanStatus", 'naarStatus', NEW."naarStatus", 'versie', NEW."versie",
       'voor', coalesce(NEW."voor", 'null'::jsonb), 'na', coalesce(NEW."na", 'null'::jsonb), 'requestId', NEW."requestId") THEN
    RAISE EXCEPTION 'AuditWachtrij %: de canonieke JSON is niet de inhoud van het event', NEW.id;
  END IF;
  PERFORM pg_advisory_xact_lock(7243001);
  SELECT e.hash INTO vorige FROM "AuditEvent" e ORDER BY e.seq DESC LIMIT 1;
  vorige := coalesce(vorige, repeat('0', 64));
  volgnummer := nextval(pg_get_serial_sequence('"AuditEvent"', 'seq'));
  INSERT INTO "AuditEvent" ("seq", "tijdstip", "actorId", "namensId", "actie", "notaId", "vanStatus", "naarStatus", "versie", "voor", "na", "requestId", "vorigeHash", "hash")
  VALUES (volgnummer, NEW."tijdstip", NEW."actorId", NEW."namensId", NEW."actie", NEW."notaId", NEW."vanStatus", NEW."naarStatus", NEW."versie", NEW."voor", NEW."na", NEW."requestId", vorige,
          encode(sha256(convert_to(vorige || E'\n' || NEW."canonVoor" || volgnummer::text || NEW."canonNa", 'UTF8')), 'hex'));
  DELETE FROM "AuditWachtrij" WHERE "id" = NEW."id";
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER audit_wachtrij_in_keten AFTER INSERT ON "AuditWachtrij"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_wachtrij_in_keten();

-- Its predecessor, the tail in one round trip (migration 20261204110000), is no longer called by
-- this release, but the servers of the release before keep calling it during a rolling update (the
-- lock, the sequence and the tail are the same, so both kinds of writer chain correctly side by
-- side). Drop it in a later release.
