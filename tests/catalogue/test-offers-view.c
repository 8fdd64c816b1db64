/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "bb-coverage-window.h"
#include "bb-offer-row.h"
#include "bb-offers-view.h"
#include "bb-offers-view-private.h"
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

/* @data: NULL for an empty catalogue, "filled" for three offers, "narrow" for an empty
 * catalogue in a phone-sized window. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  gboolean narrow = g_strcmp0 (data, "narrow") == 0;

  fixture->context = bb_test_context_new (&fixture->folder);

  if (g_strcmp0 (data, "filled") == 0)
    {
      add_offer (fixture, "Åben rådgivning for unge", "Ungeenheden", "Anxiety and depression");
      add_offer (fixture, "Café Exit", "Frivilligcentret", NULL);
      add_offer (fixture, "Behandlingsforløb", "Børne- og ungdomspsykiatrien", "ADHD");
    }

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, narrow ? 360 : 1000, 700);
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

/* The sort order, whose first entry is named for what it does. */
static GtkDropDown *
find_sort (Fixture *fixture)
{
  GtkDropDown *sort = find_filter (GTK_WIDGET (fixture->view), "Title");

  if (sort == NULL)
    sort = find_filter (GTK_WIDGET (fixture->view), "Relevance");
  g_assert_nonnull (sort);
  return sort;
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
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  (*count)++;
}

/* Where @dropdown offers @name, or G_MAXUINT. */
static guint
dropdown_position (GtkDropDown *dropdown,
                   const char  *name)
{
  GListModel *names = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    {
      g_autoptr(GtkStringObject) entry = g_list_model_get_item (names, i);

      if (g_strcmp0 (gtk_string_object_get_string (entry), name) == 0)
        return i;
    }

  return G_MAXUINT;
}

/* Whether the target group filter offers @name. */
static gboolean
target_group_filter_offers (Fixture    *fixture,
                            const char *name)
{
  GtkDropDown *filter = find_filter (GTK_WIDGET (fixture->view), "All target groups");

  g_assert_nonnull (filter);
  return dropdown_position (filter, name) != G_MAXUINT;
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


static GtkWidget *
find_leaflet (Fixture *fixture)
{
  GtkWidget *leaflet = bb_test_find (GTK_WIDGET (fixture->view), ADW_TYPE_LEAFLET, FALSE);

  g_assert_nonnull (leaflet);
  return leaflet;
}

/* The button on screen that runs @action. */
static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  g_autoptr(GPtrArray) buttons = bb_test_collect_drawn (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), action) == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

static void
on_clicked (GtkButton *button,
            gboolean  *clicked)
{
  *clicked = TRUE;
}

static gboolean
is_true (gpointer flag)
{
  return *(gboolean *) flag;
}

/* A click as the user makes it: a button that is not drawn, or is greyed out, cannot be
 * clicked. Activated as from the keyboard, it shows itself pressed for a moment first. */
static void
click (GtkWidget *button)
{
  gboolean clicked = FALSE;
  gulong handler;

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_drawable (button));
  g_assert_true (gtk_widget_is_sensitive (button));

  g_object_ref (button);
  handler = g_signal_connect (button, "clicked", G_CALLBACK (on_clicked), &clicked);
  g_assert_true (gtk_widget_activate (button));
  g_assert_true (bb_test_wait_for (is_true, &clicked, 5));
  g_signal_handler_disconnect (button, handler);
  g_object_unref (button);
}

/* Whether a label on screen reads @text. */
static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  g_autoptr(GPtrArray) labels = bb_test_collect_drawn (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;

  return FALSE;
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} TextWait;

static gboolean
text_shown (gpointer data)
{
  TextWait *wait = data;

  return shows_text (wait->root, wait->text);
}

/* Waits for @text to show below @root: some of it slides in. */
static void
wait_for_text (GtkWidget  *root,
               const char *text)
{
  TextWait wait = { root, text };

  if (!bb_test_wait_for (text_shown, &wait, 5))
    g_error ("“%s” is not shown", text);
}

/* The value of the first column of the one row @sql returns, as the file holds it. */
static char *
query_text (Fixture    *fixture,
            const char *sql)
{
  sqlite3 *db = bb_database_get_handle (bb_context_get_database (fixture->context));
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static void
select_row (Fixture *fixture,
            guint    position)
{
  gtk_selection_model_select_item (gtk_list_view_get_model (list_view (fixture)), position, TRUE);
  bb_test_iterate ();
}

static guint
selected_position (Fixture *fixture)
{
  return gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (gtk_list_view_get_model (list_view (fixture))));
}

/* The row widgets on screen, top to bottom. */
static GPtrArray *
shown_rows (Fixture *fixture)
{
  return bb_test_collect_drawn (GTK_WIDGET (list_view (fixture)), BB_TYPE_OFFER_ROW);
}

/* The row on screen that shows @title. */
static BbOfferRow *
row_showing (Fixture    *fixture,
             const char *title)
{
  g_autoptr(GPtrArray) rows = shown_rows (fixture);

  for (guint i = 0; i < rows->len; i++)
    {
      BbOffer *offer = bb_offer_row_get_offer (g_ptr_array_index (rows, i));

      if (offer != NULL && g_strcmp0 (bb_offer_get_title (offer), title) == 0)
        return g_ptr_array_index (rows, i);
    }

  g_error ("No row shows “%s”", title);
}

