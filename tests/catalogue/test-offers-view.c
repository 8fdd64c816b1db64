/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "bb-coverage-window.h"
#include "bb-offers-view.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"

typedef struct
{
  char         *folder;
  BbContext    *context;
  GtkWindow    *window;
  BbOffersView *view;
} Fixture;

typedef struct
{
  Fixture            *fixture;
  const char * const *expected;
} TitlesWait;

static BbOfferRepository *
offers (Fixture *fixture)
{
  return bb_context_get_offers (fixture->context);
}

static BbListRepository *
lists (Fixture *fixture)
{
  return bb_context_get_lists (fixture->context);
}

static gint64
add_offer (Fixture    *fixture,
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
  g_assert_true (bb_offer_repository_save (offers (fixture), offer, &error));
  g_assert_no_error (error);
  return bb_offer_get_id (offer);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->context = bb_test_context_new (&fixture->folder);

  if (data != NULL)
    {
      add_offer (fixture, "Åben rådgivning for unge", "Ungeenheden", "Anxiety and depression");
      add_offer (fixture, "Café Exit", "Frivilligcentret", NULL);
      add_offer (fixture, "Behandlingsforløb", "Børne- og ungdomspsykiatrien", "ADHD");
    }

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 700);
  fixture->view = g_object_new (BB_TYPE_OFFERS_VIEW, "context", fixture->context, NULL);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  bb_test_iterate ();
  /* The destroyed view let go of the catalogue. */
  g_assert_finalize_object (fixture->context);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
}

static gpointer
find (GtkWidget *widget,
      GType      type)
{
  g_autoptr(GPtrArray) found = bb_test_collect_drawn (widget, type);

  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

/* The list of offers on screen (the filters' popovers have lists too). */
static GtkListView *
list_view (Fixture *fixture)
{
  GtkListView *list = find (GTK_WIDGET (fixture->view), GTK_TYPE_LIST_VIEW);

  g_assert_nonnull (list);
  return list;
}

/* The titles of the rows the user sees, in order. */
static GStrv
shown_titles (Fixture *fixture)
{
  GtkWidget *list = find (GTK_WIDGET (fixture->view), GTK_TYPE_LIST_VIEW);
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();

  if (list == NULL)
    return g_strv_builder_end (titles);

  labels = bb_test_collect_drawn (list, GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "heading"))
      g_strv_builder_add (titles, gtk_label_get_text (g_ptr_array_index (labels, i)));

  return g_strv_builder_end (titles);
}

/* Whether a label in the list on screen reads @text. */
static gboolean
list_shows_text (Fixture    *fixture,
                 const char *text)
{
  g_autoptr(GPtrArray) labels = bb_test_collect_drawn (GTK_WIDGET (list_view (fixture)), GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;

  return FALSE;
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
  g_autoptr(GPtrArray) pages = bb_test_collect_drawn (GTK_WIDGET (fixture->view), ADW_TYPE_STATUS_PAGE);

  for (guint i = 0; i < pages->len; i++)
    if (g_strcmp0 (adw_status_page_get_title (g_ptr_array_index (pages, i)), title) == 0)
      return TRUE;

  return FALSE;
}

/* The title of the offer shown beside the list, or NULL. */
static const char *
detail_title (Fixture *fixture)
{
  return bb_test_find_styled_text (GTK_WIDGET (fixture->view), "title-1");
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
  GtkSelectionModel *selection;

  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Café Exit", "Åben rådgivning for unge", NULL });
  selection = gtk_list_view_get_model (list_view (fixture));
  gtk_selection_model_select_item (selection, 1, TRUE);
  bb_test_iterate ();
  g_assert_cmpstr (detail_title (fixture), ==, "Café Exit");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "offers.delete", NULL));
  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Åben rådgivning for unge", NULL });
  g_assert_cmpuint (bb_offer_repository_count (offers (fixture), NULL), ==, 2);

  /* The deleted offer is no longer shown beside the list. */
  g_assert_true (status_shown (fixture, "No Offer Selected"));
}

