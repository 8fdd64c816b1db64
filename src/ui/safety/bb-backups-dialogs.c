/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-backup.h"
#include "bb-backups-dialogs.h"
#include "bb-backups-row.h"
#include "bb-folder-kind.h"

#define DIALOGS_RESOURCE "/io/github/brobygger/Brobygger/safety/bb-backups-dialogs.ui"

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             char             *backup_path)
{
  GApplication *application = g_application_get_default ();

  if (g_strcmp0 (response, "restore") == 0 && application != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (application), "restore-backup",
                                    g_variant_new_string (backup_path));
}

static void
present (GtkBuilder *builder,
         const char *id,
         GtkWindow  *parent,
         const char *body,
         const char *backup_path)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (gtk_builder_get_object (builder, id));

  adw_message_dialog_set_body (dialog, body);
  adw_message_dialog_set_response_enabled (dialog, "restore", backup_path != NULL);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_response),
                         g_strdup (backup_path), (GClosureNotify) G_CALLBACK (g_free), 0);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent);
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
dup_made (const char *backup_path,
          const char *database_path)
{
  g_autoptr(GPtrArray) backups = bb_backup_list (database_path);

  for (guint i = 0; i < backups->len; i++)
    {
      BbBackupInfo *info = g_ptr_array_index (backups, i);

      if (g_str_equal (info->path, backup_path))
        return bb_backups_row_format_made (info);
    }

  return g_filename_display_basename (backup_path);
}

void
bb_backups_confirm_restore (GtkWindow  *parent,
                            const char *database_path,
                            const char *backup_path)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (DIALOGS_RESOURCE);
  g_autofree char *body = NULL;
  g_autofree char *made = dup_made (backup_path, database_path);

  body = g_strdup_printf (_("The database is replaced by the backup of %s; what was changed since then is no longer shown. The database as it is now is kept as a backup first, so this can be undone by restoring that one."),
                          made);
  present (builder, "restore_dialog", parent, body, backup_path);
}

char *
bb_backups_dup_restore_offer (const char  *database_path,
                              char       **backup_path)
{
  g_autofree char *newest = bb_backup_dup_newest (database_path);
  g_autofree char *made = NULL;
  g_autofree char *name = NULL;

  if (newest == NULL)
    return NULL;

  made = dup_made (newest, database_path);
  name = g_filename_display_basename (database_path);
  *backup_path = g_steal_pointer (&newest);
  return g_strdup_printf (_("The newest good backup is from %s. Restoring it keeps the damaged file beside it as “%s.corrupt”, so nothing is thrown away."),
                          made, name);
}

void
bb_backups_show_damaged (GtkWindow  *parent,
                         const char *database_path,
                         const char *report)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (DIALOGS_RESOURCE);
  g_autofree char *backup_path = NULL;
  g_autofree char *offer = bb_backups_dup_restore_offer (database_path, &backup_path);
  g_autofree char *body = NULL;
  g_autofree char *lines = g_strstrip (g_strdup (report));

  body = g_strdup_printf ("%s\n\n%s\n\n%s",
                          _("A check of the database found damage, as a failing disk or an interrupted copy leaves it. What you see may be incomplete, and new changes may be lost."),
                          lines,
                          offer != NULL ? offer : _("There is no backup to restore. Copy the database file somewhere safe before you go on working."));
  present (builder, "damaged_dialog", parent, body, backup_path);
}

/* Remembers @database_path as warned; FALSE when it was already. Without the key
 * (an older installed schema) every start warns, which errs on the safe side. */
static gboolean
remember_warned (GSettings  *settings,
                 const char *database_path)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) warned = NULL;
  g_auto(GStrv) now_warned = NULL;

  if (settings != NULL)
    g_object_get (settings, "settings-schema", &schema, NULL);
  if (schema == NULL || !g_settings_schema_has_key (schema, "folder-warnings"))
    return TRUE;

  warned = g_settings_get_strv (settings, "folder-warnings");
  if (g_strv_contains ((const char * const *) warned, database_path))
    return FALSE;

  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) warned);
  g_strv_builder_add (builder, database_path);
  now_warned = g_strv_builder_end (builder);
  g_settings_set_strv (settings, "folder-warnings", (const char * const *) now_warned);
  return TRUE;
}