/* ---- search and list ------------------------------------------------- */

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

static gint64
add_described_offer (Fixture    *fixture,
                     const char *title,
                     const char *provider_name,
                     const char *description)
{
  g_autoptr(BbOffer) offer = bb_offer_new ();
  g_autoptr(BbProvider) provider = bb_provider_new (provider_name);

  bb_offer_set_title (offer, title);
  bb_offer_set_provider (offer, provider);
  bb_offer_set_description (offer, description);
  g_assert_true (bb_offer_repository_save (offers (fixture), offer, NULL));
  return bb_offer_get_id (offer);
}

static gboolean
sort_offers (GtkDropDown *sort,
             const char  *name)
{
  return dropdown_position (sort, name) != G_MAXUINT;
}

/* Chooses the sort order named @name, as the user does in the list. */
static void
select_sort (GtkDropDown *sort,
             const char  *name)
{
  g_assert_true (sort_offers (sort, name));
  gtk_drop_down_set_selected (sort, dropdown_position (sort, name));
}

/* A search puts the offers whose title matches first; alphabetical order would not. */
static void
test_search_ranked (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkDropDown *sort;

  add_described_offer (fixture, "Aktivitetshuset", "Kulturhuset",
                       "Værksteder og fællesspisning, hvor en frivillig mentor tager imod nye.");
  add_described_offer (fixture, "Basisgruppen", "Mentorhuset", "Samtaler i en lille gruppe.");
  add_described_offer (fixture, "Mentorordning", "Jobcentret", "En voksen at tale med.");
  add_described_offer (fixture, "Café Exit", "Frivilligcentret", "Et sted at være.");
  wait_for_titles (fixture, (const char *[]) { "Aktivitetshuset", "Basisgruppen", "Café Exit", "Mentorordning", NULL });

  type_search (fixture, "mentor");
  wait_for_titles (fixture, (const char *[]) { "Mentorordning", "Basisgruppen", "Aktivitetshuset", NULL });

  /* Relevance is the order while searching, and the others still sort: the title's
   * too. */
  sort = find_sort (fixture);
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (sort)), ==, "Relevance");
  select_sort (sort, "Provider");
  wait_for_titles (fixture, (const char *[]) { "Mentorordning", "Aktivitetshuset", "Basisgruppen", NULL });
  select_sort (sort, "Title");
  wait_for_titles (fixture, (const char *[]) { "Aktivitetshuset", "Basisgruppen", "Mentorordning", NULL });
  select_sort (sort, "Relevance");
  wait_for_titles (fixture, (const char *[]) { "Mentorordning", "Basisgruppen", "Aktivitetshuset", NULL });

  /* Without a search there is nothing to rank, so no Relevance to choose. */
  type_search (fixture, "");
  wait_for_titles (fixture, (const char *[]) { "Aktivitetshuset", "Basisgruppen", "Café Exit", "Mentorordning", NULL });
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (sort)), ==, "Title");
  g_assert_false (sort_offers (sort, "Relevance"));

  /* An order the user chose outlasts the search; Relevance is the default only over
   * the title's order. */
  select_sort (sort, "Provider");
  type_search (fixture, "mentor");
  wait_for_titles (fixture, (const char *[]) { "Mentorordning", "Aktivitetshuset", "Basisgruppen", NULL });
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (sort)), ==, "Provider");
  g_assert_true (sort_offers (sort, "Relevance"));
}

typedef struct
{
  Fixture    *fixture;
  const char *first;
} FirstWait;

static gboolean
first_title_is (gpointer data)
{
  FirstWait *wait = data;
  g_auto(GStrv) titles = shown_titles (wait->fixture);

  return titles[0] != NULL && g_strcmp0 (titles[0], wait->first) == 0;
}

/* Waits until the list on screen starts with @first. */
static void
wait_for_titles_start (Fixture    *fixture,
                       const char *first)
{
  FirstWait wait = { fixture, first };

  if (!bb_test_wait_for (first_title_is, &wait, 5))
    g_error ("The list does not start with “%s”", first);
}

/* Whether the row showing @title is within the list's visible part. */
static gboolean
row_in_view (Fixture    *fixture,
             const char *title)
{
  g_autoptr(GPtrArray) rows = shown_rows (fixture);
  GtkWidget *list = GTK_WIDGET (list_view (fixture));

  for (guint i = 0; i < rows->len; i++)
    {
      BbOffer *offer = bb_offer_row_get_offer (g_ptr_array_index (rows, i));
      graphene_rect_t bounds;

      if (offer == NULL || g_strcmp0 (bb_offer_get_title (offer), title) != 0)
        continue;

      g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (rows, i), list, &bounds));
      return graphene_rect_get_y (&bounds) + graphene_rect_get_height (&bounds) > 0
             && graphene_rect_get_y (&bounds) < gtk_widget_get_height (list);
    }

  return FALSE;
}

static GtkAdjustment *
list_scroll (Fixture *fixture)
{
  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list_view (fixture)));
}

static gboolean
list_scrolled_down (gpointer fixture)
{
  return gtk_adjustment_get_value (list_scroll (fixture)) > 0;
}

