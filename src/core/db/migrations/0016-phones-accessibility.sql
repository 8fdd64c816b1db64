-- SPDX-License-Identifier: GPL-3.0-or-later
-- Every phone of a provider, each editable in the lists: until now the row held the
-- first number (as the form showed it, cleaned) and provider_details.extra the
-- organization's "phones" as its file wrote them. They move here, so that a file
-- exported after reads as one exported before: the first phone is the number shown,
-- with what its file said of it (id, extension, type, description), then the others.
-- A phone without a number stays in extra, as _bb_hsds_read_phones () leaves it.
-- providers.phone stays the first number, for the lists and letters that show one.
CREATE TABLE provider_phones (
  provider_id INTEGER NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  uuid        TEXT,
  number      TEXT NOT NULL,
  extension   INTEGER CHECK (extension >= 0),
  type        TEXT,
  description TEXT,
  extra       TEXT,
  PRIMARY KEY (provider_id, position)
) WITHOUT ROWID;

CREATE TEMP TABLE kept_phones AS
  SELECT p.id AS provider_id, p.phone AS phone,
         CASE WHEN json_valid (d.extra) AND json_type (d.extra, '$.phones') = 'array'
              THEN json_extract (d.extra, '$.phones') END AS kept
    FROM providers p LEFT JOIN provider_details d ON d.provider_id = p.id;
DELETE FROM kept_phones WHERE phone = '' AND kept IS NULL;

-- The first kept phone as the writer judged it (is_shown_phone () in
-- bb-hsds-write-parts.c): its number cleaned as _bb_hsds_dup_clean_phone () does.
ALTER TABLE kept_phones ADD COLUMN first_type TEXT;
ALTER TABLE kept_phones ADD COLUMN written TEXT;
ALTER TABLE kept_phones ADD COLUMN clean TEXT;
ALTER TABLE kept_phones ADD COLUMN shown INTEGER NOT NULL DEFAULT 0;
ALTER TABLE kept_phones ADD COLUMN as_is INTEGER NOT NULL DEFAULT 0;
ALTER TABLE kept_phones ADD COLUMN start INTEGER NOT NULL DEFAULT 0;

UPDATE kept_phones SET
  first_type = json_type (kept, '$[0]'),
  written = CASE WHEN json_type (kept, '$[0].number') = 'text' THEN json_extract (kept, '$[0].number') END
 WHERE kept IS NOT NULL;

WITH RECURSIVE chars (provider_id, i, written, clean) AS (
  SELECT provider_id, 1, written, '' FROM kept_phones WHERE written IS NOT NULL
  UNION ALL
  SELECT provider_id, i + 1, written,
         clean || CASE WHEN instr ('0123456789 +-()', substr (written, i, 1)) > 0
                       THEN substr (written, i, 1) ELSE '' END
    FROM chars WHERE i <= length (written))
UPDATE kept_phones SET clean = (SELECT trim (c.clean, ' ') FROM chars c
                                 WHERE c.provider_id = kept_phones.provider_id
                                   AND c.i = length (c.written) + 1)
 WHERE written IS NOT NULL;

-- bb_validate_phone (): eight digits or more, a "+" only in front.
UPDATE kept_phones SET shown = first_type = 'object' AND
  (written IS NULL OR
   (clean != '' AND
    length (clean) - length (replace (replace (replace (replace (replace (replace (replace (
      replace (replace (replace (clean, '0', ''), '1', ''), '2', ''), '3', ''), '4', ''), '5', ''),
      '6', ''), '7', ''), '8', ''), '9', '')) >= 8 AND
    (instr (clean, '+') = 0 OR (instr (clean, '+') = 1 AND instr (substr (clean, 2), '+') = 0))))
 WHERE kept IS NOT NULL;
UPDATE kept_phones SET as_is = 1 WHERE shown AND written IS NOT NULL AND clean = phone;
UPDATE kept_phones SET start = 1 WHERE shown AND NOT as_is;

