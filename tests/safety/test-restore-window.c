/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Restore through the windows of the real application: Preferences ▸ Backups ▸
 * Restore… asks first, keeps the current file as a backup and shows the restored
 * offers; a database the background check finds damaged is named in a dialog that
 * offers the newest good backup, and restoring it moves the damaged file aside as
 * ".corrupt". */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "bb-application.h"
#include "bb-backup.h"
#include "bb-backups-group.h"
#include "bb-backups-row.h"
#include "bb-preferences-window.h"
#include "bb-offer-repository.h"
#include "bb-test-safety.h"
#include "bb-test-widgets.h"
#include "bb-window.h"

typedef struct
{
  char          *folder;
  char          *path;
  char          *backup;
  BbApplication *application;
  /* The window before the restore: it is gone once the restore has run. */
  GtkWindow     *old_window;
  gboolean       ran;
} Fixture;

static void
fixture_tear_down (Fixture *fixture)
{
  g_clear_object (&fixture->application);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->backup);
}

static void
save_offer (BbContext  *context,
            const char *title)
{
  g_autoptr(BbProvider) provider = bb_provider_new ("Ungeteamet");
  g_autoptr(BbOffer) offer = bb_offer_new ();
  g_autoptr(GError) error = NULL;

  bb_offer_set_title (offer, title);
  bb_offer_set_provider (offer, provider);

  bb_offer_repository_save (bb_context_get_offers (context), offer, &error);
  g_assert_no_error (error);
}

static gint64
count_titled (const char *path,
              const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = bb_database_open_read_only (path, &error);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM offers WHERE title = '%s'", title);

  g_assert_no_error (error);
  return bb_test_query_int (database, sql);
}

static BbWindow *
get_window (Fixture *fixture)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (fixture->application));

  return BB_IS_WINDOW (window) ? BB_WINDOW (window) : NULL;
}

static gboolean
window_has_views (gpointer data)
{
  BbWindow *window = get_window (data);

  return window != NULL && bb_window_get_context (window) != NULL;
}

/* The restore closed every window and opened a new one on the restored file. */
static gboolean
reopened (gpointer data)
{
  Fixture *fixture = data;

  return fixture->old_window == NULL && window_has_views (fixture);
}

static GtkWidget *
find_response (GtkWindow  *dialog,
               const char *label)
{
  GtkWidget *button = bb_test_find_button (GTK_WIDGET (dialog), label);

  g_assert_nonnull (button);
  return button;
}

static void
watch_old_window (Fixture *fixture)
{
  fixture->old_window = GTK_WINDOW (get_window (fixture));
  g_object_add_weak_pointer (G_OBJECT (fixture->old_window), (gpointer *) &fixture->old_window);
}

/* ---- Preferences ▸ Backups ▸ Restore… --------------------------------- */

static gboolean
days_backup_made (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GPtrArray) backups = bb_backup_list (fixture->path);
  guint verified = 0;

  for (guint i = 0; i < backups->len; i++)
    verified += ((BbBackupInfo *) g_ptr_array_index (backups, i))->verified;

  g_autofree char *last_check = g_build_filename (fixture->folder, "backups", "brobygger.db.last-check", NULL);

  /* Done once the check of the whole file that follows it is. */
  return verified == 2 && g_file_test (last_check, G_FILE_TEST_EXISTS);
}

/* The row of the backup at @path, as drawn; NULL: the one that cannot be restored. */
static GtkWidget *
find_row (GtkWidget  *group,
          const char *path)
{
  g_autoptr(GPtrArray) rows = bb_test_collect_drawn (group, BB_TYPE_BACKUPS_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *button = bb_test_find_button (g_ptr_array_index (rows, i), "Restore…");
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));

      if (path == NULL ? target == NULL
                       : target != NULL && g_str_equal (g_variant_get_string (target, NULL), path))
        return g_ptr_array_index (rows, i);
    }

  g_error ("No row for the backup %s", path);
}

