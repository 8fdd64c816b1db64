/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-database.h"
#include "bb-retention-repository.h"

G_BEGIN_DECLS

/* Deletion at the end of the retention period (PRODUCT.md section 6): a young person
 * whose courses all closed more than @years years ago is listed for deletion, and
 * deleting them removes their data for good — from the database file, its
 * write-ahead log and the backups. */

/* Years kept without settings; see "retention-years" in the schema for why five. */
#define BB_RETENTION_DEFAULT_YEARS 5

/* The first day whose closings are still kept: today, by the database's clock, less
 * @years years, as YYYY-MM-DD into @buffer (at least 11 bytes). */
void       bb_retention_get_cutoff (BbDatabase  *database,
                                    guint        years,
                                    char        *buffer);
/* BbRetentionEntry records of the young people due for deletion, the longest
 * closed first. */
GPtrArray *bb_retention_list_due   (BbDatabase  *database,
                                    guint        years,
                                    GError     **error);
/* Deletes @young_person_id for good, if still due: in one transaction their courses,
 * meetings, measures, hand-overs, notes and search index rows (the access log keeps
 * that it happened, without the content), then empties the write-ahead log into the
 * file, makes a fresh verified backup (@keep backups are kept in rotation) and
 * removes every other backup that still holds the young person. */
gboolean   bb_retention_delete     (BbDatabase  *database,
                                    gint64       young_person_id,
                                    guint        years,
                                    guint        keep,
                                    GError     **error);

G_END_DECLS
