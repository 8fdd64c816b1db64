/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bb-database.h"
#include "bb-sql.h"
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
  /* Kept apart from the database: some tests close it and open the file again. */
  fixture->path = g_strdup (bb_database_get_path (fixture->database));
  g_assert_cmpint (sqlite3_exec (bb_database_get_handle (fixture->database),
                                 "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->folder);
}

static char *
pragma_text (BbDatabase *database,
             const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (bb_database_get_handle (database), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static void
test_fresh_database (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *default_path = bb_database_dup_default_path ();
  g_autofree char *default_folder = g_path_get_dirname (default_path);
  g_autofree char *journal_mode = pragma_text (fixture->database, "PRAGMA journal_mode");
  g_autoptr(BbDatabase) default_database = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* The default place: our own folder, made private. */
  default_database = bb_database_open (default_path, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (default_folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (default_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_cmpstr (journal_mode, ==, "wal");
  g_assert_cmpint (bb_test_query_int (fixture->database, "PRAGMA synchronous"), ==, 2);
  g_assert_cmpint (bb_test_query_int (fixture->database, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (bb_test_query_int (fixture->database, "PRAGMA secure_delete"), ==, 1);
  g_assert_cmpint (bb_test_query_int (fixture->database, "PRAGMA trusted_schema"), ==, 0);
  g_assert_cmpint (bb_test_query_int (fixture->database, "PRAGMA busy_timeout"), >=, 5000);
  g_assert_cmpint (bb_test_query_int (fixture->database, "PRAGMA user_version"), ==, bb_database_get_schema_version ());
  g_assert_cmpint (bb_database_get_schema_version (), >=, 2);
}

static void
test_missing_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = NULL;

  database = bb_database_open ("/nonexistent-folder/brobygger.db", FALSE, &error);
  g_assert_null (database);
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NO_FOLDER);
  g_assert_nonnull (strstr (error->message, "/nonexistent-folder"));
}

static char *
checksum_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
test_garbage_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->folder, "garbage.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = NULL;
  GString *garbage = g_string_new (NULL);

  for (guint i = 0; i < 8192; i++)
    g_string_append_c (garbage, (char) g_test_rand_int_range (0, 256));
  g_assert_true (g_file_set_contents (path, garbage->str, garbage->len, NULL));
  g_string_free (garbage, TRUE);
  before = checksum_file (path);

  database = bb_database_open (path, FALSE, &error);
  g_assert_null (database);
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_CORRUPT);

  after = checksum_file (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_newer_database (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *set_version = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = NULL;

  set_version = g_strdup_printf ("PRAGMA user_version = %d", bb_database_get_schema_version () + 1);
  g_assert_cmpint (sqlite3_exec (bb_database_get_handle (fixture->database), set_version, NULL, NULL, NULL), ==, SQLITE_OK);
  g_clear_object (&fixture->database);
  before = checksum_file (fixture->path);

  database = bb_database_open (fixture->path, FALSE, &error);
  g_assert_null (database);
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version"));

  after = checksum_file (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = NULL;

  g_clear_object (&fixture->database);
  uri = g_strdup_printf ("file:%s?mode=ro", fixture->path);

  database = bb_database_open (uri, FALSE, &error);
  g_assert_null (database);
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_READ_ONLY);
}


static void
insert_note (BbDatabase *database,
             const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbStatement) stmt = bb_database_prepare (database, "INSERT INTO notes (text) VALUES (?1)", &error);

  g_assert_no_error (error);
  bb_sql_bind_text (stmt, 1, text);
  g_assert_true (bb_database_step_done (database, stmt, &error));
  g_assert_no_error (error);
}

static void
count_domain (BbDatabase *database,
              const char *domain,
              GPtrArray  *seen)
{
  g_ptr_array_add (seen, g_strdup (domain));
}

static void
test_changed_carries_domain (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) offers_only = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  g_signal_connect (fixture->database, "changed", G_CALLBACK (count_domain), all);
  g_signal_connect (fixture->database, "changed::offers", G_CALLBACK (count_domain), offers_only);

  /* Noted twice and once more by another domain: each emitted once, after COMMIT. */
  g_assert_true (bb_database_begin (fixture->database, &error));
  insert_note (fixture->database, "a");
  bb_database_notify (fixture->database, "lists");
  bb_database_notify (fixture->database, "lists");
  bb_database_notify (fixture->database, "offers");
  g_assert_cmpuint (all->len, ==, 0);
  g_assert_true (bb_database_commit (fixture->database, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (all->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (all, 0), ==, "lists");
  g_assert_cmpstr (g_ptr_array_index (all, 1), ==, "offers");
  g_assert_cmpuint (offers_only->len, ==, 1);

  /* A write to the lists alone reaches no handler of the offers. */
  g_assert_true (bb_database_begin (fixture->database, &error));
  bb_database_notify (fixture->database, "lists");
  g_assert_true (bb_database_commit (fixture->database, &error));
  g_assert_cmpuint (all->len, ==, 3);
  g_assert_cmpuint (offers_only->len, ==, 1);

  /* A rolled-back transaction announces nothing. */
  g_assert_true (bb_database_begin (fixture->database, &error));
  bb_database_notify (fixture->database, "offers");
  bb_database_rollback (fixture->database);
  g_assert_cmpuint (all->len, ==, 3);
  g_assert_false (bb_database_in_transaction (fixture->database));
}

typedef struct
{
  guint    calls;
  gboolean fail;
  gboolean saw_transaction;
} HookState;

static gboolean
note_hook (BbDatabase  *database,
           gpointer     user_data,
           GError     **error)
{
  HookState *state = user_data;

  state->calls++;
  /* Inside the transaction: its write is part of what commits or rolls back. */
  state->saw_transaction = !sqlite3_get_autocommit (bb_database_get_handle (database));
  insert_note (database, "written by the hook");

  if (state->fail)
    {
      g_set_error_literal (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_FAILED, "hook failed");
      return FALSE;
    }

  return TRUE;
}

static void
test_pre_commit_hook (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HookState state = { 0, FALSE, FALSE };
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  guint hook;

  hook = bb_database_add_pre_commit_hook (fixture->database, note_hook, &state, NULL);
  g_signal_connect (fixture->database, "changed", G_CALLBACK (count_domain), seen);

  g_assert_true (bb_database_begin (fixture->database, &error));
  insert_note (fixture->database, "mine");
  g_assert_true (bb_database_commit (fixture->database, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (state.calls, ==, 1);
  g_assert_true (state.saw_transaction);
  g_assert_cmpint (bb_database_query_int64 (fixture->database, "SELECT count(*) FROM notes", NULL), ==, 2);

  /* A failing hook takes the whole transaction with it. */
  state.fail = TRUE;
  g_assert_true (bb_database_begin (fixture->database, &error));
  insert_note (fixture->database, "lost");
  bb_database_notify (fixture->database, "offers");
  g_assert_false (bb_database_commit (fixture->database, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (bb_database_in_transaction (fixture->database));
  g_assert_cmpint (bb_database_query_int64 (fixture->database, "SELECT count(*) FROM notes", NULL), ==, 2);
  g_assert_cmpuint (seen->len, ==, 0);

  /* Removed, it runs no more. */
  bb_database_remove_pre_commit_hook (fixture->database, hook);
  g_assert_true (bb_database_begin (fixture->database, &error));
  insert_note (fixture->database, "after");
  g_assert_true (bb_database_commit (fixture->database, &error));
  g_assert_cmpuint (state.calls, ==, 2);
  g_assert_cmpint (bb_database_query_int64 (fixture->database, "SELECT count(*) FROM notes", NULL), ==, 3);
}

static void
test_nested_transactions (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HookState state = { 0, FALSE, FALSE };

  bb_database_add_pre_commit_hook (fixture->database, note_hook, &state, NULL);

  g_assert_true (bb_database_begin (fixture->database, &error));
  insert_note (fixture->database, "outer");

  /* An inner level rolled back loses only its own rows. */
  g_assert_true (bb_database_begin (fixture->database, &error));
  insert_note (fixture->database, "inner, undone");
  bb_database_rollback (fixture->database);
  g_assert_true (bb_database_in_transaction (fixture->database));

  /* An inner commit is a savepoint released: no hook yet, nothing visible outside. */
  g_assert_true (bb_database_begin (fixture->database, &error));
  insert_note (fixture->database, "inner, kept");
  g_assert_true (bb_database_commit (fixture->database, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (state.calls, ==, 0);
  g_assert_true (bb_database_in_transaction (fixture->database));

  g_assert_true (bb_database_commit (fixture->database, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (state.calls, ==, 1);
  g_assert_false (bb_database_in_transaction (fixture->database));
  g_assert_cmpint (bb_database_query_int64 (fixture->database,
                                            "SELECT count(*) FROM notes WHERE text != 'written by the hook'",
                                            NULL), ==, 2);
  g_assert_cmpint (bb_database_query_int64 (fixture->database,
                                            "SELECT count(*) FROM notes WHERE text = 'inner, undone'",
                                            NULL), ==, 0);
}

typedef struct
{
  GThread *main_thread;
  GThread *job_thread;
  gint64   seen_rows;
} JobState;

static gboolean
count_and_write_job (BbDatabase    *connection,
                     gpointer       job_data,
                     GCancellable  *cancellable,
                     GError       **error)
{
  JobState *state = job_data;

  state->job_thread = g_thread_self ();
  state->seen_rows = bb_database_query_int64 (connection, "SELECT count(*) FROM notes", error);
  if (state->seen_rows < 0 || !bb_database_begin (connection, error))
    return FALSE;

  insert_note (connection, "from the job");
  bb_database_notify (connection, "offers");
  return bb_database_commit (connection, error);
}

static void
on_job_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_job_on_second_connection (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  JobState state = { g_thread_self (), NULL, -1 };
  GAsyncResult *result = NULL;

  g_assert_true (bb_database_begin (fixture->database, &error));
  insert_note (fixture->database, "committed before the job");
  g_assert_true (bb_database_commit (fixture->database, &error));

  g_signal_connect (fixture->database, "changed::offers", G_CALLBACK (count_domain), seen);
  bb_database_run_job_async (fixture->database, count_and_write_job, &state, NULL,
                             NULL, on_job_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  /* The callback came here, on the main thread; the work ran elsewhere. */
  g_assert_true (g_thread_self () == state.main_thread);
  g_assert_true (state.job_thread != state.main_thread);
  g_assert_cmpuint (seen->len, ==, 0);
  g_assert_true (bb_database_run_job_finish (fixture->database, result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);

  /* It saw what was committed, and what it committed is seen here and announced. */
  g_assert_cmpint (state.seen_rows, ==, 1);
  g_assert_cmpint (bb_database_query_int64 (fixture->database, "SELECT count(*) FROM notes", NULL), ==, 2);
  g_assert_cmpuint (seen->len, ==, 1);
}


/* ---- whose file it is ------------------------------------------------ */

/* A file as another program leaves it, with SQLite's default rollback journal. */
static void
create_sqlite_file (const char *path,
                    const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Names in @folder other than the fixture's own database, joined by spaces. */
static char *
list_other_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GString *listing = g_string_new (NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_has_prefix (name, "brobygger.db"))
      g_ptr_array_add (names, (gpointer) name);
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (listing, "%s%s", i > 0 ? " " : "", (char *) g_ptr_array_index (names, i));

  return g_string_free (listing, FALSE);
}

static void
assert_refused_unchanged (Fixture    *fixture,
                          const char *name,
                          int         code)
{
  g_autofree char *path = g_build_filename (fixture->folder, name, NULL);
  g_autofree char *before = checksum_file (path);
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) read_error = NULL;
  g_autoptr(BbDatabase) database = NULL;
  g_autoptr(BbDatabase) reading = NULL;

  database = bb_database_open (path, FALSE, &error);
  g_assert_null (database);
  g_assert_error (error, BB_DATABASE_ERROR, code);
  reading = bb_database_open_read_only (path, &read_error);
  g_assert_null (reading);
  g_assert_error (read_error, BB_DATABASE_ERROR, code);
  g_assert_cmpstr (read_error->message, ==, error->message);

  after = checksum_file (path);
  g_assert_cmpstr (before, ==, after);
  /* Not switched to WAL, no journal either. */
  listing = list_other_files (fixture->folder);
  g_assert_cmpstr (listing, ==, name);
  g_remove (path);
}

static void
test_foreign_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->folder, "other.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = NULL;

  /* Any table, no version, no id: as most programs leave their files. */
  create_sqlite_file (path, "CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('https://example.org');");
  database = bb_database_open (path, FALSE, &error);
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_FOREIGN);
  g_assert_nonnull (strstr (error->message, "other.sqlite"));
  g_assert_nonnull (strstr (error->message, "not been changed"));
  g_clear_error (&error);
  assert_refused_unchanged (fixture, "other.sqlite", BB_DATABASE_ERROR_FOREIGN);

  /* Another program's id, even on tables that look like ours. */
  create_sqlite_file (path,
                      "CREATE TABLE offers (id INTEGER); CREATE TABLE providers (id INTEGER);"
                      "PRAGMA user_version = 1; PRAGMA application_id = 1196444237;");
  assert_refused_unchanged (fixture, "other.sqlite", BB_DATABASE_ERROR_FOREIGN);

  /* A version of another program's own, and none of our tables. */
  create_sqlite_file (path, "CREATE TABLE settings (key TEXT); PRAGMA user_version = 2;");
  assert_refused_unchanged (fixture, "other.sqlite", BB_DATABASE_ERROR_FOREIGN);
}

static void
test_negative_version (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->folder, "damaged.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = NULL;

  create_sqlite_file (path, "CREATE TABLE offers (id INTEGER); CREATE TABLE providers (id INTEGER);"
                            "PRAGMA user_version = -7;");

  /* Refused with a message, not a silent FALSE the window cannot show. */
  database = bb_database_open (path, FALSE, &error);
  g_assert_null (database);
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "damaged or is not a Brobygger database"));
  g_assert_nonnull (strstr (error->message, "-7"));
  g_clear_error (&error);

  assert_refused_unchanged (fixture, "damaged.db", BB_DATABASE_ERROR_CORRUPT);
}

static void
test_application_id (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) reading = NULL;
  g_autoptr(BbDatabase) database = NULL;

  /* "BROB" on every file Brobygger makes. */
  g_assert_cmpint (bb_test_query_int (fixture->database, "PRAGMA application_id"), ==, 0x42524F42);
  g_assert_cmpint (BB_DATABASE_APPLICATION_ID, ==, 0x42524F42);

  /* A file of an older Brobygger: a version and our tables, no id. */
  g_assert_cmpint (sqlite3_exec (bb_database_get_handle (fixture->database),
                                 "PRAGMA application_id = 0", NULL, NULL, NULL), ==, SQLITE_OK);
  g_clear_object (&fixture->database);
  before = checksum_file (fixture->path);

  /* Read, it stays as it was... */
  reading = bb_database_open_read_only (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bb_test_query_int (reading, "SELECT count(*) FROM notes"), ==, 0);
  g_clear_object (&reading);
  after = checksum_file (fixture->path);
  g_assert_cmpstr (before, ==, after);

  /* ...opened to be written, it is marked ours. */
  database = bb_database_open (fixture->path, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bb_test_query_int (database, "PRAGMA application_id"), ==, BB_DATABASE_APPLICATION_ID);
  g_assert_false (bb_database_is_new (database));
}

static gboolean
never_run_job (BbDatabase    *connection,
               gpointer       job_data,
               GCancellable  *cancellable,
               GError       **error)
{
  g_assert_not_reached ();
}

static void
test_read_only_open (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->folder, "missing.db", NULL);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = NULL;
  GAsyncResult *result = NULL;

  insert_note (fixture->database, "kept");
  g_clear_object (&fixture->database);
  before = checksum_file (fixture->path);

  database = bb_database_open_read_only (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (bb_database_is_read_only (database));
  g_assert_cmpint (bb_test_query_int (database, "SELECT count(*) FROM notes"), ==, 1);

  /* Nothing can be written: not through a transaction, a job, nor straight SQL. */
  g_assert_false (bb_database_begin (database, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpint (sqlite3_exec (bb_database_get_handle (database), "INSERT INTO notes (text) VALUES ('no')",
                                 NULL, NULL, NULL), ==, SQLITE_READONLY);
  bb_database_run_job_async (database, never_run_job, NULL, NULL, NULL, on_job_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (bb_database_run_job_finish (database, result, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_clear_object (&result);
  g_clear_object (&database);

  /* The same bytes, and no -wal or -shm left beside them. */
  after = checksum_file (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  listing = list_other_files (fixture->folder);
  g_assert_cmpstr (listing, ==, "");
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));

  /* A database that is not there is not made. */
  database = bb_database_open_read_only (missing, &error);
  g_assert_null (database);
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* ---- errors in words ------------------------------------------------- */

static gint64
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? st.st_size : 0;
}

static void
test_full_disk (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *big = g_strnfill (1024 * 1024, 'x');
  g_autoptr(GError) error = NULL;
  struct rlimit saved;
  struct rlimit limit;
  void (*saved_handler) (int);
  gboolean ok;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limit = saved;
  limit.rlim_cur = MAX (file_size (fixture->path), file_size (wal)) + 64 * 1024;
  saved_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  /* SQLite says "disk I/O error" (SQLITE_IOERR_WRITE, errno EFBIG). */
  ok = bb_database_begin (fixture->database, &error);
  if (ok)
    {
      insert_note (fixture->database, big);
      ok = bb_database_commit (fixture->database, &error);
    }

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, saved_handler);

  g_assert_false (ok);
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_FULL);
  g_assert_true (g_str_has_prefix (error->message, "The disk is full, so nothing was saved ("));
  g_clear_error (&error);

  /* Nothing of it was kept, and with room again the database works. */
  g_assert_false (bb_database_in_transaction (fixture->database));
  g_assert_cmpint (bb_database_query_int64 (fixture->database, "SELECT count(*) FROM notes", NULL), ==, 0);
  insert_note (fixture->database, "after");

  /* SQLite's own code for it says the same. */
  bb_database_set_error_from_code (&error, SQLITE_FULL, "database or disk is full");
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_FULL);
}

/* The child of test_busy: holds the write lock of @path until its stdin closes. */
static int
hold_lock (const char *path,
           const char *name)
{
  sqlite3 *db = NULL;
  char buffer[16];

  /* What /proc/PID/comm shows of it. */
  prctl (PR_SET_NAME, name, 0, 0, 0);

  if (sqlite3_open (path, &db) != SQLITE_OK ||
      sqlite3_exec (db, "BEGIN IMMEDIATE; INSERT INTO notes (text) VALUES ('held')", NULL, NULL, NULL) != SQLITE_OK)
    return 1;

  printf ("locked\n");
  fflush (stdout);
  while (fread (buffer, 1, sizeof buffer, stdin) > 0)
    ;

  sqlite3_close (db);
  return 0;
}

static char *
busy_message (Fixture    *fixture,
              const char *holder_name,
              GPid       *pid_out)
{
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);
  const char *argv[] = { self_path, "--hold-lock", fixture->path, holder_name, NULL };
  g_autoptr(GError) error = NULL;
  char line[16] = "";
  int in_fd;
  int out_fd;
  FILE *out;
  char *message;

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            pid_out, &in_fd, &out_fd, NULL, &error);
  g_assert_no_error (error);
  out = fdopen (out_fd, "r");
  g_assert_nonnull (fgets (line, sizeof line, out));
  g_assert_cmpstr (line, ==, "locked\n");

  /* Not the ten seconds a window waits. */
  sqlite3_busy_timeout (bb_database_get_handle (fixture->database), 100);
  g_assert_false (bb_database_begin (fixture->database, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_BUSY);
  message = g_strdup (error->message);

  close (in_fd);
  fclose (out);
  waitpid (*pid_out, NULL, 0);
  g_spawn_close_pid (*pid_out);
  return message;
}

static void
test_busy (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *program = NULL;
  g_autofree char *window = NULL;
  g_autofree char *expected = NULL;
  GPid pid;

  /* Who holds it, found from the lock itself. */
  program = busy_message (fixture, "sqlite3", &pid);
  expected = g_strdup_printf ("The database is busy in another program (sqlite3, process %d).", pid);
  g_assert_cmpstr (program, ==, expected);

  window = busy_message (fixture, "brobygger", &pid);
  g_assert_cmpstr (window, ==, "The database is busy in another Brobygger window.");

  /* Once it is let go, the same connection writes. */
  g_assert_true (bb_database_begin (fixture->database, NULL));
  insert_note (fixture->database, "mine");
  g_assert_true (bb_database_commit (fixture->database, NULL));
}

/* ---- text ------------------------------------------------------------ */

static void
test_checked_text (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbStatement) stmt = bb_database_prepare (fixture->database, "INSERT INTO notes (text) VALUES (?1)", &error);
  const char with_nul[] = "a\0b";

  /* A NUL inside a value given with its length. */
  g_assert_false (bb_sql_bind_checked_text_len (stmt, 1, "Description", with_nul, sizeof with_nul - 1, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“Description”"));
  g_clear_error (&error);

  /* A lone surrogate (U+D800) as an HSDS \ud800 escape becomes, and broken UTF-8. */
  g_assert_false (bb_sql_bind_checked_text (stmt, 1, "Description", "ab\xed\xa0\x80" "c", &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (bb_sql_bind_checked_text (stmt, 1, "Title", "caf\xe9", &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“Title”"));
  g_clear_error (&error);

  /* Åben rådgivning: 17 bytes of the longer text. */
  g_assert_true (bb_sql_bind_checked_text_len (stmt, 1, "Title", "Åben rådgivning, og mere", 17, &error));
  g_assert_no_error (error);
  g_assert_true (bb_database_step_done (fixture->database, stmt, &error));
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count(*) FROM notes"), ==, 1);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count(*) FROM notes WHERE text = 'Åben rådgivning'"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--hold-lock"))
    return hold_lock (argv[2], argv[3]);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/database/open/fresh", test_fresh_database);
  g_test_add_func ("/database/open/missing-folder", test_missing_folder);
  ADD ("/database/open/garbage", test_garbage_file);
  ADD ("/database/open/newer", test_newer_database);
  ADD ("/database/open/read-only", test_read_only);
  ADD ("/database/open/foreign", test_foreign_file);
  ADD ("/database/open/negative-version", test_negative_version);
  ADD ("/database/open/application-id", test_application_id);
  ADD ("/database/open/for-reading", test_read_only_open);
  ADD ("/database/errors/full-disk", test_full_disk);
  ADD ("/database/errors/busy", test_busy);
  ADD ("/database/text/checked", test_checked_text);
  ADD ("/database/changed/domain", test_changed_carries_domain);
  ADD ("/database/transactions/pre-commit-hook", test_pre_commit_hook);
  ADD ("/database/transactions/nested", test_nested_transactions);
  ADD ("/database/jobs/second-connection", test_job_on_second_connection);
#undef ADD

  return g_test_run ();
}
