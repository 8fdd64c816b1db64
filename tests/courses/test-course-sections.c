/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The course page's meetings, measures and hand-overs sections, driven through their
 * widgets and real key presses, checked on screen and in the database. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "bb-chart.h"
#include "bb-course-handovers-section.h"
#include "bb-course-measures-section.h"
#include "bb-course-page.h"
#include "bb-course-timeline-section.h"
#include "bb-course-meetings-section.h"
#include "bb-measure-dialog.h"
#include "bb-meeting-dialog.h"
#include "bb-offer-picker.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"

typedef struct
{
  BbTestCourses    data;
  GtkWindow       *window;
  AdwToastOverlay *overlay;
  GtkWidget       *section;
  gint64           course;
} Fixture;

/* A window with a toast overlay round @section, as the course page has. */
static void
fixture_show (Fixture   *fixture,
              GtkWidget *section)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 700);
  fixture->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  fixture->section = section;
  g_object_set (section, "context", fixture->data.context, "course-id", fixture->course, NULL);
  adw_toast_overlay_set_child (fixture->overlay, section);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->overlay));
  gtk_window_present (fixture->window);
  bb_test_iterate ();
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  bb_test_courses_set_up (&fixture->data, NULL);
  fixture->course = bb_test_add_course (&fixture->data, "Anna Ahmadi", "2026-01-05", 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  bb_test_iterate ();
  bb_test_courses_tear_down (&fixture->data, NULL);
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return bb_test_query_int (fixture->data.database, sql);
}

typedef struct
{
  Fixture    *fixture;
  const char *sql;
  gint64      expected;
} CountWait;

