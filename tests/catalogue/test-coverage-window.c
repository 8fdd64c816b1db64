/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>

#include "bb-coverage-window.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"

typedef struct
{
  char          *folder;
  BbContext     *context;
  BbTargetGroup *adhd;
  BbTargetGroup *anxiety;
  BbStep        *early;
  BbStep        *specialised;
} Fixture;

typedef struct
{
  guint  n_emissions;
  gint64 target_group_id;
  gint64 step_id;
} Activation;

static void
add_offer (Fixture       *fixture,
           const char    *title,
           BbTargetGroup *group,
           BbStep        *step,
           BbOfferStatus  status)
{
  g_autoptr(BbOffer) offer = bb_offer_new ();
  g_autoptr(BbProvider) provider = bb_provider_new ("Ungeenheden");
  g_autoptr(GError) error = NULL;

  bb_offer_set_title (offer, title);
  bb_offer_set_provider (offer, provider);
  bb_offer_set_status (offer, status);
  g_list_store_append (bb_offer_get_target_groups (offer), group);
  g_list_store_append (bb_offer_get_steps (offer), step);
  g_assert_true (bb_offer_repository_save (bb_context_get_offers (fixture->context), offer, &error));
  g_assert_no_error (error);
}

static BbTargetGroup *
find_target_group (BbContext  *context,
                   const char *name)
{
  g_autoptr(GListModel) groups = bb_list_repository_list_target_groups (bb_context_get_lists (context), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(BbTargetGroup) group = g_list_model_get_item (groups, i);

      if (g_strcmp0 (bb_target_group_get_name (group), name) == 0)
        return g_steal_pointer (&group);
    }

  g_assert_not_reached ();
}

static BbStep *
find_step (BbContext *context,
           int        level)
{
  g_autoptr(GListModel) steps = bb_list_repository_list_steps (bb_context_get_lists (context), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(BbStep) step = g_list_model_get_item (steps, i);

      if (bb_step_get_level (step) == level)
        return g_steal_pointer (&step);
    }

  g_assert_not_reached ();
}

/* A new database starts with the default target groups and steps. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->context = bb_test_context_new (&fixture->folder);

  fixture->adhd = find_target_group (fixture->context, "ADHD");
  fixture->anxiety = find_target_group (fixture->context, "Anxiety and depression");
  fixture->early = find_step (fixture->context, 1);
  fixture->specialised = find_step (fixture->context, 2);
}

static void
fixture_set_up_catalogue (Fixture       *fixture,
                          gconstpointer  data)
{
  fixture_set_up (fixture, data);

  add_offer (fixture, "Åben rådgivning", fixture->adhd, fixture->early, BB_OFFER_STATUS_ACTIVE);
  add_offer (fixture, "Gruppeforløb", fixture->adhd, fixture->early, BB_OFFER_STATUS_ACTIVE);
  add_offer (fixture, "Café Exit", fixture->adhd, fixture->early, BB_OFFER_STATUS_ACTIVE);
  /* Only active offers count. */
  add_offer (fixture, "Forældregruppe", fixture->anxiety, fixture->early, BB_OFFER_STATUS_PLANNED);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->adhd);
  g_clear_object (&fixture->anxiety);
  g_clear_object (&fixture->early);
  g_clear_object (&fixture->specialised);
  /* The destroyed window let go of the catalogue too. */
  g_assert_finalize_object (fixture->context);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
}

static const char *
get_label_text (GtkWidget *widget)
{
  GtkWidget *label = widget;

  if (!GTK_IS_LABEL (label))
    label = bb_test_find (widget, GTK_TYPE_LABEL, FALSE);

  g_assert_nonnull (label);
  return gtk_label_get_label (GTK_LABEL (label));
}

/* The cell where the row headed @group meets the column headed @step. */
static GtkWidget *
get_cell (BbCoverageWindow *window,
          BbTargetGroup    *group,
          BbStep           *step)
{
  GtkGrid *grid = GTK_GRID (bb_test_find (GTK_WIDGET (window), GTK_TYPE_GRID, TRUE));
  g_autofree char *step_name = bb_step_dup_display_name (step);
  GtkWidget *header;
  int column = 1;
  int row = 1;

  g_assert_nonnull (grid);

  while ((header = gtk_grid_get_child_at (grid, column, 0)) != NULL
         && g_strcmp0 (get_label_text (header), step_name) != 0)
    column++;
  g_assert_nonnull (header);

  while ((header = gtk_grid_get_child_at (grid, 0, row)) != NULL
         && g_strcmp0 (get_label_text (header), bb_target_group_get_name (group)) != 0)
    row++;
  g_assert_nonnull (header);

  g_assert_true (GTK_IS_BUTTON (gtk_grid_get_child_at (grid, column, row)));
  return gtk_grid_get_child_at (grid, column, row);
}

static BbCoverageWindow *
open_window (BbContext *context)
{
  BbCoverageWindow *window = bb_coverage_window_new (context);

  gtk_window_present (GTK_WINDOW (window));
  bb_test_iterate ();
  return window;
}

static void
on_cell_activated (BbCoverageWindow *window,
                   gint64            target_group_id,
                   gint64            step_id,
                   Activation       *activation)
{
  activation->n_emissions++;
  activation->target_group_id = target_group_id;
  activation->step_id = step_id;
}

