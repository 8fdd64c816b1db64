/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The courses view as an adviser works in it: search, filters, sort, caseloads, a
 * new course by keyboard, and delete with Undo, through the real widgets. */

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <string.h>

#include "bb-course-new-dialog.h"
#include "bb-course-row.h"
#include "bb-courses-view.h"
#include "bb-courses-view-private.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"

typedef struct
{
  BbTestCourses  data;
  GtkWindow     *window;
  BbCoursesView *view;
  gint64         mette;
  gint64         jonas;
  guint          expected_n;
} Fixture;

typedef struct
{
  Fixture            *fixture;
  const char * const *expected;
} NamesWait;

/* Four courses whose waits differ from their names' order (today is 15 March 2026):
 * Anna waited 10 days, Bo waits still (42 days), Carl waited 2, Dina 60. Mette holds
 * Anna's and Carl's, Jonas Bo's and Dina's. */
static void
fill (Fixture *fixture)
{
  BbTestCourses *data = &fixture->data;
  gint64 anna, carl, dina;

  fixture->mette = bb_test_add_adviser (data, "Mette Rådgiver", BB_PROFESSION_SOCIAL_WORKER);
  fixture->jonas = bb_test_add_adviser (data, "Jonas Psykolog", BB_PROFESSION_PSYCHOLOGIST);
  anna = bb_test_add_course (data, "Anna Ahmadi", "2026-01-01", fixture->mette);
  bb_test_add_course (data, "Bo Nielsen", "2026-02-01", fixture->jonas);
  carl = bb_test_add_course (data, "Carl Ahmad", "2026-03-01", fixture->mette);
  dina = bb_test_add_course (data, "Dina Mahmadov", "2025-12-01", fixture->jonas);
  bb_test_add_meeting (data, anna, BB_MEETING_ADVISORY, "2026-01-11", FALSE);
  bb_test_add_meeting (data, carl, BB_MEETING_ADVISORY, "2026-03-03", FALSE);
  bb_test_add_meeting (data, dina, BB_MEETING_ADVISORY, "2026-01-30", FALSE);
}

/* @data: NULL for an empty database, "filled" for the four courses, "generated" for
 * 5,000 generated ones. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  bb_test_courses_set_up (&fixture->data, NULL);
  if (g_strcmp0 (data, "filled") == 0)
    fill (fixture);
  if (g_strcmp0 (data, "generated") == 0)
    {
      BbDemoOptions options = { 20, 5000, 5000, 0, 13 };

      bb_test_courses_generate (&fixture->data, &options);
    }

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 700);
  fixture->view = g_object_new (BB_TYPE_COURSES_VIEW, "context", fixture->data.context, NULL);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  bb_test_iterate ();
  /* The destroyed view let go of the database. */
  bb_test_courses_tear_down (&fixture->data, NULL);
}

static GtkListView *
list_view (Fixture *fixture)
{
  return bb_browse_pane_get_list_view (fixture->view->pane);
}

/* The young people of the rows the user sees, in order. */
static GStrv
shown_names (Fixture *fixture)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GPtrArray) rows = NULL;

  if (!gtk_widget_is_drawable (GTK_WIDGET (list_view (fixture))))
    return g_strv_builder_end (names);

  rows = bb_test_collect_drawn (GTK_WIDGET (list_view (fixture)), BB_TYPE_COURSE_ROW);
  for (guint i = 0; i < rows->len; i++)
    {
      BbCourse *course = bb_course_row_get_course (g_ptr_array_index (rows, i));
      g_autoptr(GPtrArray) labels = bb_test_collect_drawn (g_ptr_array_index (rows, i), GTK_TYPE_INSCRIPTION);

      /* What the row shows, not what it holds. */
      for (guint j = 0; course != NULL && j < labels->len; j++)
        if (gtk_widget_has_css_class (g_ptr_array_index (labels, j), "heading"))
          g_strv_builder_add (names, gtk_inscription_get_text (g_ptr_array_index (labels, j)));
    }

  return g_strv_builder_end (names);
}

static gboolean
names_shown (gpointer data)
{
  NamesWait *wait = data;
  g_auto(GStrv) names = shown_names (wait->fixture);

  return g_strv_equal ((const char * const *) names, wait->expected);
}

