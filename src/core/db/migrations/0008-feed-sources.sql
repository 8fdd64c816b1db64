-- SPDX-License-Identifier: GPL-3.0-or-later
-- Open Referral feeds the catalogue was updated from: the URL to update from again,
-- and which services the last update brought, so the next one can tell what is gone.
-- IF NOT EXISTS: the migrations before this number land beside it in any order.
CREATE TABLE IF NOT EXISTS feed_sources (
  id          INTEGER PRIMARY KEY,
  url         TEXT NOT NULL UNIQUE,
  updated_at  TEXT NOT NULL,
  n_services  INTEGER NOT NULL DEFAULT 0,
  n_new       INTEGER NOT NULL DEFAULT 0,
  n_changed   INTEGER NOT NULL DEFAULT 0,
  n_gone      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS feed_source_services (
  source_id   INTEGER NOT NULL REFERENCES feed_sources (id) ON DELETE CASCADE,
  service_id  TEXT NOT NULL,
  PRIMARY KEY (source_id, service_id)
) WITHOUT ROWID;
