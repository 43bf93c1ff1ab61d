-- Logboek Dataverwerkingen: a read of many cases (a list, a waiting list, a report that names cases) records which
-- cases it returned, and an attempt refused for scope or role (403, 404) is recorded too. Casusnummers only, never a BSN.
ALTER TABLE logboek ADD COLUMN casusnummers text[];
ALTER TABLE logboek ADD COLUMN geweigerd boolean NOT NULL DEFAULT false;
