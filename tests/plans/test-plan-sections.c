/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The plan page's working sections — activities and their timeline, indicators,
 * trial actions, competence development — driven through their widgets and real key
 * presses, checked on screen and in the database. */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "bb-chart.h"
#include "bb-month-figures.h"
#include "bb-plan-activities-row.h"
#include "bb-plan-activities-section.h"
#include "bb-plan-competence-section.h"
#include "bb-plan-form-dialog.h"
#include "bb-plan-indicators-section.h"
#include "bb-plan-repository.h"
#include "bb-plan-timeline.h"
#include "bb-plan-timeline-row.h"
#include "bb-plan-trials-section.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"

typedef struct
{
  char            *folder;
  BbContext       *context;
  BbPlanRepository *plans;
  gint64           plan;
  gint64           element;
  GtkWindow       *window;
  GtkBox          *box;
} Fixture;

static gint64
add_activity (Fixture          *fixture,
              const char       *title,
              const char       *responsible,
              const char       *start,
              const char       *end,
              BbActivityStatus  status,
              gint64            element)
{
  g_autoptr(BbPlanActivity) activity = bb_plan_activity_new ();
  g_autoptr(GError) error = NULL;

  activity->plan_id = fixture->plan;
  activity->title = g_strdup (title);
  activity->responsible = g_strdup (responsible);
  activity->start_date = g_strdup (start);
  activity->end_date = g_strdup (end);
  activity->duration_days = -1;
  activity->status = status;
  activity->element_id = element;
  g_assert_true (bb_plan_repository_save_activity (fixture->plans, activity, &error));
  g_assert_no_error (error);
  return activity->id;
}

/* A plan of 2026 with one core element and three activities: one in progress, one
 * overdue on the test clock's 15 March 2026, one of the element. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(BbPlan) plan = bb_plan_new ("Ungeindsats 2026");
  g_autoptr(BbPlanElement) element = bb_plan_element_new ();
  g_autoptr(GError) error = NULL;

  fixture->context = bb_test_context_new (&fixture->folder);
  fixture->plans = bb_context_get_plans (fixture->context);
  bb_plan_set_period_start (plan, "2026-01-01");
  bb_plan_set_period_end (plan, "2026-12-31");
  g_assert_true (bb_plan_repository_save (fixture->plans, plan, &error));
  g_assert_no_error (error);
  fixture->plan = bb_plan_get_id (plan);

  element->plan_id = fixture->plan;
  element->title = g_strdup ("Easy access");
  g_assert_true (bb_plan_repository_save_element (fixture->plans, element, &error));
  fixture->element = element->id;

  add_activity (fixture, "Kick-off meeting", "Mette", "2026-03-02", "2026-05-29", BB_ACTIVITY_IN_PROGRESS, 0);
  add_activity (fixture, "Train the advisers", "Jonas", "2026-01-12", "2026-02-20", BB_ACTIVITY_PLANNED, 0);
  add_activity (fixture, "Open door on Fridays", "Mette", "2026-04-03", "2026-09-25", BB_ACTIVITY_PLANNED,
                fixture->element);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  bb_test_iterate ();
  g_clear_object (&fixture->context);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
}

/* A window with a toast overlay round @sections (NULL-terminated), as the plan page. */
static void
fixture_show (Fixture   *fixture,
              GtkWidget *first,
              ...)
{
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  va_list args;

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 760);
  fixture->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  va_start (args, first);
  for (GtkWidget *section = first; section != NULL; section = va_arg (args, GtkWidget *))
    {
      g_object_set (section, "context", fixture->context, "plan-id", fixture->plan, NULL);
      gtk_box_append (fixture->box, section);
    }
  va_end (args);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (fixture->box));
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), scrolled);
  gtk_window_set_child (fixture->window, overlay);
  gtk_window_present (fixture->window);
  bb_test_iterate ();
}

typedef struct
{
  Fixture    *fixture;
  const char *sql;
} CountWait;

static gboolean
found_in_database (gpointer data)
{
  CountWait *wait = data;

  return bb_test_query_int (bb_context_get_database (wait->fixture->context), wait->sql) == 1;
}

