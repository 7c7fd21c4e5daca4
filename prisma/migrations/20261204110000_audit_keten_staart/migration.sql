-- The audit chain's tail in one round trip (issue 8, the paraaf). Appending an event takes the
-- chain's advisory lock and holds it until the commit; every round trip between the application
-- and the database while it is held is time every other writer waits, and on a busy application
-- server each one also waits for the event loop. Taking the lock, reading the last hash and drawing
-- the next sequence number were three round trips; this function makes them one.
--
-- It is VOLATILE on purpose: in READ COMMITTED a volatile function takes a new snapshot for every
-- statement in it, so the SELECT after the lock sees the event the previous holder committed
-- (within one statement the snapshot would predate the wait, and the chain would fork).
CREATE FUNCTION audit_keten_staart(sleutel bigint) RETURNS TABLE (vorige_hash text, volgnummer bigint)
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(sleutel);
  RETURN QUERY SELECT (SELECT e.hash FROM "AuditEvent" e ORDER BY e.seq DESC LIMIT 1), nextval(pg_get_serial_sequence('"AuditEvent"', 'seq'));
END;
$$;
