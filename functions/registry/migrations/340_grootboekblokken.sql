-- Ledger lines stored in blocks (issue 12): one row per import, gemeente, periode and soort of each batch of lines
-- written together, holding the lines' own fields as arrays in line order. An import of 100,000 lines is a few
-- hundred rows, so the database's work per row (the foreign key to the import, the index, the key) is paid per
-- block, not per line. View `grootboekregels` answers as the table of that name did (one row per line, the same
-- columns and types), so every reader is unchanged; it is not updatable: lines are only written by an import and
-- removed with it. Numbered after 330 because that migration's version triggers are moved here from the old table.
-- PostgreSQL 15 compatible (also runs on PGlite, which is PostgreSQL 18).

CREATE TABLE grootboekblokken (
  import_id    bigint NOT NULL REFERENCES grootboek_imports (id) ON DELETE CASCADE,
  -- The block's number within its import, in the order the blocks were written.
  blok         integer NOT NULL CHECK (blok >= 1),
  gemeente     text NOT NULL CHECK (gemeente IN ('Gorinchem', 'Molenlanden', 'Vijfheerenlanden')),
  -- The month the spend is for, 'YYYY-MM'.
  periode      char(7) NOT NULL CHECK (periode ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  soort        text NOT NULL CHECK (soort IN ('bijstand', 'lks', 'overig')),
  -- Per line, in line order: its number in the file, booking date, case (NULL when none) and amount.
  regels       integer[] NOT NULL,
  boekdatums   date[] NOT NULL,
  casusnummers text[] NOT NULL,
  bedragen     numeric(14, 2)[] NOT NULL,
  PRIMARY KEY (import_id, blok),
  CONSTRAINT grootboekblokken_regels CHECK (
    cardinality(regels) >= 1 AND array_ndims(regels) = 1
    AND cardinality(boekdatums) = cardinality(regels) AND array_ndims(boekdatums) = 1
    AND cardinality(casusnummers) = cardinality(regels) AND array_ndims(casusnummers) = 1
    AND cardinality(bedragen) = cardinality(regels) AND array_ndims(bedragen) = 1
    AND array_position(regels, NULL) IS NULL AND array_position(boekdatums, NULL) IS NULL
    AND array_position(bedragen, NULL) IS NULL
  )
);
CREATE INDEX grootboekblokken_gemeente_periode ON grootboekblokken (gemeente, periode, soort);

-- The lines already stored move into blocks, one per import, gemeente, periode and soort; no version is raised
-- (the triggers below are created after the move): the ledger's content does not change.
INSERT INTO grootboekblokken (import_id, blok, gemeente, periode, soort, regels, boekdatums, casusnummers, bedragen)
  SELECT import_id, row_number() OVER (PARTITION BY import_id ORDER BY min(regel)), gemeente, periode, soort,
    array_agg(regel ORDER BY regel), array_agg(boekdatum ORDER BY regel), array_agg(casusnummer ORDER BY regel),
    array_agg(bedrag ORDER BY regel)
  FROM grootboekregels
  GROUP BY import_id, gemeente, periode, soort;

DROP TABLE grootboekregels;

CREATE VIEW grootboekregels AS
  SELECT b.import_id, r.regel, b.gemeente, r.boekdatum, b.periode, b.soort, r.casusnummer, r.bedrag::numeric(14, 2) AS bedrag
  FROM grootboekblokken b
  CROSS JOIN LATERAL unnest(b.regels, b.boekdatums, b.casusnummers, b.bedragen) AS r (regel, boekdatum, casusnummer, bedrag);

CREATE TRIGGER grootboekblokken_versie_i AFTER INSERT ON grootboekblokken REFERENCING NEW TABLE AS nieuw
  FOR EACH STATEMENT EXECUTE FUNCTION registerversie_per_gemeente('buig');
CREATE TRIGGER grootboekblokken_versie_u AFTER UPDATE ON grootboekblokken REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw
  FOR EACH STATEMENT EXECUTE FUNCTION registerversie_per_gemeente('buig');
CREATE TRIGGER grootboekblokken_versie_d AFTER DELETE ON grootboekblokken REFERENCING OLD TABLE AS oud
  FOR EACH STATEMENT EXECUTE FUNCTION registerversie_per_gemeente('buig');

-- Uncompressed: compressing each block's arrays was an eighth of an import's time, for a few megabytes per
-- 100,000 lines (set apart from CREATE TABLE: PostgreSQL 15 has no STORAGE in a column definition).
ALTER TABLE grootboekblokken
  ALTER COLUMN regels SET STORAGE EXTERNAL,
  ALTER COLUMN boekdatums SET STORAGE EXTERNAL,
  ALTER COLUMN casusnummers SET STORAGE EXTERNAL,
  ALTER COLUMN bedragen SET STORAGE EXTERNAL;