static gboolean
count_is (gpointer data)
{
  CountWait *wait = data;

  return count (wait->fixture, wait->sql) == wait->expected;
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

typedef struct
{
  GtkWidget  *root;
  const char *title;
} RowWait;

static gboolean
row_shown (gpointer data)
{
  RowWait *wait = data;

  return row_titled (wait->root, wait->title) != NULL;
}

static gboolean
row_gone (gpointer data)
{
  return !row_shown (data);
}

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

static gboolean
focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static gboolean
focus_within_cb (gpointer widget)
{
  return focus_within (widget);
}

/* ---- meetings ----------------------------------------------------------- */

static void
test_meeting_add_by_keys (Fixture       *fixture,
                          gconstpointer  data)
{
  CountWait saved = {
    fixture,
    "SELECT count(*) FROM meetings WHERE date = '2026-03-15' AND time = '14:05'"
    " AND kind = 'advisory' AND duration = 45 AND no_show = 0",
    1
  };
  RowWait shown = { NULL, "15 March 2026 at 14:05 – Advisory conversation" };
  GtkWindow *dialog;
  AdwEntryRow *date_row, *time_row;
  AdwComboRow *kind_row;

  fixture_show (fixture, g_object_new (BB_TYPE_COURSE_MEETINGS_SECTION, NULL));
  shown.root = fixture->section;

  bb_course_meetings_section_add_meeting (BB_COURSE_MEETINGS_SECTION (fixture->section));
  dialog = bb_test_wait_for_toplevel (BB_TYPE_MEETING_DIALOG, fixture->window, 5);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  /* Today by the context's clock, an advisory conversation, the focus in the date. */
  date_row = ADW_ENTRY_ROW (row_titled (GTK_WIDGET (dialog), "_Date"));
  time_row = ADW_ENTRY_ROW (row_titled (GTK_WIDGET (dialog), "_Time (HH:MM)"));
  kind_row = ADW_COMBO_ROW (row_titled (GTK_WIDGET (dialog), "_Kind"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "2026-03-15");
  g_assert_cmpuint (adw_combo_row_get_selected (kind_row), ==, BB_MEETING_ADVISORY);
  g_assert_true (bb_test_wait_for (focus_within_cb, date_row, 5));

  /* Tab to the time, type it, Tab on past the kind to the duration, Enter saves. */
  if (!bb_test_send_keys (GTK_WIDGET (date_row), "Tab 1 4 period 0 5"))
    {
      g_test_skip ("No X display for real key presses");
      return;
    }
  g_assert_true (focus_within (GTK_WIDGET (time_row)));
  gtk_widget_grab_focus (GTK_WIDGET (row_titled (GTK_WIDGET (dialog), "D_uration in minutes")));
  g_assert_true (bb_test_send_keys (GTK_WIDGET (dialog), "4 5 Return"));

  g_assert_true (bb_test_wait_for (count_is, &saved, 5));
  g_assert_true (bb_test_wait_for (window_gone, &dialog, 5));
  g_assert_true (bb_test_wait_for (row_shown, &shown, 5));
}

static void
test_meeting_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWindow *dialog;
  AdwEntryRow *date_row;

  fixture_show (fixture, g_object_new (BB_TYPE_COURSE_MEETINGS_SECTION, NULL));
  bb_course_meetings_section_add_meeting (BB_COURSE_MEETINGS_SECTION (fixture->section));
  dialog = bb_test_wait_for_toplevel (BB_TYPE_MEETING_DIALOG, fixture->window, 5);
  date_row = ADW_ENTRY_ROW (row_titled (GTK_WIDGET (dialog), "_Date"));

  /* No such day: the dialog stays with the reason, nothing is stored. */
  if (!bb_test_send_keys (GTK_WIDGET (date_row), "ctrl+a 3 1 period 0 2 period 2 0 2 6 Return"))
    {
      g_test_skip ("No X display for real key presses");
      return;
    }
  g_assert_nonnull (bb_test_wait_for_label (GTK_WIDGET (dialog), "Date: write the date", 5));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM meetings"), ==, 0);
  gtk_window_destroy (dialog);
}

static void
test_meeting_edit_delete_undo (Fixture       *fixture,
                               gconstpointer  data)
{
  CountWait gone = { fixture, "SELECT count(*) FROM meetings", 0 };
  CountWait back = { fixture, "SELECT count(*) FROM meetings WHERE kind = 'network' AND date = '2026-03-02'", 1 };
  RowWait shown = { NULL, "2 March 2026 – Network meeting" };
  GtkWidget *undo;

  bb_test_add_meeting (&fixture->data, fixture->course, BB_MEETING_NETWORK, "2026-03-02", FALSE);
  fixture_show (fixture, g_object_new (BB_TYPE_COURSE_MEETINGS_SECTION, NULL));
  shown.root = fixture->section;
  g_assert_true (bb_test_wait_for (row_shown, &shown, 5));

  /* Activating the row opens it for editing. */
  g_assert_true (gtk_widget_activate (GTK_WIDGET (row_titled (fixture->section, shown.title))));
  {
    GtkWindow *dialog = bb_test_wait_for_toplevel (BB_TYPE_MEETING_DIALOG, fixture->window, 5);

    g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Edit Meeting");
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row_titled (GTK_WIDGET (dialog), "_Date"))), ==,
                     "2026-03-02");
    gtk_window_destroy (dialog);
  }

  g_assert_true (gtk_widget_activate (find_action_button (fixture->section, "meetings.delete")));
  g_assert_true (bb_test_wait_for (count_is, &gone, 5));
  g_assert_true (bb_test_wait_for (row_gone, &shown, 5));

  undo = bb_test_find_button (GTK_WIDGET (fixture->overlay), "_Undo");
  g_assert_nonnull (undo);
  g_assert_true (gtk_widget_activate (undo));
  g_assert_true (bb_test_wait_for (count_is, &back, 5));
  g_assert_true (bb_test_wait_for (row_shown, &shown, 5));
}

/* On the course page: Ctrl+N, Enter, and the meeting is on the timeline. */
static gboolean
timeline_has_meeting (gpointer data)
{
  GtkWidget *timeline = bb_test_find (data, BB_TYPE_COURSE_TIMELINE_SECTION, TRUE);
  AdwPreferencesRow *row = timeline != NULL ? row_titled (timeline, "Advisory conversation") : NULL;

  return row != NULL && g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "15 March 2026") == 0;
}

static void
test_meeting_on_page_timeline (Fixture       *fixture,
                               gconstpointer  data)
{
  CountWait saved = { fixture, "SELECT count(*) FROM meetings WHERE date = '2026-03-15' AND kind = 'advisory'", 1 };
  RowWait listed = { NULL, "15 March 2026 – Advisory conversation" };
  GtkWindow *dialog;

  fixture_show (fixture, GTK_WIDGET (bb_course_page_new ()));
  listed.root = fixture->section;
  g_assert_false (timeline_has_meeting (fixture->section));

  /* From anywhere on the page: here the meetings' own button has the focus. */
  if (!bb_test_send_keys (find_action_button (fixture->section, "meetings.add"), "ctrl+n"))
    {
      g_test_skip ("No X display for real key presses");
      return;
    }
  dialog = bb_test_wait_for_toplevel (BB_TYPE_MEETING_DIALOG, fixture->window, 5);
  g_assert_nonnull (dialog);
  g_assert_true (bb_test_send_keys (GTK_WIDGET (dialog), "Return"));

  g_assert_true (bb_test_wait_for (count_is, &saved, 5));
  g_assert_true (bb_test_wait_for (timeline_has_meeting, fixture->section, 5));
  g_assert_true (bb_test_wait_for (row_shown, &listed, 5));
}

