/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Start-up without a check of the whole file: opening reads a few pages whatever the
 * size, and the full check runs in the background after an unclean end or once a
 * week, telling the window when it finds damage. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "bb-backup.h"
#include "bb-check.h"
#include "bb-test-safety.h"

/* ---- a VFS that counts what is read --------------------------------- */

static sqlite3_vfs counting_vfs;
static sqlite3_vfs *real_vfs;
static sqlite3_io_methods counting_methods;
static const sqlite3_io_methods *real_methods;
static gint bytes_read;

typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;
} CountingFile;

static int
counting_read (sqlite3_file *file,
               void         *buffer,
               int           amount,
               sqlite3_int64 offset)
{
  CountingFile *self = (CountingFile *) file;

  g_atomic_int_add (&bytes_read, amount);
  return self->real->pMethods->xRead (self->real, buffer, amount, offset);
}

#define FORWARD(name, signature, call) \
  static int counting_##name signature { CountingFile *self = (CountingFile *) file; return self->real->pMethods->name call; }
FORWARD (xClose, (sqlite3_file *file), (self->real))
FORWARD (xWrite, (sqlite3_file *file, const void *b, int n, sqlite3_int64 o), (self->real, b, n, o))
FORWARD (xTruncate, (sqlite3_file *file, sqlite3_int64 size), (self->real, size))
FORWARD (xSync, (sqlite3_file *file, int flags), (self->real, flags))
FORWARD (xFileSize, (sqlite3_file *file, sqlite3_int64 *size), (self->real, size))
FORWARD (xLock, (sqlite3_file *file, int lock), (self->real, lock))
FORWARD (xUnlock, (sqlite3_file *file, int lock), (self->real, lock))
FORWARD (xCheckReservedLock, (sqlite3_file *file, int *out), (self->real, out))
FORWARD (xFileControl, (sqlite3_file *file, int op, void *arg), (self->real, op, arg))
FORWARD (xSectorSize, (sqlite3_file *file), (self->real))
FORWARD (xDeviceCharacteristics, (sqlite3_file *file), (self->real))
FORWARD (xShmMap, (sqlite3_file *file, int page, int size, int extend, void volatile **p), (self->real, page, size, extend, p))
FORWARD (xShmLock, (sqlite3_file *file, int offset, int n, int flags), (self->real, offset, n, flags))
FORWARD (xShmUnmap, (sqlite3_file *file, int delete_flag), (self->real, delete_flag))
#undef FORWARD

static void
counting_xShmBarrier (sqlite3_file *file)
{
  CountingFile *self = (CountingFile *) file;

  self->real->pMethods->xShmBarrier (self->real);
}

static int
counting_close (sqlite3_file *file)
{
  CountingFile *self = (CountingFile *) file;
  int rc = counting_xClose (file);

  sqlite3_free (self->real);
  return rc;
}

static int
counting_open (sqlite3_vfs  *vfs,
               const char   *name,
               sqlite3_file *file,
               int           flags,
               int          *out_flags)
{
  CountingFile *self = (CountingFile *) file;
  int rc;

  self->real = sqlite3_malloc (real_vfs->szOsFile);
  memset (self->real, 0, real_vfs->szOsFile);
  rc = real_vfs->xOpen (real_vfs, name, self->real, flags, out_flags);
  if (rc != SQLITE_OK || self->real->pMethods == NULL)
    {
      sqlite3_free (self->real);
      self->base.pMethods = NULL;
      return rc;
    }

  if (real_methods == NULL)
    {
      real_methods = self->real->pMethods;
      counting_methods = *real_methods;
      counting_methods.iVersion = MIN (real_methods->iVersion, 2);
      counting_methods.xClose = counting_close;
      counting_methods.xRead = counting_read;
      counting_methods.xWrite = counting_xWrite;
      counting_methods.xTruncate = counting_xTruncate;
      counting_methods.xSync = counting_xSync;
      counting_methods.xFileSize = counting_xFileSize;
      counting_methods.xLock = counting_xLock;
      counting_methods.xUnlock = counting_xUnlock;
      counting_methods.xCheckReservedLock = counting_xCheckReservedLock;
      counting_methods.xFileControl = counting_xFileControl;
      counting_methods.xSectorSize = counting_xSectorSize;
      counting_methods.xDeviceCharacteristics = counting_xDeviceCharacteristics;
      counting_methods.xShmMap = counting_xShmMap;
      counting_methods.xShmLock = counting_xShmLock;
      counting_methods.xShmBarrier = counting_xShmBarrier;
      counting_methods.xShmUnmap = counting_xShmUnmap;
    }

  self->base.pMethods = &counting_methods;
  return SQLITE_OK;
}