/* The search entry waits a moment after each keystroke; wait with it. */
static void
wait_for_names (Fixture            *fixture,
                const char * const *expected)
{
  NamesWait wait = { fixture, expected };

  if (!bb_test_wait_for (names_shown, &wait, 5))
    {
      g_auto(GStrv) names = shown_names (fixture);
      g_autofree char *shown = g_strjoinv (" | ", names);
      g_autofree char *wanted = g_strjoinv (" | ", (GStrv) expected);

      g_error ("Rows shown: “%s”; expected “%s” (%u in the model, page %s, search “%s”)", shown, wanted,
               g_list_model_get_n_items (G_LIST_MODEL (fixture->view->shown)),
               bb_browse_pane_get_has_items (fixture->view->pane) ? "with courses" : "empty",
               gtk_editable_get_text (GTK_EDITABLE (bb_browse_pane_get_search_entry (fixture->view->pane))));
    }
}

static gboolean
is_true (gpointer flag)
{
  return *(gboolean *) flag;
}

static void
on_clicked (GtkButton *button,
            gboolean  *clicked)
{
  *clicked = TRUE;
}

/* As a click does: the button must be on screen and sensitive. */
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

static gboolean
no_results_shown (gpointer data)
{
  return status_shown (data, "No Matching Courses");
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return bb_test_query_int (fixture->data.database, sql);
}

/* ---- search ---------------------------------------------------------- */

/* Typing anywhere searches the young people's names by the start of a word: "ahmad"
 * finds Anna Ahmadi and Carl Ahmad, not Dina Mahmadov, whose name only holds it. */
static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  wait_for_names (fixture, (const char *[]) { "Anna Ahmadi", "Bo Nielsen", "Carl Ahmad", "Dina Mahmadov", NULL });

  if (!bb_test_send_keys (GTK_WIDGET (list_view (fixture)), "a h m a d"))
    {
      g_test_skip ("No X display for real key presses");
      return;
    }
  wait_for_names (fixture, (const char *[]) { "Anna Ahmadi", "Carl Ahmad", NULL });
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (bb_browse_pane_get_search_entry (fixture->view->pane))), ==, "ahmad");

  /* Down goes on to the first result. */
  g_assert_true (bb_test_send_keys (GTK_WIDGET (bb_browse_pane_get_search_entry (fixture->view->pane)), "Down"));
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (gtk_list_view_get_model (list_view (fixture)))), ==, 0);
  g_assert_cmpint (bb_course_page_get_course_id (fixture->view->course_page), ==,
                   bb_course_shown_list_get_id (fixture->view->shown, 0));

  gtk_editable_set_text (GTK_EDITABLE (bb_browse_pane_get_search_entry (fixture->view->pane)), "");
  g_assert_true (bb_test_send_keys (GTK_WIDGET (list_view (fixture)), "n i e l"));
  wait_for_names (fixture, (const char *[]) { "Bo Nielsen", NULL });

  g_assert_true (bb_test_send_keys (GTK_WIDGET (bb_browse_pane_get_search_entry (fixture->view->pane)), "x y z"));
  g_assert_true (bb_test_wait_for (no_results_shown, fixture, 5));
  g_assert_nonnull (bb_test_find_button (GTK_WIDGET (fixture->view), "Clear _Search and Filters"));
}

/* ---- a new query on many courses ------------------------------------ */

static int
count_loaded (unsigned  event,
              void     *context,
              void     *statement,
              void     *detail)
{
  const char *sql = sqlite3_sql (statement);
  guint *counts = context;

  /* A course loaded for a row (bb_course_repository_get). */
  if (sql != NULL && strstr (sql, "JOIN young_people y ON y.id = c.young_person_id") != NULL
      && strstr (sql, "WHERE c.id = ?1") != NULL)
    counts[0]++;
  /* An id read for the list (its pages of the query's order). */
  else if (sql != NULL && strstr (sql, "OFFSET ?10") != NULL)
    counts[1]++;
  return 0;
}

static gboolean
rows_shown (gpointer data)
{
  g_auto(GStrv) names = shown_names (data);

  return names[0] != NULL;
}