/* ---- measures ----------------------------------------------------------- */

static void
add_measure (Fixture      *fixture,
             const char   *key,
             const char   *date,
             const double *items,
             guint         n_items)
{
  BbInstrument *instrument = bb_instrument_repository_lookup (fixture->data.instruments, key);
  g_autoptr(BbMeasure) measure = bb_measure_new (fixture->course, instrument, date);
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_measure_set_items (measure, items, n_items, &error));
  g_assert_true (bb_course_repository_save_measure (fixture->data.courses, measure, &error));
  g_assert_no_error (error);
}

static void
test_measure_score_as_typed (Fixture       *fixture,
                             gconstpointer  data)
{
  CountWait saved = {
    fixture, "SELECT count(*) FROM measures WHERE instrument = 'who-5' AND score = 64 AND date = '2026-03-15'", 1
  };
  BbMeasureDialog *dialog;
  GtkWidget *first, *last;
  GtkWindow *gone;

  fixture_show (fixture, g_object_new (BB_TYPE_COURSE_MEASURES_SECTION, NULL));
  dialog = bb_measure_dialog_new (fixture->data.context, fixture->course, "who-5");
  gone = GTK_WINDOW (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &gone);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), fixture->window);
  gtk_window_present (GTK_WINDOW (dialog));

  /* The focus starts in the first answer; Enter goes on to the next. */
  first = GTK_WIDGET (row_titled (GTK_WIDGET (dialog),
                                  "1. Over the last two weeks I have felt cheerful and in good spirits"));
  g_assert_nonnull (first);
  g_assert_true (bb_test_wait_for (focus_within_cb, first, 5));
  if (!bb_test_send_keys (first, "3 Return 4 Return 2 Return 5"))
    {
      g_test_skip ("No X display for real key presses");
      return;
    }
  g_assert_nonnull (bb_test_wait_for_label (GTK_WIDGET (dialog), "Score: 4 of 5 items answered", 5));
  g_assert_true (bb_test_send_keys (GTK_WIDGET (dialog), "Return 2"));
  g_assert_nonnull (bb_test_wait_for_label (GTK_WIDGET (dialog), "Score: 64 of 100", 5));

  /* Out of range: refused with the reason, and Enter does not save. */
  last = gtk_root_get_focus (GTK_ROOT (dialog));
  gtk_widget_grab_focus (first);
  g_assert_true (bb_test_send_keys (first, "ctrl+a 7"));
  g_assert_nonnull (bb_test_wait_for_label (GTK_WIDGET (dialog),
                                            "Item 1: 7 is out of range; the answers go from 0 to 5.", 5));
  gtk_widget_grab_focus (last);
  g_assert_true (bb_test_send_keys (last, "Return"));
  bb_test_iterate ();
  g_assert_nonnull (gone);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM measures"), ==, 0);

  /* Put right, Enter on the last answer saves, and the section draws it. */
  gtk_widget_grab_focus (first);
  g_assert_true (bb_test_send_keys (first, "ctrl+a 3"));
  gtk_widget_grab_focus (last);
  g_assert_true (bb_test_send_keys (last, "Return"));
  g_assert_true (bb_test_wait_for (count_is, &saved, 5));
  g_assert_true (bb_test_wait_for (window_gone, &gone, 5));
  g_assert_nonnull (bb_test_wait_for_label (fixture->section, "WHO-5", 5));
}

static BbReportChart *
drawn_chart (GtkWidget *root,
             guint      index)
{
  g_autoptr(GPtrArray) charts = bb_test_collect_drawn (root, BB_TYPE_CHART);

  return index < charts->len ? bb_chart_get_chart (g_ptr_array_index (charts, index)) : NULL;
}

static gboolean
charts_drawn (gpointer root)
{
  g_autoptr(GPtrArray) charts = bb_test_collect_drawn (root, BB_TYPE_CHART);

  for (guint i = 0; i < charts->len; i++)
    {
      BbReportChart *chart = bb_chart_get_chart (g_ptr_array_index (charts, i));

      if (chart == NULL || bb_report_chart_get_items (chart)->len == 0)
        return FALSE;
    }
  return charts->len == 2;
}