void
bb_backups_warn_folder (GtkWindow  *parent,
                        const char *database_path,
                        GSettings  *settings)
{
  BbFolderKind kind = bb_folder_kind_of (database_path);
  g_autoptr(GtkBuilder) builder = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (kind == BB_FOLDER_LOCAL || !remember_warned (settings, database_path))
    return;

  builder = gtk_builder_new_from_resource (DIALOGS_RESOURCE);
  dialog = ADW_MESSAGE_DIALOG (gtk_builder_get_object (builder, "folder_dialog"));
  {
    g_autofree char *dirname = g_path_get_dirname (database_path);

    folder = g_filename_display_name (dirname);
  }
  if (kind == BB_FOLDER_NETWORK)
    {
      adw_message_dialog_set_heading (dialog, _("The Database Is in a Network Folder"));
      body = g_strdup_printf (_("“%s” is on a network drive. An SQLite database file there can be damaged by the network: a connection that drops while it is written, or another computer using the file at the same time. Keep the database on this computer’s own disk.\n\nThis notice is shown once for this database."),
                              folder);
    }
  else
    {
      adw_message_dialog_set_heading (dialog, _("The Database Is in a Synced Folder"));
      body = g_strdup_printf (_("“%s” is kept by a sync client such as Dropbox, OneDrive or Nextcloud. An SQLite database file there can be damaged by the sync client: it may copy the file while it is written, or without its write-ahead log. Keep the database outside the synced folder.\n\nThis notice is shown once for this database."),
                              folder);
    }
  adw_message_dialog_set_body (dialog, body);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- the application's side ----------------------------------------- */

static void
on_damaged (BbDatabaseCheck *check,
            const char      *report,
            GtkWindow       *window)
{
  bb_backups_show_damaged (window, bb_database_check_get_path (check), report);
}

static void
on_check_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* The day's backup is tried again at the next start; a full disk is reported by
   * the saves themselves. */
  if (!bb_database_check_run_finish (BB_DATABASE_CHECK (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("The day’s backup or check did not run: %s", error->message);
}

typedef struct
{
  /* Weak: a window closed before the check starts lets go of the file at once. */
  GWeakRef check;
  guint    keep;
} Start;

static void
start_free (Start *start)
{
  g_weak_ref_clear (&start->check);
  g_free (start);
}

static gboolean
start_check (gpointer user_data)
{
  Start *start = user_data;
  g_autoptr(BbDatabaseCheck) check = g_weak_ref_get (&start->check);

  if (check != NULL)
    bb_database_check_run_async (check, start->keep, NULL, on_check_done, NULL);
  return G_SOURCE_REMOVE;
}

BbDatabaseCheck *
bb_backups_watch (GtkWindow  *window,
                  BbContext  *context,
                  GSettings  *settings)
{
  BbDatabaseCheck *check = bb_database_check_new (bb_context_get_database (context));
  Start *start = g_new0 (Start, 1);

  g_signal_connect_object (check, "damaged", G_CALLBACK (on_damaged), window, 0);

  /* After the window's first frames, at low priority: it never waits for this. */
  g_weak_ref_init (&start->check, check);
  start->keep = bb_backup_get_count (settings);
  g_timeout_add_full (G_PRIORITY_LOW, 500, start_check, start, (GDestroyNotify) start_free);
  return check;
}

char *
bb_backups_restore (const char  *database_path,
                    const char  *backup_path,
                    GSettings   *settings,
                    GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *kept_as = NULL;
  g_autofree char *moved_aside = NULL;
  g_autofree char *made = dup_made (backup_path, database_path);
  guint keep = bb_backup_get_count (settings);

  if (!bb_backup_restore (database_path, backup_path, now, keep, &kept_as, &moved_aside, error))
    return NULL;

  if (moved_aside != NULL)
    {
      g_autofree char *name = g_filename_display_name (moved_aside);

      return g_strdup_printf (_("The backup of %s is restored. The damaged database is kept as “%s”."),
                              made, name);
    }

  return g_strdup_printf (_("The backup of %s is restored. The database as it was is kept as a backup."),
                          made);
}
