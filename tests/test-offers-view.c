/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>

#include "bb-coverage-window.h"
#include "bb-offers-view.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"

typedef struct
{
  char         *folder;
  BbStore      *store;
  GtkWindow    *window;
  BbOffersView *view;
} Fixture;

typedef struct
{
  Fixture            *fixture;
  const char * const *expected;
} TitlesWait;

static void
add_offer (BbStore    *store,
           const char *title,
           const char *provider_name,
           const char *target_group)
{
  g_autoptr(BbOffer) offer = bb_offer_new ();
  g_autoptr(BbProvider) provider = bb_provider_new (provider_name);
  g_autoptr(GError) error = NULL;

  bb_offer_set_title (offer, title);
  bb_offer_set_provider (offer, provider);
  if (target_group != NULL)
    {
      g_autoptr(BbTargetGroup) group = bb_target_group_new (target_group);

      g_list_store_append (bb_offer_get_target_groups (offer), group);
    }
  g_assert_true (bb_store_save_offer (store, offer, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = bb_test_store_new (&fixture->folder);

  if (data != NULL)
    {
      add_offer (fixture->store, "Åben rådgivning for unge", "Ungeenheden", "Anxiety and depression");
      add_offer (fixture->store, "Café Exit", "Frivilligcentret", NULL);
      add_offer (fixture->store, "Behandlingsforløb", "Børne- og ungdomspsykiatrien", "ADHD");
    }

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 700);
  fixture->view = g_object_new (BB_TYPE_OFFERS_VIEW, "store", fixture->store, NULL);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->store);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && gtk_widget_is_drawable (child))
        g_ptr_array_add (found, child);
      collect (child, type, found);
    }
}

static gpointer
find (GtkWidget *widget,
      GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (widget, type, found);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

/* The titles of the rows the user sees, in order. */
static GStrv
shown_titles (Fixture *fixture)
{
  GtkWidget *list = find (GTK_WIDGET (fixture->view), GTK_TYPE_LIST_VIEW);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();

  if (list == NULL)
    return g_strv_builder_end (titles);

  collect (list, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "heading"))
      g_strv_builder_add (titles, gtk_label_get_text (g_ptr_array_index (labels, i)));

  return g_strv_builder_end (titles);
}

static gboolean
titles_are (Fixture            *fixture,
            const char * const *expected)
{
  g_auto(GStrv) titles = shown_titles (fixture);

  return g_strv_equal ((const char * const *) titles, expected);
}

static gboolean
titles_shown (gpointer data)
{
  TitlesWait *wait = data;

  return titles_are (wait->fixture, wait->expected);
}

/* The search entry waits a moment after each keystroke, as it should; wait with it. */
static void
wait_for_titles (Fixture            *fixture,
                 const char * const *expected)
{
  TitlesWait wait = { fixture, expected };

  if (!bb_test_wait_for (titles_shown, &wait, 5))
    {
      g_auto(GStrv) titles = shown_titles (fixture);
      g_autofree char *shown = g_strjoinv (" | ", titles);
      g_autofree char *wanted = g_strjoinv (" | ", (GStrv) expected);

      g_error ("Rows shown: “%s”; expected “%s”", shown, wanted);
    }
}

static void
type_search (Fixture    *fixture,
             const char *text)
{
  GtkEditable *entry = find (GTK_WIDGET (fixture->view), GTK_TYPE_SEARCH_ENTRY);

  g_assert_nonnull (entry);
  gtk_editable_set_text (entry, text);
}

/* Whether a status page with this title is on screen. */
static gboolean
status_shown (Fixture    *fixture,
              const char *title)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();

  collect (GTK_WIDGET (fixture->view), ADW_TYPE_STATUS_PAGE, pages);
  for (guint i = 0; i < pages->len; i++)
    if (g_strcmp0 (adw_status_page_get_title (g_ptr_array_index (pages, i)), title) == 0)
      return TRUE;

  return FALSE;
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  const char *radg[] = { "Åben rådgivning for unge", NULL };
  const char *cafe[] = { "Café Exit", NULL };
  const char *adhd[] = { "Behandlingsforløb", NULL };
  const char *none[] = { NULL };

  /* Danish order: Å comes last. */
  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Café Exit", "Åben rådgivning for unge", NULL });

  type_search (fixture, "rådg");
  wait_for_titles (fixture, radg);

  type_search (fixture, "cafe");
  wait_for_titles (fixture, cafe);

  /* Target groups and providers are searched too, case aside. */
  type_search (fixture, "adhd");
  wait_for_titles (fixture, adhd);
  type_search (fixture, "BØRNE");
  wait_for_titles (fixture, adhd);

  type_search (fixture, "xyzzy");
  wait_for_titles (fixture, none);
  g_assert_true (status_shown (fixture, "No Matching Offers"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "offers.clear-filters", NULL));
  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Café Exit", "Åben rådgivning for unge", NULL });
}

static void
test_select_delete_undo (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkListView *list = find (GTK_WIDGET (fixture->view), GTK_TYPE_LIST_VIEW);
  GtkSelectionModel *selection = gtk_list_view_get_model (list);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  gboolean detail_shows_title = FALSE;

  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Café Exit", "Åben rådgivning for unge", NULL });
  gtk_selection_model_select_item (selection, 1, TRUE);
  bb_test_iterate ();

  collect (GTK_WIDGET (fixture->view), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "title-1")
        && g_str_equal (gtk_label_get_text (g_ptr_array_index (labels, i)), "Café Exit"))
      detail_shows_title = TRUE;
  g_assert_true (detail_shows_title);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "offers.delete", NULL));
  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Åben rådgivning for unge", NULL });
  g_assert_cmpuint (bb_store_count_offers (fixture->store, NULL), ==, 2);

  /* The deleted offer is no longer shown beside the list. */
  g_assert_true (status_shown (fixture, "No Offer Selected"));
}

