/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A database in a sync folder (found by the folder's name, as a network drive is by
 * its file system): the window says once that the file can be damaged there, and
 * never again for that database; another database there is warned about in turn. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "bb-application.h"
#include "bb-test-safety.h"
#include "bb-test-widgets.h"
#include "bb-window.h"

typedef struct
{
  gboolean   expect_notice;
  gboolean   checked;
} Run;

static void
on_activate (GApplication *application,
             Run          *run)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));
  GtkWindow *notice;

  if (run->checked)
    return;
  run->checked = TRUE;
  g_assert_true (BB_IS_WINDOW (window));

  /* Shown with the window, or not at all. */
  notice = bb_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, window);
  if (!run->expect_notice)
    {
      g_assert_null (notice);
      g_application_quit (application);
      return;
    }

  g_assert_nonnull (notice);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (notice)), ==,
                   "The Database Is in a Synced Folder");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (notice)), "Dropbox"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (notice)), "damaged"));

  /* Closed with Escape, as a user would. */
  g_object_ref (notice);
  if (bb_test_send_keys (GTK_WIDGET (notice), "Escape"))
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (notice)));
  g_object_unref (notice);
  g_application_quit (application);
}

static void
run_on (const char *path,
        gboolean    expect_notice)
{
  g_autoptr(BbApplication) application = bb_application_new ();
  const char *argv[] = { "brobygger", "--database", path, NULL };
  Run run = { expect_notice, FALSE };

  g_signal_connect_after (application, "activate", G_CALLBACK (on_activate), &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (application), 3, (char **) argv), ==, 0);
  g_assert_true (run.checked);
}

static void
test_warned_once (void)
{
  g_autofree char *folder = g_dir_make_tmp ("brobygger-XXXXXX", NULL);
  g_autofree char *synced = g_build_filename (folder, "Dropbox (Personal)", NULL);
  g_autofree char *path = g_build_filename (synced, "brobygger.db", NULL);
  g_autofree char *second = g_build_filename (synced, "other.db", NULL);
  g_autofree char *local = g_build_filename (folder, "brobygger.db", NULL);

  g_assert_cmpint (g_mkdir (synced, 0700), ==, 0);

  run_on (local, FALSE);
  run_on (path, TRUE);
  /* The settings remember it: not again for this database, */
  run_on (path, FALSE);
  /* but for another one in the same folder. */
  run_on (second, TRUE);

  bb_test_remove_folder (folder);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/network-folder/warned-once", test_warned_once);

  return g_test_run ();
}
