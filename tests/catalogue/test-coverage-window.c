/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>

#include "bb-coverage-window.h"
#include "bb-format.h"
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

/* The label on screen that reads @text, or NULL. */
static GtkWidget *
find_label (BbCoverageWindow *window,
            const char       *text)
{
  g_autoptr(GPtrArray) labels = bb_test_collect_drawn (GTK_WIDGET (window), GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)), text) == 0)
      return g_ptr_array_index (labels, i);

  return NULL;
}

static GtkWidget *
step_header (BbCoverageWindow *window,
             BbStep           *step)
{
  g_autofree char *name = bb_format_step (bb_step_get_level (step), bb_step_get_name (step));

  return find_label (window, name);
}

/* Where @widget is drawn in @window, or FALSE when it is not. */
static gboolean
bounds_in (GtkWidget       *widget,
           BbCoverageWindow *window,
           graphene_rect_t *bounds)
{
  return gtk_widget_compute_bounds (widget, GTK_WIDGET (window), bounds);
}

/* The cell on screen where the row headed @group meets the column headed @step: it
 * lines up with both headers, and clicking it asks for the offers of both. */
static GtkWidget *
get_cell (BbCoverageWindow *window,
          BbTargetGroup    *group,
          BbStep           *step)
{
  g_autoptr(GPtrArray) buttons = bb_test_collect_drawn (GTK_WIDGET (window), GTK_TYPE_BUTTON);
  GtkWidget *column_header = step_header (window, step);
  GtkWidget *row_header = find_label (window, bb_target_group_get_name (group));
  graphene_rect_t column_bounds, row_bounds, cell_bounds;

  g_assert_nonnull (column_header);
  g_assert_nonnull (row_header);
  g_assert_true (bounds_in (column_header, window, &column_bounds));
  g_assert_true (bounds_in (row_header, window, &row_bounds));

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (buttons, i);
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (cell));
      gint64 group_id, step_id;

      if (target == NULL || !g_variant_is_of_type (target, G_VARIANT_TYPE ("(xx)")))
        continue;
      g_variant_get (target, "(xx)", &group_id, &step_id);
      if (group_id != bb_target_group_get_id (group) || step_id != bb_step_get_id (step))
        continue;

      /* Under its step, beside its target group. */
      g_assert_true (bounds_in (cell, window, &cell_bounds));
      g_assert_cmpfloat_with_epsilon (graphene_rect_get_x (&cell_bounds) + graphene_rect_get_width (&cell_bounds) / 2,
                                      graphene_rect_get_x (&column_bounds) + graphene_rect_get_width (&column_bounds) / 2,
                                      1);
      g_assert_cmpfloat (graphene_rect_get_y (&row_bounds), >=, graphene_rect_get_y (&cell_bounds) - 1);
      g_assert_cmpfloat (graphene_rect_get_y (&row_bounds) + graphene_rect_get_height (&row_bounds), <=,
                         graphene_rect_get_y (&cell_bounds) + graphene_rect_get_height (&cell_bounds) + 1);
      return cell;
    }

  g_assert_not_reached ();
}