-- The number shown, with what its file said of it when it was the first kept phone.
INSERT INTO provider_phones (provider_id, position, number, extra)
  SELECT provider_id, 0, phone,
         CASE WHEN shown THEN json_remove (json_extract (kept, '$[0]'), '$.number') END
    FROM kept_phones WHERE phone != '' AND NOT as_is;

-- The others, after it.
INSERT INTO provider_phones (provider_id, position, number, extra)
  SELECT k.provider_id, e.key + (CASE WHEN k.phone != '' AND NOT k.as_is THEN 1 ELSE 0 END) - k.start,
         json_extract (e.value, '$.number'), json_remove (e.value, '$.number')
    FROM kept_phones k, json_each (k.kept) e
   WHERE k.kept IS NOT NULL AND e.key >= k.start
     AND CASE WHEN e.type = 'object' THEN coalesce (json_type (e.value, '$.number') = 'text'
                                                    AND json_extract (e.value, '$.number') != '', 0)
              ELSE 0 END;

-- What _bb_hsds_read_phones () takes of each.
UPDATE provider_phones SET uuid = json_extract (extra, '$.id'), extra = json_remove (extra, '$.id')
 WHERE json_type (extra, '$.id') = 'text' AND json_extract (extra, '$.id') != '';
UPDATE provider_phones SET extension = json_extract (extra, '$.extension'),
                           extra = json_remove (extra, '$.extension')
 WHERE json_type (extra, '$.extension') = 'integer'
   AND json_extract (extra, '$.extension') BETWEEN 0 AND 2147483647;
UPDATE provider_phones SET type = json_extract (extra, '$.type'), extra = json_remove (extra, '$.type')
 WHERE json_type (extra, '$.type') = 'text' AND json_extract (extra, '$.type') != '';
UPDATE provider_phones SET description = json_extract (extra, '$.description'),
                           extra = json_remove (extra, '$.description')
 WHERE json_type (extra, '$.description') = 'text' AND json_extract (extra, '$.description') != '';
-- The rest in the order of its names, as _bb_hsds_dup_rest () keeps it.
UPDATE provider_phones SET extra =
  (SELECT json_group_object (key, CASE type WHEN 'object' THEN json (value) WHEN 'array' THEN json (value)
                                            WHEN 'true' THEN json ('true') WHEN 'false' THEN json ('false')
                                            WHEN 'null' THEN json ('null') ELSE value END)
     FROM (SELECT key, type, value FROM json_each (provider_phones.extra) ORDER BY key))
 WHERE extra IS NOT NULL;
UPDATE provider_phones SET extra = NULL WHERE extra = '{}';

-- What is left of the kept phones: those without a number.
UPDATE provider_details SET extra =
  (SELECT CASE WHEN count (e.key) = 0 THEN json_remove (provider_details.extra, '$.phones')
               ELSE json_set (provider_details.extra, '$.phones',
                              json_group_array (CASE e.type WHEN 'object' THEN json (e.value)
                                                            WHEN 'array' THEN json (e.value)
                                                            WHEN 'true' THEN json ('true')
                                                            WHEN 'false' THEN json ('false')
                                                            WHEN 'null' THEN json ('null')
                                                            ELSE e.value END)) END
     FROM kept_phones k LEFT JOIN json_each (k.kept) e
       ON e.key >= k.start
      AND NOT CASE WHEN e.type = 'object' THEN coalesce (json_type (e.value, '$.number') = 'text'
                                                         AND json_extract (e.value, '$.number') != '', 0)
                   ELSE 0 END
    WHERE k.provider_id = provider_details.provider_id)
 WHERE provider_id IN (SELECT provider_id FROM kept_phones WHERE kept IS NOT NULL);
UPDATE provider_details SET extra = '' WHERE extra = '{}';

DROP TABLE kept_phones;

-- The phones of a provider an import changed, as they were before it (a JSON array of
-- provider_phones rows), for its undo; NULL for imports from before this.
ALTER TABLE import_providers ADD COLUMN phones TEXT;