static gboolean
list_at_top (gpointer fixture)
{
  return gtk_adjustment_get_value (list_scroll (fixture)) == 0
         && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (bb_test_find (GTK_WIDGET (((Fixture *) fixture)->view),
                                                                           GTK_TYPE_SEARCH_ENTRY, FALSE))),
                       "samtaler") == 0;
}

/* A new search shows its results from the top, wherever the list was scrolled to. */
static void
test_new_search_scrolls_to_top (Fixture       *fixture,
                                gconstpointer  data)
{
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *title = g_strdup_printf ("Tilbud %02u", i);

      add_described_offer (fixture, title, "Ungeenheden", "Samtaler for unge.");
    }
  type_search (fixture, "tilbud");
  wait_for_titles_start (fixture, "Tilbud 00");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list_view (fixture)), "list.scroll-to-item", "u", 39));
  g_assert_true (bb_test_wait_for (list_scrolled_down, fixture, 5));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_false (row_in_view (fixture, "Tilbud 00"));

  /* The same forty offers again, as a new search may well find. */
  type_search (fixture, "samtaler");
  g_assert_true (bb_test_wait_for (list_at_top, fixture, 5));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_true (row_in_view (fixture, "Tilbud 00"));
}

/* ---- deleting and undoing -------------------------------------------- */

/* The toast on screen whose title is @title. */
static GtkWidget *
find_toast (Fixture    *fixture,
            const char *title)
{
  g_autoptr(GPtrArray) labels = bb_test_collect_drawn (GTK_WIDGET (fixture->view), GTK_TYPE_LABEL);
  /* libadwaita's widget for a toast, registered with the first toast shown. */
  GType toast_type = g_type_from_name ("AdwToastWidget");

  if (toast_type == G_TYPE_INVALID)
    return NULL;

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);
      GtkWidget *toast = gtk_widget_get_ancestor (label, toast_type);

      if (toast != NULL && g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), title) == 0)
        return toast;
    }

  return NULL;
}

typedef struct
{
  Fixture    *fixture;
  const char *title;
} ToastWait;

static gboolean
toast_shown (gpointer data)
{
  ToastWait *wait = data;

  return find_toast (wait->fixture, wait->title) != NULL;
}

static GtkWidget *
wait_for_toast (Fixture    *fixture,
                const char *title)
{
  ToastWait wait = { fixture, title };

  if (!bb_test_wait_for (toast_shown, &wait, 5))
    g_error ("No toast says “%s”", title);
  return find_toast (fixture, title);
}

/* How long the toast @widget shows, when libadwaita tells. */
static guint
toast_timeout (GtkWidget *widget)
{
  g_autoptr(AdwToast) toast = NULL;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "toast") == NULL)
    return G_MAXUINT;

  g_object_get (widget, "toast", &toast, NULL);
  return adw_toast_get_timeout (toast);
}

/* Deleting says so in a toast that stays long enough to reach; its own Undo button
 * brings the offer back, selected. */
static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *toast;
  guint timeout;

  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Café Exit", "Åben rådgivning for unge", NULL });
  select_row (fixture, 1);
  g_assert_cmpstr (detail_title (fixture), ==, "Café Exit");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "offers.delete", NULL));
  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Åben rådgivning for unge", NULL });
  g_assert_cmpuint (bb_offer_repository_count (offers (fixture), NULL), ==, 2);

  /* The offer after it takes its place beside the list. */
  g_assert_cmpuint (selected_position (fixture), ==, 1);
  g_assert_cmpstr (detail_title (fixture), ==, "Åben rådgivning for unge");

  toast = wait_for_toast (fixture, "“Café Exit” deleted");
  timeout = toast_timeout (toast);
  if (timeout != G_MAXUINT)
    g_assert_cmpuint (timeout, >=, 10);

  click (bb_test_find_button (toast, "_Undo"));
  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Café Exit", "Åben rådgivning for unge", NULL });
  g_assert_cmpuint (bb_offer_repository_count (offers (fixture), NULL), ==, 3);
  g_assert_cmpuint (selected_position (fixture), ==, 1);
  g_assert_cmpstr (detail_title (fixture), ==, "Café Exit");
}

/* Deleting the last row leaves the one before it selected. */
static void
test_delete_last (Fixture       *fixture,
                  gconstpointer  data)
{
  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Café Exit", "Åben rådgivning for unge", NULL });
  select_row (fixture, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "offers.delete", NULL));
  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Café Exit", NULL });
  g_assert_cmpuint (selected_position (fixture), ==, 1);
  g_assert_cmpstr (detail_title (fixture), ==, "Café Exit");
  g_assert_nonnull (wait_for_toast (fixture, "“Åben rådgivning for unge” deleted"));
}

/* ---- the welcome page ------------------------------------------------ */

/* The Edit button as drawn on screen, or NULL when it is not shown. */
static GtkWidget *
edit_button (Fixture *fixture)
{
  return find_action_button (GTK_WIDGET (fixture->view), "offers.edit");
}

static gboolean
edit_button_shown (gpointer fixture)
{
  return edit_button (fixture) != NULL;
}

