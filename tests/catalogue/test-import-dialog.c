/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>
#include <string.h>

#include "bb-import-dialog.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"

typedef struct
{
  char      *folder;
  BbContext *context;
  /* References to the database and the offers that are not a worker's. */
  guint      database_refs;
  guint      offers_refs;
} Fixture;

typedef struct
{
  GtkWidget  *widget;
  const char *text;
  GtkLabel   *label;
} LabelWait;

static guint
ref_count (gpointer object)
{
  return g_atomic_int_get (&G_OBJECT (object)->ref_count);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->context = bb_test_context_new (&fixture->folder);
  fixture->database_refs = ref_count (bb_context_get_database (fixture->context));
  fixture->offers_refs = ref_count (bb_context_get_offers (fixture->context));
}

static gboolean
workers_done (gpointer data)
{
  Fixture *fixture = data;

  return ref_count (fixture->context) <= 1
         && ref_count (bb_context_get_database (fixture->context)) <= fixture->database_refs
         && ref_count (bb_context_get_offers (fixture->context)) <= fixture->offers_refs;
}

/* The workers hold the catalogue until their tasks are done, even for a closed dialog. */
static void
wait_for_workers (Fixture *fixture)
{
  bb_test_wait_for (workers_done, fixture, 60);
  g_assert_true (workers_done (fixture));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  BbDatabase *database = bb_context_get_database (fixture->context);

  wait_for_workers (fixture);
  g_object_add_weak_pointer (G_OBJECT (database), (gpointer *) &database);
  g_assert_finalize_object (fixture->context);
  /* …and with it the database: no worker kept a connection. */
  g_assert_null (database);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
}

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->folder, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

/* The first mapped label whose text contains @text. */
static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found;

      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child)
          && strstr (gtk_label_get_text (GTK_LABEL (child)), text) != NULL)
        return GTK_LABEL (child);
      if ((found = find_label (child, text)) != NULL)
        return found;
    }

  return NULL;
}

/* The mapped button with this label (with its mnemonic underline). */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && gtk_widget_get_mapped (child)
          && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }

  return NULL;
}

static gboolean
label_shown (gpointer data)
{
  LabelWait *wait = data;

  wait->label = find_label (wait->widget, wait->text);
  return wait->label != NULL;
}

/* Reading and preparing happen in threads, so the main loop runs until the label shows
 * up. Generous: sanitizers make the workers slow. */
static GtkLabel *
wait_for_label (GtkWidget  *widget,
                const char *text)
{
  LabelWait wait = { widget, text, NULL };

  bb_test_wait_for (label_shown, &wait, 30);
  g_assert_nonnull (wait.label);
  return wait.label;
}

static BbImportDialog *
open_dialog (Fixture *fixture,
             GFile   *file)
{
  BbImportDialog *dialog = bb_import_dialog_new (fixture->context, file);

  /* Kept until the test has checked that closing finalises it. */
  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
close_dialog (BbImportDialog *dialog)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  bb_test_iterate ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_finalize_object (dialog);
}

static void
on_imported (BbImportDialog *dialog,
             const char     *summary,
             char          **out)
{
  g_assert_null (*out);
  *out = g_strdup (summary);
}

static gboolean
summary_set (gpointer data)
{
  char **summary = data;

  return *summary != NULL;
}

/* The commit runs in a worker thread: the main loop runs until the dialog reports it. */
static void
wait_for_imported (char **summary)
{
  bb_test_wait_for (summary_set, summary, 30);
  g_assert_nonnull (*summary);
}

static guint
count_offers (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  guint count = bb_offer_repository_count (bb_context_get_offers (fixture->context), &error);

  g_assert_no_error (error);
  return count;
}