static void
test_undo_delete (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkListView *list = find (GTK_WIDGET (fixture->view), GTK_TYPE_LIST_VIEW);
  GtkSelectionModel *selection = gtk_list_view_get_model (list);
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  g_autoptr(GArray) ids = NULL;

  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Café Exit", "Åben rådgivning for unge", NULL });
  query.search = "café";
  ids = bb_store_query_offer_ids (fixture->store, &query, NULL);
  g_assert_cmpuint (ids->len, ==, 1);

  gtk_selection_model_select_item (selection, 1, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "offers.delete", NULL));
  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Åben rådgivning for unge", NULL });

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "offers.undo-delete", "x",
                                             g_array_index (ids, gint64, 0)));
  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Café Exit", "Åben rådgivning for unge", NULL });
  g_assert_cmpuint (bb_store_count_offers (fixture->store, NULL), ==, 3);
  /* …and selects it again. */
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection)), ==, 1);
}

/* The Edit button as drawn on screen, or NULL when it is not shown. */
static GtkWidget *
edit_button (Fixture *fixture)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (GTK_WIDGET (fixture->view), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), "offers.edit") == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

static gboolean
edit_button_shown (gpointer fixture)
{
  return edit_button (fixture) != NULL;
}

static void
test_empty_catalogue (Fixture       *fixture,
                      gconstpointer  data)
{
  bb_test_iterate ();

  g_assert_true (status_shown (fixture, "Welcome to Brobygger"));
  /* An empty catalogue shows only the welcome: nothing to edit. */
  g_assert_null (edit_button (fixture));

  add_offer (fixture->store, "Første tilbud", "Ungeenheden", NULL);
  wait_for_titles (fixture, (const char *[]) { "Første tilbud", NULL });

  /* The offer pane is there now, but with nothing selected there is nothing to edit. */
  g_assert_true (bb_test_wait_for (edit_button_shown, fixture, 5));
  g_assert_false (gtk_widget_is_sensitive (edit_button (fixture)));
}

static gint64
step_id_named (BbStore    *store,
               const char *name)
{
  g_autoptr(GListModel) steps = bb_store_list_steps (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(BbStep) step = g_list_model_get_item (steps, i);

      if (g_str_equal (bb_step_get_name (step), name))
        return bb_step_get_id (step);
    }

  g_assert_not_reached ();
}

static void
add_offer_at_step (BbStore       *store,
                   const char    *title,
                   const char    *step_name,
                   BbOfferStatus  status)
{
  g_autoptr(BbOffer) offer = bb_offer_new ();
  g_autoptr(BbProvider) provider = bb_provider_new ("Ungeenheden");
  g_autoptr(BbTargetGroup) group = bb_target_group_new ("ADHD");
  g_autoptr(BbStep) step = bb_step_new (0, step_name);

  bb_offer_set_title (offer, title);
  bb_offer_set_provider (offer, provider);
  bb_offer_set_status (offer, status);
  g_list_store_append (bb_offer_get_target_groups (offer), group);
  g_list_store_append (bb_offer_get_steps (offer), step);
  g_assert_true (bb_store_save_offer (store, offer, NULL));
}

static void
test_coverage_filters_list (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GListModel) groups = bb_store_list_target_groups (fixture->store, NULL);
  GtkWindow *coverage = NULL;
  gint64 adhd = 0;

  add_offer_at_step (fixture->store, "Coaching", "Early and light", BB_OFFER_STATUS_ACTIVE);
  add_offer_at_step (fixture->store, "Mentor", "Early and light", BB_OFFER_STATUS_ACTIVE);
  add_offer_at_step (fixture->store, "Lukket tilbud", "Early and light", BB_OFFER_STATUS_CLOSED);
  add_offer_at_step (fixture->store, "Udredning", "Specialised municipal", BB_OFFER_STATUS_ACTIVE);
  wait_for_titles (fixture, (const char *[]) { "Coaching", "Lukket tilbud", "Mentor", "Udredning", NULL });

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(BbTargetGroup) group = g_list_model_get_item (groups, i);

      if (g_str_equal (bb_target_group_get_name (group), "ADHD"))
        adhd = bb_target_group_get_id (group);
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "offers.coverage", NULL));
  coverage = bb_test_find_toplevel (BB_TYPE_COVERAGE_WINDOW, NULL);
  g_assert_nonnull (coverage);

  /* The cell counts active offers; the list shows those same offers. */
  g_signal_emit_by_name (coverage, "cell-activated", adhd, step_id_named (fixture->store, "Early and light"));
  wait_for_titles (fixture, (const char *[]) { "Coaching", "Mentor", NULL });

  gtk_window_destroy (coverage);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "offers.clear-filters", NULL));
  wait_for_titles (fixture, (const char *[]) { "Coaching", "Lukket tilbud", "Mentor", "Udredning", NULL });
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/offers-view/search", Fixture, "filled", fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/offers-view/select-delete", Fixture, "filled", fixture_set_up, test_select_delete_undo, fixture_tear_down);
  g_test_add ("/offers-view/undo-delete", Fixture, "filled", fixture_set_up, test_undo_delete, fixture_tear_down);
  g_test_add ("/offers-view/empty", Fixture, NULL, fixture_set_up, test_empty_catalogue, fixture_tear_down);
  g_test_add ("/offers-view/coverage-filters-list", Fixture, NULL, fixture_set_up, test_coverage_filters_list, fixture_tear_down);

  return g_test_run ();
}
