/* SPDX-License-Identifier: GPL-3.0-or-later */

/* --backup FILE, --restore FILE and --check: they act on the database file without
 * opening it as a window does, so that a damaged or older file is checked, copied or
 * replaced as it is (BB_COMMAND_PATH). */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-application.h"
#include "bb-backup.h"
#include "bb-commands.h"

static char *
dup_database_path (GVariantDict *options)
{
  const char *database = NULL;

  g_variant_dict_lookup (options, "database", "^&ay", &database);
  return database != NULL ? g_canonicalize_filename (database, NULL) : bb_database_dup_default_path ();
}

/* The count Preferences set: the application has read the settings, when their
 * schema is installed, before any command runs. */
static guint
get_backup_count (void)
{
  GApplication *application = g_application_get_default ();

  return bb_backup_get_count (BB_IS_APPLICATION (application)
                              ? bb_application_get_settings (BB_APPLICATION (application))
                              : NULL);
}

static gboolean
database_exists (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return TRUE;

  g_printerr (_("There is no database “%s”.\n"), path);
  return FALSE;
}

int
bb_command_backup (BbContext    *context,
                   GVariantDict *options)
{
  g_autofree char *path = dup_database_path (options);
  g_autofree char *destination = NULL;
  g_autoptr(GError) error = NULL;
  const char *file = NULL;

  g_variant_dict_lookup (options, "backup", "^&ay", &file);
  if (!database_exists (path))
    return 1;

  destination = g_canonicalize_filename (file, NULL);
  if (!bb_backup_copy_file (path, destination, &error))
    {
      g_printerr (_("No backup was written: %s\n"), error->message);
      return 1;
    }

  g_print (_("The backup of “%s” is written to “%s” and checked: no damage found.\n"),
           path, destination);
  return 0;
}

int
bb_command_restore (BbContext    *context,
                    GVariantDict *options)
{
  g_autofree char *path = dup_database_path (options);
  g_autofree char *kept_as = NULL;
  g_autofree char *moved_aside = NULL;
  g_autofree char *file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BbClock) clock = bb_clock_new ();
  g_autoptr(GDateTime) now = bb_clock_dup_now (clock);
  const char *given = NULL;

  g_variant_dict_lookup (options, "restore", "^&ay", &given);
  file = g_canonicalize_filename (given, NULL);

  if (!bb_backup_restore (path, file, now, get_backup_count (), &kept_as, &moved_aside, &error))
    {
      g_printerr (_("Nothing was restored, and the database is as it was: %s\n"), error->message);
      return 1;
    }

  g_print (_("The database “%s” is restored from “%s”.\n"), path, file);
  if (kept_as != NULL)
    g_print (_("The database as it was is kept as the backup “%s”.\n"), kept_as);
  if (moved_aside != NULL)
    g_print (_("The database as it was is damaged; it is kept as “%s”.\n"), moved_aside);
  return 0;
}

int
bb_command_check (BbContext    *context,
                  GVariantDict *options)
{
  g_autofree char *path = dup_database_path (options);
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  if (!database_exists (path))
    return 1;

  g_print (_("Checking “%s”…\n"), path);
  if (bb_backup_check_file (path, TRUE, report, &error))
    {
      g_print ("%s", report->str);
      g_print (_("The database is whole.\n"));
      return 0;
    }

  g_print ("%s", report->str);
  if (g_error_matches (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_DAMAGED) || error == NULL)
    {
      g_print (_("The database is damaged. Restore the newest backup with --restore, or from Preferences ▸ Backups.\n"));
      return 1;
    }

  g_printerr ("%s\n", error->message);
  return 1;
}