/* "ADHD at step 1 – Early and light: …", as the cell's tooltip and label say. */
static char *
describe (BbTargetGroup *group,
          BbStep        *step,
          const char    *what)
{
  g_autofree char *name = bb_format_step (bb_step_get_level (step), bb_step_get_name (step));

  return g_strdup_printf ("%s at step %s: %s", bb_target_group_get_name (group), name, what);
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

/* A click as the user makes it: only on a cell that is drawn and can be clicked. A
 * button activated from the keyboard shows itself pressed for a moment first. */
static void
click (GtkWidget *button)
{
  gboolean clicked = FALSE;
  gulong handler;

  g_assert_true (gtk_widget_is_drawable (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  handler = g_signal_connect (button, "clicked", G_CALLBACK (on_clicked), &clicked);
  g_assert_true (gtk_widget_activate (button));
  g_assert_true (bb_test_wait_for (is_true, &clicked, 5));
  g_signal_handler_disconnect (button, handler);
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
  g_autofree char *crowded_text = describe (fixture->adhd, fixture->early,
                                            "3 active offers, a possible overlap");
  g_autofree char *gap_text = describe (fixture->anxiety, fixture->early, "no active offer, a gap");

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Coverage");
  /* Steps read as everywhere else. */
  g_assert_nonnull (find_label (window, "1 – Early and light"));

  g_assert_cmpstr (get_label_text (crowded), ==, "3");
  g_assert_true (gtk_widget_has_css_class (crowded, "coverage-crowded"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (crowded), ==, crowded_text);
  /* A screen reader reads the same as the tooltip, not the bare number. */
  gtk_test_accessible_assert_property (crowded, GTK_ACCESSIBLE_PROPERTY_LABEL, crowded_text);

  g_assert_cmpstr (get_label_text (gap), ==, "0");
  g_assert_true (gtk_widget_has_css_class (gap, "coverage-gap"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (gap), ==, gap_text);

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

  click (get_cell (window, fixture->adhd, fixture->early));
  bb_test_iterate ();
  g_assert_cmpuint (activation.n_emissions, ==, 1);
  g_assert_cmpint (activation.target_group_id, ==, bb_target_group_get_id (fixture->adhd));
  g_assert_cmpint (activation.step_id, ==, bb_step_get_id (fixture->early));

  click (get_cell (window, fixture->anxiety, fixture->specialised));
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
  g_autofree char *one = describe (fixture->anxiety, fixture->specialised, "1 active offer");

  g_assert_cmpstr (get_label_text (cell), ==, "0");
  gtk_widget_grab_focus (cell);

  add_offer (fixture, "Behandlingsforløb", fixture->anxiety, fixture->specialised,
             BB_OFFER_STATUS_ACTIVE);
  bb_test_iterate ();

  cell = get_cell (window, fixture->anxiety, fixture->specialised);
  g_assert_cmpstr (get_label_text (cell), ==, "1");
  g_assert_true (gtk_widget_has_css_class (cell, "coverage-normal"));
  g_assert_false (gtk_widget_has_css_class (cell, "coverage-gap"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (cell), ==, one);
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
  g_autoptr(BbOffer) offer = bb_offer_new ();
  g_autoptr(BbProvider) provider = bb_provider_new ("Ungeenheden");
  BbCoverageWindow *window;
  GtkWidget *status;

  /* An offer that names no target group or step: the catalogue is not empty. */
  bb_offer_set_title (offer, "Åben rådgivning");
  bb_offer_set_provider (offer, provider);
  g_assert_true (bb_offer_repository_save (bb_context_get_offers (fixture->context), offer, NULL));

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

static guint
count_labels (GtkWidget *cell)
{
  g_autoptr(GPtrArray) labels = bb_test_collect_drawn (cell, GTK_TYPE_LABEL);

  return labels->len;
}

static GtkWidget *
drawn_status_page (BbCoverageWindow *window)
{
  return bb_test_find (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, TRUE);
}

/* Three active offers at the same step for the same group is a possible overlap; two
 * are not yet. */
static void
test_crowded_boundary (Fixture       *fixture,
                       gconstpointer  data)
{
  BbCoverageWindow *window;
  GtkWidget *cell;

  add_offer (fixture, "Samtaleforløb", fixture->anxiety, fixture->specialised, BB_OFFER_STATUS_ACTIVE);
  add_offer (fixture, "Gruppeforløb", fixture->anxiety, fixture->specialised, BB_OFFER_STATUS_ACTIVE);
  window = open_window (fixture->context);

  cell = get_cell (window, fixture->anxiety, fixture->specialised);
  g_assert_cmpstr (get_label_text (cell), ==, "2");
  g_assert_true (gtk_widget_has_css_class (cell, "coverage-normal"));
  g_assert_false (gtk_widget_has_css_class (cell, "coverage-crowded"));
  g_assert_cmpuint (count_labels (cell), ==, 1);

  add_offer (fixture, "Mentorforløb", fixture->anxiety, fixture->specialised, BB_OFFER_STATUS_ACTIVE);
  bb_test_iterate ();
  cell = get_cell (window, fixture->anxiety, fixture->specialised);
  g_assert_cmpstr (get_label_text (cell), ==, "3");
  g_assert_true (gtk_widget_has_css_class (cell, "coverage-crowded"));
  g_assert_false (gtk_widget_has_css_class (cell, "coverage-normal"));
  /* The number and "Possible overlap" under it. */
  g_assert_cmpuint (count_labels (cell), ==, 2);

  /* The legend states the same rule. */
  g_assert_nonnull (find_label (window, "1 to 2 active offers"));
  g_assert_nonnull (find_label (window, "3 or more: a possible overlap"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* An empty catalogue has no gaps, only a start to make: no grid of zeros. */
static void
test_empty_catalogue (Fixture       *fixture,
                      gconstpointer  data)
{
  BbCoverageWindow *window = open_window (fixture->context);
  GtkWidget *status = drawn_status_page (window);
  g_autoptr(GPtrArray) buttons = bb_test_collect_drawn (GTK_WIDGET (window), GTK_TYPE_BUTTON);

  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "No Offers to Count");
  for (guint i = 0; i < buttons->len; i++)
    g_assert_false (gtk_widget_has_css_class (g_ptr_array_index (buttons, i), "coverage-cell"));

  /* The first offer brings the matrix. */
  add_offer (fixture, "Åben rådgivning", fixture->adhd, fixture->early, BB_OFFER_STATUS_ACTIVE);
  bb_test_iterate ();
  g_assert_null (drawn_status_page (window));
  g_assert_cmpstr (get_label_text (get_cell (window, fixture->adhd, fixture->early)), ==, "1");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
scroll_to_end (GtkAdjustment *adjustment)
{
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment)
                                        - gtk_adjustment_get_page_size (adjustment));
}

/* Scrolled to the far corner of the matrix in a phone-sized window, the headers of the
 * cells in view are still beside and above them. */
static void
test_headers_stay_in_view (Fixture       *fixture,
                           gconstpointer  data)
{
  BbCoverageWindow *window = bb_coverage_window_new (fixture->context);
  g_autoptr(BbStep) last_step = find_step (fixture->context, 3);
  g_autoptr(BbTargetGroup) last_group = NULL;
  g_autoptr(GListModel) groups = bb_list_repository_list_target_groups (bb_context_get_lists (fixture->context), NULL);
  g_autoptr(GPtrArray) scrollers = NULL;
  GtkScrolledWindow *cells = NULL;
  graphene_rect_t bounds;
  GtkWidget *header;

  last_group = g_list_model_get_item (groups, g_list_model_get_n_items (groups) - 1);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 400);
  gtk_window_present (GTK_WINDOW (window));
  bb_test_iterate ();

  /* The cells are in the scrolled window that scrolls both ways. */
  scrollers = bb_test_collect_drawn (GTK_WIDGET (window), GTK_TYPE_SCROLLED_WINDOW);
  for (guint i = 0; i < scrollers->len; i++)
    {
      GtkPolicyType h, v;

      gtk_scrolled_window_get_policy (g_ptr_array_index (scrollers, i), &h, &v);
      if (h == GTK_POLICY_AUTOMATIC && v == GTK_POLICY_AUTOMATIC)
        cells = g_ptr_array_index (scrollers, i);
    }
  g_assert_nonnull (cells);
  /* The window is too small for the matrix: there is something to scroll. */
  g_assert_cmpfloat (gtk_adjustment_get_upper (gtk_scrolled_window_get_hadjustment (cells)), >,
                     gtk_adjustment_get_page_size (gtk_scrolled_window_get_hadjustment (cells)));
  g_assert_cmpfloat (gtk_adjustment_get_upper (gtk_scrolled_window_get_vadjustment (cells)), >,
                     gtk_adjustment_get_page_size (gtk_scrolled_window_get_vadjustment (cells)));

  scroll_to_end (gtk_scrolled_window_get_hadjustment (cells));
  scroll_to_end (gtk_scrolled_window_get_vadjustment (cells));
  /* The scrolled widgets move when the window is laid out again. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* The step and target group of the far cell are in the window, lined up with it. */
  header = step_header (window, last_step);
  g_assert_true (bounds_in (header, window, &bounds));
  g_assert_cmpfloat (graphene_rect_get_y (&bounds), >=, 0);
  g_assert_cmpfloat (graphene_rect_get_x (&bounds) + graphene_rect_get_width (&bounds), <=, 360);
  header = find_label (window, bb_target_group_get_name (last_group));
  g_assert_true (bounds_in (header, window, &bounds));
  g_assert_cmpfloat (graphene_rect_get_x (&bounds), >=, 0);
  g_assert_cmpfloat (graphene_rect_get_y (&bounds) + graphene_rect_get_height (&bounds), <=, 400);
  get_cell (window, last_group, last_step);

  /* The headers of the cells scrolled away went with them. */
  get_cell (window, last_group, fixture->early);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* What a screen reader would be told, kept where the tests can read it. */
  g_setenv ("GTK_A11Y", "test", TRUE);
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
  g_test_add ("/coverage-window/crowded-boundary", Fixture, NULL,
              fixture_set_up_catalogue, test_crowded_boundary, fixture_tear_down);
  g_test_add ("/coverage-window/empty-catalogue", Fixture, NULL,
              fixture_set_up, test_empty_catalogue, fixture_tear_down);
  g_test_add ("/coverage-window/headers-stay-in-view", Fixture, NULL,
              fixture_set_up_catalogue, test_headers_stay_in_view, fixture_tear_down);

  return g_test_run ();
}