static guint
count_rows (BbImportDialog *dialog)
{
  g_autoptr(GPtrArray) lists = bb_test_collect_drawn (GTK_WIDGET (dialog), GTK_TYPE_LIST_VIEW);

  /* The list of records, not one inside a row that maps a new name. */
  for (guint i = 0; i < lists->len; i++)
    {
      GtkListView *list_view = g_ptr_array_index (lists, i);

      if (g_str_equal (gtk_widget_get_name (GTK_WIDGET (list_view)), "records"))
        return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list_view)));
    }

  g_assert_not_reached ();
}

static void
test_import_mixed (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "catalogue.csv",
                                      "id;title;provider;status\n"
                                      ";Åben rådgivning;Ærø Kommune;active\n"
                                      ";Gruppeforløb;Headspace;planned\n"
                                      ";Ukendt;Ærø Kommune;lukket for altid\n");
  BbImportDialog *dialog = open_dialog (fixture, file);
  g_autofree char *summary = NULL;
  GtkDropDown *dropdown;

  wait_for_label (GTK_WIDGET (dialog), "2 new");
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "1 rejected"));
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "1 rejected record will be skipped."));
  g_assert_cmpuint (count_rows (dialog), ==, 3);

  /* The filter narrows the list to the rejected record and back. */
  dropdown = GTK_DROP_DOWN (bb_test_find (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, TRUE));
  g_assert_nonnull (dropdown);
  gtk_drop_down_set_selected (dropdown, 5);
  bb_test_iterate ();
  g_assert_cmpuint (count_rows (dialog), ==, 1);
  gtk_drop_down_set_selected (dropdown, 2);
  bb_test_iterate ();
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "No Matching Records"));
  gtk_drop_down_set_selected (dropdown, 0);
  bb_test_iterate ();
  g_assert_cmpuint (count_rows (dialog), ==, 3);

  g_assert_cmpuint (count_offers (fixture), ==, 0);

  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &summary);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import-dialog.import", NULL));
  wait_for_imported (&summary);
  bb_test_iterate ();

  g_assert_nonnull (strstr (summary, "2 new"));
  g_assert_cmpuint (count_offers (fixture), ==, 2);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_finalize_object (dialog);
}

static void
test_import_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "broken.csv",
                                      "title;provider\n"
                                      "Godt;Kommunen\n"
                                      "\"Aldrig lukket;Kommunen\n"
                                      "Mere;Kommunen\n");
  BbImportDialog *dialog = open_dialog (fixture, file);
  g_autofree char *summary = NULL;
  GtkLabel *description;

  wait_for_label (GTK_WIDGET (dialog), "This File Cannot Be Imported");
  description = find_label (GTK_WIDGET (dialog), "Nothing has been changed.");
  g_assert_nonnull (description);
  g_assert_nonnull (strstr (gtk_label_get_text (description), "Line"));

  /* Only Close is offered, and the import cannot be started by its shortcut either. */
  g_assert_nonnull (find_button (GTK_WIDGET (dialog), "_Close"));
  g_assert_null (find_button (GTK_WIDGET (dialog), "_Import"));
  g_assert_null (find_button (GTK_WIDGET (dialog), "_Cancel"));
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &summary);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import-dialog.import", NULL);
  bb_test_iterate ();
  g_assert_null (summary);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  g_assert_cmpuint (count_offers (fixture), ==, 0);
  close_dialog (dialog);
  g_assert_cmpuint (count_offers (fixture), ==, 0);
}

/* services.csv chosen from a real datapackage folder: its package is read whole;
 * the same table alone is refused in words that say what to choose. */
