/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The overview view in the window, on a generated municipality: each chart's text
 * alternative holds the figures counted directly, another period counts other
 * figures, and a click on a bar shows the courses behind it in the courses view. */

#include "config.h"

#include <adwaita.h>
#include <string.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "bb-courses-view-private.h"
#include "bb-overview-card-widget.h"
#include "bb-overview-chart.h"
#include "bb-overview-repository.h"
#include "bb-overview-view-private.h"
#include "bb-overview-view.h"
#include "bb-test-chart-click.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"
#include "bb-window.h"

typedef struct
{
  BbTestCourses   courses;
  GSettings      *settings;
  BbWindow       *window;
  BbOverviewView *view;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  BbDemoOptions options = BB_DEMO_OPTIONS_INIT;

  bb_test_courses_set_up (&fixture->courses, NULL);
  options.n_offers = 20;
  options.n_courses = 150;
  options.seed = 3;
  bb_test_courses_generate (&fixture->courses, &options);

  fixture->settings = g_settings_new_with_backend (APP_ID, backend);
  g_settings_set_int (fixture->settings, "window-width", 1280);
  g_settings_set_int (fixture->settings, "window-height", 800);
  fixture->window = bb_window_new (NULL, fixture->settings, fixture->courses.context, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-view", "s", "overview"));
  fixture->view = bb_test_find (GTK_WIDGET (fixture->window), BB_TYPE_OVERVIEW_VIEW, TRUE);
  g_assert_nonnull (fixture->view);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  bb_test_iterate ();
  g_clear_object (&fixture->settings);
  bb_test_courses_tear_down (&fixture->courses, NULL);
}

static gboolean
cards_shown (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GPtrArray) cards = bb_test_collect_drawn (GTK_WIDGET (fixture->view), BB_TYPE_OVERVIEW_CARD_WIDGET);

  return !bb_overview_view_get_busy (fixture->view) && cards->len > 0;
}

/* The figures as the repository counts them, for @kind and today. */
static BbOverview *
compute (Fixture              *fixture,
         BbOverviewPeriodKind  kind)
{
  g_autoptr(BbOverviewRepository) repository = bb_overview_repository_new (fixture->courses.database);
  g_autoptr(GError) error = NULL;
  BbOverviewFilter filter = { 0 };
  BbOverview *overview;

  g_assert_true (bb_overview_filter_init (&filter, kind, "2026-03-15", NULL, NULL, &error));
  g_assert_no_error (error);
  /* The view's default without settings of its own in the context. */
  filter.waiting_target_days = 14;
  overview = bb_overview_repository_compute (repository, &filter, NULL, &error);
  g_assert_no_error (error);
  bb_overview_filter_clear (&filter);
  return overview;
}

/* Every card of @expected is on screen, in order, its chart described by the card's
 * summary, which names each of its points. */
static void
assert_cards (Fixture    *fixture,
              BbOverview *expected)
{
  g_autoptr(GPtrArray) cards = bb_test_collect_drawn (GTK_WIDGET (fixture->view), BB_TYPE_OVERVIEW_CARD_WIDGET);

  g_assert_cmpuint (cards->len, ==, bb_overview_get_n_cards (expected));
  for (guint i = 0; i < cards->len; i++)
    {
      BbOverviewCardWidget *widget = g_ptr_array_index (cards, i);
      BbOverviewCard *card = bb_overview_get_card (expected, i);
      GtkAccessible *chart = GTK_ACCESSIBLE (bb_overview_card_widget_get_chart (widget));

      g_assert_cmpstr (bb_overview_card_widget_get_card (widget)->id, ==, card->id);
      g_assert_cmpint (gtk_accessible_get_accessible_role (chart), ==, GTK_ACCESSIBLE_ROLE_IMG);
      gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_LABEL, card->title);
      gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, card->summary);

      for (guint s = 0; card->empty_text == NULL && s < card->series->len; s++)
        {
          BbOverviewSeries *series = g_ptr_array_index (card->series, s);

          for (guint p = 0; p < series->points->len; p++)
            {
              BbOverviewPoint *point = g_ptr_array_index (series->points, p);

              g_assert_nonnull (strstr (card->summary, point->label));
            }
        }
    }
}

static void
test_charts_describe_figures (Fixture       *fixture,
                              gconstpointer  user_data)
{
  g_autoptr(BbOverview) expected = compute (fixture, BB_OVERVIEW_PERIOD_MONTH);

  g_assert_true (bb_test_wait_for (cards_shown, fixture, 20));
  assert_cards (fixture, expected);
}

static gboolean
not_busy (gpointer data)
{
  return !bb_overview_view_get_busy (data);
}

static const char *
card_summary (Fixture    *fixture,
              const char *id)
{
  g_autoptr(GPtrArray) cards = bb_test_collect_drawn (GTK_WIDGET (fixture->view), BB_TYPE_OVERVIEW_CARD_WIDGET);

  for (guint i = 0; i < cards->len; i++)
    {
      const BbOverviewCard *card = bb_overview_card_widget_get_card (g_ptr_array_index (cards, i));

      if (g_str_equal (card->id, id))
        return card->summary;
    }

  return NULL;
}