static gboolean
counted (gpointer data)
{
  Fixture *fixture = data;

  return g_list_model_get_n_items (G_LIST_MODEL (fixture->view->shown)) == fixture->expected_n;
}

/* The list after a query holds the query's courses in its order, and got there loading
 * only the rows on screen and around them, not each of the 5,000 (as GTK does when told
 * of a whole new list over the row it follows). */
static void
test_new_query_loads_a_window (Fixture       *fixture,
                               gconstpointer  data)
{
  BbCourseQuery query = BB_COURSE_QUERY_INIT;
  GListModel *shown = G_LIST_MODEL (fixture->view->shown);
  g_autoptr(GArray) expected = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *handle = bb_database_get_handle (fixture->data.database);
  /* Courses loaded, ids read. */
  guint loaded[2] = { 0, 0 };

  g_assert_true (bb_test_wait_for (rows_shown, fixture, 10));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 5000);
  /* A row followed by the selection and the focus, as after a click. */
  g_assert_true (bb_browse_pane_focus (fixture->view->pane, bb_course_shown_list_get_id (fixture->view->shown, 3)));
  bb_test_iterate ();

  query.search = "a";
  expected = bb_course_repository_query_ids (bb_context_get_courses (fixture->data.context), &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expected->len, >, 1000);

  sqlite3_trace_v2 (handle, SQLITE_TRACE_ROW, count_loaded, loaded);
  if (!bb_test_send_keys (GTK_WIDGET (list_view (fixture)), "a"))
    {
      sqlite3_trace_v2 (handle, 0, NULL, NULL);
      g_test_skip ("No X display for real key presses");
      return;
    }
  fixture->expected_n = expected->len;
  g_assert_true (bb_test_wait_for (counted, fixture, 10));
  for (guint i = 0; i < 20; i++)
    bb_test_iterate ();
  sqlite3_trace_v2 (handle, 0, NULL, NULL);
  g_test_message ("%u courses loaded, %u ids read of %u", loaded[0], loaded[1], expected->len);
  /* The list view keeps 200 rows bound around the one it shows; a page of ids is 256. */
  g_assert_cmpuint (loaded[0], <, 600);
  g_assert_cmpuint (loaded[1], <, 1024);

  for (guint i = 0; i < expected->len; i++)
    g_assert_cmpint (bb_course_shown_list_get_id (fixture->view->shown, i), ==, g_array_index (expected, gint64, i));
}

/* ---- filters and sort ------------------------------------------------ */

static gboolean
chip_shown (gpointer data)
{
  Fixture *fixture = data;

  return gtk_widget_get_child_visible (GTK_WIDGET (fixture->view->filter_bar))
         && gtk_widget_is_drawable (fixture->view->waiting_chip);
}

/* The totals follow the list once the typing pauses. */
static gboolean
totals_shown (gpointer data)
{
  Fixture *fixture = data;

  return g_str_has_prefix (gtk_label_get_text (fixture->view->totals_label), "3 courses, 3 open");
}

/* Waiting more than 5 days leaves Carl (2) out; sorted by the wait, longest first,
 * Dina (60), Bo (42, still waiting), Anna (10) — not the names' order. The filter's
 * own button in the bar takes it away again. */