static void
test_import_datapackage_table (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GFile) table = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "fixtures", "foreign",
                                                                     "hsds-3-tabular", "services.csv", NULL));
  g_autoptr(GFile) alone = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "fixtures", "foreign",
                                                                     "hsds-1-all-resources", "services.csv",
                                                                     NULL));
  BbImportDialog *dialog = open_dialog (fixture, table);

  wait_for_label (GTK_WIDGET (dialog), "1 new");
  g_assert_cmpuint (count_rows (dialog), ==, 1);
  g_assert_nonnull (find_button (GTK_WIDGET (dialog), "_Import"));
  close_dialog (dialog);

  dialog = open_dialog (fixture, alone);
  wait_for_label (GTK_WIDGET (dialog), "This File Cannot Be Imported");
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "This is the services table of an Open Referral "
                                                     "datapackage. Choose the folder or datapackage.json "
                                                     "to import it whole."));
  close_dialog (dialog);
  g_assert_cmpuint (count_offers (fixture), ==, 0);
}

static void
test_import_hsds (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) fixture_file = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = g_build_filename (fixture->folder, "service.json", NULL);
  BbImportDialog *dialog;
  GtkWidget *import_button;

  fixture_file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "fixtures", "hsds",
                                                           "service_full.json", NULL));
  file = g_file_new_for_path (path);
  g_file_copy (fixture_file, file, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  dialog = open_dialog (fixture, file);
  wait_for_label (GTK_WIDGET (dialog), "1 new");
  g_assert_cmpuint (count_rows (dialog), ==, 1);

  import_button = find_button (GTK_WIDGET (dialog), "_Import");
  g_assert_nonnull (import_button);
  g_assert_true (gtk_widget_is_sensitive (import_button));

  /* Cancel writes nothing. */
  close_dialog (dialog);
  g_assert_cmpuint (count_offers (fixture), ==, 0);
}

static void
test_import_nothing_to_do (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "ids.csv",
                                      "id;title;provider\n"
                                      "0b7d1a4e-52c3-4f0e-9a57-3c1d2e4f5a6b;Åben rådgivning;Ærø Kommune\n");
  BbImportDialog *dialog;
  GtkWidget *import_button;
  g_autofree char *summary = NULL;

  dialog = open_dialog (fixture, file);
  wait_for_label (GTK_WIDGET (dialog), "1 new");
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &summary);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import-dialog.import", NULL));
  wait_for_imported (&summary);
  bb_test_iterate ();
  g_assert_finalize_object (dialog);
  g_assert_cmpuint (count_offers (fixture), ==, 1);

  /* The same file again: nothing new in it. */
  g_clear_pointer (&summary, g_free);
  dialog = open_dialog (fixture, file);
  wait_for_label (GTK_WIDGET (dialog), "1 unchanged");
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "Everything in this file is already in the catalogue."));
  import_button = find_button (GTK_WIDGET (dialog), "_Import");
  g_assert_nonnull (import_button);
  g_assert_false (gtk_widget_is_sensitive (import_button));
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &summary);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import-dialog.import", NULL);
  bb_test_iterate ();
  g_assert_null (summary);

  close_dialog (dialog);
  g_assert_cmpuint (count_offers (fixture), ==, 1);
}

static void
test_import_cancel_while_reading (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GString) contents = g_string_new ("title;provider\n");
  g_autoptr(GFile) file = NULL;
  BbImportDialog *dialog;
  gint64 deadline;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (contents, "Tilbud %u;Kommunen\n", i);
  file = write_file (fixture, "large.csv", contents->str);

  dialog = open_dialog (fixture, file);
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "Reading “large.csv”…"));
  close_dialog (dialog);

  /* The reading thread ends on its own; its result must not reach the closed dialog. */
  deadline = g_get_monotonic_time () + G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }

  g_assert_cmpuint (count_offers (fixture), ==, 0);
}

static GFile *
write_large_file (Fixture    *fixture,
                  const char *name,
                  guint       n_offers)
{
  g_autoptr(GString) contents = g_string_new ("title;provider\n");

  for (guint i = 0; i < n_offers; i++)
    g_string_append_printf (contents, "Tilbud %u;Kommune %u\n", i, i % 50);

  return write_file (fixture, name, contents->str);
}

static gboolean
count_tick (gpointer user_data)
{
  guint *ticks = user_data;

  (*ticks)++;
  return G_SOURCE_CONTINUE;
}