static void
test_undo_delete (Fixture       *fixture,
                  gconstpointer  data)
{
  BbOfferQuery query = BB_OFFER_QUERY_INIT;
  g_autoptr(GArray) ids = NULL;
  GtkSelectionModel *selection;

  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Café Exit", "Åben rådgivning for unge", NULL });
  selection = gtk_list_view_get_model (list_view (fixture));
  query.search = "café";
  ids = bb_offer_repository_query_ids (offers (fixture), &query, NULL);
  g_assert_cmpuint (ids->len, ==, 1);

  gtk_selection_model_select_item (selection, 1, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "offers.delete", NULL));
  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Åben rådgivning for unge", NULL });

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "offers.undo-delete", "x",
                                             g_array_index (ids, gint64, 0)));
  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Café Exit", "Åben rådgivning for unge", NULL });
  g_assert_cmpuint (bb_offer_repository_count (offers (fixture), NULL), ==, 3);
  /* …and selects it again. */
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection)), ==, 1);
}

/* The Edit button as drawn on screen, or NULL when it is not shown. */
static GtkWidget *
edit_button (Fixture *fixture)
{
  g_autoptr(GPtrArray) buttons = bb_test_collect_drawn (GTK_WIDGET (fixture->view), GTK_TYPE_BUTTON);

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

  add_offer (fixture, "Første tilbud", "Ungeenheden", NULL);
  wait_for_titles (fixture, (const char *[]) { "Første tilbud", NULL });

  /* The offer pane is there now, but with nothing selected there is nothing to edit. */
  g_assert_true (bb_test_wait_for (edit_button_shown, fixture, 5));
  g_assert_false (gtk_widget_is_sensitive (edit_button (fixture)));
}

static gint64
step_id_named (Fixture    *fixture,
               const char *name)
{
  g_autoptr(GListModel) steps = bb_list_repository_list_steps (lists (fixture), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(BbStep) step = g_list_model_get_item (steps, i);

      if (g_str_equal (bb_step_get_name (step), name))
        return bb_step_get_id (step);
    }

  g_assert_not_reached ();
}

static BbTargetGroup *
target_group_named (Fixture    *fixture,
                    const char *name)
{
  g_autoptr(GListModel) groups = bb_list_repository_list_target_groups (lists (fixture), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(BbTargetGroup) group = g_list_model_get_item (groups, i);

      if (g_str_equal (bb_target_group_get_name (group), name))
        return g_steal_pointer (&group);
    }

  g_assert_not_reached ();
}

static void
add_offer_at_step (Fixture       *fixture,
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
  g_assert_true (bb_offer_repository_save (offers (fixture), offer, NULL));
}

static void
test_coverage_filters_list (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(BbTargetGroup) adhd = NULL;
  GtkWindow *coverage = NULL;

  add_offer_at_step (fixture, "Coaching", "Early and light", BB_OFFER_STATUS_ACTIVE);
  add_offer_at_step (fixture, "Mentor", "Early and light", BB_OFFER_STATUS_ACTIVE);
  add_offer_at_step (fixture, "Lukket tilbud", "Early and light", BB_OFFER_STATUS_CLOSED);
  add_offer_at_step (fixture, "Udredning", "Specialised municipal", BB_OFFER_STATUS_ACTIVE);
  wait_for_titles (fixture, (const char *[]) { "Coaching", "Lukket tilbud", "Mentor", "Udredning", NULL });
  adhd = target_group_named (fixture, "ADHD");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "offers.coverage", NULL));
  coverage = bb_test_find_toplevel (BB_TYPE_COVERAGE_WINDOW, NULL);
  g_assert_nonnull (coverage);

  /* The cell counts active offers; the list shows those same offers. */
  g_signal_emit_by_name (coverage, "cell-activated", bb_target_group_get_id (adhd),
                         step_id_named (fixture, "Early and light"));
  wait_for_titles (fixture, (const char *[]) { "Coaching", "Mentor", NULL });

  gtk_window_destroy (coverage);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "offers.clear-filters", NULL));
  wait_for_titles (fixture, (const char *[]) { "Coaching", "Lukket tilbud", "Mentor", "Udredning", NULL });
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  (*count)++;
}