static void
test_filter_and_sort (Fixture       *fixture,
                      gconstpointer  data)
{
  BbCoursesView *view = fixture->view;

  wait_for_names (fixture, (const char *[]) { "Anna Ahmadi", "Bo Nielsen", "Carl Ahmad", "Dina Mahmadov", NULL });

  gtk_drop_down_set_selected (view->sort_dropdown, BB_COURSE_SORT_WAITING);
  gtk_check_button_set_active (view->descending_check, TRUE);
  wait_for_names (fixture, (const char *[]) { "Dina Mahmadov", "Bo Nielsen", "Anna Ahmadi", "Carl Ahmad", NULL });

  gtk_spin_button_set_value (view->waiting_spin, 5);
  gtk_check_button_set_active (view->waiting_check, TRUE);
  wait_for_names (fixture, (const char *[]) { "Dina Mahmadov", "Bo Nielsen", "Anna Ahmadi", NULL });

  g_assert_true (bb_test_wait_for (chip_shown, fixture, 5));
  g_assert_cmpstr (adw_button_content_get_label (view->waiting_chip_content), ==, "Waiting more than 5 days");
  g_assert_false (gtk_widget_is_drawable (view->status_chip));

  /* Totals of what is shown: 3 courses, all open; waits 10 and 60 (Bo has none yet). */
  g_assert_true (bb_test_wait_for (totals_shown, fixture, 5));
  g_assert_nonnull (strstr (gtk_label_get_text (view->totals_label), "median wait 35 days"));

  click (view->waiting_chip);
  wait_for_names (fixture, (const char *[]) { "Dina Mahmadov", "Bo Nielsen", "Anna Ahmadi", "Carl Ahmad", NULL });
  g_assert_false (gtk_check_button_get_active (view->waiting_check));

  /* Sorted by the first contact, oldest first. */
  gtk_check_button_set_active (view->descending_check, FALSE);
  gtk_drop_down_set_selected (view->sort_dropdown, BB_COURSE_SORT_FIRST_CONTACT);
  wait_for_names (fixture, (const char *[]) { "Dina Mahmadov", "Anna Ahmadi", "Bo Nielsen", "Carl Ahmad", NULL });
}

/* ---- links from the overview ----------------------------------------- */

static void
close_course (Fixture         *fixture,
              gint64           id,
              const char      *date,
              BbClosingReason  reason)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_course_repository_close (fixture->data.courses, id, BB_COURSE_STATUS_CLOSED, date, reason, 0,
                                             NULL, &error));
  g_assert_no_error (error);
}

static gboolean
chips_shown (gpointer data)
{
  Fixture *fixture = data;

  return gtk_widget_get_child_visible (GTK_WIDGET (fixture->view->filter_bar))
         && gtk_widget_is_drawable (fixture->view->closing_chip);
}

static void
show_filtered (Fixture    *fixture,
               const char *filters)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->view), "courses.show-filtered",
                                                     g_variant_new_parsed (filters)));
}

/* A bar of the overview names the rows behind it with several filters: each is set
 * in the filter controls, in the bar of filters, and in the list; the next link
 * starts afresh. Dina (Jonas's, one conversation) and Anna (Mette's) closed with
 * their goals reached, in February and in March; Bo handed over. */