static gboolean
flow_changed (gpointer data)
{
  Fixture *fixture = data;
  const char *month = g_object_get_data (G_OBJECT (fixture->view), "month-flow");

  return not_busy (fixture->view) && g_strcmp0 (card_summary (fixture, "course-flow"), month) != 0;
}

static void
test_period_changes_figures (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(BbOverview) month = compute (fixture, BB_OVERVIEW_PERIOD_MONTH);
  g_autoptr(BbOverview) year = compute (fixture, BB_OVERVIEW_PERIOD_YEAR);
  GtkDropDown *period;
  g_autoptr(GtkStringObject) first = NULL;

  g_assert_true (bb_test_wait_for (cards_shown, fixture, 20));
  g_assert_cmpstr (bb_overview_lookup_card (month, "course-flow")->summary, !=,
                   bb_overview_lookup_card (year, "course-flow")->summary);
  g_object_set_data_full (G_OBJECT (fixture->view), "month-flow",
                          g_strdup (card_summary (fixture, "course-flow")), g_free);

  /* The period is the first choice of the header row. */
  period = bb_test_find (GTK_WIDGET (fixture->view), GTK_TYPE_DROP_DOWN, TRUE);
  first = g_list_model_get_item (gtk_drop_down_get_model (period), 0);
  g_assert_cmpstr (gtk_string_object_get_string (first), ==, "This month");
  gtk_drop_down_set_selected (period, BB_OVERVIEW_PERIOD_YEAR);

  g_assert_true (bb_test_wait_for (flow_changed, fixture, 20));
  assert_cards (fixture, year);
}

typedef struct
{
  Fixture *fixture;
  guint    expected;
} CoursesShown;

static gboolean
courses_view_shows (gpointer data)
{
  CoursesShown *shown = data;
  AdwViewStack *stack = bb_test_find (GTK_WIDGET (shown->fixture->window), ADW_TYPE_VIEW_STACK, TRUE);
  GtkWidget *view = adw_view_stack_get_visible_child (stack);

  return BB_IS_COURSES_VIEW (view)
         && g_list_model_get_n_items (G_LIST_MODEL (BB_COURSES_VIEW (view)->shown)) == shown->expected;
}

static void
test_click_shows_courses (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(GPtrArray) cards = NULL;
  BbOverviewCardWidget *status_card = NULL;
  const BbOverviewCard *card;
  const BbOverviewPoint *waiting = NULL;
  BbOverviewSeries *series;
  graphene_rect_t area;
  CoursesShown shown = { fixture, 0 };
  BbCoursesView *view;
  GtkStringObject *selected;

  g_assert_true (bb_test_wait_for (cards_shown, fixture, 20));
  cards = bb_test_collect_drawn (GTK_WIDGET (fixture->view), BB_TYPE_OVERVIEW_CARD_WIDGET);
  for (guint i = 0; i < cards->len; i++)
    if (g_str_equal (bb_overview_card_widget_get_card (g_ptr_array_index (cards, i))->id, "courses-by-status"))
      status_card = g_ptr_array_index (cards, i);
  g_assert_nonnull (status_card);

  card = bb_overview_card_widget_get_card (status_card);
  series = g_ptr_array_index (card->series, 0);
  for (guint p = 0; p < series->points->len; p++)
    {
      BbOverviewPoint *point = g_ptr_array_index (series->points, p);

      if (point->link != NULL && g_strcmp0 (bb_overview_link_get (point->link, "status"), "waiting") == 0)
        waiting = point;
    }
  g_assert_nonnull (waiting);
  g_assert_cmpstr (waiting->link->view, ==, "courses");
  shown.expected = (guint) waiting->value;
  g_assert_cmpint (shown.expected, ==,
                   bb_test_query_int (fixture->courses.database, "SELECT count (*) FROM courses WHERE status = 'waiting'"));
  g_assert_cmpuint (shown.expected, >, 0);

  /* Into the middle of the bar, once the chart has been drawn with the card shown. */
  gtk_widget_grab_focus (GTK_WIDGET (status_card));
  bb_test_iterate ();
  g_assert_true (bb_overview_chart_get_point_area (BB_OVERVIEW_CHART (bb_overview_card_widget_get_chart (status_card)),
                                                   waiting, &area));
  if (!bb_test_click_at (bb_overview_card_widget_get_chart (status_card),
                         area.origin.x + area.size.width / 2, area.origin.y + area.size.height / 2))
    return;

  g_assert_true (bb_test_wait_for (courses_view_shows, &shown, 20));
  view = BB_COURSES_VIEW (adw_view_stack_get_visible_child (bb_test_find (GTK_WIDGET (fixture->window),
                                                                           ADW_TYPE_VIEW_STACK, TRUE)));
  /* The status filter is the one set, and its chip in the filter bar says so. */
  selected = gtk_drop_down_get_selected_item (view->status_dropdown);
  g_assert_cmpstr (gtk_string_object_get_string (selected), ==, "Waiting");
  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (view->filter_bar)) || gtk_revealer_get_reveal_child (view->filter_bar));
  g_assert_cmpstr (adw_button_content_get_label (view->status_chip_content), ==, "Waiting");
}

