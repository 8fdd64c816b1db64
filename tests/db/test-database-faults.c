/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Faults under a write: a full disk, a failing disk, no memory, a read-only file and
 * a lock held by another connection. After each the transaction is gone (checked by
 * SQLite's autocommit state and by a second connection), the error names the fault,
 * and once the fault is lifted the same connection writes again. */

#include <sqlite3.h>
#include <string.h>

#include "bb-database.h"
#include "bb-sql.h"
#include "bb-test-fault-vfs.h"
#include "bb-test-utils.h"

typedef struct
{
  char       *folder;
  char       *path;
  BbDatabase *database;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->database = bb_test_database_new (&fixture->folder);
  fixture->path = g_strdup (bb_database_get_path (fixture->database));
  g_assert_true (bb_database_exec (fixture->database,
                                   "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)", NULL));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bb_test_fault_vfs_set (BB_TEST_FAULT_NONE);
  g_clear_object (&fixture->database);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->folder);
}

static gboolean
insert_note (BbDatabase  *database,
             const char  *text,
             GError     **error)
{
  g_autoptr(BbStatement) stmt = bb_database_prepare (database, "INSERT INTO notes (text) VALUES (?1)", error);

  return stmt != NULL &&
         bb_sql_bind_checked_text (stmt, 1, "Text", text, error) &&
         bb_database_step_done (database, stmt, error);
}

/* A save as a repository makes it: a transaction with a savepoint inside. */
static gboolean
save_note (BbDatabase  *database,
           const char  *text,
           GError     **error)
{
  if (!bb_database_begin (database, error))
    return FALSE;

  if (!bb_database_begin (database, error) || !insert_note (database, text, error))
    goto failed;
  if (!bb_database_commit (database, error))
    goto failed;

  return bb_database_commit (database, error);

failed:
  /* Undoes the savepoint when it is still open, then the transaction. */
  while (bb_database_in_transaction (database))
    bb_database_rollback (database);
  return FALSE;
}

/* What another process would see. */
static gint64
count_from_outside (Fixture *fixture)
{
  return bb_test_count_outside (fixture->path, "SELECT count(*) FROM notes");
}

static void
assert_nothing_left_open (Fixture *fixture)
{
  g_assert_false (bb_database_in_transaction (fixture->database));
  g_assert_true (sqlite3_get_autocommit (bb_database_get_handle (fixture->database)));
}

