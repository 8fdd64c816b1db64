/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>

#include "bb-offers-view.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"
#include "bb-trash-window.h"

typedef struct
{
  char         *folder;
  BbContext    *context;
  GtkWindow    *window;
  BbOffersView *view;
  gint64        counselling;
  gint64        cafe;
  gint64        treatment;
} Fixture;

static BbOfferRepository *
offers (Fixture *fixture)
{
  return bb_context_get_offers (fixture->context);
}

static gint64
add_offer (Fixture    *fixture,
           const char *title,
           const char *provider_name)
{
  g_autoptr(BbOffer) offer = bb_offer_new ();
  g_autoptr(BbProvider) provider = bb_provider_new (provider_name);
  g_autoptr(GError) error = NULL;

  bb_offer_set_title (offer, title);
  bb_offer_set_provider (offer, provider);
  g_assert_true (bb_offer_repository_save (offers (fixture), offer, &error));
  g_assert_no_error (error);
  return bb_offer_get_id (offer);
}

static void
set_clock (Fixture    *fixture,
           const char *iso)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (iso, NULL);
  g_autoptr(BbClock) clock = bb_clock_new_fixed (now);

  bb_database_set_clock (bb_context_get_database (fixture->context), clock);
}

static void
delete_offer (Fixture *fixture,
              gint64   id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_offer_repository_delete (offers (fixture), id, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->context = bb_test_context_new (&fixture->folder);
  fixture->counselling = add_offer (fixture, "Åben rådgivning for unge", "Ungeenheden");
  fixture->cafe = add_offer (fixture, "Café Exit", "Frivilligcentret");
  fixture->treatment = add_offer (fixture, "Behandlingsforløb", "Børne- og ungdomspsykiatrien");

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 700);
  fixture->view = g_object_new (BB_TYPE_OFFERS_VIEW, "context", fixture->context, NULL);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
  bb_test_iterate ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWindow *trash = bb_test_find_toplevel (BB_TYPE_TRASH_WINDOW, NULL);

  if (trash != NULL)
    gtk_window_destroy (trash);
  gtk_window_destroy (fixture->window);
  bb_test_iterate ();
  /* The destroyed windows let go of the catalogue. */
  g_assert_finalize_object (fixture->context);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
}

/* Opens "Recently Deleted" as its menu item does. */
static GtkWindow *
open_trash (Fixture *fixture)
{
  GtkWindow *trash;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "offers.show-trash", NULL));
  bb_test_iterate ();
  trash = bb_test_find_toplevel (BB_TYPE_TRASH_WINDOW, fixture->window);
  g_assert_nonnull (trash);
  return trash;
}

/* The texts of the labels on screen below @root, joined by "|". */
static char *
shown_texts (GtkWidget *root)
{
  g_autoptr(GPtrArray) labels = bb_test_collect_drawn (root, GTK_TYPE_LABEL);
  GString *texts = g_string_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (g_ptr_array_index (labels, i));

      if (text[0] != '\0')
        g_string_append_printf (texts, "%s%s", texts->len > 0 ? "|" : "", text);
    }

  return g_string_free (texts, FALSE);
}

static char *
shown_rows (GtkWindow *trash)
{
  GtkWidget *list = bb_test_find (GTK_WIDGET (trash), GTK_TYPE_LIST_VIEW, TRUE);

  return list != NULL ? shown_texts (list) : g_strdup ("");
}

/* The Restore button on the row of @title. */
static GtkWidget *
find_restore_button (GtkWindow  *trash,
                     const char *title)
{
  GtkWidget *list = bb_test_find (GTK_WIDGET (trash), GTK_TYPE_LIST_VIEW, TRUE);
  g_autoptr(GPtrArray) buttons = NULL;

  g_assert_nonnull (list);
  buttons = bb_test_collect_drawn (list, GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      GtkWidget *row = gtk_widget_get_parent (button);
      g_autofree char *texts = shown_texts (row);

      if (g_str_has_prefix (texts, title) && g_str_has_suffix (texts, "Restore"))
        return button;
    }

  return NULL;
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
  gboolean    shown;
} TextWait;

static gboolean
text_is_shown (gpointer data)
{
  TextWait *wait = data;
  g_autofree char *texts = shown_texts (wait->root);
  g_auto(GStrv) parts = g_strsplit (texts, "|", -1);

  return g_strv_contains ((const char * const *) parts, wait->text) == wait->shown;
}