static void
install_counting_vfs (void)
{
  real_vfs = sqlite3_vfs_find (NULL);
  counting_vfs = *real_vfs;
  counting_vfs.iVersion = MIN (real_vfs->iVersion, 3);
  counting_vfs.zName = "counting";
  counting_vfs.szOsFile = sizeof (CountingFile);
  counting_vfs.xOpen = counting_open;
  g_assert_cmpint (sqlite3_vfs_register (&counting_vfs, TRUE), ==, SQLITE_OK);
}

/* ---- fixtures -------------------------------------------------------- */

typedef struct
{
  char       *folder;
  char       *path;
  char       *marker;
  BbDatabase *database;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->database = bb_test_database_new (&fixture->folder);
  fixture->path = g_strdup (bb_database_get_path (fixture->database));
  fixture->marker = g_strconcat (fixture->path, ".open", NULL);
  bb_test_safety_fill (fixture->database, 200);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* A job's thread may hold the last reference for a moment after its callback:
   * the folder goes once the connection has closed wherever it closes. */
  if (fixture->database != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (fixture->database), (gpointer *) &fixture->database);
      g_object_unref (fixture->database);
    }
  while (g_atomic_pointer_get (&fixture->database) != NULL)
    g_thread_yield ();
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->marker);
}

/* A large database opens after reading a sliver of it: no quick_check or
 * integrity_check at open (before, the whole file was read). */
static void
test_open_reads_little (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = NULL;
  GStatBuf st;

  /* About 16 MB of rows. */
  g_assert_true (bb_database_exec (fixture->database,
                                   "CREATE TABLE filler (text TEXT);"
                                   "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000)"
                                   " INSERT INTO filler SELECT hex (randomblob (2000)) FROM n;",
                                   &error));
  g_assert_no_error (error);
  g_clear_object (&fixture->database);
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 10 * 1024 * 1024);

  g_atomic_int_set (&bytes_read, 0);
  database = bb_database_open (fixture->path, FALSE, &error);
  g_assert_no_error (error);
  g_test_message ("read %" G_GINT64_FORMAT " of %" G_GINT64_FORMAT " bytes at open",
                  (gint64) g_atomic_int_get (&bytes_read), (gint64) st.st_size);
  g_assert_cmpint (g_atomic_int_get (&bytes_read), <, st.st_size / 20);
  g_clear_object (&database);

  /* Read-only, for an export, too. */
  g_atomic_int_set (&bytes_read, 0);
  database = bb_database_open_read_only (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_atomic_int_get (&bytes_read), <, st.st_size / 20);
}

static void
on_damaged (BbDatabaseCheck *check,
            const char      *report,
            char           **out)
{
  g_free (*out);
  *out = g_strdup (report);
}