static void
test_full (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *big = g_strnfill (256 * 1024, 'x');
  g_autoptr(GError) error = NULL;
  g_autofree char *limit = NULL;

  g_assert_true (save_note (fixture->database, "before", NULL));
  limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT,
                           bb_test_query_int (fixture->database, "PRAGMA page_count"));
  g_assert_cmpint (sqlite3_exec (bb_database_get_handle (fixture->database), limit, NULL, NULL, NULL),
                   ==, SQLITE_OK);

  g_assert_false (save_note (fixture->database, big, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_FULL);
  g_assert_true (g_str_has_prefix (error->message, "The disk is full, so nothing was saved ("));
  g_clear_error (&error);
  assert_nothing_left_open (fixture);
  g_assert_cmpint (count_from_outside (fixture), ==, 1);

  g_assert_cmpint (sqlite3_exec (bb_database_get_handle (fixture->database),
                                 "PRAGMA max_page_count = 1073741823", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (save_note (fixture->database, big, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_from_outside (fixture), ==, 2);
}

static void
check_write_fault (Fixture     *fixture,
                   BbTestFault  fault,
                   int          code,
                   const char  *prefix)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (save_note (fixture->database, "before", NULL));

  bb_test_fault_vfs_set (fault);
  g_assert_false (save_note (fixture->database, "lost", &error));
  bb_test_fault_vfs_set (BB_TEST_FAULT_NONE);

  g_assert_error (error, BB_DATABASE_ERROR, code);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  assert_nothing_left_open (fixture);
  g_assert_cmpint (count_from_outside (fixture), ==, 1);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count(*) FROM notes"), ==, 1);

  g_assert_true (save_note (fixture->database, "after", NULL));
  g_assert_cmpint (count_from_outside (fixture), ==, 2);
}

static void
test_io_error (Fixture       *fixture,
               gconstpointer  data)
{
  check_write_fault (fixture, BB_TEST_FAULT_IO, BB_DATABASE_ERROR_IO,
                     "The database file could not be read or written, so nothing was saved (");
}

static void
test_no_memory (Fixture       *fixture,
                gconstpointer  data)
{
  check_write_fault (fixture, BB_TEST_FAULT_NO_MEMORY, BB_DATABASE_ERROR_NO_MEMORY,
                     "The computer ran out of memory, so nothing was saved (");
}

/* SQLite may end the whole transaction itself inside a savepoint (a full disk during
 * a spill): what is written after that must not be committed one statement at a
 * time, and the outer commit must not report success. */
static void
test_ended_inside_savepoint (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_database_begin (fixture->database, NULL));
  g_assert_true (bb_database_begin (fixture->database, NULL));
  g_assert_true (insert_note (fixture->database, "first", NULL));
  /* As SQLite does it after SQLITE_FULL/IOERR/NOMEM in some cases. */
  g_assert_cmpint (sqlite3_exec (bb_database_get_handle (fixture->database), "ROLLBACK", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  bb_database_rollback (fixture->database);

  g_assert_false (bb_database_begin (fixture->database, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (bb_database_commit (fixture->database, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_FAILED);
  g_clear_error (&error);

  assert_nothing_left_open (fixture);
  g_assert_cmpint (count_from_outside (fixture), ==, 0);
  g_assert_true (save_note (fixture->database, "after", NULL));
  g_assert_cmpint (count_from_outside (fixture), ==, 1);
}

static void
test_read_only_fallback (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *uri = g_strdup_printf ("file:%s?mode=ro", fixture->path);
  g_autoptr(BbDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  gboolean read_only = FALSE;

  g_assert_true (save_note (fixture->database, "kept", NULL));
  g_clear_object (&fixture->database);

  /* Opening for writing refuses it; the window's open shows it read-only instead. */
  g_assert_null (bb_database_open (uri, FALSE, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);

  database = bb_database_open_or_read_only (uri, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (bb_database_is_read_only (database));
  g_object_get (database, "read-only", &read_only, NULL);
  g_assert_true (read_only);
  g_assert_cmpstr (bb_database_get_read_only_reason (database), ==, "It was opened for reading only.");
  g_assert_cmpint (bb_test_query_int (database, "SELECT count(*) FROM notes"), ==, 1);
  g_assert_false (save_note (database, "refused", &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_READ_ONLY);
  g_clear_object (&database);
  g_clear_error (&error);

  /* A writable file opens as ever. */
  database = bb_database_open_or_read_only (fixture->path, FALSE, &error);
  g_assert_no_error (error);
  g_assert_false (bb_database_is_read_only (database));
  g_assert_null (bb_database_get_read_only_reason (database));
  g_clear_object (&database);

  /* Something else wrong is still an error. */
  database = bb_database_open_or_read_only ("/nonexistent-folder/x.db", FALSE, &error);
  g_assert_null (database);
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NO_FOLDER);
}

static void
test_locked (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *other = NULL;

  g_assert_cmpint (sqlite3_open (fixture->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);

  bb_database_set_busy_timeout (fixture->database, 50);
  g_assert_false (save_note (fixture->database, "waiting", &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_BUSY);
  assert_nothing_left_open (fixture);

  g_assert_cmpint (sqlite3_exec (other, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  g_assert_true (save_note (fixture->database, "waiting", NULL));
  g_assert_cmpint (count_from_outside (fixture), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  bb_test_fault_vfs_install ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/database-faults/full", test_full);
  ADD ("/database-faults/io-error", test_io_error);
  ADD ("/database-faults/no-memory", test_no_memory);
  ADD ("/database-faults/ended-inside-savepoint", test_ended_inside_savepoint);
  ADD ("/database-faults/read-only-fallback", test_read_only_fallback);
  ADD ("/database-faults/locked", test_locked);
#undef ADD

  return g_test_run ();
}