/* The filter and sort menu button as drawn on screen, or NULL. */
static GtkWidget *
filter_button (Fixture *fixture)
{
  g_autoptr(GPtrArray) buttons = bb_test_collect_drawn (GTK_WIDGET (fixture->view), GTK_TYPE_MENU_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i)), "Filter and Sort") == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

/* The welcome page offers what can be done with an empty catalogue, and no search or
 * filter that would find nothing. */
static void
test_empty_catalogue (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *search = bb_test_find (GTK_WIDGET (fixture->view), GTK_TYPE_SEARCH_ENTRY, FALSE);

  bb_test_iterate ();

  g_assert_true (status_shown (fixture, "Welcome to Brobygger"));
  g_assert_null (edit_button (fixture));
  g_assert_false (gtk_widget_is_drawable (search));
  g_assert_null (filter_button (fixture));
  /* Nor does Ctrl+F reach a hidden entry. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "offers.search", NULL);
  bb_test_iterate ();
  g_assert_false (gtk_widget_is_ancestor (gtk_window_get_focus (fixture->window), search));

  add_offer (fixture, "Første tilbud", "Ungeenheden", NULL);
  wait_for_titles (fixture, (const char *[]) { "Første tilbud", NULL });

  /* The offer pane is there now, but with nothing selected there is nothing to edit. */
  g_assert_true (bb_test_wait_for (edit_button_shown, fixture, 5));
  g_assert_false (gtk_widget_is_sensitive (edit_button (fixture)));
  g_assert_true (gtk_widget_is_drawable (search));
  g_assert_nonnull (filter_button (fixture));
}

/* ---- review ---------------------------------------------------------- */

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

/* What the row showing @title says of its review, or NULL when it says nothing. */
static const char *
stale_mark (Fixture    *fixture,
            const char *title)
{
  g_autoptr(GPtrArray) labels = bb_test_collect_drawn (GTK_WIDGET (row_showing (fixture, title)), GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "warning"))
      return gtk_label_get_text (g_ptr_array_index (labels, i));

  return NULL;
}

/* The mark says how long, judged by the context's clock (15 March 2026 in the tests),
 * not the computer's; 12 months to the day is stale, a day less is not. */
static void
test_stale_by_context_clock (Fixture       *fixture,
                             gconstpointer  data)
{
  add_reviewed_offer (fixture, "Gennemgået for et år siden", "2025-03-15");
  add_reviewed_offer (fixture, "Gennemgået i går for et år siden", "2025-03-16");
  add_reviewed_offer (fixture, "Gennemgået i januar i fjor", "2025-01-10");
  add_reviewed_offer (fixture, "Gennemgået for to år siden", "2024-03-15");
  add_reviewed_offer (fixture, "Gennemgået for næsten to år siden", "2024-03-16");
  add_reviewed_offer (fixture, "Aldrig gennemgået", NULL);
  wait_for_titles (fixture, (const char *[]) { "Aldrig gennemgået", "Gennemgået for et år siden",
                                                "Gennemgået for næsten to år siden",
                                                "Gennemgået for to år siden",
                                                "Gennemgået i går for et år siden",
                                                "Gennemgået i januar i fjor", NULL });

  g_assert_cmpstr (stale_mark (fixture, "Gennemgået for et år siden"), ==, "Not reviewed for 12 months");
  g_assert_null (stale_mark (fixture, "Gennemgået i går for et år siden"));
  g_assert_cmpstr (stale_mark (fixture, "Gennemgået i januar i fjor"), ==, "Not reviewed for 14 months");
  g_assert_cmpstr (stale_mark (fixture, "Gennemgået for næsten to år siden"), ==, "Not reviewed for 23 months");
  g_assert_cmpstr (stale_mark (fixture, "Gennemgået for to år siden"), ==, "Not reviewed for 2 years");
  g_assert_cmpstr (stale_mark (fixture, "Aldrig gennemgået"), ==, "Never reviewed");
}

/* Opens the filter popover with its button, as the user would. */
static void
open_filters (Fixture *fixture)
{
  GtkWidget *button = filter_button (fixture);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  bb_test_iterate ();
}

/* The filter "not reviewed for 12 months" takes an offer reviewed 12 months ago to the
 * day, and not one reviewed a day later. */
static void
test_stale_filter_boundary (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) checks = NULL;
  GtkWidget *check = NULL;

  add_reviewed_offer (fixture, "Et år siden", "2025-03-15");
  add_reviewed_offer (fixture, "En dag under et år", "2025-03-16");
  add_reviewed_offer (fixture, "Aldrig", NULL);
  wait_for_titles (fixture, (const char *[]) { "Aldrig", "En dag under et år", "Et år siden", NULL });

  open_filters (fixture);
  checks = bb_test_collect_drawn (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (filter_button (fixture)))),
                                  GTK_TYPE_CHECK_BUTTON);
  for (guint i = 0; i < checks->len; i++)
    if (g_strcmp0 (gtk_check_button_get_label (g_ptr_array_index (checks, i)),
                   "Only offers not _reviewed for 12 months") == 0)
      check = g_ptr_array_index (checks, i);
  g_assert_nonnull (check);
  g_assert_true (gtk_widget_is_sensitive (check));
  g_assert_true (gtk_widget_activate (check));

  wait_for_titles (fixture, (const char *[]) { "Aldrig", "Et år siden", NULL });
  wait_for_text (GTK_WIDGET (fixture->view), "Filtered: Needs review");
}