static gboolean
window_gone (gpointer data)
{
  return *(GtkWindow **) data == NULL;
}

static AdwPreferencesRow *
row_titled (GtkWidget  *root,
            const char *title)
{
  g_autoptr(GPtrArray) rows = bb_test_collect_drawn (root, ADW_TYPE_PREFERENCES_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  return NULL;
}

/* The descriptions of the timeline's rows on screen, in order, joined by "|". */
static char *
timeline_text (GtkWidget *root)
{
  g_autoptr(GPtrArray) rows = bb_test_collect_drawn (root, BB_TYPE_PLAN_TIMELINE_ROW);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      BbPlanTimelineRow *row = g_ptr_array_index (rows, i);

      /* The header names the months; its tooltip is empty. */
      if (bb_plan_timeline_row_get_item (row) == NULL)
        continue;
      /* What a screen reader says is what the tooltip shows. */
      g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (row)), ==,
                       bb_plan_timeline_item_get_description (bb_plan_timeline_row_get_item (row)));
      if (text->len > 0)
        g_string_append_c (text, '|');
      g_string_append (text, gtk_widget_get_tooltip_text (GTK_WIDGET (row)));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

typedef struct
{
  GtkWidget  *root;
  const char *expected;
} TimelineWait;

static gboolean
timeline_shows (gpointer data)
{
  TimelineWait *wait = data;
  g_autofree char *text = timeline_text (wait->root);

  return g_strcmp0 (text, wait->expected) == 0;
}

/* ---- activities and the timeline ---------------------------------------- */

static gboolean
label_shown (gpointer data)
{
  gpointer *args = data;

  return bb_test_find_label (args[0], args[1]) != NULL;
}

/* Activates the row of the activity titled @title in the section's list, as a click
 * on it does. */
static void
activate_activity (GtkWidget  *section,
                   const char *title)
{
  GtkWidget *list_view = bb_test_find (section, GTK_TYPE_GRID_VIEW, TRUE);
  GListModel *model = G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (list_view)));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BbPlanTimelineItem) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (bb_plan_timeline_item_get_activity (item)->title, title) == 0)
        {
          g_assert_true (gtk_widget_activate_action (list_view, "list.activate-item", "u", i));
          return;
        }
    }
  g_assert_not_reached ();
}

static void
test_timeline_shows_activities (Fixture       *fixture,
                                gconstpointer  data)
{
  TimelineWait shown = {
    NULL,
    "Train the advisers, January to February 2026, planned, overdue"
    "|Kick-off meeting, March to May 2026, in progress"
    "|Open door on Fridays, April to September 2026, planned"
  };

  fixture_show (fixture, g_object_new (BB_TYPE_PLAN_TIMELINE, NULL), NULL);
  shown.root = GTK_WIDGET (fixture->window);
  g_assert_true (bb_test_wait_for (timeline_shows, &shown, 5));
}

