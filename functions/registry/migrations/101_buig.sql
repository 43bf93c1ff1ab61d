-- BUIG budgets per gemeente and year (Pw art. 69, art. 8c): voorlopig, nader voorlopig, definitief, each with the
-- date it was published. A correction is a new publication; a stored publication is never changed.
CREATE TABLE buig_budgetten (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  gemeente         text NOT NULL CHECK (gemeente IN ('Gorinchem', 'Molenlanden', 'Vijfheerenlanden')),
  jaar             integer NOT NULL CHECK (jaar BETWEEN 2015 AND 2100),
  soort            text NOT NULL CHECK (soort IN ('voorlopig', 'nader_voorlopig', 'definitief')),
  bedrag           numeric(16, 2) NOT NULL CHECK (bedrag >= 0),
  publicatiedatum  date NOT NULL,
  vastgelegd_door  text NOT NULL,
  vastgelegd_op    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (gemeente, jaar, soort, publicatiedatum)
);

-- Places the Rijk funds per gemeente and year (Pw art. 10b lid 4; Beleidsregels beschut werk art. 6 lid 1).
CREATE TABLE gefinancierde_plekken (
  gemeente         text NOT NULL CHECK (gemeente IN ('Gorinchem', 'Molenlanden', 'Vijfheerenlanden')),
  jaar             integer NOT NULL CHECK (jaar BETWEEN 2015 AND 2100),
  plekken          numeric(8, 2) NOT NULL CHECK (plekken >= 0),
  bron             text NOT NULL,
  vastgelegd_door  text NOT NULL,
  vastgelegd_op    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente, jaar)
);