static gboolean
ticked_ten_times (gpointer data)
{
  return *(guint *) data >= 10;
}

/* Holds the write lock as another program could, so the commit cannot land before the
 * test lets it, however fast the machine is. */
static sqlite3 *
lock_database (Fixture *fixture)
{
  const char *path = bb_database_get_path (bb_context_get_database (fixture->context));
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  return db;
}

static void
unlock_database (sqlite3 *db)
{
  g_assert_cmpint (sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* The comparison and the commit run on a connection of their own in a thread: the
 * window keeps drawing. */
static void
test_import_responsive (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GFile) file = write_large_file (fixture, "large.csv", 3000);
  BbImportDialog *dialog = open_dialog (fixture, file);
  g_autofree char *summary = NULL;
  GtkWidget *import_button;
  GtkWidget *cancel_button;
  sqlite3 *db;
  guint ticks = 0;
  guint timeout_id;

  /* Between reading and the preview: the comparison with the catalogue is shown, which
   * it could not be if it ran on the main thread right after reading. */
  wait_for_label (GTK_WIDGET (dialog), "Comparing 3000 records with the catalogue…");
  wait_for_label (GTK_WIDGET (dialog), "3000 new");

  import_button = find_button (GTK_WIDGET (dialog), "_Import");
  cancel_button = find_button (GTK_WIDGET (dialog), "_Cancel");
  g_assert_nonnull (import_button);
  g_assert_nonnull (cancel_button);
  g_assert_true (gtk_widget_is_sensitive (import_button));
  g_assert_true (gtk_widget_is_sensitive (cancel_button));

  db = lock_database (fixture);
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &summary);
  timeout_id = g_timeout_add (10, count_tick, &ticks);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import-dialog.import", NULL));

  /* Nothing has landed yet, and nothing can stop it halfway. */
  g_assert_null (summary);
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "Importing 3000 Offers…"));
  g_assert_false (gtk_widget_is_sensitive (import_button));
  g_assert_false (gtk_widget_is_sensitive (cancel_button));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* The commit waits for the lock (for up to the database's busy timeout). On the main
   * thread, even in an idle callback, it would hold the loop all that time. */
  bb_test_wait_for (ticked_ten_times, &ticks, 5);
  g_assert_cmpuint (ticks, >=, 10);
  g_assert_null (summary);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  unlock_database (db);

  wait_for_imported (&summary);
  g_source_remove (timeout_id);
  bb_test_iterate ();

  g_assert_nonnull (strstr (summary, "3000 new"));
  g_assert_cmpuint (count_offers (fixture), ==, 3000);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_finalize_object (dialog);
}

static void
test_import_close_while_preparing (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GFile) file = write_large_file (fixture, "large.csv", 10000);
  BbImportDialog *dialog = open_dialog (fixture, file);

  wait_for_label (GTK_WIDGET (dialog), "Comparing 10000 records with the catalogue…");
  close_dialog (dialog);

  /* The worker finishes on its own; its result must not reach the finalised dialog. */
  wait_for_workers (fixture);
  g_assert_cmpuint (count_offers (fixture), ==, 0);
}