static void
test_show_filtered (Fixture       *fixture,
                    gconstpointer  data)
{
  BbCoursesView *view = fixture->view;
  BbTestCourses *base = &fixture->data;
  g_autoptr(BbHandover) handover = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *link = NULL;
  gint64 ids[4];
  gint64 offer;

  wait_for_names (fixture, (const char *[]) { "Anna Ahmadi", "Bo Nielsen", "Carl Ahmad", "Dina Mahmadov", NULL });
  for (guint i = 0; i < 4; i++)
    ids[i] = bb_course_shown_list_get_id (view->shown, i);
  close_course (fixture, ids[3], "2026-02-20", BB_CLOSING_GOALS_REACHED);
  close_course (fixture, ids[0], "2026-03-05", BB_CLOSING_GOALS_REACHED);
  offer = bb_test_add_offer (base, "Ungdomsskolen");
  handover = bb_handover_new (ids[1], offer, BB_HANDOVER_REFERRED);
  handover->state_date = g_strdup ("2026-03-01");
  g_assert_true (bb_course_repository_save_handover (base->courses, handover, &error));
  g_assert_no_error (error);
  wait_for_names (fixture, (const char *[]) { "Anna Ahmadi", "Bo Nielsen", "Carl Ahmad", "Dina Mahmadov", NULL });

  link = g_strdup_printf ("{'status': 'closed', 'closing': 'goals-reached', 'closed-from': '2026-02-01',"
                          " 'closed-to': '2026-02-28', 'adviser': '%" G_GINT64_FORMAT "', 'conversations': '1+'}",
                          fixture->jonas);
  show_filtered (fixture, link);
  wait_for_names (fixture, (const char *[]) { "Dina Mahmadov", NULL });
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (view->status_dropdown)), ==,
                   "Closed");
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (view->closing_dropdown)), ==,
                   "Goals reached");
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (view->adviser_dropdown)), ==,
                   "Jonas Psykolog");
  g_assert_true (gtk_check_button_get_active (view->responsible_check));
  g_assert_true (gtk_check_button_get_active (view->conversations_check));
  g_assert_true (gtk_check_button_get_active (view->conversations_more_check));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (view->conversations_spin), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (view->closed_from_entry), ==, "2026-02-01");
  g_assert_cmpstr (gtk_editable_get_text (view->closed_to_entry), ==, "2026-02-28");
  g_assert_cmpstr (gtk_editable_get_text (view->first_from_entry), ==, "");
  g_assert_true (bb_test_wait_for (chips_shown, fixture, 5));
  g_assert_cmpstr (adw_button_content_get_label (view->closing_chip_content), ==, "Closing reason: Goals reached");
  g_assert_cmpstr (adw_button_content_get_label (view->adviser_chip_content), ==, "Responsible adviser: Jonas Psykolog");
  g_assert_cmpstr (adw_button_content_get_label (view->conversations_chip_content), ==, "1 or more conversations");
  g_assert_true (gtk_widget_is_drawable (view->closed_chip));
  g_assert_false (gtk_widget_is_drawable (view->handover_chip));

  /* The same without the adviser: Anna closed in March stays out. */
  show_filtered (fixture, "{'status': 'closed', 'closing': 'goals-reached', 'closed-from': '2026-02-01',"
                          " 'closed-to': '2026-02-28'}");
  wait_for_names (fixture, (const char *[]) { "Dina Mahmadov", NULL });
  g_assert_cmpuint (gtk_drop_down_get_selected (view->adviser_dropdown), ==, 0);
  g_assert_false (gtk_check_button_get_active (view->responsible_check));
  g_assert_false (gtk_check_button_get_active (view->conversations_check));

  /* Another link resets the rest. */
  link = (g_free (link), g_strdup_printf ("{'handover-offer': '%" G_GINT64_FORMAT "'}", offer));
  show_filtered (fixture, link);
  wait_for_names (fixture, (const char *[]) { "Bo Nielsen", NULL });
  g_assert_cmpuint (gtk_drop_down_get_selected (view->status_dropdown), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (view->closing_dropdown), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (view->closed_from_entry), ==, "");
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (view->handover_dropdown)), ==,
                   "Ungdomsskolen");
  g_assert_cmpstr (adw_button_content_get_label (view->handover_chip_content), ==, "Handed over to: Ungdomsskolen");

  show_filtered (fixture, "{'first-contact-from': '2026-01-01', 'first-contact-to': '2026-02-01'}");
  wait_for_names (fixture, (const char *[]) { "Anna Ahmadi", "Bo Nielsen", NULL });
  g_assert_cmpuint (gtk_drop_down_get_selected (view->handover_dropdown), ==, 0);

  /* The user clears them with the bar's button. */
  click (bb_test_find_button (GTK_WIDGET (view), "_Clear Filters"));
  wait_for_names (fixture, (const char *[]) { "Anna Ahmadi", "Bo Nielsen", "Carl Ahmad", "Dina Mahmadov", NULL });
  g_assert_cmpstr (gtk_editable_get_text (view->first_from_entry), ==, "");
}

/* ---- caseloads ------------------------------------------------------- */

static void
test_my_caseload (Fixture       *fixture,
                  gconstpointer  data)
{
  BbCoursesView *view = fixture->view;

  wait_for_names (fixture, (const char *[]) { "Anna Ahmadi", "Bo Nielsen", "Carl Ahmad", "Dina Mahmadov", NULL });

  /* Preferences name Mette (the fixture's user name). */
  click (GTK_WIDGET (view->mine_button));
  wait_for_names (fixture, (const char *[]) { "Anna Ahmadi", "Carl Ahmad", NULL });

  /* Another adviser's caseload is the adviser filter. */
  click (GTK_WIDGET (view->all_button));
  gtk_drop_down_set_selected (view->adviser_dropdown, 1);
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (view->adviser_dropdown)), ==,
                   "Jonas Psykolog");
  wait_for_names (fixture, (const char *[]) { "Bo Nielsen", "Dina Mahmadov", NULL });
  gtk_drop_down_set_selected (view->adviser_dropdown, 0);

  /* Nobody named in Preferences: the view says so, and offers them. */
  bb_database_set_user_name (fixture->data.database, NULL);
  click (GTK_WIDGET (view->mine_button));
  g_assert_true (status_shown (fixture, "Whose Caseload?"));
  g_assert_nonnull (bb_test_find_button (GTK_WIDGET (view), "Open _Preferences"));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (bb_test_find_button (GTK_WIDGET (view),
                                                                                           "Open _Preferences"))),
                   ==, "app.preferences");
}

