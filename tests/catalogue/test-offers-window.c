/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The offers view in Brobygger's own window: what the catalogue's other windows reach
 * through the window (the lists window's "Show These Offers"), and what the view and
 * its dialogs say on the window's toasts (an import, and its undo from the history). */

#include "config.h"

#include <adwaita.h>
#include <string.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "bb-catalogue-lists-window.h"
#include "bb-import-dialog.h"
#include "bb-offer-exchange.h"
#include "bb-offer-row.h"
#include "bb-offers-view.h"
#include "bb-test-offers.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"
#include "bb-window.h"

#define FIRST_UUID "0b7d1a4e-52c3-4f0e-9a57-3c1d2e4f5a6b"
#define SECOND_UUID "1c8e2b5f-63d4-4a1f-8b68-4d2e3f5a6b7c"
#define THIRD_UUID "2d9f3c6a-74e5-4b2a-9c79-5e3f4a6b7c8d"

typedef struct
{
  char       *folder;
  BbContext  *context;
  GSettings  *settings;
  BbWindow   *window;
  GtkWidget  *view;
  /* The rows wait_for_titles () waits for, one title a line. */
  const char *expected_titles;
} Fixture;

static void
save_offer (Fixture *fixture,
            BbOffer *offer)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_offer_repository_save (bb_context_get_offers (fixture->context), offer, &error));
  g_assert_no_error (error);
}

static void
add_offer (Fixture    *fixture,
           const char *title,
           const char *provider_name)
{
  g_autoptr(BbOffer) offer = bb_test_new_offer (title, provider_name);

  save_offer (fixture, offer);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();

  fixture->context = bb_test_context_new (&fixture->folder);
  fixture->settings = g_settings_new_with_backend (APP_ID, backend);
  g_settings_set_int (fixture->settings, "window-width", 1100);
  g_settings_set_int (fixture->settings, "window-height", 760);
}