static void
test_mark_reviewed_today (Fixture       *fixture,
                          gconstpointer  data)
{
  gint64 id = add_reviewed_offer (fixture, "Gennemgået i fjor", "2025-03-15");
  g_autofree char *sql = g_strdup_printf ("SELECT reviewed FROM offers WHERE id = %" G_GINT64_FORMAT, id);
  g_autofree char *stored = NULL;

  wait_for_titles (fixture, (const char *[]) { "Gennemgået i fjor", NULL });
  select_row (fixture, 0);
  g_assert_cmpstr (stale_mark (fixture, "Gennemgået i fjor"), ==, "Not reviewed for 12 months");
  g_assert_nonnull (strstr (detail_tags (fixture), "Reviewed 15 March 2025 · Not reviewed for 12 months"));

  click (find_action_button (GTK_WIDGET (fixture->view), "offers.mark-reviewed"));
  bb_test_iterate ();

  /* The file holds the context's today, and the toast says so. */
  stored = query_text (fixture, sql);
  g_assert_cmpstr (stored, ==, "2026-03-15");
  g_assert_nonnull (wait_for_toast (fixture, "Marked as reviewed today"));

  g_assert_null (stale_mark (fixture, "Gennemgået i fjor"));
  g_assert_cmpstr (detail_title (fixture), ==, "Gennemgået i fjor");
  g_assert_nonnull (strstr (detail_tags (fixture), "Reviewed 15 March 2026"));
  g_assert_null (strstr (detail_tags (fixture), "Not reviewed"));
  /* The history shows the dates as the rest of the screen does. */
  g_assert_true (shows_text (GTK_WIDGET (fixture->view), "Last reviewed: 15 March 2025 → 15 March 2026"));
}

/* ---- the offer beside the list --------------------------------------- */

/* A save from anywhere (the editor, another window) shows beside the list at once. */
static void
test_detail_follows_save (Fixture       *fixture,
                          gconstpointer  data)
{
  gint64 id = add_described_offer (fixture, "Mentorordning", "Jobcentret", "En voksen at tale med.");
  g_autoptr(BbOffer) offer = NULL;

  wait_for_titles (fixture, (const char *[]) { "Mentorordning", NULL });
  select_row (fixture, 0);
  g_assert_true (shows_text (GTK_WIDGET (fixture->view), "En voksen at tale med."));

  offer = bb_offer_repository_get (offers (fixture), id, NULL);
  bb_offer_set_description (offer, "En voksen at tale med, hver uge.");
  g_assert_true (bb_offer_repository_save (offers (fixture), offer, NULL));
  bb_test_iterate ();

  g_assert_true (shows_text (GTK_WIDGET (fixture->view), "En voksen at tale med, hver uge."));
  g_assert_false (shows_text (GTK_WIDGET (fixture->view), "En voksen at tale med."));
}

/* Steps read "level – name" in the row and beside the list alike. */
static void
test_steps_shown_alike (Fixture       *fixture,
                        gconstpointer  data)
{
  add_offer_at_step (fixture, "Coaching", "Early and light", BB_OFFER_STATUS_ACTIVE);
  wait_for_titles (fixture, (const char *[]) { "Coaching", NULL });
  select_row (fixture, 0);

  g_assert_true (shows_text (GTK_WIDGET (row_showing (fixture, "Coaching")), "Ungeenheden · 1 – Early and light"));
  g_assert_true (shows_text (GTK_WIDGET (fixture->view), "1 – Early and light"));
}

/* ---- the coverage matrix --------------------------------------------- */

static GtkWidget *
coverage_cell (GtkWindow *coverage,
               gint64     target_group_id,
               gint64     step_id)
{
  g_autoptr(GPtrArray) buttons = bb_test_collect_drawn (GTK_WIDGET (coverage), GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GVariant *target = gtk_actionable_get_action_target_value (g_ptr_array_index (buttons, i));
      gint64 group, step;

      if (target == NULL || !g_variant_is_of_type (target, G_VARIANT_TYPE ("(xx)")))
        continue;
      g_variant_get (target, "(xx)", &group, &step);
      if (group == target_group_id && step == step_id)
        return g_ptr_array_index (buttons, i);
    }

  return NULL;
}

static gboolean
list_hidden (gpointer fixture)
{
  return find (GTK_WIDGET (((Fixture *) fixture)->view), GTK_TYPE_LIST_VIEW) == NULL;
}

static gboolean
no_coverage_window (gpointer data)
{
  return bb_test_find_toplevel (BB_TYPE_COVERAGE_WINDOW, NULL) == NULL;
}

/* A click on a cell shows its offers where the user sees them: the matrix, which stays
 * above the main window, makes way for the filtered list. */