static void
on_activate_preferences (GApplication *application,
                         Fixture      *fixture)
{
  GtkWindow *window;
  GtkWindow *preferences;
  GtkWindow *dialog;
  GtkWidget *group;
  GtkWidget *row;
  g_autofree char *kept = NULL;

  if (fixture->ran)
    return;
  fixture->ran = TRUE;

  g_assert_true (bb_test_wait_for (window_has_views, fixture, 20));
  window = GTK_WINDOW (get_window (fixture));
  /* The day's backup, made after the window shows, is not the one restored. */
  g_assert_true (bb_test_wait_for (days_backup_made, fixture, 60));
  /* As a crash in the middle of a backup leaves it (the day's backup removed any
   * earlier one). */
  {
    g_autofree char *interrupted = g_build_filename (fixture->folder, "backups",
                                                     "brobygger-2026-03-16-120000.db.tmp-A1B2C3", NULL);

    g_assert_true (g_file_set_contents (interrupted, "half", -1, NULL));
  }
  /* Both offers in the list: the one the backup has and the one made after it. */
  bb_test_wait_for_label (GTK_WIDGET (window), "Åben rådgivning", 20);
  bb_test_wait_for_label (GTK_WIDGET (window), "Sent tilbud", 20);

  if (!bb_test_send_keys (GTK_WIDGET (window), "ctrl+comma"))
    {
      g_test_skip ("No X display for key presses");
      g_application_quit (application);
      return;
    }
  preferences = bb_test_wait_for_toplevel (BB_TYPE_PREFERENCES_WINDOW, window, 20);
  group = bb_test_find (GTK_WIDGET (preferences), BB_TYPE_BACKUPS_GROUP, FALSE);
  g_assert_nonnull (group);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (preferences),
                                           ADW_PREFERENCES_PAGE (gtk_widget_get_ancestor (group, ADW_TYPE_PREFERENCES_PAGE)));
  bb_test_iterate ();
  /* A backup a crash left half-written is listed, and cannot be restored. */
  {
    GtkWidget *interrupted = bb_test_find_button (find_row (group, NULL), "Restore…");

    g_assert_false (gtk_widget_is_sensitive (interrupted));
  }
  row = find_row (group, fixture->backup);

  /* Cancel first: nothing changes. */
  bb_test_click (bb_test_find_button (row, "Restore…"));
  dialog = bb_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, preferences, 10);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Restore This Backup?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "kept as a backup first"));
  bb_test_click (find_response (dialog, "_Cancel"));
  g_assert_true (window_has_views (fixture));
  g_assert_cmpint (bb_test_query_int (bb_context_get_database (bb_window_get_context (BB_WINDOW (window))),
                                      "SELECT count(*) FROM offers WHERE title = 'Sent tilbud'"), ==, 1);

  /* Then Restore. */
  watch_old_window (fixture);
  bb_test_click (bb_test_find_button (row, "Restore…"));
  dialog = bb_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, preferences, 10);
  bb_test_click (find_response (dialog, "_Restore"));

  g_assert_true (bb_test_wait_for (reopened, fixture, 30));
  window = GTK_WINDOW (get_window (fixture));
  /* The restored offers are what the new window shows. */
  g_assert_cmpint (bb_test_query_int (bb_context_get_database (bb_window_get_context (BB_WINDOW (window))),
                                      "SELECT count(*) FROM offers WHERE title = 'Sent tilbud'"), ==, 0);
  bb_test_wait_for_label (GTK_WIDGET (window), "Åben rådgivning", 20);
  g_assert_null (bb_test_find_label (GTK_WIDGET (window), "Sent tilbud"));

  /* The database as it was is kept: the newest backup has the later offer. */
  kept = bb_backup_dup_newest (fixture->path);
  g_assert_nonnull (kept);
  g_assert_cmpstr (kept, !=, fixture->backup);
  g_assert_cmpint (count_titled (kept, "Sent tilbud"), ==, 1);
  g_assert_cmpint (bb_test_query_int (bb_context_get_database (bb_window_get_context (BB_WINDOW (window))),
                                      "SELECT count(*) FROM offers WHERE title = 'Sent tilbud'"), ==, 0);

  g_application_quit (application);
}