static void
test_activity_edit_by_keys (Fixture       *fixture,
                            gconstpointer  data)
{
  CountWait saved = {
    fixture,
    "SELECT count(*) FROM plan_activities WHERE title = 'Kick-off day'"
    " AND start_date = '2026-03-02' AND end_date = '2026-06-30' AND status = 'in-progress'"
    " AND responsible = 'Mette'"
  };
  TimelineWait shown = {
    NULL,
    "Train the advisers, January to February 2026, planned, overdue"
    "|Kick-off day, March to June 2026, in progress"
    "|Open door on Fridays, April to September 2026, planned"
  };
  GtkWidget *activities = g_object_new (BB_TYPE_PLAN_ACTIVITIES_SECTION, NULL);
  AdwEntryRow *title_row, *end_row;
  GtkWindow *dialog;

  fixture_show (fixture, activities, g_object_new (BB_TYPE_PLAN_TIMELINE, NULL), NULL);
  shown.root = GTK_WIDGET (fixture->window);

  /* The list says who, when and how far, and flags the overdue one. */
  g_assert_nonnull (bb_test_find_label (activities, "Mette · March to May 2026 · In progress"));
  g_assert_nonnull (bb_test_find_label (activities, "Jonas · January to February 2026 · Planned · Overdue"));

  /* Activating the row (as a click does) opens the activity, every field filled. */
  activate_activity (activities, "Kick-off meeting");
  dialog = bb_test_wait_for_toplevel (BB_TYPE_PLAN_FORM_DIALOG, fixture->window, 5);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  title_row = ADW_ENTRY_ROW (row_titled (GTK_WIDGET (dialog), "_Title"));
  end_row = ADW_ENTRY_ROW (row_titled (GTK_WIDGET (dialog), "_End date"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, "Kick-off meeting");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end_row)), ==, "2026-05-29");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row_titled (GTK_WIDGET (dialog), "_Responsible"))), ==,
                   "Mette");

  /* A new title; the end as Danes write it, with a typo first: the message is on the
   * field and nothing is saved. */
  if (!bb_test_send_keys (GTK_WIDGET (title_row), "ctrl+a K i c k minus o f f space d a y"))
    {
      g_test_skip ("No X display for real key presses");
      return;
    }
  g_assert_true (bb_test_send_keys (GTK_WIDGET (end_row), "ctrl+a 3 1 period 6 period 2 0 2 6 Return"));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (end_row), "error"));
  g_assert_nonnull (bb_test_find_label (GTK_WIDGET (dialog), "End date: write the date as"));
  g_assert_cmpint (bb_test_query_int (bb_context_get_database (fixture->context),
                                      "SELECT count(*) FROM plan_activities WHERE title = 'Kick-off day'"), ==, 0);

  g_assert_true (bb_test_send_keys (GTK_WIDGET (end_row), "ctrl+a 3 0 period 6 period 2 0 2 6 Return"));
  g_assert_true (bb_test_wait_for (found_in_database, &saved, 5));
  g_assert_true (bb_test_wait_for (window_gone, &dialog, 5));

  /* The list and the timeline show the change. */
  g_assert_true (bb_test_wait_for (timeline_shows, &shown, 5));
  g_assert_nonnull (bb_test_find_label (activities, "Kick-off day"));
  g_assert_nonnull (bb_test_find_label (activities, "Mette · March to June 2026 · In progress"));
}

static void
test_timeline_filter (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *timeline = g_object_new (BB_TYPE_PLAN_TIMELINE, NULL);
  TimelineWait jonas = { NULL, "Train the advisers, January to February 2026, planned, overdue" };
  TimelineWait element = { NULL, "Open door on Fridays, April to September 2026, planned" };
  g_autoptr(GPtrArray) dropdowns = NULL;
  GtkDropDown *by_element, *by_responsible;
  GListModel *people;
  guint i;

  fixture_show (fixture, timeline, NULL);
  jonas.root = element.root = timeline;
  dropdowns = bb_test_collect_drawn (timeline, GTK_TYPE_DROP_DOWN);
  g_assert_cmpuint (dropdowns->len, ==, 2);
  by_element = g_ptr_array_index (dropdowns, 0);
  by_responsible = g_ptr_array_index (dropdowns, 1);

  /* Everyone responsible, then the names in order. */
  people = gtk_drop_down_get_model (by_responsible);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (people), 1), ==, "Jonas");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (people), 2), ==, "Mette");

  for (i = 0; i < g_list_model_get_n_items (people); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (people), i), "Jonas") == 0)
      gtk_drop_down_set_selected (by_responsible, i);
  g_assert_true (bb_test_wait_for (timeline_shows, &jonas, 5));

  /* Back to everyone, then only the core element's. */
  gtk_drop_down_set_selected (by_responsible, 0);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (by_element)), 1), ==,
                   "Easy access");
  gtk_drop_down_set_selected (by_element, 1);
  g_assert_true (bb_test_wait_for (timeline_shows, &element, 5));

  /* A change in the database keeps the filter. */
  add_activity (fixture, "Not of the element", "Mette", "2026-05-01", NULL, BB_ACTIVITY_PLANNED, 0);
  bb_test_iterate ();
  g_assert_true (timeline_shows (&element));
}