static void
test_coverage_filters_list (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(BbTargetGroup) adhd = NULL;
  GtkWindow *coverage = NULL;
  AdwLeaflet *leaflet = ADW_LEAFLET (find_leaflet (fixture));
  gboolean narrow = g_strcmp0 (data, "narrow") == 0;
  GtkWidget *clear;

  add_offer_at_step (fixture, "Coaching", "Early and light", BB_OFFER_STATUS_ACTIVE);
  add_offer_at_step (fixture, "Mentor", "Early and light", BB_OFFER_STATUS_ACTIVE);
  add_offer_at_step (fixture, "Lukket tilbud", "Early and light", BB_OFFER_STATUS_CLOSED);
  add_offer_at_step (fixture, "Udredning", "Specialised municipal", BB_OFFER_STATUS_ACTIVE);
  wait_for_titles (fixture, (const char *[]) { "Coaching", "Lukket tilbud", "Mentor", "Udredning", NULL });
  adhd = target_group_named (fixture, "ADHD");

  /* On a narrow window the list and the offer take turns: the offer is showing. */
  select_row (fixture, 3);
  if (narrow)
    {
      g_assert_true (adw_leaflet_get_folded (leaflet));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list_view (fixture)), "list.activate-item", "u", 3));
      /* Once it has slid in. */
      g_assert_true (bb_test_wait_for (list_hidden, fixture, 5));
      g_assert_cmpstr (detail_title (fixture), ==, "Udredning");
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "offers.coverage", NULL));
  coverage = bb_test_find_toplevel (BB_TYPE_COVERAGE_WINDOW, NULL);
  g_assert_nonnull (coverage);
  bb_test_iterate ();

  /* The cell counts active offers; the list shows those same offers, in view. */
  click (coverage_cell (coverage, bb_target_group_get_id (adhd), step_id_named (fixture, "Early and light")));
  g_assert_true (bb_test_wait_for (no_coverage_window, NULL, 5));
  wait_for_titles (fixture, (const char *[]) { "Coaching", "Mentor", NULL });
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (list_view (fixture))));

  /* The filters read apart, and a screen reader hears them as a list. */
  wait_for_text (GTK_WIDGET (fixture->view), "Filtered: ADHD · 1 – Early and light · Active");
  clear = bb_test_find_button (GTK_WIDGET (fixture->view), "_Clear Filters");
  g_assert_nonnull (clear);
  gtk_test_accessible_assert_property (clear, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Filters in use: ADHD, 1 – Early and light, Active");

  click (clear);
  wait_for_titles (fixture, (const char *[]) { "Coaching", "Lukket tilbud", "Mentor", "Udredning", NULL });
}

/* ---- mnemonics ------------------------------------------------------- */

/* The popover of the Filter and Sort button below @root: the one that is no menu. */
static GtkWidget *
filter_popover (GtkWidget *root)
{
  g_autoptr(GPtrArray) buttons = bb_test_collect_drawn (root, GTK_TYPE_MENU_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkPopover *popover = gtk_menu_button_get_popover (g_ptr_array_index (buttons, i));

      if (popover != NULL && !GTK_IS_POPOVER_MENU (popover))
        return GTK_WIDGET (popover);
    }

  g_assert_not_reached ();
}

/* Nothing found, beside the bar that says which filters are in use. */
static gboolean
no_results_shown (gpointer fixture)
{
  return status_shown (fixture, "No Matching Offers")
         && bb_test_find_button (GTK_WIDGET (((Fixture *) fixture)->view), "_Clear Filters") != NULL;
}

static gboolean
undo_beside_filters (gpointer view)
{
  GtkWidget *clear = bb_test_find_button (view, "R_yd filtre");

  if (clear == NULL)
    clear = bb_test_find_button (view, "Ryd _filtre");
  return clear != NULL && bb_test_find_button (view, "_Fortryd") != NULL;
}

/* No two controls shown together underline the same letter: in the filters' popover,
 * and beside a filtered list that found nothing; the popover in Danish too. */
