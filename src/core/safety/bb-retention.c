/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "bb-backup.h"
#include "bb-retention.h"

void
bb_retention_get_cutoff (BbDatabase *database,
                         guint       years,
                         char       *buffer)
{
  GDate today;

  g_return_if_fail (BB_IS_DATABASE (database));
  g_return_if_fail (buffer != NULL);

  bb_clock_get_today (bb_database_get_clock (database), &today);
  /* 29 February less a year is 28 February: a day early rather than a day late. */
  g_date_subtract_years (&today, years);
  g_snprintf (buffer, 11, "%04u-%02u-%02u", (guint) g_date_get_year (&today), (guint) g_date_get_month (&today),
              (guint) g_date_get_day (&today));
}

GPtrArray *
bb_retention_list_due (BbDatabase  *database,
                       guint        years,
                       GError     **error)
{
  g_autoptr(BbRetentionRepository) repository = NULL;
  char cutoff[16];

  g_return_val_if_fail (BB_IS_DATABASE (database), NULL);

  repository = bb_retention_repository_new (database);
  bb_retention_get_cutoff (database, years, cutoff);
  return bb_retention_repository_list_due (repository, cutoff, error);
}

/* Every backup but @fresh that still holds @uuid goes: the deletion has to reach the
 * copies too. */
static gboolean
remove_old_backups (BbRetentionRepository  *repository,
                    const char             *database_path,
                    const char             *fresh,
                    const char             *uuid,
                    GError                **error)
{
  g_autoptr(GPtrArray) backups = bb_backup_list (database_path);

  for (guint i = 0; i < backups->len; i++)
    {
      BbBackupInfo *info = g_ptr_array_index (backups, i);
      gboolean holds;

      if (g_strcmp0 (info->path, fresh) == 0)
        continue;
      /* A file that cannot be read for the check may hold anything. */
      holds = !bb_retention_repository_file_lacks (repository, info->path, uuid);
      if (holds && g_unlink (info->path) != 0)
        {
          int saved_errno = errno;
          g_autofree char *name = g_filename_display_name (info->path);

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("The young person is deleted from the database, but the backup »%s« that still "
                         "holds them could not be removed: %s"),
                       name, g_strerror (saved_errno));
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
bb_retention_delete (BbDatabase  *database,
                     gint64       young_person_id,
                     guint        years,
                     guint        keep,
                     GError     **error)
{
  g_autoptr(BbRetentionRepository) repository = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *fresh = NULL;
  g_autoptr(GError) local_error = NULL;
  char cutoff[16];

  g_return_val_if_fail (BB_IS_DATABASE (database), FALSE);

  repository = bb_retention_repository_new (database);
  bb_retention_get_cutoff (database, years, cutoff);
  uuid = bb_retention_repository_dup_uuid (repository, young_person_id, error);
  if (uuid == NULL ||
      !bb_retention_repository_delete (repository, young_person_id, cutoff, NULL, error) ||
      !bb_retention_repository_checkpoint (repository, error))
    return FALSE;

  /* The fresh backup before the old ones go, so there is always a good one. */
  fresh = bb_backup_make (database, MAX (keep, 1), &local_error);
  if (fresh == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("The young person is deleted from the database, but no fresh backup could be made, so "
                     "the earlier backups that still hold them are kept. %s"),
                   local_error->message);
      return FALSE;
    }
  return remove_old_backups (repository, bb_database_get_path (database), fresh, uuid, error);
}