static gboolean
count_is_zero (gpointer data)
{
  CountWait *wait = data;

  return bb_test_query_int (bb_context_get_database (wait->fixture->context), wait->sql) == 0;
}

/* The delete button deletes the activity; Undo on the toast brings it back with every
 * field and the timeline shows it again. */
static void
test_activity_delete_undo (Fixture       *fixture,
                           gconstpointer  data)
{
  CountWait back = {
    fixture,
    "SELECT count(*) FROM plan_activities WHERE title = 'Train the advisers' AND responsible = 'Jonas'"
    " AND start_date = '2026-01-12' AND end_date = '2026-02-20' AND status = 'planned'"
  };
  GtkWidget *activities = g_object_new (BB_TYPE_PLAN_ACTIVITIES_SECTION, NULL);
  TimelineWait without = {
    NULL,
    "Kick-off meeting, March to May 2026, in progress"
    "|Open door on Fridays, April to September 2026, planned"
  };
  TimelineWait with = {
    NULL,
    "Train the advisers, January to February 2026, planned, overdue"
    "|Kick-off meeting, March to May 2026, in progress"
    "|Open door on Fridays, April to September 2026, planned"
  };
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *delete_button = NULL;
  gpointer toast[2];

  fixture_show (fixture, activities, g_object_new (BB_TYPE_PLAN_TIMELINE, NULL), NULL);
  without.root = with.root = GTK_WIDGET (fixture->window);

  rows = bb_test_collect_drawn (activities, BB_TYPE_PLAN_ACTIVITIES_ROW);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (bb_plan_timeline_item_get_activity (bb_plan_activities_row_get_item (g_ptr_array_index (rows, i)))->title,
                   "Train the advisers") == 0)
      delete_button = bb_test_find (g_ptr_array_index (rows, i), GTK_TYPE_BUTTON, TRUE);
  bb_test_click (delete_button);

  g_assert_true (bb_test_wait_for (count_is_zero, &back, 5));
  g_assert_true (bb_test_wait_for (timeline_shows, &without, 5));
  toast[0] = fixture->window;
  toast[1] = "Activity »Train the advisers« deleted";
  g_assert_true (bb_test_wait_for (label_shown, toast, 5));

  bb_test_click (bb_test_find_button (GTK_WIDGET (fixture->window), "_Undo"));
  g_assert_true (bb_test_wait_for (found_in_database, &back, 5));
  g_assert_true (bb_test_wait_for (timeline_shows, &with, 5));
}

/* A plan of 300 activities: the timeline makes rows for those in view only, and the
 * page shows them at once. */
static void
test_timeline_many (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *timeline = g_object_new (BB_TYPE_PLAN_TIMELINE, NULL);
  GtkWidget *activities = g_object_new (BB_TYPE_PLAN_ACTIVITIES_SECTION, NULL);
  g_autoptr(GPtrArray) rows = NULL;
  gint64 start;
  double seconds;

  for (int i = 0; i < 297; i++)
    {
      g_autofree char *title = g_strdup_printf ("Activity %03d", i);
      g_autofree char *from = g_strdup_printf ("2026-%02d-01", i % 12 + 1);
      g_autofree char *to = g_strdup_printf ("2027-%02d-15", i % 12 + 1);

      add_activity (fixture, title, i % 2 ? "Mette" : "Jonas", from, to, (BbActivityStatus) (i % 5), 0);
    }

  start = g_get_monotonic_time ();
  fixture_show (fixture, activities, timeline, NULL);
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  /* For the log: the machine's load decides the figure; what is asserted is that the
   * lists make rows only for what is in view. */
  g_test_message ("300 activities shown in %.3f s", seconds);

  rows = bb_test_collect_drawn (activities, BB_TYPE_PLAN_ACTIVITIES_ROW);
  g_assert_cmpuint (rows->len, >, 5);
  g_assert_cmpuint (rows->len, <, 100);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = bb_test_collect_drawn (timeline, BB_TYPE_PLAN_TIMELINE_ROW);
  g_assert_cmpuint (rows->len, >, 5);
  g_assert_cmpuint (rows->len, <, 100);
}

