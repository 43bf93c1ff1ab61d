-- The case registry for beschut werk: cases, their immutable events, and the processing log.
-- PostgreSQL 15 compatible (also runs on PGlite, which is PostgreSQL 18).

CREATE SEQUENCE casus_id_seq;

CREATE TABLE casussen (
  id               bigint PRIMARY KEY DEFAULT nextval('casus_id_seq'),
  casusnummer      text NOT NULL UNIQUE,
  gemeente         text NOT NULL CHECK (gemeente IN ('Gorinchem', 'Molenlanden', 'Vijfheerenlanden')),
  route            text NOT NULL CHECK (route IN ('Avres', 'UWV')),
  -- Personal data kept to what is needed; never logged.
  bsn              char(9) NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
  aanmeldingsdatum date NOT NULL,
  status           text NOT NULL,
  versie           integer NOT NULL CHECK (versie >= 1),
  aangemaakt_op    timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op     timestamptz NOT NULL DEFAULT now()
);
ALTER SEQUENCE casus_id_seq OWNED BY casussen.id;
CREATE INDEX casussen_gemeente_status ON casussen (gemeente, status);
CREATE INDEX casussen_route ON casussen (route);

CREATE TABLE gebeurtenissen (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  casus_id        bigint NOT NULL REFERENCES casussen (id),
  volgnummer      integer NOT NULL,
  soort           text NOT NULL,
  datum           date NOT NULL,
  gegevens        jsonb NOT NULL,
  vastgelegd_door text NOT NULL,
  vastgelegd_op   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (casus_id, volgnummer)
);
CREATE INDEX gebeurtenissen_soort_datum ON gebeurtenissen (soort, datum, casus_id);

-- Events are immutable: no update, no delete.
CREATE FUNCTION gebeurtenissen_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'gebeurtenissen zijn onveranderlijk: % is niet toegestaan', TG_OP;
END;
$$;
CREATE TRIGGER gebeurtenissen_onveranderlijk BEFORE UPDATE OR DELETE ON gebeurtenissen
  FOR EACH ROW EXECUTE FUNCTION gebeurtenissen_onveranderlijk();

-- Logboek dataverwerkingen: who processed which case when, under which trace id. Never a BSN.
CREATE TABLE logboek (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  trace_id    text NOT NULL,
  operatie    text NOT NULL,
  actor       text NOT NULL,
  casusnummer text,
  gemeente    text,
  aantal      integer,
  tijdstip    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX logboek_casusnummer ON logboek (casusnummer, tijdstip);

-- Daily signals of decision deadlines about to expire or expired (timer function).
CREATE TABLE termijnsignalen (
  peildatum          date NOT NULL,
  casusnummer        text NOT NULL,
  gemeente           text NOT NULL,
  einde_beslistermijn date NOT NULL,
  dagen_resterend    integer NOT NULL,
  vastgelegd_op      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (peildatum, casusnummer)
);