/* The values of the cut-off lines drawn, as "50,28". */
static char *
drawn_thresholds (BbReportChart *chart)
{
  GPtrArray *items = bb_report_chart_get_items (chart);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      BbReportChartItem *item = g_ptr_array_index (items, i);

      if (item->kind == BB_REPORT_CHART_ITEM_THRESHOLD)
        g_string_append_printf (text, "%s%g", text->len > 0 ? "," : "", item->value);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_measure_charts (Fixture       *fixture,
                     gconstpointer  data)
{
  const double who_before[] = { 1, 1, 2, 1, 1 };
  const double who_after[] = { 3, 3, 3, 3, 2 };
  const double ors[] = { 5, 6, 7, 8 };
  BbReportChart *who, *ors_chart;
  g_autofree char *who_lines = NULL;
  g_autofree char *ors_lines = NULL;
  g_autofree char *description = NULL;
  GtkWidget *chart_widget;

  add_measure (fixture, "who-5", "2026-01-20", who_before, G_N_ELEMENTS (who_before));
  add_measure (fixture, "who-5", "2026-03-01", who_after, G_N_ELEMENTS (who_after));
  add_measure (fixture, "ors", "2026-02-01", ors, G_N_ELEMENTS (ors));
  fixture_show (fixture, g_object_new (BB_TYPE_COURSE_MEASURES_SECTION, NULL));
  g_assert_true (bb_test_wait_for (charts_drawn, fixture->section, 5));

  /* WHO-5 (first measured first): poor well-being at 50, likely depression at 28; the
   * first score (24) meets both, the second (56) is a reliable change of 32. */
  who = drawn_chart (fixture->section, 0);
  ors_chart = drawn_chart (fixture->section, 1);
  who_lines = drawn_thresholds (who);
  g_assert_cmpstr (who_lines, ==, "50,28");
  /* ORS for Anna, 16: the cut-off for ages 13–17 only. */
  ors_lines = drawn_thresholds (ors_chart);
  g_assert_cmpstr (ors_lines, ==, "28");

  /* The numbers as text for a screen reader. */
  chart_widget = bb_test_find (fixture->section, BB_TYPE_CHART, TRUE);
  description = bb_report_chart_describe (bb_chart_get_chart (BB_CHART (chart_widget)));
  g_assert_nonnull (strstr (description, "20 January 2026: 24 (meets a cut-off)"));
  g_assert_nonnull (strstr (description, "1 March 2026: 56 (reliably better)"));
  g_assert_nonnull (strstr (description, "Cut-off 28: Likely depression"));
  g_assert_nonnull (strstr (description, "Reliable change: 10 points"));
  g_assert_nonnull (row_titled (fixture->section, "1 March 2026 – score 56"));
}

static void
test_measure_delete_undo (Fixture       *fixture,
                          gconstpointer  data)
{
  const double ors[] = { 5, 6, 7, 8 };
  CountWait gone = { fixture, "SELECT count(*) FROM measures", 0 };
  CountWait back = { fixture, "SELECT count(*) FROM measures WHERE instrument = 'ors' AND score = 26", 1 };
  RowWait shown = { NULL, "1 February 2026 – score 26" };

  add_measure (fixture, "ors", "2026-02-01", ors, G_N_ELEMENTS (ors));
  fixture_show (fixture, g_object_new (BB_TYPE_COURSE_MEASURES_SECTION, NULL));
  shown.root = fixture->section;
  g_assert_true (bb_test_wait_for (row_shown, &shown, 5));

  g_assert_true (gtk_widget_activate (find_action_button (fixture->section, "measures.delete")));
  g_assert_true (bb_test_wait_for (count_is, &gone, 5));
  g_assert_true (bb_test_wait_for (row_gone, &shown, 5));
  g_assert_true (gtk_widget_activate (bb_test_find_button (GTK_WIDGET (fixture->overlay), "_Undo")));
  g_assert_true (bb_test_wait_for (count_is, &back, 5));
  g_assert_true (bb_test_wait_for (row_shown, &shown, 5));
}

/* ---- hand-overs --------------------------------------------------------- */

static void
test_handover_link_by_picker (Fixture       *fixture,
                              gconstpointer  data)
{
  CountWait linked = {
    fixture,
    "SELECT count(*) FROM handovers WHERE offer_title = 'Misbrugsbehandling for unge'"
    " AND state = 'suggested' AND state_date = '2026-03-15'",
    1
  };
  CountWait referred = {
    fixture, "SELECT count(*) FROM handovers WHERE state = 'referred' AND note = ''", 1
  };
  CountWait noted = {
    fixture, "SELECT count(*) FROM handovers WHERE state = 'referred' AND note = 'Ro om morgenen'", 1
  };
  RowWait shown = { NULL, "Misbrugsbehandling for unge" };
  GtkWindow *picker;
  AdwExpanderRow *row;
  AdwComboRow *state_row;
  GtkWidget *note_row;

  bb_test_add_offer (&fixture->data, "Ungevejledning Nord");
  bb_test_add_offer (&fixture->data, "Misbrugsbehandling for unge");
  fixture_show (fixture, g_object_new (BB_TYPE_COURSE_HANDOVERS_SECTION, NULL));
  shown.root = fixture->section;

  g_assert_true (gtk_widget_activate (find_action_button (fixture->section, "handovers.link")));
  picker = bb_test_wait_for_toplevel (BB_TYPE_OFFER_PICKER, fixture->window, 5);
  g_assert_nonnull (picker);
  /* Both offers before the search, in title order. */
  g_assert_nonnull (bb_test_wait_for_label (GTK_WIDGET (picker), "Ungevejledning Nord", 5));
  if (!bb_test_send_keys (GTK_WIDGET (picker), "m i s b r u g Return"))
    {
      g_test_skip ("No X display for real key presses");
      return;
    }
  g_assert_true (bb_test_wait_for (count_is, &linked, 5));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM handovers"), ==, 1);
  g_assert_true (bb_test_wait_for (row_shown, &shown, 5));

  /* The state, then the note, each saved as it is changed. */
  row = ADW_EXPANDER_ROW (row_titled (fixture->section, shown.title));
  adw_expander_row_set_expanded (row, TRUE);
  {
    RowWait open = { GTK_WIDGET (row), "State" };

    g_assert_true (bb_test_wait_for (row_shown, &open, 5));
  }
  state_row = ADW_COMBO_ROW (row_titled (GTK_WIDGET (row), "State"));
  g_assert_nonnull (state_row);
  adw_combo_row_set_selected (state_row, BB_HANDOVER_REFERRED);
  g_assert_true (bb_test_wait_for (count_is, &referred, 5));
  g_assert_nonnull (bb_test_wait_for_label (GTK_WIDGET (row), "Referred since 15 March 2026", 5));

  note_row = GTK_WIDGET (row_titled (GTK_WIDGET (row), "The young person’s needs (hand-over note)"));
  g_assert_nonnull (note_row);
  gtk_widget_grab_focus (note_row);
  g_assert_true (bb_test_send_keys (note_row, "R o space o m space m o r g e n e n Return"));
  g_assert_true (bb_test_wait_for (count_is, &noted, 5));
  /* The row stayed open through the saves. */
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row_titled (fixture->section, shown.title))));
}