static void
wait_for_text (GtkWidget  *root,
               const char *text,
               gboolean    shown)
{
  TextWait wait = { root, text, shown };

  if (!bb_test_wait_for (text_is_shown, &wait, 5))
    {
      g_autofree char *texts = shown_texts (root);

      g_error ("“%s” is%s shown: %s", text, shown ? " not" : "", texts);
    }
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWindow *trash = open_trash (fixture);
  g_autofree char *texts = NULL;

  wait_for_text (GTK_WIDGET (trash), "No Recently Deleted Offers", TRUE);
  texts = shown_texts (GTK_WIDGET (trash));
  g_assert_nonnull (strstr (texts, "Deleted offers are kept here for 30 days, then removed for good."));
  g_assert_null (bb_test_find (GTK_WIDGET (trash), GTK_TYPE_LIST_VIEW, TRUE));
}

static void
test_list_and_restore (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *rows = NULL;
  GtkWindow *trash;
  GtkWidget *button;

  set_clock (fixture, "2026-03-12T09:00:00Z");
  delete_offer (fixture, fixture->cafe);
  set_clock (fixture, BB_TEST_NOW_ISO);
  delete_offer (fixture, fixture->treatment);
  wait_for_text (GTK_WIDGET (fixture->view), "Café Exit", FALSE);

  /* Newest first: title, provider and how long ago, by the catalogue's clock. */
  trash = open_trash (fixture);
  rows = shown_rows (trash);
  g_assert_cmpstr (rows, ==,
                   "Behandlingsforløb|Børne- og ungdomspsykiatrien · deleted today|Restore|"
                   "Café Exit|Frivilligcentret · deleted 3 days ago|Restore");
  /* One Restore a row: no letter could choose between them. */
  bb_test_assert_mnemonics_unique (GTK_WIDGET (trash), TRUE);

  /* Restore, clicked on its row: gone from here, back in the catalogue. */
  button = find_restore_button (trash, "Café Exit");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  gtk_widget_activate (button);

  wait_for_text (GTK_WIDGET (trash), "Café Exit", FALSE);
  wait_for_text (GTK_WIDGET (trash), "“Café Exit” is back in the catalogue", TRUE);
  wait_for_text (GTK_WIDGET (fixture->view), "Café Exit", TRUE);
  g_assert_cmpuint (bb_offer_repository_count (offers (fixture), NULL), ==, 2);

  /* A deletion elsewhere shows up here at once. */
  delete_offer (fixture, fixture->counselling);
  wait_for_text (GTK_WIDGET (trash), "Åben rådgivning for unge", TRUE);
  wait_for_text (GTK_WIDGET (trash), "Ungeenheden · deleted today", TRUE);

  /* The last ones restored, the empty state. */
  gtk_widget_activate (find_restore_button (trash, "Åben rådgivning for unge"));
  wait_for_text (GTK_WIDGET (trash), "Åben rådgivning for unge", FALSE);
  gtk_widget_activate (find_restore_button (trash, "Behandlingsforløb"));
  wait_for_text (GTK_WIDGET (trash), "No Recently Deleted Offers", TRUE);
  g_assert_cmpuint (bb_offer_repository_count (offers (fixture), NULL), ==, 3);
}

/* Restored from another window first: said so, and the row goes. */
static void
test_restored_elsewhere (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWindow *trash;
  GtkWidget *button;
  g_autoptr(BbDatabase) database = NULL;
  g_autoptr(BbContext) other = NULL;
  g_autoptr(GError) error = NULL;

  delete_offer (fixture, fixture->cafe);
  trash = open_trash (fixture);
  button = find_restore_button (trash, "Café Exit");
  g_assert_nonnull (button);

  /* Another window's connection: this one hears nothing of it. */
  database = bb_database_open (bb_database_get_path (bb_context_get_database (fixture->context)), FALSE, &error);
  g_assert_no_error (error);
  other = bb_context_new (database, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (bb_offer_repository_restore (bb_context_get_offers (other), fixture->cafe, &error));

  gtk_widget_activate (button);
  wait_for_text (GTK_WIDGET (trash), "No Recently Deleted Offers", TRUE);
  wait_for_text (GTK_WIDGET (trash),
                 "The offer is no longer among the recently deleted. It may have been restored in another window, or deleted for good.",
                 TRUE);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/trash-window/empty", test_empty);
  ADD ("/trash-window/list-and-restore", test_list_and_restore);
  ADD ("/trash-window/restored-elsewhere", test_restored_elsewhere);
#undef ADD

  return g_test_run ();
}
