-- SPDX-License-Identifier: GPL-3.0-or-later
-- Recently deleted offers: kept, with when they were deleted, for 30 days, so an undo
-- offered in one window survives another window, an export or a restart.

-- UTC, as the history writes it ("2026-03-15T10:00:00Z"); NULL while not deleted.
ALTER TABLE offers ADD COLUMN deleted_at TEXT;

-- Offers deleted before this column existed: when their history says, or else when
-- they last changed.
UPDATE offers
   SET deleted_at = coalesce ((SELECT max (h.changed_at) FROM offer_history h
                                WHERE h.offer_id = offers.id AND h.field = 'deleted'),
                              modified)
 WHERE deleted = 1;

-- The trash, newest first, and the purge of what is older than 30 days.
CREATE INDEX offers_deleted_at ON offers (deleted_at) WHERE deleted = 1;