/* The filter whose first entry is @all, on screen or in its closed popover. */
static GtkDropDown *
find_filter (GtkWidget  *root,
             const char *all)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found;

      if (GTK_IS_DROP_DOWN (child))
        {
          g_autoptr(GtkStringObject) first = g_list_model_get_item (gtk_drop_down_get_model (GTK_DROP_DOWN (child)), 0);

          if (first != NULL && g_strcmp0 (gtk_string_object_get_string (first), all) == 0)
            return GTK_DROP_DOWN (child);
        }
      if ((found = find_filter (child, all)) != NULL)
        return found;
    }

  return NULL;
}

/* Whether the target group filter offers @name. */
static gboolean
target_group_filter_offers (Fixture    *fixture,
                            const char *name)
{
  GtkDropDown *filter = find_filter (GTK_WIDGET (fixture->view), "All target groups");
  GListModel *model;

  g_assert_nonnull (filter);
  model = gtk_drop_down_get_model (filter);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) entry = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (entry), name) == 0)
        return TRUE;
    }

  return FALSE;
}

/* A write to the lists shows in the filters without reloading the offers, while a
 * write to the offers reloads them. */
static void
test_lists_write_keeps_list (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(BbTargetGroup) group = bb_target_group_new ("Ordblindhed");
  g_autoptr(BbTargetGroup) adhd = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changes = 0;
  GListModel *model;

  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Café Exit", "Åben rådgivning for unge", NULL });
  model = G_LIST_MODEL (gtk_list_view_get_model (list_view (fixture)));
  g_signal_connect (model, "items-changed", G_CALLBACK (count_items_changed), &n_changes);

  g_assert_false (target_group_filter_offers (fixture, "Ordblindhed"));
  g_assert_true (bb_list_repository_save_target_group (lists (fixture), group, &error));
  g_assert_no_error (error);
  bb_test_iterate ();
  g_assert_cmpuint (n_changes, ==, 0);
  g_assert_true (target_group_filter_offers (fixture, "Ordblindhed"));

  /* A rename the rows show is a write to the offers as well. */
  adhd = target_group_named (fixture, "ADHD");
  bb_target_group_set_name (adhd, "ADHD og ADD");
  g_assert_true (bb_list_repository_save_target_group (lists (fixture), adhd, &error));
  g_assert_no_error (error);
  bb_test_iterate ();
  g_assert_cmpuint (n_changes, >, 0);
  g_assert_true (list_shows_text (fixture, "ADHD og ADD"));
  g_assert_true (target_group_filter_offers (fixture, "ADHD og ADD"));

  n_changes = 0;
  add_offer (fixture, "Mentorordning", "Ungeenheden", NULL);
  bb_test_iterate ();
  g_assert_cmpuint (n_changes, >, 0);
  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Café Exit", "Mentorordning",
                                                "Åben rådgivning for unge", NULL });
}

static gint64
add_reviewed_offer (Fixture    *fixture,
                    const char *title,
                    const char *reviewed)
{
  g_autoptr(BbOffer) offer = bb_offer_new ();
  g_autoptr(BbProvider) provider = bb_provider_new ("Ungeenheden");

  bb_offer_set_title (offer, title);
  bb_offer_set_provider (offer, provider);
  bb_offer_set_reviewed (offer, reviewed);
  g_assert_true (bb_offer_repository_save (offers (fixture), offer, NULL));
  return bb_offer_get_id (offer);
}

/* The "Needs review" mark of the row showing @title. */
static GtkWidget *
stale_mark (Fixture    *fixture,
            const char *title)
{
  g_autoptr(GPtrArray) labels = bb_test_collect_drawn (GTK_WIDGET (list_view (fixture)), GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);
      GtkWidget *mark;

      if (!gtk_widget_has_css_class (label, "heading")
          || g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), title) != 0)
        continue;

      mark = gtk_widget_get_next_sibling (label);
      g_assert_true (GTK_IS_LABEL (mark));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (mark)), ==, "Needs review");
      return mark;
    }

  g_assert_not_reached ();
}

/* "Needs review" is judged by the context's clock (15 March 2026 in the tests), not by
 * the computer's. */
