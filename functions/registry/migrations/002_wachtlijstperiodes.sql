-- Waiting-list periods (Beleidsregels beschut werk Avres 2025 art. 8): a CACHE of the shared rule, not a second truth.
-- Each row says: from geldig_vanaf up to (not including) geldig_tot, the case stands on the list of `gemeente` with
-- this ingangsdatum, grond and sickness, exactly as wachtlijstStand(events, peildatum) answers for every peildatum
-- in that range (shared/rules/wachtlijst.ts, wachtlijstperiodes). The rows are only ever written by
-- functions/registry/wachtlijstperiodes.ts from the events of the case, in the transaction that appends an event,
-- and can be thrown away and rebuilt from the events at any time (werkWachtlijstperiodesBij, run by openRegistry).
-- PostgreSQL 15 compatible (also runs on PGlite, which is PostgreSQL 18).

CREATE TABLE wachtlijstperiodes (
  casus_id     bigint NOT NULL REFERENCES casussen (id),
  geldig_vanaf date NOT NULL,
  geldig_tot   date CHECK (geldig_tot > geldig_vanaf),
  gemeente     text NOT NULL,
  ingangsdatum date NOT NULL,
  grond        text NOT NULL CHECK (grond IN ('indicatiedatum', 'hernieuwde_melding', 'indicatiedatum_buiten_regio')),
  ziek         boolean NOT NULL,
  PRIMARY KEY (casus_id, geldig_vanaf)
);
-- The order of a list: per gemeente, oldest ingangsdatum first, ties by registration (the case id).
CREATE INDEX wachtlijstperiodes_volgorde ON wachtlijstperiodes (gemeente, ingangsdatum, casus_id) INCLUDE (geldig_vanaf, geldig_tot, ziek);

-- Cases whose periods may not match their events. Every insert of events marks its cases here (a statement
-- trigger, so also a bulk load or any other writer that bypasses the registry's append path), except the one case
-- whose periods the transaction announced it rewrites itself (setting avres.wachtlijstperiodes_van_casus, as the
-- append path does: no mark to write and delete on every append). The rebuild clears marks in the same transaction
-- as it rewrites the periods. While any case is marked, the registry answers a position by folding the events instead.
CREATE TABLE wachtlijstperiodes_verouderd (
  casus_id bigint PRIMARY KEY REFERENCES casussen (id)
);

CREATE FUNCTION wachtlijstperiodes_verouderen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO wachtlijstperiodes_verouderd (casus_id)
    SELECT DISTINCT casus_id FROM nieuw
    WHERE casus_id::text IS DISTINCT FROM current_setting('avres.wachtlijstperiodes_van_casus', true)
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
CREATE TRIGGER wachtlijstperiodes_verouderen AFTER INSERT ON gebeurtenissen
  REFERENCING NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION wachtlijstperiodes_verouderen();

-- Backfill: every existing case is marked; the first openRegistry rebuilds their periods from the events.
INSERT INTO wachtlijstperiodes_verouderd (casus_id) SELECT DISTINCT casus_id FROM gebeurtenissen;
