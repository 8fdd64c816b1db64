/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Every point of the overview that leads to courses, clicked on screen with an
 * adviser and a period chosen, opens the courses view on exactly the courses the
 * point counts: as many as its figure, and the same ones a query written here from
 * what the card says it counts selects. On the hand-made database of
 * bb-test-overview-data.h and a few more courses and hand-overs (fixture_set_up). */

#include "config.h"

#include <adwaita.h>
#include <string.h>
#include <gdk/x11/gdkx.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "bb-course-enums.h"
#include "bb-courses-view-private.h"
#include "bb-overview-card-widget.h"
#include "bb-overview-chart.h"
#include "bb-overview-view-private.h"
#include "bb-test-chart-click.h"
#include "bb-test-overview-data.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"
#include "bb-window.h"

/* The first quarter of 2026, which holds today (15 March). */
#define FROM "2026-01-01"
#define TO "2026-03-31"

typedef struct
{
  BbTestOverviewData  data;
  GSettings          *settings;
  BbWindow           *window;
  BbOverviewView     *view;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  BbTestCourses *base = &fixture->data.base;
  gint64 gus, hans;

  bb_test_overview_data_set_up (&fixture->data, user_data);
  /* Bent's: Gus waits since 5 January (69 days, no conversation), Hans waited 67
   * days: only Hans is in the distribution's last bar. */
  gus = bb_test_add_course (base, "Gus", "2026-01-05", fixture->data.adviser_b);
  hans = bb_test_add_course (base, "Hans", "2026-01-02", fixture->data.adviser_b);
  bb_test_add_meeting (base, hans, BB_MEETING_ADVISORY, "2026-03-10", FALSE);
  g_assert_cmpint (gus, >, 0);
  /* Finn (Anne's) was referred to Alpha before the quarter: not in its bars. */
  bb_test_overview_add_handover (&fixture->data, 6, 1, "referred", "2025-12-15");

  fixture->settings = g_settings_new_with_backend (APP_ID, backend);
  g_settings_set_int (fixture->settings, "window-width", 1280);
  g_settings_set_int (fixture->settings, "window-height", 800);
  fixture->window = bb_window_new (NULL, fixture->settings, fixture->data.base.context, NULL);
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
  bb_test_overview_data_tear_down (&fixture->data, user_data);
}