/* ---- indicators --------------------------------------------------------- */

static void
add_indicator (Fixture         *fixture,
               const char      *name,
               BbIndicatorKind  kind,
               double           target,
               const char      *unit)
{
  g_autoptr(BbPlanIndicator) indicator = bb_plan_indicator_new ();
  g_autoptr(GError) error = NULL;

  indicator->plan_id = fixture->plan;
  indicator->name = g_strdup (name);
  indicator->kind = kind;
  indicator->target = target;
  indicator->unit = g_strdup (unit);
  g_assert_true (bb_plan_repository_save_indicator (fixture->plans, indicator, &error));
  g_assert_no_error (error);
}

static void
test_measurement_typed (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CountWait saved = {
    fixture,
    "SELECT count(*) FROM plan_measurements WHERE date = '2026-03-15' AND value = 12.5"
    " AND origin = 'typed' AND note = 'After the kick-off'"
  };
  GtkWidget *section = g_object_new (BB_TYPE_PLAN_INDICATORS_SECTION, NULL);
  gpointer shown[2];
  GtkWindow *dialog;
  AdwPreferencesRow *value_row;
  BbChart *chart;
  const char *text;

  add_indicator (fixture, "Conversations per young person", BB_INDICATOR_MANUAL, 10, "conversations");

  fixture_show (fixture, section, NULL);
  g_assert_nonnull (bb_test_find_label (section, "No measurements yet"));
  bb_test_click (bb_test_find_button (section, "Add Measurement…"));
  dialog = bb_test_wait_for_toplevel (BB_TYPE_PLAN_FORM_DIALOG, fixture->window, 5);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  /* Today by the context's clock; the value with a decimal comma. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row_titled (GTK_WIDGET (dialog), "_Date"))), ==,
                   "2026-03-15");
  value_row = row_titled (GTK_WIDGET (dialog), "_Value");
  if (!bb_test_send_keys (GTK_WIDGET (value_row), "1 2 comma 5 Tab A f t e r space t h e space k i c k minus o f f"))
    {
      g_test_skip ("No X display for real key presses");
      return;
    }
  g_assert_true (bb_test_send_keys (GTK_WIDGET (dialog), "ctrl+Return"));
  g_assert_true (bb_test_wait_for (found_in_database, &saved, 5));
  g_assert_true (bb_test_wait_for (window_gone, &dialog, 5));

  /* In the list, with where it came from, and in the chart's text. */
  shown[0] = section;
  shown[1] = "15 March 2026: 12.5 conversations";
  g_assert_true (bb_test_wait_for (label_shown, shown, 5));
  g_assert_nonnull (bb_test_find_label (section, "Typed in · After the kick-off"));
  chart = bb_test_find (section, BB_TYPE_CHART, TRUE);
  g_assert_nonnull (chart);
  text = gtk_widget_get_tooltip_text (GTK_WIDGET (chart));
  g_assert_nonnull (strstr (text, "15 March 2026: 12.5"));
  g_assert_nonnull (strstr (text, "Target: 10 conversations"));
}

/* The courses of the fixture's database, for the helpers of bb-test-courses.h. */
static BbTestCourses
fixture_courses (Fixture *fixture)
{
  BbContext *context = fixture->context;
  BbTestCourses courses = {
    fixture->folder, context, bb_context_get_database (context), bb_context_get_advisers (context),
    bb_context_get_young_people (context), bb_context_get_courses (context),
    bb_context_get_instruments (context), bb_context_get_access_log (context),
  };

  return courses;
}

/* "Compute from Courses…" on a course-figure indicator fills it month by month from
 * the courses in the database: waits of 10 days (January) and 4 (February). */
