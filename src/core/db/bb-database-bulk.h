/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-database.h"

G_BEGIN_DECLS

/* A bulk write: thousands of rows into a few tables in one transaction, fast. The
 * indexes of those tables (but the UNIQUE ones, which check the rows) and the triggers
 * the caller names are set aside at the start and made again at the end, so each index
 * is sorted once instead of updated row by row, and what the triggers would have done
 * row by row the caller does once for all rows in set-based SQL. Everything is inside
 * the one transaction: a failure, or freeing the bulk before its commit, rolls it all
 * back, schema included, and leaves the database as it was. */
typedef struct _BbDatabaseBulk BbDatabaseBulk;

/* Begins the transaction. @tables (NULL-terminated) are the tables about to be
 * filled; @set_aside_indexes says whether their indexes go (FALSE when the tables are
 * already large next to what is added: sorting all of them again would cost more
 * than adding the few rows). @triggers (NULL-terminated, or NULL) names the triggers
 * to drop, of any of the tables. */
BbDatabaseBulk *bb_database_bulk_begin            (BbDatabase          *database,
                                                   const char * const  *tables,
                                                   gboolean             set_aside_indexes,
                                                   const char * const  *triggers,
                                                   GError             **error);
BbDatabase     *bb_database_bulk_get_database     (BbDatabaseBulk      *self);
/* The largest rowid @table had when the bulk began (0 for an empty table): the rows
 * after it are the bulk's. */
gint64          bb_database_bulk_get_first_rowid  (BbDatabaseBulk      *self,
                                                   const char          *table);
/* "INSERT INTO main.@table (@columns) VALUES (?1, …, ?@n_columns)", prepared; the
 * caller finalizes it. */
sqlite3_stmt   *bb_database_bulk_prepare_insert   (BbDatabaseBulk      *self,
                                                   const char          *table,
                                                   const char          *columns,
                                                   int                  n_columns,
                                                   GError             **error);
/* Makes the set-aside indexes of @table again (of every table for NULL), e.g. those
 * the set-based SQL at the end reads before the others. */
gboolean        bb_database_bulk_restore_indexes  (BbDatabaseBulk      *self,
                                                   const char          *table,
                                                   GError             **error);
/* Makes every set-aside index and trigger again and commits. */
gboolean        bb_database_bulk_commit           (BbDatabaseBulk      *self,
                                                   GError             **error);
/* Rolls back unless committed. */
void            bb_database_bulk_free             (BbDatabaseBulk      *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbDatabaseBulk, bb_database_bulk_free)

/* Fills the FTS5 table @fts for the rows after @after_rowid in one statement: deletes
 * its rows there and inserts "(rowid, @columns) SELECT @select", where @select gives
 * the rowid first, then @columns, of the rows after ?1: e.g. "id, names, notes FROM
 * course_search_text WHERE id > ?1". Both are string constants of the caller's. */
gboolean        bb_database_fill_search           (BbDatabase          *database,
                                                   const char          *fts,
                                                   const char          *columns,
                                                   const char          *select,
                                                   gint64               after_rowid,
                                                   GError             **error);

G_END_DECLS