/* The window, opened once the catalogue holds what the test needs. */
static void
open_window (Fixture *fixture)
{
  fixture->window = bb_window_new (NULL, fixture->settings, fixture->context, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  bb_test_iterate ();
  fixture->view = bb_test_find (GTK_WIDGET (fixture->window), BB_TYPE_OFFERS_VIEW, TRUE);
  g_assert_nonnull (fixture->view);
}

static gboolean
no_toplevels_but_window (gpointer data)
{
  Fixture *fixture = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (window != GTK_WINDOW (fixture->window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
context_let_go (gpointer data)
{
  return G_OBJECT (data)->ref_count == 1;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_true (bb_test_wait_for (no_toplevels_but_window, fixture, 5));
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  bb_test_iterate ();
  g_clear_object (&fixture->settings);
  /* A worker that undid an import lets go when its task is done. */
  g_assert_true (bb_test_wait_for (context_let_go, fixture->context, 10));
  g_assert_finalize_object (fixture->context);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
}

/* The titles of the rows on screen, in order, one a line. */
static char *
shown_titles (Fixture *fixture)
{
  g_autoptr(GPtrArray) rows = bb_test_collect_drawn (GTK_WIDGET (fixture->window), BB_TYPE_OFFER_ROW);
  GString *titles = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      BbOffer *offer = bb_offer_row_get_offer (g_ptr_array_index (rows, i));

      if (offer != NULL)
        g_string_append_printf (titles, "%s%s", titles->len > 0 ? "\n" : "", bb_offer_get_title (offer));
    }

  return g_string_free (titles, FALSE);
}

static gboolean
titles_shown (gpointer data)
{
  Fixture *fixture = data;
  g_autofree char *titles = shown_titles (fixture);

  return g_str_equal (titles, fixture->expected_titles);
}

static void
wait_for_titles (Fixture    *fixture,
                 const char *expected)
{
  fixture->expected_titles = expected;
  if (!bb_test_wait_for (titles_shown, fixture, 5))
    {
      g_autofree char *titles = shown_titles (fixture);

      g_error ("Rows shown:\n%s\nexpected:\n%s", titles, expected);
    }
}

/* ---- the lists window leads to the offers ------------------------------ */

static gboolean
lists_window_gone (gpointer data)
{
  return bb_test_find_toplevel (BB_TYPE_CATALOGUE_LISTS_WINDOW, NULL) == NULL;
}

/* A provider offers use cannot be deleted; its "Show These Offers" closes the lists
 * window and shows exactly that provider's offers, whatever was searched before, and
 * the filter bar names it. */
static void
test_show_offers_of_provider (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWindow *lists;
  GtkLabel *name;
  AdwExpanderRow *row;
  GtkEditable *search;

  add_offer (fixture, "Café Exit", "Frivilligcentret");
  add_offer (fixture, "Mentorordning", "Ungeenheden");
  add_offer (fixture, "Åben rådgivning", "Ungeenheden");
  add_offer (fixture, "Gruppeforløb", "Headspace");
  open_window (fixture);
  wait_for_titles (fixture, "Café Exit\nGruppeforløb\nMentorordning\nÅben rådgivning");

  search = bb_test_find (GTK_WIDGET (fixture->window), GTK_TYPE_SEARCH_ENTRY, TRUE);
  gtk_editable_set_text (search, "café");
  wait_for_titles (fixture, "Café Exit");

  g_assert_true (gtk_widget_activate_action (fixture->view, "offers.manage-lists", NULL));
  lists = bb_test_wait_for_toplevel (BB_TYPE_CATALOGUE_LISTS_WINDOW, GTK_WINDOW (fixture->window), 5);
  name = bb_test_wait_for_label (GTK_WIDGET (lists), "Ungeenheden", 5);
  row = ADW_EXPANDER_ROW (gtk_widget_get_ancestor (GTK_WIDGET (name), ADW_TYPE_EXPANDER_ROW));
  adw_expander_row_set_expanded (row, TRUE);
  bb_test_iterate ();

  bb_test_click (bb_test_find_button (GTK_WIDGET (row), "Delete"));
  g_assert_nonnull (bb_test_find_label (GTK_WIDGET (row), "The provider is used by 2 offers"));
  bb_test_click (bb_test_find_button (GTK_WIDGET (row), "Show These Offers"));

  g_assert_true (bb_test_wait_for (lists_window_gone, NULL, 5));
  wait_for_titles (fixture, "Mentorordning\nÅben rådgivning");
  g_assert_cmpstr (gtk_editable_get_text (search), ==, "");
  g_assert_nonnull (bb_test_find_label (GTK_WIDGET (fixture->window), "Filtered: Ungeenheden"));
  /* Nothing was deleted on the way. */
  g_assert_cmpuint (bb_offer_repository_count (bb_context_get_offers (fixture->context), NULL), ==, 4);

  /* The filter goes as the others do. */
  bb_test_click (bb_test_find_button (GTK_WIDGET (fixture->window), "_Clear Filters"));
  wait_for_titles (fixture, "Café Exit\nGruppeforløb\nMentorordning\nÅben rådgivning");
}

/* ---- an import's toast and its undo ------------------------------------ */

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (fixture->folder, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

/* The toasts on screen whose title starts with @prefix, on any of the window's
 * overlays. libadwaita keeps the toast's widget type to itself: it is found by name. */
static GPtrArray *
find_toasts (Fixture    *fixture,
             const char *prefix)
{
  g_autoptr(GPtrArray) labels = bb_test_collect_drawn (GTK_WIDGET (fixture->window), GTK_TYPE_LABEL);
  GType toast_type = g_type_from_name ("AdwToastWidget");
  GPtrArray *toasts = g_ptr_array_new ();

  for (guint i = 0; toast_type != 0 && i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);
      GtkWidget *toast = gtk_widget_get_ancestor (label, toast_type);

      if (toast != NULL && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (label)), prefix))
        g_ptr_array_add (toasts, toast);
    }

  return toasts;
}

static gboolean
import_dialog_gone (gpointer data)
{
  return bb_test_find_toplevel (BB_TYPE_IMPORT_DIALOG, NULL) == NULL;
}

static gboolean
import_button_ready (gpointer dialog)
{
  GtkWidget *button = bb_test_find_button (dialog, "_Import");

  return button != NULL && gtk_widget_is_sensitive (button);
}

typedef struct
{
  GtkFileChooser *chooser;
  GFile          *file;
} ChooserWait;

/* The dialog selects a file once it has read its folder. */
static gboolean
file_selected (gpointer data)
{
  ChooserWait *wait = data;
  g_autoptr(GFile) selected = gtk_file_chooser_get_file (wait->chooser);

  return selected != NULL && g_file_equal (selected, wait->file);
}

/* Imports @file as the user does: the catalogue menu's import, the file chosen in the
 * file dialog, Import in the preview. */
static void
import_through_dialogs (Fixture *fixture,
                        GFile   *file)
{
  GtkWindow *chooser;
  GtkWindow *dialog;
  g_autoptr(GError) error = NULL;

  g_assert_true (gtk_widget_activate_action (fixture->view, "offers.import", NULL));
  chooser = bb_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL, 5);
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, &error));
  g_assert_no_error (error);
  g_assert_true (bb_test_wait_for (file_selected, &(ChooserWait) { GTK_FILE_CHOOSER (chooser), file }, 10));
  bb_test_click (bb_test_find_button (GTK_WIDGET (chooser), "_Open"));

  dialog = bb_test_wait_for_toplevel (BB_TYPE_IMPORT_DIALOG, GTK_WINDOW (fixture->window), 5);
  g_assert_true (bb_test_wait_for (import_button_ready, dialog, 10));
  bb_test_click (bb_test_find_button (GTK_WIDGET (dialog), "_Import"));
  g_assert_true (bb_test_wait_for (import_dialog_gone, NULL, 10));
}

