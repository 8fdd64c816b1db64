/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <signal.h>
#include <stdlib.h>

#include "bb-application.h"
#include "bb-backup.h"
#include "bb-backups-dialogs.h"
#include "bb-commands.h"
#include "bb-offer-repository.h"
#include "bb-preferences-window.h"
#include "bb-window.h"

/* After GTK's headers, which say which of these it was built with. */
#ifdef GDK_WINDOWING_WAYLAND
#include <gdk/wayland/gdkwayland.h>
#endif
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

struct _BbApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  char           *database_path;
  gboolean        database_given;
  /* --demo: the window opens the demonstration database, not the real one. */
  gboolean        demo;
  BbContext      *context;
  GError         *open_error;
  /* The window's mark on the database and its background check (bb-check.h). */
  BbDatabaseCheck *check;
};

G_DEFINE_FINAL_TYPE (BbApplication, bb_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the database FILE instead of the one in your data folder"), N_("FILE") },
  /* An array, so that several files given together are one import. */
  { "import-offers", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    N_("Import offers from a .csv or HSDS .json FILE, an Open Referral datapackage (a folder or .zip) or an HSDS feed’s https:// address, print what was done and exit; several files given together are one import"), N_("FILE") },
  { "overwrite-local", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --import-offers: take the file’s version of offers edited here since they were last imported or exported"), NULL },
  { "skip-rejected", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --import-offers: import the good records even when some are rejected, and list those on stderr"), NULL },
  { "export-offers", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export all offers to a .csv or HSDS .json FILE and exit"), N_("FILE") },
  { "generate-demo", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Make a new database FILE holding a fictional municipality for demonstrations, and exit"), N_("FILE") },
  { "offers", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --generate-demo: how many offers (200 unless given)"), N_("N") },
  { "courses", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --generate-demo: how many courses (2,000 unless given, with ten meetings each on average)"), N_("N") },
  { "seed", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --generate-demo: the seed; the same seed on the same day gives the same data (1 unless given)"), N_("S") },
  { "import-courses", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import a caseload, one course per row, from a .csv FILE, print what was done and exit"), N_("FILE") },
  { "export-courses", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the course list with its figures to a .csv FILE and exit"), N_("FILE") },
  { "export-handover", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write the hand-over letter of the course COURSE_ID’s latest hand-over to the PDF file given by --output, and exit"),
    N_("COURSE_ID") },
  { "export-plan", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write the implementation plan PLAN_ID as a PDF for the steering group to the file given by --output, and exit"),
    N_("PLAN_ID") },
  { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --export-handover or --export-plan: the PDF FILE to write"), N_("FILE") },
  { "export-figures", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the courses’ figures by month (counts and medians, nothing about any young person) to a .json FILE for an implementation plan, and exit"),
    N_("FILE") },
  { "adviser", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-figures: only the courses of the adviser called NAME"), N_("NAME") },
  { "from", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-figures: the first month, YYYY-MM (the 24 months up to this one unless given)"), N_("MONTH") },
  { "to", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-figures: the last month, YYYY-MM (this month unless given)"), N_("MONTH") },
  { "backup", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a checked backup of the database to FILE and exit; exit status 1 when it cannot be written or the database is damaged"), N_("FILE") },
  { "restore", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check the backup FILE and, when it is sound, put it in place of the database, keeping the database as it was as a backup; exit status 1, and nothing changed, when FILE is not sound"), N_("FILE") },
  { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check the whole database for damage and broken references, print what was found and exit; exit status 1 when it is not sound"), NULL },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open the demonstration database, a fictional municipality kept beside your own database, which it never touches"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
  { NULL }
};

/* GSettings aborts on a schema it cannot find; a headless run from a build tree
 * should still work, with the account's name in the history. */
static GSettings *
try_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  return schema != NULL ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

/* Before bb_database_open changes a file's schema: a backup of the file as it was. */
static void
install_migration_backup (BbApplication *self)
{
  bb_backup_install_migration_hook (bb_backup_get_count (self->settings));
}

static void
update_user_name (BbApplication *self)
{
  g_autofree char *name = NULL;

  if (self->context == NULL)
    return;

  if (self->settings != NULL)
    name = g_settings_get_string (self->settings, "adviser-name");

  bb_database_set_user_name (bb_context_get_database (self->context), name);
}

/* @read_only for a command that only reads: it never writes to the database, so it
 * cannot take from a running window what that window still offers to undo. */
static gboolean
open_database (BbApplication *self,
               gboolean       read_only)
{
  g_autoptr(BbDatabase) database = NULL;

  if (self->context != NULL)
    return TRUE;

  g_clear_error (&self->open_error);
  /* Our own folder is ours to create; a folder the user named must exist. */
  if (read_only)
    database = bb_database_open_read_only (self->database_path, &self->open_error);
  else
    /* A file that cannot be written opens read-only: the window shows it with every
     * edit off, and a command that writes is refused by the database. */
    database = bb_database_open_or_read_only (self->database_path, !self->database_given,
                                              &self->open_error);
  if (database == NULL)
    return FALSE;

  self->context = bb_context_new (database, self->settings, &self->open_error);
  if (self->context == NULL)
    return FALSE;

  update_user_name (self);
  return TRUE;
}

static void
on_trash_purged (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* Housekeeping: another window writing at the same time, or a database that can
   * only be read, is no fault, and the next start tries again. */
  if (!bb_offer_repository_purge_trash_finish (BB_OFFER_REPOSITORY (source), result, &error))
    {
      if (g_error_matches (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_BUSY) ||
          g_error_matches (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_READ_ONLY))
        g_debug ("Old deleted offers are kept until the next start: %s", error->message);
      else
        g_warning ("Cannot remove offers deleted more than %d days ago: %s",
                   BB_OFFER_TRASH_DAYS, error->message);
    }
}

/* Symbolic links resolved in the folder (the file itself may not exist yet), so that
 * two names of one file are one instance. */
static char *
dup_canonical_path (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *real_folder = realpath (folder, NULL);

  return g_build_filename (real_folder != NULL ? real_folder : folder, name, NULL);
}

/* One process per database file: a second start on a file presents the window
 * already open on it (GApplication is unique on the session bus), another file gets
 * a process of its own. The default database keeps the plain id. */
static char *
dup_instance_id (BbApplication *self)
{
  g_autofree char *path = dup_canonical_path (self->database_path);
  g_autofree char *default_database = bb_database_dup_default_path ();
  g_autofree char *default_path = dup_canonical_path (default_database);
  g_autofree char *sum = NULL;

  if (!self->demo && g_strcmp0 (path, default_path) == 0)
    return g_strdup (APP_ID);

  sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, path, -1);
  return g_strdup_printf ("%s.%s%.16s", APP_ID, self->demo ? "Demo_" : "Database_", sum);
}

/* The window belongs to the desktop file whichever database's instance shows it. */
static void
on_window_realize (GtkWidget *window)
{
  G_GNUC_UNUSED GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

#ifdef GDK_WINDOWING_WAYLAND
  if (GDK_IS_WAYLAND_TOPLEVEL (surface))
    gdk_wayland_toplevel_set_application_id (GDK_TOPLEVEL (surface), APP_ID);
#endif
#ifdef GDK_WINDOWING_X11
  if (GDK_IS_X11_SURFACE (surface))
    gdk_x11_surface_set_utf8_property (surface, "_GTK_APPLICATION_ID", APP_ID);
#endif
}

/* The headless commands, in the order they run when several are given: an import
 * before an export of what it imported. */
static const struct
{
  const char        *option;
  BbCommandDatabase  database;
  BbCommandFunc      run;
} commands[] = {
  /* Before anything else opens the database: a restore needs it closed. */
  { "check", BB_COMMAND_PATH, bb_command_check },
  { "backup", BB_COMMAND_PATH, bb_command_backup },
  { "restore", BB_COMMAND_PATH, bb_command_restore },
  { "import-offers", BB_COMMAND_WRITES, bb_command_import_offers },
  { "export-offers", BB_COMMAND_READS, bb_command_export_offers },
  /* Exports of young people's data write to the access log. */
  { "import-courses", BB_COMMAND_WRITES, bb_command_import_courses },
  { "export-courses", BB_COMMAND_WRITES, bb_command_export_courses },
  { "export-handover", BB_COMMAND_WRITES, bb_command_export_handover },
  /* Brings the courses' figures up to today, which writes. */
  { "export-figures", BB_COMMAND_WRITES, bb_command_export_figures },
  { "export-plan", BB_COMMAND_READS, bb_command_export_plan },
  { "generate-demo", BB_COMMAND_NO_DATABASE, bb_command_generate_demo },
};

static int
bb_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  BbApplication *self = BB_APPLICATION (application);
  const char *database = NULL;
  gboolean any_command = FALSE;
  BbCommandDatabase needs = BB_COMMAND_NO_DATABASE;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("brobygger %s\n", PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, "database", "^&ay", &database);
  self->database_given = database != NULL;
  self->database_path = database != NULL
                        ? g_canonicalize_filename (database, NULL)
                        : bb_database_dup_default_path ();

  self->demo = g_variant_dict_contains (options, "demo");

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_variant_dict_contains (options, commands[i].option))
      {
        any_command = TRUE;
        needs = MAX (needs, commands[i].database);
      }

  /* Headless commands run here, before registration: they never forward. */
  if (!any_command)
    {
      g_autofree char *id = dup_instance_id (self);

      g_application_set_application_id (application, id);
      return -1;
    }

  self->settings = try_settings ();
  install_migration_backup (self);
  if (needs > BB_COMMAND_PATH && !open_database (self, needs == BB_COMMAND_READS))
    {
      g_printerr ("%s\n", self->open_error->message);
      return 1;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_variant_dict_contains (options, commands[i].option))
      {
        BbContext *context = commands[i].database > BB_COMMAND_PATH ? self->context : NULL;
        int status = commands[i].run (context, options);

        if (status != 0)
          return status;
      }

  return 0;
}

static void
show_about (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { _("The Brobygger developers"), NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Brobygger"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Brobygger developers"),
                         "developers", developers,
                         "comments", _("Keep the offer catalogue of your municipality at hand."),
                         "website", "https://github.com/brobygger/brobygger",
                         "issue-url", "https://github.com/brobygger/brobygger/issues",
                         "copyright", _("© 2026 The Brobygger developers"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         /* Translators: not a phrase: the names of this language's
                          * translators, one per line, each with an optional
                          * <e-mail> or URL; shown under "Translated by" */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
show_preferences (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  BbApplication *self = BB_APPLICATION (user_data);
  BbPreferencesWindow *preferences = bb_preferences_window_new (self->settings);

  bb_preferences_window_set_context (preferences, self->context);

  gtk_window_set_transient_for (GTK_WINDOW (preferences),
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
quit (GSimpleAction *action,
      GVariant      *parameter,
      gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (app));

  /* Closing lets each window save its size and finish what it holds. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

typedef struct
{
  BbApplication *self;
  char          *backup_path;
} Restore;

static void
restore_free (Restore *restore)
{
  g_application_release (G_APPLICATION (restore->self));
  g_object_unref (restore->self);
  g_free (restore->backup_path);
  g_free (restore);
}

/* Every window closes, so that no connection holds the file, and one opens again on
 * the restored database. */
static gboolean
run_restore (gpointer data)
{
  Restore *restore = data;
  BbApplication *self = restore->self;
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GtkWindow *window;

  /* GTK holds each toplevel until it is destroyed, which takes it off the list. */
  while (g_list_model_get_n_items (toplevels) > 0)
    {
      GtkWindow *toplevel = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (toplevel);
      /* A window something still holds (Preferences, once it had a modal dialog on
       * it) must let go of its views, and their connections to the file, too. */
      g_object_run_dispose (G_OBJECT (toplevel));
      g_object_unref (toplevel);
    }
  g_clear_object (&self->check);
  g_clear_object (&self->context);
  g_clear_error (&self->open_error);

  message = bb_backups_restore (self->database_path, restore->backup_path, self->settings, &error);
  g_application_activate (G_APPLICATION (self));

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (BB_IS_WINDOW (window))
    {
      g_autofree char *text = message != NULL ? g_markup_escape_text (message, -1) : NULL;

      if (text == NULL)
        {
          g_autofree char *failure = g_strdup_printf (_("Nothing was restored: %s"), error->message);

          text = g_markup_escape_text (failure, -1);
        }
      bb_window_add_toast (BB_WINDOW (window), adw_toast_new (text));
    }
  return G_SOURCE_REMOVE;
}

/* Preferences ▸ Backups and the damaged-database page ("s": the backup). Not inside
 * the click or the dialog's response that asks for it: the windows the restore
 * destroys include that dialog, still answering (GTK then meets its freed parent). */
static void
restore_backup (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  Restore *restore = g_new0 (Restore, 1);

  restore->self = g_object_ref (BB_APPLICATION (user_data));
  restore->backup_path = g_variant_dup_string (parameter, NULL);
  g_application_hold (G_APPLICATION (restore->self));
  g_idle_add_full (G_PRIORITY_DEFAULT, run_restore, restore, (GDestroyNotify) restore_free);
}

static const GActionEntry app_actions[] = {
  { "about", show_about },
  { "preferences", show_preferences },
  { "restore-backup", restore_backup, "s" },
  { "quit", quit },
};

static void
bb_application_startup (GApplication *application)
{
  BbApplication *self = BB_APPLICATION (application);
  GtkApplication *app = GTK_APPLICATION (application);
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (bb_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (app, "app.quit", quit_accels);
  gtk_application_set_accels_for_action (app, "app.preferences", preferences_accels);
  bb_window_add_accelerators (app);

  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);
  install_migration_backup (self);
  g_signal_connect_swapped (self->settings, "changed::adviser-name",
                            G_CALLBACK (update_user_name), self);
}

/* BROBYGGER_QUIT_AFTER_FIRST_FRAME=1 (README): start-up is timed from outside, from
 * the process starting to the first frame painted (tests/bench). */
static void
on_first_frame_painted (GdkFrameClock *clock,
                        GApplication  *application)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_painted, application);
  g_application_quit (application);
}

static void
bb_application_activate (GApplication *application)
{
  BbApplication *self = BB_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  gboolean new_window = window == NULL;

  if (window == NULL)
    {
      g_autoptr(BbDemoMode) demo = NULL;
      g_autoptr(BbClock) clock = NULL;

      /* With --demo the real database is opened only on leaving demonstration mode. */
      if (!self->demo)
        open_database (self, FALSE);
      window = GTK_WINDOW (bb_window_new (GTK_APPLICATION (self), self->settings,
                                          self->context, self->demo ? NULL : self->open_error));
      g_signal_connect (window, "realize", G_CALLBACK (on_window_realize), NULL);

      clock = self->context != NULL ? g_object_ref (bb_context_get_clock (self->context)) : bb_clock_new ();
      demo = bb_demo_mode_new (self->database_path, !self->database_given, self->context,
                               self->settings, clock);
      bb_window_set_demo_mode (BB_WINDOW (window), demo);
      if (self->demo)
        bb_demo_mode_enter (demo);

      /* The day's backup and the check of the whole file, after the window shows;
       * for a damaged file, the newest backup on the error page. */
      if (self->context != NULL)
        self->check = bb_backups_watch (window, self->context, self->settings);
      else if (g_error_matches (self->open_error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_CORRUPT))
        {
          g_autofree char *backup = NULL;
          g_autofree char *offer = bb_backups_dup_restore_offer (self->database_path, &backup);

          if (offer != NULL)
            bb_window_offer_backup (BB_WINDOW (window), offer, backup);
        }

      /* Once a window is open, and only then: the trash outlives every other use. */
      if (self->context != NULL)
        bb_offer_repository_purge_trash_async (bb_context_get_offers (self->context),
                                               BB_OFFER_TRASH_DAYS, NULL, on_trash_purged, NULL);
    }

  gtk_window_present (window);
  /* Over the window it is about, once that shows. */
  if (new_window && self->context != NULL)
    bb_backups_warn_folder (window, self->database_path, self->settings);

  if (g_strcmp0 (g_getenv ("BROBYGGER_QUIT_AFTER_FIRST_FRAME"), "1") == 0
      && gtk_widget_get_frame_clock (GTK_WIDGET (window)) != NULL)
    g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                             G_CALLBACK (on_first_frame_painted), self, 0);
}

static void
bb_application_finalize (GObject *object)
{
  BbApplication *self = BB_APPLICATION (object);

  g_clear_object (&self->settings);
  /* A clean end: the mark on the database goes. */
  g_clear_object (&self->check);
  g_clear_object (&self->context);
  g_clear_error (&self->open_error);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (bb_application_parent_class)->finalize (object);
}

static void
bb_application_class_init (BbApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = bb_application_finalize;
  app_class->handle_local_options = bb_application_handle_local_options;
  app_class->startup = bb_application_startup;
  app_class->activate = bb_application_activate;
}

static void
bb_application_init (BbApplication *self)
{
  /* A file size limit (ulimit -f) would kill an export half-way, leaving its temporary
   * file; ignored, the write fails with EFBIG and is reported as a full disk. */
  signal (SIGXFSZ, SIG_IGN);

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Brobygger keeps the offer catalogue of your municipality."));
}

BbApplication *
bb_application_new (void)
{
  return g_object_new (BB_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/brobygger/Brobygger",
                       NULL);
}

BbContext *
bb_application_get_context (BbApplication *self)
{
  g_return_val_if_fail (BB_IS_APPLICATION (self), NULL);

  return self->context;
}

GSettings *
bb_application_get_settings (BbApplication *self)
{
  g_return_val_if_fail (BB_IS_APPLICATION (self), NULL);

  return self->settings;
}