/* A commit that fails leaves the dialog open with the reason, ready to try again. */
static void
test_import_commit_failed (Fixture       *fixture,
                           gconstpointer  data)
{
  const char *uuid = "0b7d1a4e-52c3-4f0e-9a57-3c1d2e4f5a6b";
  g_autofree char *contents = g_strdup_printf ("id;title;provider\n"
                                               "%s;Åben rådgivning;Ærø Kommune\n",
                                               uuid);
  g_autoptr(GFile) file = write_file (fixture, "ids.csv", contents);
  g_autoptr(BbOffer) offer = bb_offer_new ();
  g_autoptr(BbProvider) provider = bb_provider_new ("Ærø Kommune");
  g_autoptr(GError) error = NULL;
  BbImportDialog *dialog = open_dialog (fixture, file);
  g_autofree char *summary = NULL;
  GtkWidget *import_button;
  GtkWidget *cancel_button;

  wait_for_label (GTK_WIDGET (dialog), "1 new");

  /* Someone else stores an offer with the same id between preview and import. */
  bb_offer_set_uuid (offer, uuid);
  bb_offer_set_title (offer, "Åben rådgivning");
  bb_offer_set_provider (offer, provider);
  bb_offer_repository_save (bb_context_get_offers (fixture->context), offer, &error);
  g_assert_no_error (error);

  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &summary);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import-dialog.import", NULL));
  wait_for_label (GTK_WIDGET (dialog), "Nothing was imported: ");

  g_assert_null (summary);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  import_button = find_button (GTK_WIDGET (dialog), "_Import");
  cancel_button = find_button (GTK_WIDGET (dialog), "_Cancel");
  g_assert_nonnull (import_button);
  g_assert_nonnull (cancel_button);
  g_assert_true (gtk_widget_is_sensitive (import_button));
  g_assert_true (gtk_widget_is_sensitive (cancel_button));
  g_assert_cmpuint (count_rows (dialog), ==, 1);
  g_assert_cmpuint (count_offers (fixture), ==, 1);

  close_dialog (dialog);
  g_assert_cmpuint (count_offers (fixture), ==, 1);
}

static BbImportDialog *
open_fixture (Fixture    *fixture,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) fixture_file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "fixtures", "hsds",
                                                                            name, NULL));
  g_autofree char *path = g_build_filename (fixture->folder, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_file_copy (fixture_file, file, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  return open_dialog (fixture, file);
}

/* A page of a longer list says how much of the list it holds, and a phone number of
 * a shape the form would not take is imported as written but flagged on its record. */
static void
test_import_page_notice (Fixture       *fixture,
                         gconstpointer  data)
{
  BbImportDialog *dialog = open_fixture (fixture, "page-1-of-54.json");

  wait_for_label (GTK_WIDGET (dialog), "5 new");
  g_assert_nonnull (find_label (GTK_WIDGET (dialog),
                                "This file holds 5 of 2700 services (page 1 of 54). "
                                "Import the other pages too to have them all."));
  g_assert_nonnull (find_label (GTK_WIDGET (dialog),
                                "The phone number “555-0134” is kept as written, though it is not "
                                "one the form takes."));
  /* Nothing was rejected: the usual Import. */
  g_assert_nonnull (find_button (GTK_WIDGET (dialog), "_Import"));

  close_dialog (dialog);
  g_assert_cmpuint (count_offers (fixture), ==, 0);
}

/* With some records rejected, importing the others is a choice the button names, and
 * choosing it imports the good ones alone. */
static void
test_import_skip_rejected (Fixture       *fixture,
                           gconstpointer  data)
{
  BbImportDialog *dialog = open_fixture (fixture, "rejected.json");
  g_autofree char *summary = NULL;
  GtkWidget *button;

  wait_for_label (GTK_WIDGET (dialog), "3 rejected");
  g_assert_null (find_button (GTK_WIDGET (dialog), "_Import"));
  g_assert_nonnull (find_button (GTK_WIDGET (dialog), "_Cancel"));
  button = find_button (GTK_WIDGET (dialog), "_Import the 2 Good Records and Skip the 3 Rejected");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_cmpuint (count_offers (fixture), ==, 0);

  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &summary);
  g_assert_true (gtk_widget_activate (button));
  wait_for_imported (&summary);
  bb_test_iterate ();

  g_assert_cmpuint (count_offers (fixture), ==, 2);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_finalize_object (dialog);
}

/* A datapackage's records are named by their table and row, as the user finds them
 * in its files. */