static gint64
import_file (Fixture    *fixture,
             const char *contents)
{
  g_autoptr(GFile) file = write_file (fixture, "tilbud.csv", contents);

  return bb_test_import_file (bb_context_get_offers (fixture->context), file);
}

static gint64
offer_id (Fixture    *fixture,
          const char *uuid)
{
  g_autoptr(BbOffer) offer = bb_offer_repository_find_by_uuid (bb_context_get_offers (fixture->context), uuid, NULL);

  return offer != NULL ? bb_offer_get_id (offer) : 0;
}

static void
show_offer (Fixture    *fixture,
            const char *uuid)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-offer", "x",
                                             offer_id (fixture, uuid)));
  bb_test_iterate ();
}

static GtkWidget *
undo_import_button (Fixture *fixture)
{
  return bb_test_find_button (GTK_WIDGET (fixture->window), "Undo This _Import");
}

/* The window says once that the file was imported, with Undo on that one toast. */
static void
test_import_toast (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "tilbud.csv",
                                      "id;title;provider\n"
                                      FIRST_UUID ";Mentorordning;Ungeenheden\n");
  g_autoptr(GPtrArray) toasts = NULL;

  add_offer (fixture, "Café Exit", "Frivilligcentret");
  open_window (fixture);
  import_through_dialogs (fixture, file);
  wait_for_titles (fixture, "Café Exit\nMentorordning");
  bb_test_wait_for_label (GTK_WIDGET (fixture->window), "Imported: ", 10);

  toasts = find_toasts (fixture, "Imported: ");
  g_assert_cmpuint (toasts->len, ==, 1);
  g_assert_nonnull (bb_test_find_button (g_ptr_array_index (toasts, 0), "_Undo"));

  /* The imported offer can be taken back from its history too, while the toast still
   * offers Undo: Alt and a letter reaches each. */
  show_offer (fixture, FIRST_UUID);
  g_assert_nonnull (undo_import_button (fixture));
  g_ptr_array_unref (toasts);
  toasts = find_toasts (fixture, "Imported: ");
  g_assert_cmpuint (toasts->len, ==, 1);
  bb_test_assert_mnemonics_unique (GTK_WIDGET (fixture->window), TRUE);
}