/* The ids @sql selects (one column), ascending, as "3,5". */
static char *
query_ids (Fixture    *fixture,
           const char *sql)
{
  g_autofree char *ordered = g_strdup_printf ("SELECT group_concat (id, ',') FROM (%s ORDER BY 1)", sql);
  sqlite3_stmt *stmt = NULL;
  char *ids;

  g_assert_cmpint (sqlite3_prepare_v2 (bb_database_get_handle (fixture->data.base.database), ordered, -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  ids = g_strdup (sqlite3_column_text (stmt, 0) != NULL ? (const char *) sqlite3_column_text (stmt, 0) : "");
  sqlite3_finalize (stmt);
  return ids;
}

/* The courses @point of @card counts, as the card's own words say: a query of its
 * own, not the link's filters. */
static char *
expected_sql (const BbOverviewCard  *card,
              guint                  series,
              guint                  index,
              const BbOverviewPoint *point,
              gint64                 adviser)
{
  static const char * const waits[] = {
    "BETWEEN 0 AND 7", "BETWEEN 8 AND 14", "BETWEEN 15 AND 30", "BETWEEN 31 AND 60", "> 60",
  };
  g_autofree char *condition = NULL;

  if (g_str_equal (card->id, "courses-by-status"))
    condition = g_strdup_printf ("status = '%s'", point->key);
  else if (g_str_equal (card->id, "course-flow"))
    {
      g_autofree char *month = g_strdup_printf ("BETWEEN '%s-01' AND min (date ('%s-01', '+1 month', '-1 day'), '" TO "')",
                                                point->key, point->key);

      condition = series == 0 ? g_strdup_printf ("first_contact %s", month)
                  : series == 1 ? g_strdup_printf ("closed_date %s", month)
                  : g_strdup_printf ("closed_date %s AND (status = 'not-admitted' OR closing_reason = 'referred-on')",
                                     month);
    }
  else if (g_str_equal (card->id, "waiting-median"))
    condition = g_strdup ("first_contact BETWEEN '" FROM "' AND '" TO "' AND first_conversation IS NOT NULL");
  else if (g_str_equal (card->id, "waiting-distribution"))
    condition = g_strdup_printf ("first_contact BETWEEN '" FROM "' AND '" TO "'"
                                 " AND CAST (julianday (first_conversation) - julianday (first_contact) AS INTEGER) %s",
                                 waits[index]);
  else if (g_str_equal (card->id, "conversations-distribution"))
    condition = g_strdup_printf ("status = 'closed' AND closed_date BETWEEN '" FROM "' AND '" TO "'"
                                 " AND conversations %s %d", g_str_has_suffix (point->key, "+") ? ">=" : "=",
                                 atoi (point->key));
  else if (g_str_equal (card->id, "referrals-by-offer") || g_str_equal (card->id, "handovers-by-offer"))
    condition = g_strdup_printf ("id IN (SELECT course_id FROM handovers WHERE offer_id = %s"
                                 " AND state_date BETWEEN '" FROM "' AND '" TO "' AND state %s)", point->key,
                                 g_str_equal (card->id, "referrals-by-offer") ? "!= 'suggested'"
                                 : series == 0 ? "= 'suggested'" : series == 1 ? "= 'referred'"
                                 : series == 2 ? "= 'accepted'" : "= 'started'");
  else
    g_assert_not_reached ();

  return g_strdup_printf ("SELECT id FROM courses WHERE adviser_id = %" G_GINT64_FORMAT " AND %s", adviser,
                          condition);
}

/* The figures are counted for the quarter and @adviser. */
typedef struct
{
  Fixture *fixture;
  gint64   adviser;
} Counted;

static gboolean
counted_for (gpointer data)
{
  Counted *counted = data;
  BbOverviewView *view = counted->fixture->view;
  g_autoptr(GPtrArray) cards = bb_test_collect_drawn (GTK_WIDGET (view), BB_TYPE_OVERVIEW_CARD_WIDGET);
  const BbOverviewFilter *filter;

  if (bb_overview_view_get_busy (view) || view->overview == NULL || cards->len == 0)
    return FALSE;
  filter = bb_overview_get_filter (view->overview);
  return filter->adviser_id == counted->adviser && g_strcmp0 (filter->from, FROM) == 0
         && g_strcmp0 (filter->to, TO) == 0;
}

static BbOverviewCardWidget *
find_card (Fixture    *fixture,
           const char *id)
{
  g_autoptr(GPtrArray) cards = bb_test_collect_drawn (GTK_WIDGET (fixture->view), BB_TYPE_OVERVIEW_CARD_WIDGET);

  for (guint i = 0; i < cards->len; i++)
    if (g_str_equal (bb_overview_card_widget_get_card (g_ptr_array_index (cards, i))->id, id))
      return g_ptr_array_index (cards, i);

  return NULL;
}

typedef struct
{
  Fixture    *fixture;
  const char *card;
  guint       series;
  guint       index;
  graphene_rect_t area;
} Target;

/* The point is drawn where the window shows it; until it is, the overview is
 * scrolled to it, as a person would before clicking. */
static gboolean
point_on_screen (gpointer data)
{
  Target *target = data;
  BbOverviewCardWidget *card = find_card (target->fixture, target->card);
  double height = gtk_widget_get_height (GTK_WIDGET (target->fixture->window));
  const BbOverviewSeries *series;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  GtkWidget *chart, *scroller, *content;
  double middle;

  if (card == NULL)
    return FALSE;
  chart = bb_overview_card_widget_get_chart (card);
  if (!gtk_widget_compute_bounds (chart, GTK_WIDGET (target->fixture->window), &bounds))
    return FALSE;
  series = g_ptr_array_index (bb_overview_card_widget_get_card (card)->series, target->series);
  if (bb_overview_chart_get_point_area (BB_OVERVIEW_CHART (chart), g_ptr_array_index (series->points, target->index),
                                        &target->area))
    middle = bounds.origin.y + target->area.origin.y + target->area.size.height / 2;
  else
    middle = bounds.origin.y + bounds.size.height / 2;
  if (middle > 60 && middle < height - 2 && target->area.size.height > 0)
    return TRUE;

  /* The card's top a little under the window's, by where it is in the content. */
  scroller = gtk_widget_get_ancestor (GTK_WIDGET (card), GTK_TYPE_SCROLLED_WINDOW);
  content = gtk_viewport_get_child (GTK_VIEWPORT (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller))));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  if (gtk_widget_compute_bounds (GTK_WIDGET (card), content, &bounds))
    gtk_adjustment_set_value (adjustment, bounds.origin.y - 20);
  return FALSE;
}

