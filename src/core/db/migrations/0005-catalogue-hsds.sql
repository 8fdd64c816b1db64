-- SPDX-License-Identifier: GPL-3.0-or-later
-- Catalogues exchanged as Open Referral (HSDS) files come back out as they came in:
-- what an offer holds beyond the form (bb-offer-details.h), its phones, schedules,
-- places with their addresses and the terms of other taxonomies, and, as JSON objects
-- in "extra", the members of each that Brobygger has no place for, written back as
-- they came. Text columns are NULL when unset.

-- Two organizations with different ids are two providers, even of one name: names
-- stay unique among the others (shares_name = 0), as the lists window expects.
-- SQLite cannot drop the UNIQUE of a column, so the table is made again; the offers
-- that point at it are pointed away and back, the check deferred to the commit, so
-- that dropping the old table touches none of them.
PRAGMA defer_foreign_keys = ON;

CREATE TABLE providers_new (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL CHECK (length (trim (name)) > 0),
  sort_key    TEXT NOT NULL,
  sector      TEXT NOT NULL DEFAULT 'municipality'
                CHECK (sector IN ('municipality', 'region', 'private', 'voluntary')),
  department  TEXT NOT NULL DEFAULT '',
  website     TEXT NOT NULL DEFAULT '',
  email       TEXT NOT NULL DEFAULT '',
  phone       TEXT NOT NULL DEFAULT '',
  shares_name INTEGER NOT NULL DEFAULT 0 CHECK (shares_name IN (0, 1))
);

INSERT INTO providers_new (id, uuid, name, sort_key, sector, department, website, email, phone)
  SELECT id, uuid, name, sort_key, sector, department, website, email, phone FROM providers;

UPDATE offers SET provider_id = -provider_id;
DROP TABLE providers;
-- The search view names "providers"; renaming must not check it while it is missing.
PRAGMA legacy_alter_table = ON;
ALTER TABLE providers_new RENAME TO providers;
PRAGMA legacy_alter_table = OFF;
UPDATE offers SET provider_id = -provider_id;

CREATE UNIQUE INDEX providers_name ON providers (name) WHERE shares_name = 0;

-- Dropped with the old table (0002-catalogue-search.sql).
CREATE TRIGGER providers_search_update AFTER UPDATE OF name, department ON providers
BEGIN
  INSERT OR IGNORE INTO offer_search_pending (offer_id)
    SELECT id FROM offers WHERE provider_id = new.id;
END;

-- What an organization says beyond the form. sector_stated 0: the file named no
-- sector, so "sector" is only the default.
CREATE TABLE provider_details (
  provider_id   INTEGER PRIMARY KEY REFERENCES providers (id) ON DELETE CASCADE,
  description   TEXT NOT NULL DEFAULT '',
  legal_status  TEXT NOT NULL DEFAULT '',
  tax_id        TEXT NOT NULL DEFAULT '',
  sector_stated INTEGER NOT NULL DEFAULT 1 CHECK (sector_stated IN (0, 1)),
  extra         TEXT NOT NULL DEFAULT ''
);

-- A sector chosen here (in the lists, or by an import that names one) is known.
CREATE TRIGGER providers_sector_stated AFTER UPDATE OF sector ON providers
WHEN new.sector != old.sector
BEGIN
  UPDATE provider_details SET sector_stated = 1 WHERE provider_id = new.id;
END;

-- access_stated 0: the file did not say the access route, so "access" is only the
-- default. how_to_get_in is the file's application_process, as written.
CREATE TABLE offer_details (
  offer_id       INTEGER PRIMARY KEY REFERENCES offers (id) ON DELETE CASCADE,
  alternate_name TEXT,
  url            TEXT,
  email          TEXT,
  how_to_get_in  TEXT,
  fees           TEXT,
  eligibility    TEXT,
  alert          TEXT,
  access_stated  INTEGER NOT NULL DEFAULT 1 CHECK (access_stated IN (0, 1)),
  extra          TEXT
);

-- The places an offer is given at (an HSDS service_at_location with its location):
-- link_uuid is the service_at_location's id, uuid the location's.
CREATE TABLE offer_places (
  offer_id       INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  link_uuid      TEXT,
  uuid           TEXT,
  location_type  TEXT NOT NULL DEFAULT 'physical',
  name           TEXT,
  alternate_name TEXT,
  description    TEXT,
  transportation TEXT,
  latitude       REAL CHECK (latitude BETWEEN -90 AND 90),
  longitude      REAL CHECK (longitude BETWEEN -180 AND 180),
  extra          TEXT,
  link_extra     TEXT,
  PRIMARY KEY (offer_id, position)
) WITHOUT ROWID;

CREATE TABLE offer_place_addresses (
  offer_id       INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  place          INTEGER NOT NULL,
  position       INTEGER NOT NULL,
  uuid           TEXT,
  attention      TEXT,
  address_1      TEXT,
  address_2      TEXT,
  city           TEXT,
  region         TEXT,
  state_province TEXT,
  postal_code    TEXT,
  country        TEXT,
  address_type   TEXT,
  extra          TEXT,
  PRIMARY KEY (offer_id, place, position)
) WITHOUT ROWID;

-- The offer's own phones and schedules (place -1), and those of its places (their
-- position in offer_places).
CREATE TABLE offer_phones (
  offer_id    INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  place       INTEGER NOT NULL,
  position    INTEGER NOT NULL,
  uuid        TEXT,
  number      TEXT NOT NULL,
  extension   INTEGER CHECK (extension >= 0),
  type        TEXT,
  description TEXT,
  extra       TEXT,
  PRIMARY KEY (offer_id, place, position)
) WITHOUT ROWID;

CREATE TABLE offer_schedules (
  offer_id    INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  place       INTEGER NOT NULL,
  position    INTEGER NOT NULL,
  uuid        TEXT,
  freq        TEXT,
  interval    INTEGER CHECK (interval >= 0),
  byday       TEXT,
  bymonthday  TEXT,
  opens_at    TEXT,
  closes_at   TEXT,
  valid_from  TEXT,
  valid_to    TEXT,
  description TEXT,
  notes       TEXT,
  extra       TEXT,
  PRIMARY KEY (offer_id, place, position)
) WITHOUT ROWID;

-- Terms of other taxonomies (AIRS, a region's own), with their codes: what a mapping
-- to target groups and steps will read.
CREATE TABLE offer_terms (
  offer_id       INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  attribute_uuid TEXT,
  uuid           TEXT,
  taxonomy       TEXT,
  code           TEXT,
  name           TEXT NOT NULL,
  description    TEXT,
  extra          TEXT,
  PRIMARY KEY (offer_id, position)
) WITHOUT ROWID;

CREATE INDEX offer_terms_taxonomy ON offer_terms (taxonomy, code);

-- What a contact person has beyond the form (department, more phones, the extension
-- of the first).
CREATE TABLE contact_details (
  contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
  extra      TEXT NOT NULL
);