static void
test_measurement_computed (Fixture       *fixture,
                           gconstpointer  data)
{
  BbTestCourses courses = fixture_courses (fixture);
  g_autoptr(GError) error = NULL;
  CountWait computed = {
    fixture,
    "SELECT count(*) = 2 FROM plan_measurements WHERE origin = 'courses'"
    " AND ((date = '2026-01-01' AND value = 10) OR (date = '2026-02-01' AND value = 4))"
  };
  GtkWidget *section = g_object_new (BB_TYPE_PLAN_INDICATORS_SECTION, NULL);
  gpointer shown[2];
  GtkWindow *dialog;
  gint64 asta = bb_test_add_course (&courses, "Asta Hansen", "2026-01-02", 0);
  gint64 bo = bb_test_add_course (&courses, "Bo Jensen", "2026-02-01", 0);

  bb_test_add_meeting (&courses, asta, BB_MEETING_ADVISORY, "2026-01-12", FALSE);
  bb_test_add_meeting (&courses, bo, BB_MEETING_ADVISORY, "2026-02-05", FALSE);

  add_indicator (fixture, "Median wait", BB_INDICATOR_WAITING_MEDIAN, 14, "days");

  fixture_show (fixture, section, NULL);
  bb_test_click (bb_test_find_button (section, "Compute from Courses…"));
  dialog = bb_test_wait_for_toplevel (BB_TYPE_PLAN_FORM_DIALOG, fixture->window, 5);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  /* The plan's period, as months. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row_titled (GTK_WIDGET (dialog), "_From month"))), ==,
                   "2026-01");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row_titled (GTK_WIDGET (dialog), "_To month"))), ==,
                   "2026-12");
  if (!bb_test_send_keys (GTK_WIDGET (dialog), "ctrl+Return"))
    {
      g_test_skip ("No X display for real key presses");
      return;
    }
  g_assert_true (bb_test_wait_for (found_in_database, &computed, 5));
  g_assert_true (bb_test_wait_for (window_gone, &dialog, 5));

  shown[0] = section;
  shown[1] = "1 February 2026: 4 days";
  g_assert_true (bb_test_wait_for (label_shown, shown, 5));
  g_assert_nonnull (bb_test_find_label (section, "1 January 2026: 10 days"));
}

static gboolean
widget_sensitive (gpointer widget)
{
  return gtk_widget_is_sensitive (widget);
}

/* "Import Figure File…" on an indicator: the file chosen in the real file chooser
 * fills the indicator month by month, and a toast names the file. */
static void
test_measurement_figure_file (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) months = g_ptr_array_new_with_free_func ((GDestroyNotify) bb_month_figures_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->folder, "figures.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  BbMonthFigures *january = bb_month_figures_new ("2026-01");
  BbMonthFigures *february = bb_month_figures_new ("2026-02");
  CountWait imported = {
    fixture,
    "SELECT count(*) = 2 FROM plan_measurements WHERE origin = 'figure-file'"
    " AND ((date = '2026-01-01' AND value = 9) OR (date = '2026-02-01' AND value = 5))"
  };
  GtkWidget *section = g_object_new (BB_TYPE_PLAN_INDICATORS_SECTION, NULL);
  GtkFileChooser *chooser;
  GtkWidget *import;
  gpointer shown[2];

  january->started = january->waited = 3;
  january->waiting_median = 9;
  february->started = february->waited = 2;
  february->waiting_median = 5;
  g_ptr_array_add (months, january);
  g_ptr_array_add (months, february);
  g_assert_true (bb_figure_file_write (file, months, NULL, "2026-03-01", &error));
  g_assert_no_error (error);

  add_indicator (fixture, "Median wait", BB_INDICATOR_WAITING_MEDIAN, 14, "days");

  fixture_show (fixture, section, NULL);
  bb_test_click (bb_test_find_button (section, "Import Figure File…"));
  chooser = GTK_FILE_CHOOSER (bb_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL, 5));
  g_assert_nonnull (chooser);
  bb_test_iterate ();
  g_assert_true (gtk_file_chooser_set_file (chooser, file, &error));
  g_assert_no_error (error);
  /* The chooser takes the file once it has read its folder. */
  import = bb_test_find_button (GTK_WIDGET (chooser), "_Import");
  g_assert_true (bb_test_wait_for (widget_sensitive, import, 5));
  bb_test_click (import);

  g_assert_true (bb_test_wait_for (found_in_database, &imported, 5));
  shown[0] = fixture->window;
  shown[1] = "Figures imported from »figures.json«";
  g_assert_true (bb_test_wait_for (label_shown, shown, 5));
  shown[0] = section;
  shown[1] = "1 February 2026: 5 days";
  g_assert_true (bb_test_wait_for (label_shown, shown, 5));
}