static void
test_import_datapackage_rows (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GFile) folder = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "fixtures", "tabular",
                                                                      "hsds-1", NULL));
  BbImportDialog *dialog = open_dialog (fixture, folder);

  wait_for_label (GTK_WIDGET (dialog), "new");
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "services.csv, row 2 · "));
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "services.csv, row 3 · "));
  g_assert_null (find_label (GTK_WIDGET (dialog), "Line "));
  g_assert_null (find_label (GTK_WIDGET (dialog), "Service "));
  close_dialog (dialog);
}

/* Several files chosen at once (the file chooser's response hands them over here):
 * one preview of every record, each named with its file, and one import. */
static void
test_import_several_files (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GFile) csv = write_file (fixture, "b.csv",
                                     "id;title;provider\n"
                                     ";Gruppeforløb;Headspace\n"
                                     ";Natcafé;Ærø Kommune\n");
  g_autoptr(GFile) json = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "fixtures", "hsds",
                                                                    "service_full.json", NULL));
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autoptr(GtkWindow) parent = NULL;
  g_autofree char *summary = NULL;
  BbImportDialog *dialog;

  g_list_store_append (files, json);
  g_list_store_append (files, csv);
  parent = g_object_ref_sink (GTK_WINDOW (adw_window_new ()));
  gtk_window_present (parent);
  dialog = g_object_ref (bb_import_dialog_open (fixture->context, parent, G_LIST_MODEL (files)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == parent);

  wait_for_label (GTK_WIDGET (dialog), "3 new");
  g_assert_cmpuint (count_rows (dialog), ==, 3);
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "service_full.json, service 1 · "));
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "b.csv, line 2 · Headspace"));
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "b.csv, line 3 · Ærø Kommune"));

  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &summary);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import-dialog.import", NULL));
  wait_for_imported (&summary);
  bb_test_iterate ();
  g_assert_cmpuint (count_offers (fixture), ==, 3);
  g_assert_finalize_object (dialog);
  gtk_window_destroy (parent);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/import-dialog/mixed", Fixture, NULL,
              fixture_set_up, test_import_mixed, fixture_tear_down);
  g_test_add ("/import-dialog/refused", Fixture, NULL,
              fixture_set_up, test_import_refused, fixture_tear_down);
  g_test_add ("/import-dialog/hsds", Fixture, NULL,
              fixture_set_up, test_import_hsds, fixture_tear_down);
  g_test_add ("/import-dialog/page-notice", Fixture, NULL,
              fixture_set_up, test_import_page_notice, fixture_tear_down);
  g_test_add ("/import-dialog/skip-rejected", Fixture, NULL,
              fixture_set_up, test_import_skip_rejected, fixture_tear_down);
  g_test_add ("/import-dialog/nothing-to-do", Fixture, NULL,
              fixture_set_up, test_import_nothing_to_do, fixture_tear_down);
  g_test_add ("/import-dialog/cancel-while-reading", Fixture, NULL,
              fixture_set_up, test_import_cancel_while_reading, fixture_tear_down);
  g_test_add ("/import-dialog/close-while-preparing", Fixture, NULL,
              fixture_set_up, test_import_close_while_preparing, fixture_tear_down);
  g_test_add ("/import-dialog/responsive", Fixture, NULL,
              fixture_set_up, test_import_responsive, fixture_tear_down);
  g_test_add ("/import-dialog/datapackage-rows", Fixture, NULL,
              fixture_set_up, test_import_datapackage_rows, fixture_tear_down);
  g_test_add ("/import-dialog/several-files", Fixture, NULL,
              fixture_set_up, test_import_several_files, fixture_tear_down);
  g_test_add ("/import-dialog/datapackage-table", Fixture, NULL,
              fixture_set_up, test_import_datapackage_table, fixture_tear_down);
  g_test_add ("/import-dialog/commit-failed", Fixture, NULL,
              fixture_set_up, test_import_commit_failed, fixture_tear_down);

  return g_test_run ();
}