-- What a place says of getting in and around it (HSDS accessibility), each note
-- editable with the place, no longer carried whole in offer_places.extra. Its rows go
-- with their place's: the offer's places are written again on every save.
CREATE TABLE offer_place_accessibility (
  offer_id    INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  place       INTEGER NOT NULL,
  position    INTEGER NOT NULL,
  uuid        TEXT,
  description TEXT,
  details     TEXT,
  url         TEXT,
  extra       TEXT,
  PRIMARY KEY (offer_id, place, position)
) WITHOUT ROWID;

CREATE TRIGGER offer_places_accessibility AFTER DELETE ON offer_places
BEGIN
  DELETE FROM offer_place_accessibility WHERE offer_id = old.offer_id AND place = old.position;
END;

CREATE TEMP TABLE kept_accessibility AS
  SELECT offer_id, position AS place,
         CASE WHEN json_valid (extra) THEN
           CASE WHEN json_type (extra, '$.accessibility') = 'array'
                THEN json_extract (extra, '$.accessibility') END END AS kept
    FROM offer_places;
DELETE FROM kept_accessibility WHERE kept IS NULL;

INSERT INTO offer_place_accessibility (offer_id, place, position, extra)
  SELECT k.offer_id, k.place, e.key, e.value
    FROM kept_accessibility k, json_each (k.kept) e
   WHERE e.type = 'object';

-- What the reader takes of each (read_accessibility () in bb-hsds-read-parts.c).
UPDATE offer_place_accessibility SET uuid = json_extract (extra, '$.id'), extra = json_remove (extra, '$.id')
 WHERE json_type (extra, '$.id') = 'text' AND json_extract (extra, '$.id') != '';
UPDATE offer_place_accessibility SET description = json_extract (extra, '$.description'),
                                     extra = json_remove (extra, '$.description')
 WHERE json_type (extra, '$.description') = 'text' AND json_extract (extra, '$.description') != '';
UPDATE offer_place_accessibility SET details = json_extract (extra, '$.details'),
                                     extra = json_remove (extra, '$.details')
 WHERE json_type (extra, '$.details') = 'text' AND json_extract (extra, '$.details') != '';
UPDATE offer_place_accessibility SET url = json_extract (extra, '$.url'), extra = json_remove (extra, '$.url')
 WHERE json_type (extra, '$.url') = 'text' AND json_extract (extra, '$.url') != '';
UPDATE offer_place_accessibility SET extra =
  (SELECT json_group_object (key, CASE type WHEN 'object' THEN json (value) WHEN 'array' THEN json (value)
                                            WHEN 'true' THEN json ('true') WHEN 'false' THEN json ('false')
                                            WHEN 'null' THEN json ('null') ELSE value END)
     FROM (SELECT key, type, value FROM json_each (offer_place_accessibility.extra) ORDER BY key))
 WHERE extra IS NOT NULL;
UPDATE offer_place_accessibility SET extra = NULL WHERE extra = '{}';

-- What is left: notes that are no objects.
UPDATE offer_places SET extra =
  (SELECT CASE WHEN count (e.key) = 0 THEN json_remove (offer_places.extra, '$.accessibility')
               ELSE json_set (offer_places.extra, '$.accessibility',
                              json_group_array (CASE e.type WHEN 'array' THEN json (e.value)
                                                            WHEN 'true' THEN json ('true')
                                                            WHEN 'false' THEN json ('false')
                                                            WHEN 'null' THEN json ('null')
                                                            ELSE e.value END)) END
     FROM kept_accessibility k LEFT JOIN json_each (k.kept) e ON e.type != 'object'
    WHERE k.offer_id = offer_places.offer_id AND k.place = offer_places.position)
 WHERE (offer_id, position) IN (SELECT offer_id, place FROM kept_accessibility);
UPDATE offer_places SET extra = NULL WHERE extra = '{}';

DROP TABLE kept_accessibility;