static void
test_stale_by_context_clock (Fixture       *fixture,
                             gconstpointer  data)
{
  add_reviewed_offer (fixture, "Gennemgået i fjor", "2025-03-15");
  add_reviewed_offer (fixture, "Gennemgået i sommer", "2025-06-01");
  add_reviewed_offer (fixture, "Aldrig gennemgået", NULL);
  wait_for_titles (fixture, (const char *[]) { "Aldrig gennemgået", "Gennemgået i fjor",
                                                "Gennemgået i sommer", NULL });

  g_assert_true (gtk_widget_get_visible (stale_mark (fixture, "Gennemgået i fjor")));
  g_assert_true (gtk_widget_get_visible (stale_mark (fixture, "Aldrig gennemgået")));
  g_assert_false (gtk_widget_get_visible (stale_mark (fixture, "Gennemgået i sommer")));
}

/* The line under the offer's title and provider beside the list: status, access and
 * when it was reviewed. */
static const char *
detail_tags (Fixture *fixture)
{
  g_autoptr(GPtrArray) labels = bb_test_collect_drawn (GTK_WIDGET (fixture->view), GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "title-1"))
      {
        GtkWidget *provider = gtk_widget_get_next_sibling (g_ptr_array_index (labels, i));

        return gtk_label_get_text (GTK_LABEL (gtk_widget_get_next_sibling (provider)));
      }

  return NULL;
}

static void
test_mark_reviewed_today (Fixture       *fixture,
                          gconstpointer  data)
{
  gint64 id = add_reviewed_offer (fixture, "Gennemgået i fjor", "2025-03-15");
  g_autoptr(BbOffer) offer = NULL;

  wait_for_titles (fixture, (const char *[]) { "Gennemgået i fjor", NULL });
  gtk_selection_model_select_item (gtk_list_view_get_model (list_view (fixture)), 0, TRUE);
  bb_test_iterate ();
  g_assert_true (gtk_widget_get_visible (stale_mark (fixture, "Gennemgået i fjor")));
  g_assert_nonnull (strstr (detail_tags (fixture), "Reviewed 15 March 2025 · needs review"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "offers.mark-reviewed", NULL));
  bb_test_iterate ();

  /* Today is the context's. */
  offer = bb_offer_repository_get (offers (fixture), id, NULL);
  g_assert_cmpstr (bb_offer_get_reviewed (offer), ==, "2026-03-15");
  g_assert_false (gtk_widget_get_visible (stale_mark (fixture, "Gennemgået i fjor")));
  g_assert_cmpstr (detail_title (fixture), ==, "Gennemgået i fjor");
  g_assert_nonnull (strstr (detail_tags (fixture), "Reviewed 15 March 2026"));
  g_assert_null (strstr (detail_tags (fixture), "needs review"));
}

/* What win.show-offer asks of the view: an offer the search hides is shown anyway. */
static void
test_show_offer (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 id = add_offer (fixture, "Mentorordning", "Ungeenheden", NULL);
  GtkSelectionModel *selection;

  type_search (fixture, "café");
  wait_for_titles (fixture, (const char *[]) { "Café Exit", NULL });

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "offers.show-offer", "x", id));
  bb_test_iterate ();
  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Café Exit", "Mentorordning",
                                                "Åben rådgivning for unge", NULL });
  selection = gtk_list_view_get_model (list_view (fixture));
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection)), ==, 2);
  g_assert_cmpstr (detail_title (fixture), ==, "Mentorordning");
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
  g_test_add ("/offers-view/lists-write-keeps-list", Fixture, "filled", fixture_set_up, test_lists_write_keeps_list, fixture_tear_down);
  g_test_add ("/offers-view/stale-by-context-clock", Fixture, NULL, fixture_set_up, test_stale_by_context_clock, fixture_tear_down);
  g_test_add ("/offers-view/mark-reviewed-today", Fixture, NULL, fixture_set_up, test_mark_reviewed_today, fixture_tear_down);
  g_test_add ("/offers-view/show-offer", Fixture, "filled", fixture_set_up, test_show_offer, fixture_tear_down);

  return g_test_run ();
}
