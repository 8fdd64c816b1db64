/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <glib/gstdio.h>
#include <sys/stat.h>

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/database/open/fresh", test_fresh_database);
  g_test_add_func ("/database/open/missing-folder", test_missing_folder);
  ADD ("/database/open/garbage", test_garbage_file);
  ADD ("/database/open/newer", test_newer_database);
  ADD ("/database/open/read-only", test_read_only);
  ADD ("/database/changed/domain", test_changed_carries_domain);
  ADD ("/database/transactions/pre-commit-hook", test_pre_commit_hook);
  ADD ("/database/transactions/nested", test_nested_transactions);
  ADD ("/database/jobs/second-connection", test_job_on_second_connection);
#undef ADD

  return g_test_run ();
}
