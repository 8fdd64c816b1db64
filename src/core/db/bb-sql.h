/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Small helpers for the repositories, the only code that writes SQL. */

#include <sqlite3.h>

#include "bb-database.h"

G_BEGIN_DECLS

typedef sqlite3_stmt BbStatement;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbStatement, sqlite3_finalize)

/* A statement from bb_database_prepare_cached (): handed back reset, not finalized. */
typedef sqlite3_stmt BbCachedStatement;

static inline void
bb_cached_statement_release (BbCachedStatement *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbCachedStatement, bb_cached_statement_release)

/* For what a query looks for. Text that is not valid UTF-8 is bound as NULL: it can
 * match nothing, and a NOT NULL column refuses it. Writes use the checked binds below. */
static inline void
bb_sql_bind_text (sqlite3_stmt *stmt,
                  int           index,
                  const char   *text)
{
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/* Every text a repository writes goes through here, so the store never holds what its
 * readers and both exports cannot take back: text that is not UTF-8 or holds a NUL
 * fails the write with BB_DATABASE_ERROR_INVALID naming @field (a word for the user).
 * @length may be -1 for a NUL-terminated @text. NULL binds NULL. */
gboolean bb_sql_bind_checked_text_len (sqlite3_stmt  *stmt,
                                       int            index,
                                       const char    *field,
                                       const char    *text,
                                       gssize         length,
                                       GError       **error);

static inline gboolean
bb_sql_bind_checked_text (sqlite3_stmt  *stmt,
                          int            index,
                          const char    *field,
                          const char    *text,
                          GError       **error)
{
  return bb_sql_bind_checked_text_len (stmt, index, field, text, -1, error);
}

/* -1 is "unset" throughout the domain, NULL in the database. */
static inline void
bb_sql_bind_optional_int (sqlite3_stmt *stmt,
                          int           index,
                          int           value)
{
  if (value < 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int (stmt, index, value);
}

static inline int
bb_sql_column_optional_int (sqlite3_stmt *stmt,
                            int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return -1;

  return sqlite3_column_int (stmt, column);
}

static inline const char *
bb_sql_column_text (sqlite3_stmt *stmt,
                    int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

G_END_DECLS
