-- SPDX-License-Identifier: GPL-3.0-or-later
-- Full-text search over every text an adviser may remember an offer by.
--
-- SQLite refuses FTS5 inside triggers while trusted_schema is OFF, so the triggers below
-- only note which offers changed; the store applies that queue to offer_fts in the same
-- transaction, before every commit and at every open (which also catches writes made
-- with other tools).

CREATE VIEW offer_search_text AS
SELECT o.id AS id,
       o.title AS title,
       o.summary || ' ' || o.description || ' ' || o.legal_basis || ' ' ||
         o.location || ' ' || o.opening_hours AS body,
       p.name || ' ' || p.department AS provider,
       (SELECT group_concat (t.name, ' ')
          FROM offer_target_groups ot JOIN target_groups t ON t.id = ot.target_group_id
         WHERE ot.offer_id = o.id) AS target_groups,
       (SELECT group_concat (s.name, ' ')
          FROM offer_steps os JOIN steps s ON s.id = os.step_id
         WHERE os.offer_id = o.id) AS steps,
       o.keywords AS keywords,
       (SELECT group_concat (c.name || ' ' || c.role || ' ' || c.email, ' ')
          FROM contacts c WHERE c.offer_id = o.id) AS contacts
  FROM offers o JOIN providers p ON p.id = o.provider_id;

-- remove_diacritics 2 lets "cafe" find "café"; unicode61 folds case, æøå included.
CREATE VIRTUAL TABLE offer_fts USING fts5 (
  title, body, provider, target_groups, steps, keywords, contacts,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE offer_search_pending (
  offer_id INTEGER PRIMARY KEY
);

INSERT INTO offer_search_pending (offer_id) SELECT id FROM offers;

CREATE TRIGGER offers_search_insert AFTER INSERT ON offers
BEGIN
  INSERT OR IGNORE INTO offer_search_pending (offer_id) VALUES (new.id);
END;

CREATE TRIGGER offers_search_update AFTER UPDATE ON offers
BEGIN
  INSERT OR IGNORE INTO offer_search_pending (offer_id) VALUES (new.id);
END;

CREATE TRIGGER offers_search_delete AFTER DELETE ON offers
BEGIN
  INSERT OR IGNORE INTO offer_search_pending (offer_id) VALUES (old.id);
END;

CREATE TRIGGER providers_search_update AFTER UPDATE OF name, department ON providers
BEGIN
  INSERT OR IGNORE INTO offer_search_pending (offer_id)
    SELECT id FROM offers WHERE provider_id = new.id;
END;

CREATE TRIGGER target_groups_search_update AFTER UPDATE OF name ON target_groups
BEGIN
  INSERT OR IGNORE INTO offer_search_pending (offer_id)
    SELECT offer_id FROM offer_target_groups WHERE target_group_id = new.id;
END;

CREATE TRIGGER steps_search_update AFTER UPDATE OF name ON steps
BEGIN
  INSERT OR IGNORE INTO offer_search_pending (offer_id)
    SELECT offer_id FROM offer_steps WHERE step_id = new.id;
END;

CREATE TRIGGER offer_steps_search_insert AFTER INSERT ON offer_steps
BEGIN
  INSERT OR IGNORE INTO offer_search_pending (offer_id) VALUES (new.offer_id);
END;

CREATE TRIGGER offer_steps_search_delete AFTER DELETE ON offer_steps
BEGIN
  INSERT OR IGNORE INTO offer_search_pending (offer_id) VALUES (old.offer_id);
END;

CREATE TRIGGER offer_target_groups_search_insert AFTER INSERT ON offer_target_groups
BEGIN
  INSERT OR IGNORE INTO offer_search_pending (offer_id) VALUES (new.offer_id);
END;

CREATE TRIGGER offer_target_groups_search_delete AFTER DELETE ON offer_target_groups
BEGIN
  INSERT OR IGNORE INTO offer_search_pending (offer_id) VALUES (old.offer_id);
END;

CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts
BEGIN
  INSERT OR IGNORE INTO offer_search_pending (offer_id) VALUES (new.offer_id);
END;

CREATE TRIGGER contacts_search_update AFTER UPDATE ON contacts
BEGIN
  INSERT OR IGNORE INTO offer_search_pending (offer_id) VALUES (new.offer_id);
END;

CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts
BEGIN
  INSERT OR IGNORE INTO offer_search_pending (offer_id) VALUES (old.offer_id);
END;