static gboolean
figures_of_adviser (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GPtrArray) cards = bb_test_collect_drawn (GTK_WIDGET (fixture->view), BB_TYPE_OVERVIEW_CARD_WIDGET);

  if (bb_overview_view_get_busy (fixture->view) || cards->len == 0)
    return FALSE;
  /* Every course link carries the adviser once the figures are counted for one. */
  for (guint i = 0; i < cards->len; i++)
    {
      const BbOverviewCard *card = bb_overview_card_widget_get_card (g_ptr_array_index (cards, i));
      const BbOverviewSeries *series = card->series->len > 0 ? g_ptr_array_index (card->series, 0) : NULL;

      if (g_str_equal (card->id, "courses-by-status") && series != NULL)
        return bb_overview_link_get (((BbOverviewPoint *) g_ptr_array_index (series->points, 0))->link,
                                     "adviser") != NULL;
    }
  return FALSE;
}

/* With an adviser chosen, a month's bar of closed courses shows in the courses
 * view exactly the courses it counts: that adviser's, closed in that month. */
static void
test_click_with_adviser (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GPtrArray) cards = NULL;
  BbOverviewCardWidget *flow_card = NULL;
  const BbOverviewPoint *closed = NULL;
  const BbOverviewSeries *series;
  g_autofree char *sql = NULL;
  graphene_rect_t area;
  CoursesShown shown = { fixture, 0 };
  gint64 adviser_id;

  g_assert_true (bb_test_wait_for (cards_shown, fixture, 20));
  gtk_drop_down_set_selected (fixture->view->adviser_dropdown, 1);
  adviser_id = g_array_index (fixture->view->adviser_ids, gint64, 1);
  g_assert_true (bb_test_wait_for (figures_of_adviser, fixture, 20));

  cards = bb_test_collect_drawn (GTK_WIDGET (fixture->view), BB_TYPE_OVERVIEW_CARD_WIDGET);
  for (guint i = 0; i < cards->len; i++)
    if (g_str_equal (bb_overview_card_widget_get_card (g_ptr_array_index (cards, i))->id, "course-flow"))
      flow_card = g_ptr_array_index (cards, i);
  g_assert_nonnull (flow_card);
  /* The latest month with courses closed. */
  series = g_ptr_array_index (bb_overview_card_widget_get_card (flow_card)->series, 1);
  for (guint p = 0; p < series->points->len; p++)
    if (((BbOverviewPoint *) g_ptr_array_index (series->points, p))->value > 0)
      closed = g_ptr_array_index (series->points, p);
  g_assert_nonnull (closed);

  shown.expected = (guint) closed->value;
  sql = g_strdup_printf ("SELECT count (*) FROM courses WHERE adviser_id = %" G_GINT64_FORMAT
                         " AND closed_date BETWEEN '%s' AND '%s'", adviser_id,
                         bb_overview_link_get (closed->link, "closed-from"),
                         bb_overview_link_get (closed->link, "closed-to"));
  g_assert_cmpint (shown.expected, ==, bb_test_query_int (fixture->courses.database, sql));
  g_assert_cmpint (shown.expected, <, bb_test_query_int (fixture->courses.database,
                                                         "SELECT count (*) FROM courses WHERE closed_date IS NOT NULL"));

  gtk_widget_grab_focus (GTK_WIDGET (flow_card));
  bb_test_iterate ();
  g_assert_true (bb_overview_chart_get_point_area (BB_OVERVIEW_CHART (bb_overview_card_widget_get_chart (flow_card)),
                                                   closed, &area));
  if (!bb_test_click_at (bb_overview_card_widget_get_chart (flow_card),
                         area.origin.x + area.size.width / 2, area.origin.y + area.size.height / 2))
    return;
  g_assert_true (bb_test_wait_for (courses_view_shows, &shown, 20));
}

int
main (int   argc,
      char *argv[])
{
  /* The accessible properties are kept, and readable, with the test backend. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/overview-view/charts-describe-figures", Fixture, NULL,
              fixture_set_up, test_charts_describe_figures, fixture_tear_down);
  g_test_add ("/overview-view/period-changes-figures", Fixture, NULL,
              fixture_set_up, test_period_changes_figures, fixture_tear_down);
  g_test_add ("/overview-view/click-shows-courses", Fixture, NULL,
              fixture_set_up, test_click_shows_courses, fixture_tear_down);
  g_test_add ("/overview-view/click-with-adviser", Fixture, NULL,
              fixture_set_up, test_click_with_adviser, fixture_tear_down);

  return g_test_run ();
}