static void
test_handover_remove_undo (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(BbHandover) handover = NULL;
  g_autoptr(GError) error = NULL;
  CountWait gone = { fixture, "SELECT count(*) FROM handovers", 0 };
  CountWait back = {
    fixture, "SELECT count(*) FROM handovers WHERE state = 'accepted' AND note = 'Kan ikke lide telefonen'", 1
  };
  RowWait shown = { NULL, "Ungevejledning Nord" };
  GtkWidget *remove;

  handover = bb_handover_new (fixture->course, bb_test_add_offer (&fixture->data, "Ungevejledning Nord"),
                              BB_HANDOVER_ACCEPTED);
  handover->state_date = g_strdup ("2026-03-10");
  handover->note = g_strdup ("Kan ikke lide telefonen");
  g_assert_true (bb_course_repository_save_handover (fixture->data.courses, handover, &error));
  g_assert_no_error (error);

  fixture_show (fixture, g_object_new (BB_TYPE_COURSE_HANDOVERS_SECTION, NULL));
  shown.root = fixture->section;
  g_assert_true (bb_test_wait_for (row_shown, &shown, 5));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row_titled (fixture->section, shown.title)), TRUE);
  {
    RowWait open = { fixture->section, "State" };

    g_assert_true (bb_test_wait_for (row_shown, &open, 5));
  }

  remove = find_action_button (fixture->section, "handovers.remove");
  g_assert_nonnull (remove);
  g_assert_true (gtk_widget_activate (remove));
  g_assert_true (bb_test_wait_for (count_is, &gone, 5));
  g_assert_true (bb_test_wait_for (row_gone, &shown, 5));
  g_assert_true (gtk_widget_activate (bb_test_find_button (GTK_WIDGET (fixture->overlay), "_Undo")));
  g_assert_true (bb_test_wait_for (count_is, &back, 5));
  g_assert_true (bb_test_wait_for (row_shown, &shown, 5));
}