static void
test_mnemonics (Fixture       *fixture,
                gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autofree char *locale_dir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
      GtkWidget *view;

      /* The translations as built; the templates read them when a view is made. */
      setlocale (LC_ALL, "C.UTF-8");
      bindtextdomain (GETTEXT_PACKAGE, locale_dir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
      view = g_object_new (BB_TYPE_OFFERS_VIEW, "context", fixture->context, NULL);
      gtk_window_set_child (fixture->window, view);
      bb_test_iterate ();
      g_assert_nonnull (find_filter (filter_popover (view), "Alle målgrupper"));
      bb_test_assert_mnemonics_unique (filter_popover (view), FALSE);

      /* The filter bar, and a deleted offer's toast with its Undo. */
      gtk_drop_down_set_selected (find_filter (view, "Alle statusser"), BB_OFFER_STATUS_ACTIVE + 1);
      g_assert_true (bb_browse_pane_select (BB_OFFERS_VIEW (view)->pane,
                                            bb_offer_list_get_id (BB_OFFERS_VIEW (view)->offers, 0)));
      bb_test_iterate ();
      g_assert_true (gtk_widget_activate_action (view, "offers.delete", NULL));
      g_assert_true (bb_test_wait_for (undo_beside_filters, view, 5));
      bb_test_assert_mnemonics_unique (GTK_WIDGET (fixture->window), TRUE);
      return;
    }

  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Café Exit", "Åben rådgivning for unge", NULL });
  bb_test_assert_mnemonics_unique (filter_popover (GTK_WIDGET (fixture->view)), FALSE);

  gtk_drop_down_set_selected (find_filter (GTK_WIDGET (fixture->view), "All target groups"), 1);
  type_search (fixture, "cafe");
  g_assert_true (bb_test_wait_for (no_results_shown, fixture, 5));
  bb_test_assert_mnemonics_unique (GTK_WIDGET (fixture->window), TRUE);

  g_setenv ("LANGUAGE", "da", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_trap_assert_passed ();
}

/* ---- screen readers -------------------------------------------------- */

/* Every button that shows only an icon says what it does, and so does the button inside
 * a menu button, which is the one that takes the focus. */
static void
assert_buttons_named (GtkWidget *root)
{
  g_autoptr(GPtrArray) buttons = bb_test_collect_drawn (root, GTK_TYPE_WIDGET);
  guint n_checked = 0;

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      GtkWidget *parent = gtk_widget_get_parent (button);

      if (GTK_IS_MENU_BUTTON (button) && gtk_menu_button_get_label (GTK_MENU_BUTTON (button)) == NULL)
        {
          g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL));
          n_checked++;
        }
      else if (GTK_IS_BUTTON (button) && GTK_IS_MENU_BUTTON (parent)
               && gtk_menu_button_get_label (GTK_MENU_BUTTON (parent)) == NULL)
        g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY));
      else if (GTK_IS_BUTTON (button) && !GTK_IS_MENU_BUTTON (parent)
               && gtk_button_get_label (GTK_BUTTON (button)) == NULL
               && gtk_button_get_icon_name (GTK_BUTTON (button)) != NULL)
        {
          if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL))
            g_error ("The button showing %s has no name", gtk_button_get_icon_name (GTK_BUTTON (button)));
          n_checked++;
        }
    }

  g_assert_cmpuint (n_checked, >, 0);
}

static void
test_accessible_names (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = NULL;

  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Café Exit", "Åben rådgivning for unge", NULL });
  select_row (fixture, 1);

  /* The list's own buttons, and the offer's beside it. */
  assert_buttons_named (GTK_WIDGET (fixture->view));
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (find_action_button (GTK_WIDGET (fixture->view), "offers.new")),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL));
  gtk_test_accessible_assert_property (find_action_button (GTK_WIDGET (fixture->view), "offers.mark-reviewed"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Mark as Reviewed Today");

  /* A row of the list is read by its offer's title. */
  rows = shown_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 3);
  for (guint i = 0; i < rows->len; i++)
    {
      BbOfferRow *row = g_ptr_array_index (rows, i);
      const char *title = bb_offer_get_title (bb_offer_row_get_offer (row));

      gtk_test_accessible_assert_property (gtk_widget_get_parent (GTK_WIDGET (row)),
                                           GTK_ACCESSIBLE_PROPERTY_LABEL, title);
    }

  /* …and follows the offer when the row is used for another. */
  type_search (fixture, "cafe");
  wait_for_titles (fixture, (const char *[]) { "Café Exit", NULL });
  rows = (g_ptr_array_unref (rows), shown_rows (fixture));
  gtk_test_accessible_assert_property (gtk_widget_get_parent (g_ptr_array_index (rows, 0)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Café Exit");
}

/* ---- export ---------------------------------------------------------- */

static gboolean
file_chooser_shown (gpointer data)
{
  return bb_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL) != NULL;
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static GtkFileFilter *
filter_named (GtkFileChooser *chooser,
              const char     *name)
{
  g_autoptr(GListModel) filters = gtk_file_chooser_get_filters (chooser);

  for (guint i = 0; i < g_list_model_get_n_items (filters); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);

      if (g_strcmp0 (gtk_file_filter_get_name (filter), name) == 0)
        return filter;
    }

  g_assert_not_reached ();
}

/* Exports through the dialog: the filter @filter chosen after, or before, typing @name;
 * returns the folder exported to. */
static char *
export_through_dialog (Fixture    *fixture,
                       const char *filter,
                       const char *name,
                       gboolean    name_first)
{
  g_autofree char *folder = g_build_filename (fixture->folder, "export", NULL);
  g_autoptr(GFile) folder_file = g_file_new_for_path (folder);
  GtkFileChooser *dialog;

  g_mkdir_with_parents (folder, 0700);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "offers.export", NULL));
  g_assert_true (bb_test_wait_for (file_chooser_shown, NULL, 5));
  dialog = GTK_FILE_CHOOSER (bb_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL));
  bb_test_iterate ();

  g_assert_true (gtk_file_chooser_set_current_folder (dialog, folder_file, NULL));
  if (name_first)
    gtk_file_chooser_set_current_name (dialog, name);
  gtk_file_chooser_set_filter (dialog, filter_named (dialog, filter));
  if (!name_first)
    gtk_file_chooser_set_current_name (dialog, name);
  bb_test_iterate ();

  click (bb_test_find_button (GTK_WIDGET (dialog), "_Export"));
  return g_steal_pointer (&folder);
}