typedef struct
{
  Fixture    *fixture;
  const char *ids;
} Shown;

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static guint
count_ids (const char *ids)
{
  g_auto(GStrv) parts = g_strsplit (ids, ",", -1);

  return *ids != '\0' ? g_strv_length (parts) : 0;
}

/* The ids the courses view lists, ascending. */
static char *
shown_ids (BbCoursesView *view)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (view->shown));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      gint64 id = bb_course_shown_list_get_id (view->shown, i);

      g_array_append_val (ids, id);
    }
  g_array_sort (ids, compare_ids);
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", g_array_index (ids, gint64, i));
  return g_string_free (text, FALSE);
}

static gboolean
courses_view_lists (gpointer data)
{
  Shown *shown = data;
  AdwViewStack *stack = bb_test_find (GTK_WIDGET (shown->fixture->window), ADW_TYPE_VIEW_STACK, TRUE);
  GtkWidget *view = adw_view_stack_get_visible_child (stack);
  g_autofree char *ids = NULL;

  if (!BB_IS_COURSES_VIEW (view))
    return FALSE;
  ids = shown_ids (BB_COURSES_VIEW (view));
  return g_str_equal (ids, shown->ids);
}

/* The point @p of series @s of the card @id as the view counts it now: the figures
 * are counted again whenever the overview is shown after a change. */
static const BbOverviewPoint *
lookup_point (Fixture    *fixture,
              const char *id,
              guint       s,
              guint       p)
{
  const BbOverviewCard *card = bb_overview_lookup_card (fixture->view->overview, id);
  const BbOverviewSeries *series;

  g_assert_nonnull (card);
  if (s >= card->series->len)
    return NULL;
  series = g_ptr_array_index (card->series, s);
  return p < series->points->len ? g_ptr_array_index (series->points, p) : NULL;
}

/* Clicks every point of the course cards that leads to courses and counts some,
 * and checks the list each opens; returns how many were clicked. */
static guint
click_every_point (Fixture *fixture,
                   gint64   adviser)
{
  static const char * const card_ids[] = {
    "courses-by-status", "course-flow", "waiting-median", "waiting-distribution",
    "conversations-distribution", "referrals-by-offer", "handovers-by-offer",
  };
  Counted counted = { fixture, adviser };
  guint clicked = 0;

  for (guint c = 0; c < G_N_ELEMENTS (card_ids); c++)
    for (guint s = 0; lookup_point (fixture, card_ids[c], s, 0) != NULL; s++)
      for (guint p = 0; lookup_point (fixture, card_ids[c], s, p) != NULL; p++)
        {
          const BbOverviewCard *card = bb_overview_lookup_card (fixture->view->overview, card_ids[c]);
          const BbOverviewPoint *point = lookup_point (fixture, card_ids[c], s, p);
          /* The median's figure is no count; the courses it is of are those counted. */
          gboolean median = g_str_equal (card_ids[c], "waiting-median");
          double count = lookup_point (fixture, card_ids[c], median ? 1 : s, median ? 0 : p)->value;
          g_autofree char *sql = NULL;
          g_autofree char *expected = NULL;
          Target target = { fixture, card_ids[c], s, p, GRAPHENE_RECT_INIT (0, 0, 0, 0) };
          Shown shown = { fixture, NULL };

          if (point->value <= 0)
            continue;
          g_assert_nonnull (point->link);
          g_assert_cmpstr (point->link->view, ==, "courses");

          sql = expected_sql (card, s, p, point, adviser);
          expected = query_ids (fixture, sql);
          g_test_message ("%s %u %s (%g): %s", card_ids[c], s, point->label, count, expected);
          g_assert_cmpuint (count_ids (expected), ==, (guint) count);

          /* The card in sight, a click into the point. */
          gtk_widget_grab_focus (GTK_WIDGET (find_card (fixture, card_ids[c])));
          g_assert_true (bb_test_wait_for (point_on_screen, &target, 20));
          g_assert_true (bb_test_click_at (bb_overview_card_widget_get_chart (find_card (fixture, card_ids[c])),
                                           target.area.origin.x + target.area.size.width / 2,
                                           target.area.origin.y + target.area.size.height / 2));

          shown.ids = expected;
          g_assert_true (bb_test_wait_for (courses_view_lists, &shown, 20));
          clicked++;

          /* Back on the overview, counted again if it must be. */
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-view", "s",
                                                     "overview"));
          g_assert_true (bb_test_wait_for (counted_for, &counted, 20));
        }

  return clicked;
}

