/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "bb-file.h"

typedef struct
{
  char *folder;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("bb-test-file-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        remove_folder (path);
      else
        g_unlink (path);
    }

  g_rmdir (folder);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_folder (fixture->folder);
  g_free (fixture->folder);
}

static char *
fixture_path (Fixture    *fixture,
              const char *name)
{
  return g_build_filename (fixture->folder, name, NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in the folder, sorted and joined by spaces: what a user would see. */
static char *
list_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

/* Writes @user_data (a string) in small pieces, as the exports do. */
static gboolean
write_text (GOutputStream  *stream,
            gpointer        user_data,
            GError        **error)
{
  const char *text = user_data;
  gsize length = strlen (text);

  for (gsize done = 0; done < length; done += 100)
    if (!g_output_stream_write_all (stream, text + done, MIN (100, length - done), NULL, NULL, error))
      return FALSE;

  return TRUE;
}

/* Writes half, then fails as a writer does on a value it cannot take. */
static gboolean
write_then_fail (GOutputStream  *stream,
                 gpointer        user_data,
                 GError        **error)
{
  if (!g_output_stream_write_all (stream, "half of it", 10, NULL, NULL, error))
    return FALSE;

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "the writer gave up");
  return FALSE;
}

static gboolean
replace_path (const char  *path,
              BbWriteFunc  write,
              gpointer     user_data,
              GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return bb_file_replace (file, write, user_data, error);
}

static void
test_new_file_is_private (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "tilbud.csv");
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;
  mode_t saved_umask = umask (022);

  g_assert_true (replace_path (path, write_text, (gpointer) "Ungeenheden;Mette;22 33 44 55", &error));
  g_assert_no_error (error);
  umask (saved_umask);

  /* Names and phone numbers: for the user alone, whatever the umask lets others read. */
  g_assert_cmpuint (file_mode (path), ==, 0600);
  contents = read_file (path);
  g_assert_cmpstr (contents, ==, "Ungeenheden;Mette;22 33 44 55");
  listing = list_folder (fixture->folder);
  g_assert_cmpstr (listing, ==, "tilbud.csv");
}

static void
test_replace_keeps_mode (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "tilbud.csv");
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);

  g_assert_true (replace_path (path, write_text, (gpointer) "new", &error));
  g_assert_no_error (error);

  /* The user chose who may read this file; a new export does not change that. */
  g_assert_cmpuint (file_mode (path), ==, 0640);
  contents = read_file (path);
  g_assert_cmpstr (contents, ==, "new");
  listing = list_folder (fixture->folder);
  g_assert_cmpstr (listing, ==, "tilbud.csv");
}