static void
on_run_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_database_check_run_finish (BB_DATABASE_CHECK (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
run_check (BbDatabaseCheck *check)
{
  gboolean done = FALSE;

  bb_database_check_run_async (check, 14, NULL, on_run_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* A clean close takes the marker away; a second window on the file is no crash. */
static void
test_marker (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(BbDatabaseCheck) first = bb_database_check_new (fixture->database);
  g_autoptr(BbDatabaseCheck) second = NULL;

  g_assert_true (g_file_test (fixture->marker, G_FILE_TEST_EXISTS));
  g_assert_false (bb_database_check_was_unclean (first));

  second = bb_database_check_new (fixture->database);
  g_assert_false (bb_database_check_was_unclean (second));

  /* The first window closes: the second still has the file. */
  g_clear_object (&first);
  g_assert_true (g_file_test (fixture->marker, G_FILE_TEST_EXISTS));
  g_clear_object (&second);
  g_assert_false (g_file_test (fixture->marker, G_FILE_TEST_EXISTS));

  first = bb_database_check_new (fixture->database);
  g_assert_false (bb_database_check_was_unclean (first));
}

/* A marker nobody holds is a session that ended without closing: the full check
 * runs in the background, and its day is kept. */
static void
test_unclean_shutdown (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(BbDatabaseCheck) check = NULL;
  g_autofree char *report = NULL;
  g_autofree char *last_check = g_build_filename (fixture->folder, "backups", "brobygger.db.last-check", NULL);
  g_autofree char *made = NULL;
  g_autoptr(GError) error = NULL;

  /* Today's backup exists, so what runs is the check itself. */
  made = bb_backup_make (fixture->database, 14, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (last_check, "2026-03-14T10:00:00Z", -1, NULL));

  g_assert_true (g_file_set_contents (fixture->marker, "", 0, NULL));
  check = bb_database_check_new (fixture->database);
  g_assert_true (bb_database_check_was_unclean (check));
  g_assert_true (bb_database_check_is_due (check));
  g_assert_false (bb_database_check_backup_is_due (check));
  g_signal_connect (check, "damaged", G_CALLBACK (on_damaged), &report);

  run_check (check);
  g_assert_null (report);
  g_assert_false (bb_database_check_is_due (check));
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (last_check, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "2026-03-15"));
  }

  g_clear_object (&check);
  g_assert_false (g_file_test (fixture->marker, G_FILE_TEST_EXISTS));
  check = bb_database_check_new (fixture->database);
  g_assert_false (bb_database_check_was_unclean (check));
  g_assert_false (bb_database_check_is_due (check));
}

/* Once a week after a clean close. */
static void
test_weekly (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->folder, "backups", NULL);
  g_autofree char *last_check = g_build_filename (folder, "brobygger.db.last-check", NULL);
  g_autoptr(BbDatabaseCheck) check = bb_database_check_new (fixture->database);

  g_assert_false (bb_database_check_was_unclean (check));
  /* Never checked. */
  g_assert_true (bb_database_check_is_due (check));

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (last_check, "2026-03-10T10:00:00Z", -1, NULL));
  g_assert_false (bb_database_check_is_due (check));
  g_assert_true (g_file_set_contents (last_check, "2026-03-08T10:00:00Z", -1, NULL));
  g_assert_true (bb_database_check_is_due (check));
}

/* Damage the open missed (a table's page) is found by the background check, and the
 * window is told; no backup is made of it. */
static void
test_damage_found (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(BbDatabaseCheck) check = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BbClock) clock = bb_test_clock_new ();
  g_autofree char *report = NULL;
  g_autoptr(GPtrArray) backups = NULL;

  g_clear_object (&fixture->database);
  bb_test_safety_damage_table (fixture->path, "providers");

  /* The open itself does not see it: it reads no table. */
  fixture->database = bb_database_open (fixture->path, FALSE, &error);
  g_assert_no_error (error);
  bb_database_set_clock (fixture->database, clock);

  g_assert_true (g_file_set_contents (fixture->marker, "", 0, NULL));
  check = bb_database_check_new (fixture->database);
  g_signal_connect (check, "damaged", G_CALLBACK (on_damaged), &report);
  run_check (check);

  g_assert_nonnull (report);
  g_test_message ("%s", report);
  g_assert_nonnull (strstr (report, "damaged"));
  backups = bb_backup_list (fixture->path);
  g_assert_cmpuint (backups->len, ==, 0);
  /* Still due: a damaged file is checked again next time. */
  g_assert_true (bb_database_check_is_due (check));
}

/* A newer schema is refused, the file untouched. */
static void
test_newer_schema (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", bb_database_get_schema_version () + 1);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = NULL;

  g_assert_true (bb_database_exec (fixture->database, sql, &error));
  g_clear_object (&fixture->database);
  before = bb_test_safety_checksum (fixture->path);

  bb_backup_install_migration_hook (14);
  database = bb_database_open (fixture->path, FALSE, &error);
  bb_database_set_migration_hook (NULL, NULL);
  g_assert_null (database);
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_TOO_NEW);
  after = bb_test_safety_checksum (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (g_file_test (fixture->marker, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  install_counting_vfs ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/startup/open-reads-little", test_open_reads_little);
  ADD ("/startup/marker", test_marker);
  ADD ("/startup/unclean-shutdown", test_unclean_shutdown);
  ADD ("/startup/weekly", test_weekly);
  ADD ("/startup/damage-found", test_damage_found);
  ADD ("/startup/newer-schema", test_newer_schema);
#undef ADD

  return g_test_run ();
}
