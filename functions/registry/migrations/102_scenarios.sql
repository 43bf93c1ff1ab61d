-- Named scenarios: overrides of legal figures and scenario inputs (shared/schemas/grootboek.ts), for policy staff.
CREATE TABLE scenarios (
  naam             text PRIMARY KEY,
  omschrijving     text,
  ingangsdatum     date,
  wijzigingen      jsonb NOT NULL,
  versie           integer NOT NULL CHECK (versie >= 1),
  vastgelegd_door  text NOT NULL,
  gewijzigd_op     timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX scenarios_naam_hoofdletterongevoelig ON scenarios (lower(naam));
