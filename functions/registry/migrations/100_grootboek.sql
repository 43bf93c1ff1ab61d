-- Ledger imports (finance): spend lines per gemeente, all or nothing per import.
-- The same content twice is recognised by the sha256 of its canonical text (unique), never counted twice.

CREATE TABLE grootboek_imports (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  inhoud_sha256    char(64) NOT NULL,
  bestandsnaam     text,
  aantal_regels    integer NOT NULL CHECK (aantal_regels > 0),
  totaal           numeric(16, 2) NOT NULL,
  geimporteerd_door text NOT NULL,
  geimporteerd_op  timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT grootboek_imports_inhoud_uniek UNIQUE (inhoud_sha256)
);

CREATE TABLE grootboekregels (
  import_id   bigint NOT NULL REFERENCES grootboek_imports (id) ON DELETE CASCADE,
  regel       integer NOT NULL,
  gemeente    text NOT NULL CHECK (gemeente IN ('Gorinchem', 'Molenlanden', 'Vijfheerenlanden')),
  boekdatum   date NOT NULL,
  -- The month the spend is for, 'YYYY-MM'.
  periode     char(7) NOT NULL CHECK (periode ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  soort       text NOT NULL CHECK (soort IN ('bijstand', 'lks', 'overig')),
  casusnummer text,
  bedrag      numeric(14, 2) NOT NULL,
  PRIMARY KEY (import_id, regel)
);
CREATE INDEX grootboekregels_gemeente_periode ON grootboekregels (gemeente, periode, soort);