static void
choose (Fixture *fixture,
        gint64   adviser)
{
  Counted counted = { fixture, adviser };

  gtk_drop_down_set_selected (fixture->view->period_dropdown, BB_OVERVIEW_PERIOD_QUARTER);
  for (guint i = 0; i < fixture->view->adviser_ids->len; i++)
    if (g_array_index (fixture->view->adviser_ids, gint64, i) == adviser)
      gtk_drop_down_set_selected (fixture->view->adviser_dropdown, i);
  g_assert_true (bb_test_wait_for (counted_for, &counted, 20));
}

/* Anne: Ada and Bo closed in February (goals reached, referred on), Dan begun in
 * March, Finn's hand-over to Alpha before the quarter, Bo's to Alpha accepted. */
static void
test_links_anne (Fixture       *fixture,
                 gconstpointer  user_data)
{
  if (!GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    {
      g_test_skip ("A real click needs an X display (run the tests under xvfb-run)");
      return;
    }

  choose (fixture, fixture->data.adviser_a);
  g_assert_cmpuint (click_every_point (fixture, fixture->data.adviser_a), >=, 10);
}

/* Bent: Eva not admitted (referred on without the reason), Cim's hand-over to Beta
 * started, Hans in the last bar of the waits and Gus not. */
static void
test_links_bent (Fixture       *fixture,
                 gconstpointer  user_data)
{
  if (!GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    {
      g_test_skip ("A real click needs an X display (run the tests under xvfb-run)");
      return;
    }

  choose (fixture, fixture->data.adviser_b);
  g_assert_cmpuint (click_every_point (fixture, fixture->data.adviser_b), >=, 8);
}

static gboolean
file_written (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

/* The one-page PDF as the user makes it: Export as PDF, the file named in the real
 * file chooser, Export; its words hold the municipality of the preferences, the
 * period and a figure of the cards. */
static void
test_export_pdf (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbContext) context = NULL;
  g_autofree char *path = g_build_filename (fixture->data.base.folder, "overblik.pdf", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->data.base.folder);
  g_autofree char *text = NULL;
  Counted counted = { NULL, 0 };
  GtkWindow *chooser;
  BbWindow *window;
  BbOverviewView *view;

  /* A window on the same database whose context holds the settings. */
  g_settings_set_string (fixture->settings, "municipality", "Sandvig Kommune");
  context = bb_context_new (fixture->data.base.database, fixture->settings, &error);
  g_assert_no_error (error);
  window = bb_window_new (NULL, fixture->settings, context, NULL);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "overview"));
  view = bb_test_find (GTK_WIDGET (window), BB_TYPE_OVERVIEW_VIEW, TRUE);
  counted.fixture = &(Fixture) { .view = view };
  gtk_drop_down_set_selected (view->period_dropdown, BB_OVERVIEW_PERIOD_QUARTER);
  g_assert_true (bb_test_wait_for (counted_for, &counted, 20));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "overview.export-pdf", NULL));
  chooser = bb_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL, 5);
  g_assert_nonnull (chooser);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, &error));
  g_assert_no_error (error);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "overblik.pdf");
  bb_test_click (bb_test_find_button (GTK_WIDGET (chooser), "_Export"));
  g_assert_true (bb_test_wait_for (file_written, path, 20));

  text = bb_test_pdf_text (path);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Sandvig Kommune"));
  g_assert_nonnull (strstr (text, "Period: Quarter 1 2026 (2026-01-01 to 2026-03-31)"));
  /* Courses by status, Ada, Bo and Finn closed. */
  g_assert_nonnull (strstr (text, "Courses by status"));
  g_assert_nonnull (strstr (text, "Closed 3"));
  gtk_window_destroy (GTK_WINDOW (window));
  bb_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/overview-links/anne", Fixture, NULL, fixture_set_up, test_links_anne, fixture_tear_down);
  g_test_add ("/overview-links/bent", Fixture, NULL, fixture_set_up, test_links_bent, fixture_tear_down);
  g_test_add ("/overview-links/export-pdf", Fixture, NULL, fixture_set_up, test_export_pdf, fixture_tear_down);

  return g_test_run ();
}