static void
test_symbolic_link_written_through (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autofree char *shared = fixture_path (fixture, "shared");
  g_autofree char *target = g_build_filename (shared, "tilbud.csv", NULL);
  g_autofree char *link = fixture_path (fixture, "link.csv");
  g_autofree char *dangling = fixture_path (fixture, "dangling.csv");
  g_autofree char *dangling_target = g_build_filename (shared, "new.csv", NULL);
  g_autofree char *link_target = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_cmpint (g_mkdir (shared, 0700), ==, 0);
  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_cmpint (g_chmod (target, 0644), ==, 0);
  /* Relative, as a user makes them with ln -s. */
  g_assert_cmpint (symlink ("shared/tilbud.csv", link), ==, 0);

  g_assert_true (replace_path (link, write_text, (gpointer) "new", &error));
  g_assert_no_error (error);

  /* The link stays a link to the same file, which now holds the export. */
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  link_target = g_file_read_link (link, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (link_target, ==, "shared/tilbud.csv");
  contents = read_file (target);
  g_assert_cmpstr (contents, ==, "new");
  g_assert_cmpuint (file_mode (target), ==, 0644);

  /* A link to a file not there yet creates that file. */
  g_assert_cmpint (symlink (dangling_target, dangling), ==, 0);
  g_assert_true (replace_path (dangling, write_text, (gpointer) "fresh", &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (dangling, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_clear_pointer (&contents, g_free);
  contents = read_file (dangling_target);
  g_assert_cmpstr (contents, ==, "fresh");
  g_assert_cmpuint (file_mode (dangling_target), ==, 0600);
}

static void
test_failed_write_leaves_nothing (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *existing = fixture_path (fixture, "tilbud.csv");
  g_autofree char *fresh = fixture_path (fixture, "nyt.csv");
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (existing, "original", -1, NULL));

  g_assert_false (replace_path (existing, write_then_fail, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  g_assert_false (replace_path (fresh, write_then_fail, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);

  contents = read_file (existing);
  g_assert_cmpstr (contents, ==, "original");
  listing = list_folder (fixture->folder);
  g_assert_cmpstr (listing, ==, "tilbud.csv");
}

/* A full disk, as a file size limit makes one: the write fails with EFBIG. */
static void
test_full_disk (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *existing = fixture_path (fixture, "tilbud.csv");
  g_autofree char *fresh = fixture_path (fixture, "nyt.csv");
  g_autofree char *big = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GError) existing_error = NULL;
  g_autoptr(GError) fresh_error = NULL;
  struct rlimit saved;
  struct rlimit limit;
  void (*saved_handler) (int);

  big = g_strnfill (8192, 'x');
  g_assert_true (g_file_set_contents (existing, "original", -1, NULL));

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limit = saved;
  limit.rlim_cur = 1024;
  saved_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  replace_path (existing, write_text, big, &existing_error);
  replace_path (fresh, write_text, big, &fresh_error);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, saved_handler);

  /* Said in words, not "File too large". */
  g_assert_error (existing_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_true (g_str_has_prefix (existing_error->message, "The disk is full"));
  g_assert_error (fresh_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);

  /* The old file as it was, no new one and no temporary file. */
  contents = read_file (existing);
  g_assert_cmpstr (contents, ==, "original");
  listing = list_folder (fixture->folder);
  g_assert_cmpstr (listing, ==, "tilbud.csv");
}

/* ---- the program under a file size limit ----------------------------- */

typedef struct
{
  rlim_t limit;
} ChildLimit;

static void
limit_child (gpointer user_data)
{
  ChildLimit *child = user_data;
  struct rlimit limit = { child->limit, child->limit };

  /* What a shell with ulimit -f gives: the signal that kills, unless the program
   * ignores it itself (an ignored signal would stay ignored across exec). */
  signal (SIGXFSZ, SIG_DFL);
  if (child->limit != RLIM_INFINITY)
    setrlimit (RLIMIT_FSIZE, &limit);
}

static int
run_brobygger (const char  *folder,
               rlim_t       limit,
               char       **err_out,
               ...)
{
  const char *program = g_getenv ("BB_PROGRAM");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  ChildLimit child = { limit };
  const char *arg;
  va_list args;
  int status;

  g_ptr_array_add (argv, (gpointer) program);
  va_start (args, err_out);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* Its report on stdout would land among the test's TAP lines. */
  g_spawn_sync (folder, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                limit_child, &child, NULL, err_out, &status, &error);
  g_assert_no_error (error);

  /* Killed by SIGXFSZ is a failure of the test, not an exit status. */
  g_assert_false (WIFSIGNALED (status));
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_command_line_size_limit (Fixture       *fixture,
                              gconstpointer  data)
{
  const char *program = g_getenv ("BB_PROGRAM");
  g_autofree char *csv = fixture_path (fixture, "tilbud.csv");
  g_autofree char *database = fixture_path (fixture, "brobygger.db");
  g_autofree char *limited_database = fixture_path (fixture, "limited.db");
  g_autofree char *export = fixture_path (fixture, "eksport.csv");
  g_autofree char *listing = NULL;
  g_autofree char *err = NULL;
  GString *rows = g_string_new ("title;provider;description\n");

  if (program == NULL || !g_file_test (program, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("BB_PROGRAM does not name the built src/brobygger");
      g_string_free (rows, TRUE);
      return;
    }

  /* About 150 KB of catalogue. */
  for (guint i = 0; i < 400; i++)
    g_string_append_printf (rows,
                            "Tilbud nummer %u;Ungeenheden;En beskrivelse der fylder, så eksporten "
                            "bliver større end grænsen for filstørrelse: %u, og lidt til for god ordens skyld, "
                            "så hver linje når et par hundrede bytes i alt.\n",
                            i, i);
  g_assert_true (g_file_set_contents (csv, rows->str, rows->len, NULL));
  g_string_free (rows, TRUE);

  g_assert_cmpint (run_brobygger (fixture->folder, RLIM_INFINITY, &err,
                                  "--database", database, "--import-offers", csv, NULL), ==, 0);
  g_clear_pointer (&err, g_free);

  /* Reading the database fits under 96 KB (its -shm file is 32 KB); the export does not. */
  g_assert_cmpint (run_brobygger (fixture->folder, 96 * 1024, &err,
                                  "--database", database, "--export-offers", export, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "The disk is full"));
  g_assert_false (g_file_test (export, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);

  /* An import that does not fit: SQLite's "disk I/O error" in words too. */
  g_assert_cmpint (run_brobygger (fixture->folder, 96 * 1024, &err,
                                  "--database", limited_database, "--import-offers", csv, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "The disk is full"));

  listing = list_folder (fixture->folder);
  g_assert_cmpstr (listing, ==, "brobygger.db limited.db tilbud.csv");
}


static char *
checksum_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* The database of another program, named by mistake: left as it was. */
static void
test_command_line_foreign_database (Fixture       *fixture,
                                    gconstpointer  data)
{
  const char *program = g_getenv ("BB_PROGRAM");
  g_autofree char *other = fixture_path (fixture, "places.sqlite");
  g_autofree char *export = fixture_path (fixture, "eksport.csv");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *err = NULL;
  sqlite3 *db = NULL;

  if (program == NULL || !g_file_test (program, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("BB_PROGRAM does not name the built src/brobygger");
      return;
    }

  /* As most programs leave their files: a table, a rollback journal, user_version 0. */
  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE bookmarks (url TEXT);"
                                     "INSERT INTO bookmarks VALUES ('https://example.org');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  before = checksum_file (other);

  g_assert_cmpint (run_brobygger (fixture->folder, RLIM_INFINITY, &err,
                                  "--database", other, "--export-offers", export, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "is a database of another program"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_brobygger (fixture->folder, RLIM_INFINITY, &err,
                                  "--database", other, "--import-offers", export, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "is a database of another program"));

  /* The same bytes, no Brobygger tables, no -wal file, no export. */
  after = checksum_file (other);
  g_assert_cmpstr (before, ==, after);
  listing = list_folder (fixture->folder);
  g_assert_cmpstr (listing, ==, "places.sqlite");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/file/replace/new-is-private", test_new_file_is_private);
  ADD ("/file/replace/keeps-mode", test_replace_keeps_mode);
  ADD ("/file/replace/symbolic-link", test_symbolic_link_written_through);
  ADD ("/file/replace/failed-write", test_failed_write_leaves_nothing);
  ADD ("/file/replace/full-disk", test_full_disk);
  ADD ("/file/command-line/size-limit", test_command_line_size_limit);
  ADD ("/file/command-line/foreign-database", test_command_line_foreign_database);
#undef ADD

  return g_test_run ();
}
