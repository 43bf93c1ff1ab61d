-- The parameter register (shared/parameters/register.ts): dated values of the legal figures recorded by a beheerder
-- and approved by a second one. Entries and approvals are immutable like the case events: a value is withdrawn or
-- corrected by a new entry that references it, never by an update.

CREATE TABLE parameterboekingen (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  soort           text NOT NULL CHECK (soort IN ('waarde', 'correctie', 'intrekking')),
  vervangt        bigint REFERENCES parameterboekingen (id),
  reeks           text NOT NULL,
  geldig_vanaf    date NOT NULL,
  waarde          jsonb,
  status          text CHECK (status IN ('vastgesteld', 'onbevestigd', 'aangekondigd')),
  publicatie      text NOT NULL,
  artikel         jsonb,
  toelichting     text,
  vastgelegd_door text NOT NULL,
  vastgelegd_op   timestamptz NOT NULL DEFAULT now(),
  CHECK ((soort = 'waarde') = (vervangt IS NULL)),
  CHECK ((soort = 'intrekking') = (waarde IS NULL AND status IS NULL AND artikel IS NULL))
);
CREATE INDEX parameterboekingen_reeks ON parameterboekingen (reeks, geldig_vanaf);

CREATE TABLE parametergoedkeuringen (
  boeking_id       bigint PRIMARY KEY REFERENCES parameterboekingen (id),
  goedgekeurd_door text NOT NULL,
  goedgekeurd_op   timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION parameterregister_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'het parameterregister is onveranderlijk: % op % is niet toegestaan', TG_OP, TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER parameterboekingen_onveranderlijk BEFORE UPDATE OR DELETE ON parameterboekingen
  FOR EACH ROW EXECUTE FUNCTION parameterregister_onveranderlijk();
CREATE TRIGGER parametergoedkeuringen_onveranderlijk BEFORE UPDATE OR DELETE ON parametergoedkeuringen
  FOR EACH ROW EXECUTE FUNCTION parameterregister_onveranderlijk();

-- Four eyes, also for a write that bypasses the API: nobody approves their own entry.
CREATE FUNCTION parametergoedkeuring_vier_ogen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM parameterboekingen WHERE id = NEW.boeking_id AND vastgelegd_door = NEW.goedgekeurd_door) THEN
    RAISE EXCEPTION 'vier ogen: wie een waarde vastlegt, keurt haar niet zelf goed';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER parametergoedkeuringen_vier_ogen BEFORE INSERT ON parametergoedkeuringen
  FOR EACH ROW EXECUTE FUNCTION parametergoedkeuring_vier_ogen();

-- Daily signals of series whose known range ends soon (timer function), one row per day and series.
CREATE TABLE parametersignalen (
  peildatum     date NOT NULL,
  reeks         text NOT NULL,
  bekend_tot    date NOT NULL,
  vastgelegd_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (peildatum, reeks)
);
