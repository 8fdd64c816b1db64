/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-database.h"

G_BEGIN_DECLS

/* A young person whose courses have all ended before the retention period began. */
typedef struct
{
  gint64  young_person_id;
  char   *name;
  /* The latest closing of their courses (YYYY-MM-DD), and where that course went on
   * to ("" for nowhere). */
  char   *closed_date;
  char   *onward_offer;
  guint   n_courses;
} BbRetentionEntry;

void bb_retention_entry_free (BbRetentionEntry *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbRetentionEntry, bb_retention_entry_free)

#define BB_TYPE_RETENTION_REPOSITORY (bb_retention_repository_get_type ())
G_DECLARE_FINAL_TYPE (BbRetentionRepository, bb_retention_repository, BB, RETENTION_REPOSITORY, GObject)

BbRetentionRepository *bb_retention_repository_new (BbDatabase *database);

/* BbRetentionEntry records of the young people with no open course whose last course
 * closed before @cutoff (YYYY-MM-DD), the longest closed first. */
GPtrArray *bb_retention_repository_list_due (BbRetentionRepository  *self,
                                             const char             *cutoff,
                                             GError                **error);
/* Deletes @young_person_id with all their courses, meetings, measures, hand-overs,
 * notes and search index rows for good, in one transaction, if they are still due
 * at @cutoff (BB_DATABASE_ERROR_NOT_FOUND when not: a course may have been reopened
 * in another window). The access log keeps that the deletion happened and of how
 * many courses, nothing of what was deleted. @n_courses (may be NULL) is set to that
 * number. */
gboolean   bb_retention_repository_delete   (BbRetentionRepository  *self,
                                             gint64                  young_person_id,
                                             const char             *cutoff,
                                             guint                  *n_courses,
                                             GError                **error);
/* The young person's uuid, which also names them in a backup of the file. */
char      *bb_retention_repository_dup_uuid (BbRetentionRepository  *self,
                                             gint64                  young_person_id,
                                             GError                **error);
/* TRUE when the database file at @path (a backup) could be read and holds no young
 * person @uuid. Never writes to it. */
gboolean   bb_retention_repository_file_lacks (BbRetentionRepository  *self,
                                               const char             *path,
                                               const char             *uuid);
/* Moves the write-ahead log into the file and empties it, so that deleted content is
 * no longer in the -wal file; BB_DATABASE_ERROR_BUSY while another connection reads. */
gboolean   bb_retention_repository_checkpoint (BbRetentionRepository  *self,
                                               GError                **error);

G_END_DECLS