/* By name: its header comes with gtk4-unix-print, which the tests do not link. */
static GtkWindow *
find_print_dialog (void)
{
  GType type = g_type_from_name ("GtkPrintUnixDialog");

  return type != 0 ? bb_test_find_toplevel (type, NULL) : NULL;
}

static gboolean
print_dialog_shown (gpointer user_data)
{
  return find_print_dialog () != NULL;
}

/* The print button opens the print dialog and nothing more: until the user prints,
 * nothing of the young person has left the program, and nothing is logged. */
static void
test_handover_print_cancel (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(BbHandover) handover = NULL;
  g_autoptr(GError) error = NULL;
  RowWait shown = { NULL, "Ungevejledning Nord" };
  const char *logged = "SELECT count(*) FROM access_log WHERE action IN ('open', 'export', 'print')";
  GtkWindow *dialog;
  gint64 before;
  GtkWidget *print;

  handover = bb_handover_new (fixture->course, bb_test_add_offer (&fixture->data, "Ungevejledning Nord"),
                              BB_HANDOVER_REFERRED);
  handover->state_date = g_strdup ("2026-03-10");
  g_assert_true (bb_course_repository_save_handover (fixture->data.courses, handover, &error));
  g_assert_no_error (error);

  fixture_show (fixture, g_object_new (BB_TYPE_COURSE_HANDOVERS_SECTION, NULL));
  shown.root = fixture->section;
  g_assert_true (bb_test_wait_for (row_shown, &shown, 5));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row_titled (fixture->section, shown.title)), TRUE);
  {
    RowWait open = { fixture->section, "State" };

    g_assert_true (bb_test_wait_for (row_shown, &open, 5));
  }

  before = count (fixture, logged);
  print = find_action_button (fixture->section, "handovers.print-letter");
  g_assert_nonnull (print);
  g_assert_true (gtk_widget_activate (print));
  g_assert_true (bb_test_wait_for (print_dialog_shown, NULL, 5));
  g_assert_cmpint (count (fixture, logged), ==, before);

  dialog = find_print_dialog ();
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  bb_test_iterate ();
  g_assert_null (find_print_dialog ());
  g_assert_cmpint (count (fixture, logged), ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = bb_test_set_data_home ();
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/course-sections/meeting/add-by-keys", Fixture, NULL,
              fixture_set_up, test_meeting_add_by_keys, fixture_tear_down);
  g_test_add ("/course-sections/meeting/refused", Fixture, NULL,
              fixture_set_up, test_meeting_refused, fixture_tear_down);
  g_test_add ("/course-sections/meeting/edit-delete-undo", Fixture, NULL,
              fixture_set_up, test_meeting_edit_delete_undo, fixture_tear_down);

  g_test_add ("/course-sections/meeting/on-page-timeline", Fixture, NULL,
              fixture_set_up, test_meeting_on_page_timeline, fixture_tear_down);
  g_test_add ("/course-sections/measure/score-as-typed", Fixture, NULL,
              fixture_set_up, test_measure_score_as_typed, fixture_tear_down);
  g_test_add ("/course-sections/measure/charts", Fixture, NULL,
              fixture_set_up, test_measure_charts, fixture_tear_down);
  g_test_add ("/course-sections/measure/delete-undo", Fixture, NULL,
              fixture_set_up, test_measure_delete_undo, fixture_tear_down);

  g_test_add ("/course-sections/handover/link-by-picker", Fixture, NULL,
              fixture_set_up, test_handover_link_by_picker, fixture_tear_down);
  g_test_add ("/course-sections/handover/remove-undo", Fixture, NULL,
              fixture_set_up, test_handover_remove_undo, fixture_tear_down);
  g_test_add ("/course-sections/handover/print-cancel", Fixture, NULL,
              fixture_set_up, test_handover_print_cancel, fixture_tear_down);

  status = g_test_run ();
  bb_test_remove_folder (home);
  return status;
}