static void
test_from_preferences (void)
{
  Fixture fixture = { 0 };
  const char *argv[] = { "brobygger", "--database", NULL, NULL };

  {
    g_autoptr(BbContext) context = bb_test_context_new (&fixture.folder);
    g_autoptr(GError) error = NULL;
    BbDatabase *database = bb_context_get_database (context);

    fixture.path = g_strdup (bb_database_get_path (database));
    save_offer (context, "Åben rådgivning");
    fixture.backup = bb_backup_make (database, BB_BACKUP_DEFAULT_COUNT, &error);
    g_assert_no_error (error);
    save_offer (context, "Sent tilbud");
  }

  argv[2] = fixture.path;
  fixture.application = bb_application_new ();
  g_signal_connect_after (fixture.application, "activate", G_CALLBACK (on_activate_preferences), &fixture);
  g_assert_cmpint (g_application_run (G_APPLICATION (fixture.application), 3, (char **) argv), ==, 0);
  g_assert_true (fixture.ran);
  fixture_tear_down (&fixture);
}

/* ---- damage found by the background check ------------------------------ */

static void
on_activate_damaged (GApplication *application,
                     Fixture      *fixture)
{
  GtkWindow *window;
  GtkWindow *dialog;
  g_autofree char *corrupt = g_strconcat (fixture->path, ".corrupt", NULL);
  const char *body;

  if (fixture->ran)
    return;
  fixture->ran = TRUE;

  /* The file opens: only the check of the whole file, in the background, sees it. */
  g_assert_true (bb_test_wait_for (window_has_views, fixture, 20));
  window = GTK_WINDOW (get_window (fixture));
  dialog = bb_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, window, 60);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "The Database Is Damaged");
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, "The newest good backup is from"));
  g_assert_nonnull (strstr (body, "brobygger.db.corrupt"));

  watch_old_window (fixture);
  bb_test_click (find_response (dialog, "_Restore Backup"));
  g_assert_true (bb_test_wait_for (reopened, fixture, 30));

  /* The damaged file is kept aside, still damaged (the window wrote to it, so not
   * byte for byte as it was), and the window shows the backup. */
  {
    g_autoptr(GString) report = g_string_new (NULL);
    g_autoptr(GError) error = NULL;

    g_assert_true (g_file_test (corrupt, G_FILE_TEST_IS_REGULAR));
    g_assert_false (bb_backup_check_file (corrupt, FALSE, report, &error));
    g_assert_true (error == NULL || g_error_matches (error, BB_BACKUP_ERROR, BB_BACKUP_ERROR_DAMAGED));
  }
  window = GTK_WINDOW (get_window (fixture));
  g_assert_cmpint (bb_test_query_int (bb_context_get_database (bb_window_get_context (BB_WINDOW (window))),
                                      "SELECT count(*) FROM providers"), ==, 301);
  g_assert_cmpint (bb_test_query_int (bb_context_get_database (bb_window_get_context (BB_WINDOW (window))),
                                      "PRAGMA integrity_check = 1") , ==, 0);
  g_application_quit (application);
}

static void
test_damaged_dialog (void)
{
  Fixture fixture = { 0 };
  const char *argv[] = { "brobygger", "--database", NULL, NULL };

  {
    g_autoptr(BbContext) context = bb_test_context_new (&fixture.folder);
    g_autoptr(GError) error = NULL;
    BbDatabase *database = bb_context_get_database (context);

    fixture.path = g_strdup (bb_database_get_path (database));
    save_offer (context, "Åben rådgivning");
    bb_test_safety_fill (database, 300);
    fixture.backup = bb_backup_make (database, BB_BACKUP_DEFAULT_COUNT, &error);
    g_assert_no_error (error);
  }
  /* A page of one table overwritten in the closed file, as a failing disk leaves it. */
  bb_test_safety_damage_table (fixture.path, "providers");

  argv[2] = fixture.path;
  fixture.application = bb_application_new ();
  g_signal_connect_after (fixture.application, "activate", G_CALLBACK (on_activate_damaged), &fixture);
  g_assert_cmpint (g_application_run (G_APPLICATION (fixture.application), 3, (char **) argv), ==, 0);
  g_assert_true (fixture.ran);
  fixture_tear_down (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* As in test-faults-backup.c: the restore closes every window, and a view that
   * leaves its template's children to finalize warns; criticals stay fatal. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);

  g_test_add_func ("/restore-window/from-preferences", test_from_preferences);
  g_test_add_func ("/restore-window/damaged-dialog", test_damaged_dialog);

  return g_test_run ();
}
