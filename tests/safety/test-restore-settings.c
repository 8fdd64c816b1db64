/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The headless --restore keeps as many backups as Preferences say (GSettings
 * "backup-count"), and the default 14 when the settings' schema is not installed. */

#include "config.h"

#include <glib/gstdio.h>

#include "bb-backup.h"
#include "bb-test-safety.h"

typedef struct
{
  char *folder;
  char *path;
  char *newest;
} Fixture;

/* Five backups, one a day from 1 March 2026, and the database closed. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(BbDatabase) database = bb_test_database_new (&fixture->folder);
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();

  fixture->path = g_strdup (bb_database_get_path (database));
  bb_test_safety_fill (database, 50);
  for (int day = 1; day <= 5; day++)
    {
      g_autoptr(GDateTime) now = g_date_time_new (zone, 2026, 3, day, 12, 0, 0);
      g_autoptr(BbClock) clock = bb_clock_new_fixed (now);
      g_autoptr(GError) error = NULL;

      bb_database_set_clock (database, clock);
      g_free (fixture->newest);
      fixture->newest = bb_backup_make (database, BB_BACKUP_DEFAULT_COUNT, &error);
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->newest);
}

/* The settings as the user's desktop keeps them, in a file the child reads. */
static void
set_backup_count (guint count)
{
  g_autofree char *folder = g_build_filename (g_get_user_config_dir (), "glib-2.0", "settings", NULL);
  g_autofree char *keyfile = g_build_filename (folder, "keyfile", NULL);
  g_autofree char *contents = g_strdup_printf ("[io/github/brobygger/Brobygger]\nbackup-count=%u\n", count);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (keyfile, contents, -1, NULL));
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
  /* The test's own folders are GLib's alone; the child reads the environment. */
  g_setenv ("XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
}

static guint
count_backups (const char *path)
{
  g_autoptr(GPtrArray) backups = bb_backup_list (path);

  return backups->len;
}

static void
restore (Fixture *fixture)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (bb_test_run_program (fixture->path, &out, &err, "--restore", fixture->newest, NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
}

static void
test_count_from_settings (Fixture       *fixture,
                          gconstpointer  data)
{
  set_backup_count (3);
  restore (fixture);

  /* The database as it was is kept, and the oldest go down to three. */
  g_assert_cmpuint (count_backups (fixture->path), ==, 3);
}

static void
test_default_without_schema (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *no_schemas = g_build_filename (fixture->folder, "no-schemas", NULL);
  g_autofree char *schema_dir = g_strdup (g_getenv ("GSETTINGS_SCHEMA_DIR"));

  g_assert_cmpint (g_mkdir (no_schemas, 0700), ==, 0);
  set_backup_count (3);
  g_setenv ("GSETTINGS_SCHEMA_DIR", no_schemas, TRUE);
  g_setenv ("XDG_DATA_DIRS", no_schemas, TRUE);
  restore (fixture);
  if (schema_dir != NULL)
    g_setenv ("GSETTINGS_SCHEMA_DIR", schema_dir, TRUE);

  /* Fourteen kept: the five and the database as it was. */
  g_assert_cmpuint (count_backups (fixture->path), ==, 6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/restore-settings/count-from-settings", test_count_from_settings);
  ADD ("/restore-settings/default-without-schema", test_default_without_schema);
#undef ADD

  return g_test_run ();
}