/* ---- new course ------------------------------------------------------ */

static gboolean
course_selected (gpointer data)
{
  Fixture *fixture = data;

  return bb_browse_pane_get_selected_id (fixture->view->pane) != 0;
}

/* Ctrl+N in the list, the name, Enter: the young person and the course are in the
 * database, first contact today by the clock, Mette responsible, and it is selected. */
static void
test_new_course_by_keyboard (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWindow *dialog;
  gint64 id;

  wait_for_names (fixture, (const char *[]) { "Anna Ahmadi", "Bo Nielsen", "Carl Ahmad", "Dina Mahmadov", NULL });
  gtk_widget_grab_focus (GTK_WIDGET (list_view (fixture)));
  if (!bb_test_send_keys (GTK_WIDGET (list_view (fixture)), "ctrl+n"))
    {
      g_test_skip ("No X display for real key presses");
      return;
    }

  dialog = bb_test_wait_for_toplevel (BB_TYPE_COURSE_NEW_DIALOG, fixture->window, 5);
  g_assert_nonnull (dialog);
  g_assert_true (bb_test_send_keys (GTK_WIDGET (dialog), "E m i l space J u s t e s e n Return"));

  g_assert_true (bb_test_wait_for (course_selected, fixture, 5));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM young_people WHERE name = 'Emil Justesen'"), ==, 1);
  id = count (fixture, "SELECT c.id FROM courses c JOIN young_people y ON y.id = c.young_person_id"
                       " WHERE y.name = 'Emil Justesen' AND c.first_contact = '2026-03-15'");
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (count (fixture, "SELECT adviser_id FROM courses WHERE id = (SELECT max(id) FROM courses)"),
                   ==, fixture->mette);
  g_assert_cmpint (bb_browse_pane_get_selected_id (fixture->view->pane), ==, id);
  g_assert_cmpint (bb_course_page_get_course_id (fixture->view->course_page), ==, id);
  wait_for_names (fixture, (const char *[]) { "Anna Ahmadi", "Bo Nielsen", "Carl Ahmad", "Dina Mahmadov",
                                              "Emil Justesen", NULL });
}

/* The empty database says what the view is for and offers a new course. */
static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_assert_true (status_shown (fixture, "No Courses Yet"));
  g_assert_nonnull (bb_test_find_button (GTK_WIDGET (fixture->view), "_New Course"));
  g_assert_false (gtk_widget_is_drawable (GTK_WIDGET (bb_browse_pane_get_search_entry (fixture->view->pane))));
}

/* ---- delete and undo ------------------------------------------------- */

