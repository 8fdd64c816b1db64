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

static inline void
bb_sql_bind_text (sqlite3_stmt *stmt,
                  int           index,
                  const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
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