/* ---- trial actions ------------------------------------------------------ */

typedef struct
{
  GtkWidget  *root;
  const char *label;
} RowWait;

static gboolean
button_shown (gpointer data)
{
  RowWait *wait = data;

  return bb_test_find_button (wait->root, wait->label) != NULL;
}

static void
test_learning_review_adjust (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(BbTrialAction) trial = bb_trial_action_new ();
  g_autoptr(GError) error = NULL;
  CountWait saved = {
    fixture,
    "SELECT count(*) FROM plan_reviews WHERE date = '2026-03-15' AND decision = 'adjust'"
    " AND worked = 'Many came'"
  };
  GtkWidget *section = g_object_new (BB_TYPE_PLAN_TRIALS_SECTION, NULL);
  AdwExpanderRow *expander;
  GtkWindow *dialog;
  AdwComboRow *decision;
  GtkTextView *worked;
  gpointer shown[2];
  RowWait add_review = { NULL, "Add Learning _Review…" };

  trial->plan_id = fixture->plan;
  trial->title = g_strdup ("Friday drop-in");
  trial->start_date = g_strdup ("2026-02-06");
  g_assert_true (bb_plan_repository_save_trial (fixture->plans, trial, &error));
  g_assert_no_error (error);

  fixture_show (fixture, section, NULL);
  expander = ADW_EXPANDER_ROW (row_titled (section, "Friday drop-in"));
  g_assert_nonnull (expander);
  g_assert_cmpstr (adw_expander_row_get_subtitle (expander), ==, "From 6 February 2026 · No learning review yet");
  adw_expander_row_set_expanded (expander, TRUE);
  add_review.root = section;
  g_assert_true (bb_test_wait_for (button_shown, &add_review, 5));
  bb_test_click (bb_test_find_button (section, "Add Learning _Review…"));
  dialog = bb_test_wait_for_toplevel (BB_TYPE_PLAN_FORM_DIALOG, fixture->window, 5);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  decision = ADW_COMBO_ROW (row_titled (GTK_WIDGET (dialog), "D_ecision"));
  g_assert_cmpuint (adw_combo_row_get_selected (decision), ==, BB_TRIAL_DECISION_NONE);
  adw_combo_row_set_selected (decision, BB_TRIAL_DECISION_ADJUST);
  worked = bb_test_find (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW, TRUE);
  if (!bb_test_send_keys (GTK_WIDGET (worked), "M a n y space c a m e ctrl+Return"))
    {
      g_test_skip ("No X display for real key presses");
      return;
    }
  g_assert_true (bb_test_wait_for (found_in_database, &saved, 5));
  g_assert_true (bb_test_wait_for (window_gone, &dialog, 5));

  /* The review in the open trial action, and its decision in the summary. */
  shown[0] = section;
  shown[1] = "15 March 2026 – Adjust";
  g_assert_true (bb_test_wait_for (label_shown, shown, 5));
  g_assert_nonnull (bb_test_find_label (section, "Worked: Many came"));
  expander = ADW_EXPANDER_ROW (row_titled (section, "Friday drop-in"));
  g_assert_true (adw_expander_row_get_expanded (expander));
  g_assert_cmpstr (adw_expander_row_get_subtitle (expander), ==, "From 6 February 2026 · Latest decision: Adjust");
}

/* ---- competence development -------------------------------------------- */