static GtkWidget *
find_toast (Fixture    *fixture,
            const char *title)
{
  g_autoptr(GPtrArray) labels = bb_test_collect_drawn (GTK_WIDGET (fixture->view), GTK_TYPE_LABEL);
  GType toast_type = g_type_from_name ("AdwToastWidget");

  for (guint i = 0; toast_type != G_TYPE_INVALID && i < labels->len; i++)
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

static gboolean
toast_gone (gpointer data)
{
  return !toast_shown (data);
}

static void
select_and_delete (Fixture *fixture,
                   guint    position)
{
  gtk_selection_model_select_item (gtk_list_view_get_model (list_view (fixture)), position, TRUE);
  bb_test_iterate ();
  g_assert_true (bb_test_send_keys (GTK_WIDGET (list_view (fixture)), "Delete"));
}

/* The row goes at once and the toast's own Undo brings it back; the course never left
 * the database, and does not leave it when the toast goes. */
static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  ToastWait wait = { fixture, "The course of “Bo Nielsen” is deleted" };
  GtkWidget *toast;

  wait_for_names (fixture, (const char *[]) { "Anna Ahmadi", "Bo Nielsen", "Carl Ahmad", "Dina Mahmadov", NULL });
  gtk_widget_grab_focus (GTK_WIDGET (list_view (fixture)));
  if (!bb_test_send_keys (GTK_WIDGET (list_view (fixture)), "Down"))
    {
      g_test_skip ("No X display for real key presses");
      return;
    }
  select_and_delete (fixture, 1);

  wait_for_names (fixture, (const char *[]) { "Anna Ahmadi", "Carl Ahmad", "Dina Mahmadov", NULL });
  g_assert_true (bb_test_wait_for (toast_shown, &wait, 5));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM courses"), ==, 4);

  toast = find_toast (fixture, wait.title);
  click (bb_test_find_button (toast, "_Undo"));
  wait_for_names (fixture, (const char *[]) { "Anna Ahmadi", "Bo Nielsen", "Carl Ahmad", "Dina Mahmadov", NULL });
  g_assert_true (bb_test_wait_for (toast_gone, &wait, 5));
  bb_test_iterate ();
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM courses"), ==, 4);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM young_people y JOIN courses c ON c.young_person_id = y.id"
                                   " WHERE y.name = 'Bo Nielsen'"), ==, 1);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (gtk_list_view_get_model (list_view (fixture)))), ==, 1);
}

/* Closing the window while the toast is up does what the user asked: the course is
 * deleted, not left half-way. */
static void
test_delete_then_close (Fixture       *fixture,
                        gconstpointer  data)
{
  wait_for_names (fixture, (const char *[]) { "Anna Ahmadi", "Bo Nielsen", "Carl Ahmad", "Dina Mahmadov", NULL });
  gtk_widget_grab_focus (GTK_WIDGET (list_view (fixture)));
  if (!bb_test_send_keys (GTK_WIDGET (list_view (fixture)), "Down"))
    {
      g_test_skip ("No X display for real key presses");
      return;
    }
  select_and_delete (fixture, 2);
  wait_for_names (fixture, (const char *[]) { "Anna Ahmadi", "Bo Nielsen", "Dina Mahmadov", NULL });
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM courses"), ==, 4);

  gtk_window_destroy (fixture->window);
  fixture->window = NULL;
  bb_test_iterate ();
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM courses"), ==, 3);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM courses c JOIN young_people y ON y.id = c.young_person_id"
                                   " WHERE y.name = 'Carl Ahmad'"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = bb_test_set_data_home ();
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* A key held while a busy frame is drawn would repeat on the widget the first press
   * moved the focus to (Down from the search onto the list). */
  if (GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    XAutoRepeatOff (gdk_x11_display_get_xdisplay (gdk_display_get_default ()));

  g_test_add ("/courses-view/search", Fixture, "filled", fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/courses-view/filter-and-sort", Fixture, "filled", fixture_set_up, test_filter_and_sort, fixture_tear_down);
  g_test_add ("/courses-view/show-filtered", Fixture, "filled", fixture_set_up, test_show_filtered, fixture_tear_down);
  g_test_add ("/courses-view/my-caseload", Fixture, "filled", fixture_set_up, test_my_caseload, fixture_tear_down);
  g_test_add ("/courses-view/new-course-by-keyboard", Fixture, "filled", fixture_set_up, test_new_course_by_keyboard, fixture_tear_down);
  g_test_add ("/courses-view/empty", Fixture, NULL, fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/courses-view/new-query-loads-a-window", Fixture, "generated", fixture_set_up,
              test_new_query_loads_a_window, fixture_tear_down);
  g_test_add ("/courses-view/delete-and-undo", Fixture, "filled", fixture_set_up, test_delete_and_undo, fixture_tear_down);
  g_test_add ("/courses-view/delete-then-close", Fixture, "filled", fixture_set_up, test_delete_then_close, fixture_tear_down);

  status = g_test_run ();
  bb_test_remove_folder (home);
  return status;
}