static gboolean
offer_gone (gpointer data)
{
  Fixture *fixture = data;

  return offer_id (fixture, THIRD_UUID) == 0;
}

/* The history of an offer whose newest change is an import offers to undo that import;
 * it asks first, naming what it puts back, and says when it is done. An edit made here
 * since takes the offer away. */
static void
test_undo_import_from_history (Fixture       *fixture,
                               gconstpointer  data)
{
  AdwMessageDialog *dialog;
  g_autoptr(BbOffer) after = NULL;
  g_autoptr(BbOffer) edited = NULL;

  import_file (fixture,
               "id;title;provider;description\n"
               FIRST_UUID ";Mentorordning;Ungeenheden;En voksen at tale med.\n"
               SECOND_UUID ";Café Exit;Frivilligcentret;Et sted at være.\n");
  import_file (fixture,
               "id;title;provider;description\n"
               FIRST_UUID ";Mentorordning;Ungeenheden;Ændret i filen.\n"
               THIRD_UUID ";Gruppeforløb;Headspace;Samtaler i en gruppe.\n");
  open_window (fixture);
  wait_for_titles (fixture, "Café Exit\nGruppeforløb\nMentorordning");

  show_offer (fixture, FIRST_UUID);
  g_assert_nonnull (bb_test_find_label (GTK_WIDGET (fixture->window), "Ændret i filen."));

  /* Asked first: Cancel changes nothing. */
  bb_test_click (undo_import_button (fixture));
  dialog = ADW_MESSAGE_DIALOG (bb_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (fixture->window), 5));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Undo the Import?");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "1 offer goes back to how it was before the import. 1 offer the import created is removed.");
  bb_test_click (bb_test_find_button (GTK_WIDGET (dialog), "_Cancel"));
  g_assert_true (bb_test_wait_for (no_toplevels_but_window, fixture, 5));
  g_assert_cmpint (offer_id (fixture, THIRD_UUID), !=, 0);

  bb_test_click (undo_import_button (fixture));
  dialog = ADW_MESSAGE_DIALOG (bb_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (fixture->window), 5));
  bb_test_click (bb_test_find_button (GTK_WIDGET (dialog), "_Undo Import"));
  g_assert_true (bb_test_wait_for (offer_gone, fixture, 10));
  bb_test_wait_for_label (GTK_WIDGET (fixture->window), "The import is undone", 10);
  wait_for_titles (fixture, "Café Exit\nMentorordning");
  after = bb_offer_repository_find_by_uuid (bb_context_get_offers (fixture->context), FIRST_UUID, NULL);
  g_assert_cmpstr (bb_offer_get_description (after), ==, "En voksen at tale med.");
  /* Its newest change is the undo now: nothing more to take back from here. */
  g_assert_null (undo_import_button (fixture));

  /* The first import is still the newest change of the offer only it touched… */
  show_offer (fixture, SECOND_UUID);
  g_assert_nonnull (undo_import_button (fixture));

  /* …until the offer is edited here: the undo would take that edit with it. */
  edited = bb_offer_repository_find_by_uuid (bb_context_get_offers (fixture->context), SECOND_UUID, NULL);
  bb_offer_set_description (edited, "Rettet her.");
  save_offer (fixture, edited);
  bb_test_iterate ();
  g_assert_nonnull (bb_test_find_label (GTK_WIDGET (fixture->window), "Rettet her."));
  g_assert_null (undo_import_button (fixture));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = bb_test_set_data_home ();
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Toasts and rows appear at once: no waiting for animations. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add ("/offers-window/show-offers-of-provider", Fixture, NULL,
              fixture_set_up, test_show_offers_of_provider, fixture_tear_down);
  g_test_add ("/offers-window/import-toast", Fixture, NULL,
              fixture_set_up, test_import_toast, fixture_tear_down);
  g_test_add ("/offers-window/undo-import-from-history", Fixture, NULL,
              fixture_set_up, test_undo_import_from_history, fixture_tear_down);

  status = g_test_run ();
  bb_test_remove_folder (home);
  return status;
}