static void
test_matrix (Fixture       *fixture,
             gconstpointer  data)
{
  BbCoverageWindow *window = open_window (fixture->context);
  GtkWidget *crowded = get_cell (window, fixture->adhd, fixture->early);
  GtkWidget *gap = get_cell (window, fixture->anxiety, fixture->early);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Coverage");

  g_assert_cmpstr (get_label_text (crowded), ==, "3");
  g_assert_true (gtk_widget_has_css_class (crowded, "coverage-crowded"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (crowded), ==,
                   "ADHD at step 1 · Early and light: 3 active offers, a possible overlap");

  g_assert_cmpstr (get_label_text (gap), ==, "0");
  g_assert_true (gtk_widget_has_css_class (gap, "coverage-gap"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (gap), ==,
                   "Anxiety and depression at step 1 · Early and light: no active offer, a gap");

  gap = get_cell (window, fixture->adhd, fixture->specialised);
  g_assert_cmpstr (get_label_text (gap), ==, "0");
  g_assert_true (gtk_widget_has_css_class (gap, "coverage-gap"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_cell_activated (Fixture       *fixture,
                     gconstpointer  data)
{
  BbCoverageWindow *window = open_window (fixture->context);
  Activation activation = { 0 };

  g_signal_connect (window, "cell-activated", G_CALLBACK (on_cell_activated), &activation);

  g_signal_emit_by_name (get_cell (window, fixture->adhd, fixture->early), "clicked");
  bb_test_iterate ();
  g_assert_cmpuint (activation.n_emissions, ==, 1);
  g_assert_cmpint (activation.target_group_id, ==, bb_target_group_get_id (fixture->adhd));
  g_assert_cmpint (activation.step_id, ==, bb_step_get_id (fixture->early));

  g_signal_emit_by_name (get_cell (window, fixture->anxiety, fixture->specialised), "clicked");
  bb_test_iterate ();
  g_assert_cmpuint (activation.n_emissions, ==, 2);
  g_assert_cmpint (activation.target_group_id, ==, bb_target_group_get_id (fixture->anxiety));
  g_assert_cmpint (activation.step_id, ==, bb_step_get_id (fixture->specialised));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_reload_on_change (Fixture       *fixture,
                       gconstpointer  data)
{
  BbCoverageWindow *window = open_window (fixture->context);
  GtkWidget *cell = get_cell (window, fixture->anxiety, fixture->specialised);

  g_assert_cmpstr (get_label_text (cell), ==, "0");
  gtk_widget_grab_focus (cell);

  add_offer (fixture, "Behandlingsforløb", fixture->anxiety, fixture->specialised,
             BB_OFFER_STATUS_ACTIVE);
  bb_test_iterate ();

  cell = get_cell (window, fixture->anxiety, fixture->specialised);
  g_assert_cmpstr (get_label_text (cell), ==, "1");
  g_assert_true (gtk_widget_has_css_class (cell, "coverage-normal"));
  g_assert_false (gtk_widget_has_css_class (cell, "coverage-gap"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (cell), ==,
                   "Anxiety and depression at step 2 · Specialised municipal: 1 active offer");
  /* The keyboard user stays where they were. */
  g_assert_true (gtk_widget_has_focus (cell));

  /* The others are as they were. */
  g_assert_cmpstr (get_label_text (get_cell (window, fixture->adhd, fixture->early)), ==, "3");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_empty_lists (Fixture       *fixture,
                  gconstpointer  data)
{
  BbListRepository *lists = bb_context_get_lists (fixture->context);
  g_autoptr(GListModel) groups = bb_list_repository_list_target_groups (lists, NULL);
  g_autoptr(GListModel) steps = bb_list_repository_list_steps (lists, NULL);
  g_autoptr(BbTargetGroup) group = bb_target_group_new ("ADHD");
  g_autoptr(BbStep) step = bb_step_new (1, "Early and light");
  BbCoverageWindow *window;
  GtkWidget *status;

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(BbTargetGroup) item = g_list_model_get_item (groups, i);

      g_assert_true (bb_list_repository_delete_target_group (lists, bb_target_group_get_id (item),
                                                             NULL));
    }
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(BbStep) item = g_list_model_get_item (steps, i);

      g_assert_true (bb_list_repository_delete_step (lists, bb_step_get_id (item), NULL));
    }

  window = open_window (fixture->context);
  status = bb_test_find (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, TRUE);
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==,
                   "No Target Groups or Steps");
  g_assert_null (bb_test_find (GTK_WIDGET (window), GTK_TYPE_GRID, TRUE));

  /* A group alone is not enough; a step as well fills the matrix. */
  g_assert_true (bb_list_repository_save_target_group (lists, group, NULL));
  bb_test_iterate ();
  g_assert_nonnull (bb_test_find (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, TRUE));

  g_assert_true (bb_list_repository_save_step (lists, step, NULL));
  bb_test_iterate ();
  g_assert_null (bb_test_find (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, TRUE));
  g_assert_cmpstr (get_label_text (get_cell (window, group, step)), ==, "0");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/coverage-window/matrix", Fixture, NULL,
              fixture_set_up_catalogue, test_matrix, fixture_tear_down);
  g_test_add ("/coverage-window/cell-activated", Fixture, NULL,
              fixture_set_up_catalogue, test_cell_activated, fixture_tear_down);
  g_test_add ("/coverage-window/reload-on-change", Fixture, NULL,
              fixture_set_up_catalogue, test_reload_on_change, fixture_tear_down);
  g_test_add ("/coverage-window/empty-lists", Fixture, NULL,
              fixture_set_up, test_empty_lists, fixture_tear_down);

  return g_test_run ();
}