static char *
read_file (const char *folder,
           const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  char *contents = NULL;

  g_assert_true (bb_test_wait_for (file_exists, path, 5));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static gboolean
exists_in (const char *folder,
           const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* The filter chosen in the dialog is the format written, whatever the name says. */
static void
test_export_format_from_dialog (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *folder = NULL;
  g_autofree char *json = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GFile) chosen = g_file_new_for_path ("/tmp/katalog.CSV");
  g_autoptr(GFile) plain = g_file_new_for_path ("/tmp/katalog");

  wait_for_titles (fixture, (const char *[]) { "Behandlingsforløb", "Café Exit", "Åben rådgivning for unge", NULL });

  /* JSON chosen with the suggested "….csv" still in the name: the name follows. */
  folder = export_through_dialog (fixture, "Open Referral HSDS (JSON)", "tilbud.csv", TRUE);
  json = read_file (folder, "tilbud.json");
  g_assert_true (g_str_has_prefix (g_strchug (json), "{"));
  g_assert_nonnull (strstr (json, "Café Exit"));
  g_assert_false (exists_in (folder, "tilbud.csv"));
  wait_for_toast (fixture, "Exported 3 offers");

  /* A name without an extension gets the filter's. */
  g_free (folder);
  folder = export_through_dialog (fixture, "Spreadsheets (CSV)", "katalog", FALSE);
  csv = read_file (folder, "katalog.csv");
  g_assert_nonnull (strstr (csv, "Café Exit"));
  g_assert_false (g_str_has_prefix (g_strchug (csv), "{"));

  /* A name typed after the filter keeps its words, and the filter its format. */
  g_free (folder);
  folder = export_through_dialog (fixture, "Spreadsheets (CSV)", "igen.json", FALSE);
  again = read_file (folder, "igen.csv");
  g_assert_false (g_str_has_prefix (g_strchug (again), "{"));
  g_assert_false (exists_in (folder, "igen.json"));

  /* The rule itself, for a portal that does not rename. */
  {
    g_autoptr(GFile) file = _bb_offers_view_dup_export_file (chosen, BB_OFFER_FORMAT_HSDS);
    g_autofree char *name = g_file_get_basename (file);

    g_assert_cmpstr (name, ==, "katalog.json");
    g_clear_object (&file);
    file = _bb_offers_view_dup_export_file (plain, BB_OFFER_FORMAT_UNKNOWN);
    g_free (name);
    name = g_file_get_basename (file);
    g_assert_cmpstr (name, ==, "katalog.csv");
    g_clear_object (&file);
    file = _bb_offers_view_dup_export_file (chosen, BB_OFFER_FORMAT_CSV);
    g_assert_true (file == chosen || g_file_equal (file, chosen));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = bb_test_set_data_home ();
  int status;

  /* What a screen reader would be told, kept where the tests can read it. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/offers-view/search", Fixture, "filled", fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/offers-view/search-ranked", Fixture, NULL, fixture_set_up, test_search_ranked, fixture_tear_down);
  g_test_add ("/offers-view/new-search-scrolls-to-top", Fixture, NULL, fixture_set_up, test_new_search_scrolls_to_top, fixture_tear_down);
  g_test_add ("/offers-view/delete-and-undo", Fixture, "filled", fixture_set_up, test_delete_and_undo, fixture_tear_down);
  g_test_add ("/offers-view/delete-last", Fixture, "filled", fixture_set_up, test_delete_last, fixture_tear_down);
  g_test_add ("/offers-view/empty", Fixture, NULL, fixture_set_up, test_empty_catalogue, fixture_tear_down);
  g_test_add ("/offers-view/coverage-filters-list", Fixture, NULL, fixture_set_up, test_coverage_filters_list, fixture_tear_down);
  g_test_add ("/offers-view/coverage-filters-list-narrow", Fixture, "narrow", fixture_set_up, test_coverage_filters_list, fixture_tear_down);
  g_test_add ("/offers-view/lists-write-keeps-list", Fixture, "filled", fixture_set_up, test_lists_write_keeps_list, fixture_tear_down);
  g_test_add ("/offers-view/stale-by-context-clock", Fixture, NULL, fixture_set_up, test_stale_by_context_clock, fixture_tear_down);
  g_test_add ("/offers-view/stale-filter-boundary", Fixture, NULL, fixture_set_up, test_stale_filter_boundary, fixture_tear_down);
  g_test_add ("/offers-view/mark-reviewed-today", Fixture, NULL, fixture_set_up, test_mark_reviewed_today, fixture_tear_down);
  g_test_add ("/offers-view/detail-follows-save", Fixture, NULL, fixture_set_up, test_detail_follows_save, fixture_tear_down);
  g_test_add ("/offers-view/steps-shown-alike", Fixture, NULL, fixture_set_up, test_steps_shown_alike, fixture_tear_down);
  g_test_add ("/offers-view/accessible-names", Fixture, "filled", fixture_set_up, test_accessible_names, fixture_tear_down);
  g_test_add ("/offers-view/export-format-from-dialog", Fixture, "filled", fixture_set_up, test_export_format_from_dialog, fixture_tear_down);
  g_test_add ("/offers-view/show-offer", Fixture, "filled", fixture_set_up, test_show_offer, fixture_tear_down);
  g_test_add ("/offers-view/mnemonics", Fixture, "filled", fixture_set_up, test_mnemonics, fixture_tear_down);

  status = g_test_run ();
  bb_test_remove_folder (home);
  return status;
}
