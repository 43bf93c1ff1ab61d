-- Versions of the registry data an answer of POST /api/evaluate depends on (issue 11): one counter per subject and
-- key, e.g. ('wachtlijst', 'Gorinchem'), ('buig', 'Molenlanden'), ('scenario', 'raming 2027'). Triggers raise the
-- counter in the same transaction as every change, also for writes outside the registry modules, so the add-in can
-- drop exactly the cached answers whose data changed.
CREATE TABLE registerversies (
  onderwerp text NOT NULL CHECK (onderwerp IN ('wachtlijst', 'buig', 'scenario')),
  sleutel   text NOT NULL,
  versie    bigint NOT NULL CHECK (versie >= 1),
  PRIMARY KEY (onderwerp, sleutel)
);

-- Statement-level with transition tables (`nieuw`, `oud`): one bump per gemeente per statement, not one per row
-- (a ledger import writes thousands of lines). An update counts for the old and the new gemeente (a case moves).
CREATE FUNCTION verhoog_registerversies(p_onderwerp text, p_sleutels text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO registerversies (onderwerp, sleutel, versie)
    SELECT p_onderwerp, s, 1 FROM (SELECT DISTINCT unnest(p_sleutels) AS s) u WHERE s IS NOT NULL
  ON CONFLICT (onderwerp, sleutel) DO UPDATE SET versie = registerversies.versie + 1;
$$;

CREATE FUNCTION registerversie_per_gemeente() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM verhoog_registerversies(TG_ARGV[0], ARRAY(SELECT gemeente FROM nieuw));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM verhoog_registerversies(TG_ARGV[0], ARRAY(SELECT gemeente FROM oud));
  ELSE
    PERFORM verhoog_registerversies(TG_ARGV[0], ARRAY(SELECT gemeente FROM nieuw UNION SELECT gemeente FROM oud));
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION registerversie_per_casus() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM verhoog_registerversies('wachtlijst', ARRAY(SELECT c.gemeente FROM nieuw n JOIN casussen c ON c.id = n.casus_id));
  RETURN NULL;
END;
$$;

CREATE FUNCTION registerversie_per_scenario() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM verhoog_registerversies('scenario', ARRAY(SELECT lower(naam) FROM nieuw));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM verhoog_registerversies('scenario', ARRAY(SELECT lower(naam) FROM oud));
  ELSE
    PERFORM verhoog_registerversies('scenario', ARRAY(SELECT lower(naam) FROM nieuw UNION SELECT lower(naam) FROM oud));
  END IF;
  RETURN NULL;
END;
$$;

-- PostgreSQL allows transition tables only on a trigger of one event, hence three triggers per table.
CREATE TRIGGER casussen_versie_i AFTER INSERT ON casussen REFERENCING NEW TABLE AS nieuw
  FOR EACH STATEMENT EXECUTE FUNCTION registerversie_per_gemeente('wachtlijst');
CREATE TRIGGER casussen_versie_u AFTER UPDATE ON casussen REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw
  FOR EACH STATEMENT EXECUTE FUNCTION registerversie_per_gemeente('wachtlijst');
CREATE TRIGGER casussen_versie_d AFTER DELETE ON casussen REFERENCING OLD TABLE AS oud
  FOR EACH STATEMENT EXECUTE FUNCTION registerversie_per_gemeente('wachtlijst');
CREATE TRIGGER gebeurtenissen_versie_i AFTER INSERT ON gebeurtenissen REFERENCING NEW TABLE AS nieuw
  FOR EACH STATEMENT EXECUTE FUNCTION registerversie_per_casus();
CREATE TRIGGER grootboekregels_versie_i AFTER INSERT ON grootboekregels REFERENCING NEW TABLE AS nieuw
  FOR EACH STATEMENT EXECUTE FUNCTION registerversie_per_gemeente('buig');
CREATE TRIGGER grootboekregels_versie_u AFTER UPDATE ON grootboekregels REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw
  FOR EACH STATEMENT EXECUTE FUNCTION registerversie_per_gemeente('buig');
CREATE TRIGGER grootboekregels_versie_d AFTER DELETE ON grootboekregels REFERENCING OLD TABLE AS oud
  FOR EACH STATEMENT EXECUTE FUNCTION registerversie_per_gemeente('buig');
CREATE TRIGGER buig_budgetten_versie_i AFTER INSERT ON buig_budgetten REFERENCING NEW TABLE AS nieuw
  FOR EACH STATEMENT EXECUTE FUNCTION registerversie_per_gemeente('buig');
CREATE TRIGGER buig_budgetten_versie_u AFTER UPDATE ON buig_budgetten REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw
  FOR EACH STATEMENT EXECUTE FUNCTION registerversie_per_gemeente('buig');
CREATE TRIGGER buig_budgetten_versie_d AFTER DELETE ON buig_budgetten REFERENCING OLD TABLE AS oud
  FOR EACH STATEMENT EXECUTE FUNCTION registerversie_per_gemeente('buig');
CREATE TRIGGER gefinancierde_plekken_versie_i AFTER INSERT ON gefinancierde_plekken REFERENCING NEW TABLE AS nieuw
  FOR EACH STATEMENT EXECUTE FUNCTION registerversie_per_gemeente('buig');
CREATE TRIGGER gefinancierde_plekken_versie_u AFTER UPDATE ON gefinancierde_plekken REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw
  FOR EACH STATEMENT EXECUTE FUNCTION registerversie_per_gemeente('buig');
CREATE TRIGGER gefinancierde_plekken_versie_d AFTER DELETE ON gefinancierde_plekken REFERENCING OLD TABLE AS oud
  FOR EACH STATEMENT EXECUTE FUNCTION registerversie_per_gemeente('buig');
CREATE TRIGGER scenarios_versie_i AFTER INSERT ON scenarios REFERENCING NEW TABLE AS nieuw
  FOR EACH STATEMENT EXECUTE FUNCTION registerversie_per_scenario();
CREATE TRIGGER scenarios_versie_u AFTER UPDATE ON scenarios REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw
  FOR EACH STATEMENT EXECUTE FUNCTION registerversie_per_scenario();
CREATE TRIGGER scenarios_versie_d AFTER DELETE ON scenarios REFERENCING OLD TABLE AS oud
  FOR EACH STATEMENT EXECUTE FUNCTION registerversie_per_scenario();