/* The shares are typed as percentages, kept as shares and shown as percentages. */
static void
test_competence_event_add (Fixture       *fixture,
                           gconstpointer  data)
{
  CountWait saved = {
    fixture,
    "SELECT count(*) FROM plan_competence_events WHERE date = '2026-03-15' AND title = 'MI course'"
    " AND n_participants = 12 AND abs (share_rating_high - 0.85) < 1e-9 AND abs (share_used_after - 0.605) < 1e-9"
  };
  GtkWidget *section = g_object_new (BB_TYPE_PLAN_COMPETENCE_SECTION, NULL);
  GtkWindow *dialog;
  gpointer shown[2];

  fixture_show (fixture, section, NULL);
  bb_test_click (bb_test_find (section, GTK_TYPE_BUTTON, TRUE));
  dialog = bb_test_wait_for_toplevel (BB_TYPE_PLAN_FORM_DIALOG, fixture->window, 5);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  if (!bb_test_send_keys (GTK_WIDGET (row_titled (GTK_WIDGET (dialog), "_Title")), "M I space c o u r s e"))
    {
      g_test_skip ("No X display for real key presses");
      return;
    }
  g_assert_true (bb_test_send_keys (GTK_WIDGET (row_titled (GTK_WIDGET (dialog), "_Number of participants")), "1 2"));
  /* Over 100 is no percentage: the message is on the field. */
  g_assert_true (bb_test_send_keys (GTK_WIDGET (row_titled (GTK_WIDGET (dialog), "Per cent rating it _4 or 5 of 5")),
                                    "1 8 5 Return"));
  g_assert_nonnull (bb_test_find_label (GTK_WIDGET (dialog), "write a percentage from 0 to 100"));
  g_assert_true (bb_test_send_keys (GTK_WIDGET (row_titled (GTK_WIDGET (dialog), "Per cent rating it _4 or 5 of 5")),
                                    "ctrl+a 8 5 space percent"));
  g_assert_true (bb_test_send_keys (GTK_WIDGET (row_titled (GTK_WIDGET (dialog), "Per cent who _used the knowledge afterwards")),
                                    "6 0 comma 5 Return"));
  g_assert_true (bb_test_wait_for (found_in_database, &saved, 5));
  g_assert_true (bb_test_wait_for (window_gone, &dialog, 5));

  shown[0] = section;
  shown[1] = "15 March 2026 · 12 participants · 85 % rated it 4–5 · 60 % used it afterwards";
  g_assert_true (bb_test_wait_for (label_shown, shown, 5));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/plan-sections/timeline/shows-activities", Fixture, NULL,
              fixture_set_up, test_timeline_shows_activities, fixture_tear_down);
  g_test_add ("/plan-sections/activity/edit-by-keys", Fixture, NULL,
              fixture_set_up, test_activity_edit_by_keys, fixture_tear_down);
  g_test_add ("/plan-sections/timeline/filter", Fixture, NULL,
              fixture_set_up, test_timeline_filter, fixture_tear_down);
  g_test_add ("/plan-sections/activity/delete-undo", Fixture, NULL,
              fixture_set_up, test_activity_delete_undo, fixture_tear_down);
  g_test_add ("/plan-sections/timeline/many", Fixture, NULL,
              fixture_set_up, test_timeline_many, fixture_tear_down);
  g_test_add ("/plan-sections/indicators/typed-measurement", Fixture, NULL,
              fixture_set_up, test_measurement_typed, fixture_tear_down);
  g_test_add ("/plan-sections/indicators/computed-from-courses", Fixture, NULL,
              fixture_set_up, test_measurement_computed, fixture_tear_down);
  g_test_add ("/plan-sections/indicators/figure-file", Fixture, NULL,
              fixture_set_up, test_measurement_figure_file, fixture_tear_down);
  g_test_add ("/plan-sections/trials/review-adjust", Fixture, NULL,
              fixture_set_up, test_learning_review_adjust, fixture_tear_down);

  g_test_add ("/plan-sections/competence/add", Fixture, NULL,
              fixture_set_up, test_competence_event_add, fixture_tear_down);

  return g_test_run ();
}
