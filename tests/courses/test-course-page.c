/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The course page as an adviser uses it, with real key presses: what opening it logs,
 * changing the status, the CPR flag, edits saved as they are made, and Tab through
 * every section. */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "bb-course-cpr-row.h"
#include "bb-course-page.h"
#include "bb-course-timeline-section.h"
#include "bb-meeting-dialog.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"

typedef struct
{
  BbTestCourses  courses;
  gint64         adviser_id;
  gint64         course_id;
  GtkWindow     *window;
  BbCoursePage  *page;
} Fixture;

static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  bb_test_courses_set_up (&fixture->courses, data);
  fixture->adviser_id = bb_test_add_adviser (&fixture->courses, "Mette Rådgiver", BB_PROFESSION_SOCIAL_WORKER);
  fixture->course_id = bb_test_add_course (&fixture->courses, "Ida Jensen", "2026-03-01", fixture->adviser_id);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 900, 700);
  fixture->page = bb_course_page_new ();
  g_object_ref (fixture->page);
  g_object_set (fixture->page, "context", fixture->courses.context, "course-id", fixture->course_id, NULL);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  bb_test_iterate ();
}

static void
close_window (Fixture *fixture)
{
  if (fixture->window == NULL)
    return;
  gtk_window_destroy (fixture->window);
  fixture->window = NULL;
  bb_test_iterate ();
}

static void
tear_down (Fixture       *fixture,
           gconstpointer  data)
{
  close_window (fixture);
  g_assert_finalize_object (fixture->page);
  bb_test_courses_tear_down (&fixture->courses, data);
}

/* The row below @root whose title is @title. */
static gpointer
find_row (GtkWidget  *root,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      gpointer found;

      if (ADW_IS_PREFERENCES_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_row (child, title)) != NULL)
        return found;
    }
  return NULL;
}

static BbCourseCprRow *
find_cpr_row (GtkWidget *root,
              GtkWidget *field)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      BbCourseCprRow *found;

      if (BB_IS_COURSE_CPR_ROW (child) && bb_course_cpr_row_get_field (BB_COURSE_CPR_ROW (child)) == field)
        return BB_COURSE_CPR_ROW (child);
      if ((found = find_cpr_row (child, field)) != NULL)
        return found;
    }
  return NULL;
}

/* Types @text (ASCII) key by key into @target, which has the focus. */
static gboolean
type_text (GtkWidget  *target,
           const char *text)
{
  GString *keys = g_string_new (NULL);
  g_autofree char *joined = NULL;

  for (const char *c = text; *c != '\0'; c++)
    {
      if (keys->len > 0)
        g_string_append_c (keys, ' ');
      if (*c == ' ')
        g_string_append (keys, "space");
      else if (*c == '-')
        g_string_append (keys, "minus");
      else
        g_string_append_c (keys, *c);
    }
  joined = g_string_free (keys, FALSE);
  /* To the window: focusing @target again would select what it holds. */
  g_assert_true (gtk_widget_has_focus (target) || gtk_widget_get_focus_child (target) != NULL);
  return bb_test_send_keys (GTK_WIDGET (gtk_widget_get_root (target)), joined);
}

static GtkWidget *
focus_field (Fixture    *fixture,
             const char *title)
{
  GtkWidget *row = find_row (GTK_WIDGET (fixture->page), title);

  g_assert_nonnull (row);
  gtk_widget_grab_focus (row);
  bb_test_iterate ();
  return row;
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return bb_test_query_int (fixture->courses.database, sql);
}

typedef struct
{
  GtkWidget  *root;
  const char *label;
} ButtonLookup;

static gboolean
button_shown (gpointer data)
{
  ButtonLookup *lookup = data;

  return bb_test_find_button (lookup->root, lookup->label) != NULL;
}

/* The button labelled @label once it is on screen (a revealer may be opening). */
static GtkWidget *
wait_for_button (GtkWidget  *root,
                 const char *label)
{
  ButtonLookup lookup = { root, label };

  g_assert_true (bb_test_wait_for (button_shown, &lookup, 5));
  return bb_test_find_button (root, label);
}

typedef struct
{
  Fixture    *fixture;
  const char *sql;
} Query;

static gboolean
query_true (gpointer data)
{
  Query *query = data;

  return count (query->fixture, query->sql) > 0;
}

/* Opening the page logs the open, and its access log shows it. */
static void
test_open_logged (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM access_log WHERE action = 'open' AND subject = 'course'"), ==, 1);
  g_assert_nonnull (bb_test_wait_for_label (GTK_WIDGET (fixture->page), "Opened – the course", 5));
  /* The header: name, number, status and adviser. */
  {
    g_autofree char *number = g_strdup_printf ("Course no. %" G_GINT64_FORMAT, fixture->course_id);

    g_assert_nonnull (bb_test_find_label (GTK_WIDGET (fixture->page), "Ida Jensen"));
    g_assert_nonnull (bb_test_find_label (GTK_WIDGET (fixture->page), number));
    g_assert_nonnull (bb_test_find_label (GTK_WIDGET (fixture->page), "16 years"));
    g_assert_nonnull (bb_test_find_label (GTK_WIDGET (fixture->page), "Responsible adviser: Mette Rådgiver"));
  }
}

static void
begin_change (Fixture *fixture)
{
  bb_test_click (wait_for_button (GTK_WIDGET (fixture->page), "C_hange Status…"));
  g_assert_nonnull (find_row (GTK_WIDGET (fixture->page), "New status"));
}

/* A change through the form lands in the database and on the timeline. */
static void
test_status_change (Fixture       *fixture,
                    gconstpointer  data)
{
  AdwComboRow *target;
  GListModel *labels;

  begin_change (fixture);
  target = find_row (GTK_WIDGET (fixture->page), "New status");
  labels = adw_combo_row_get_model (target);
  /* Only what the status machine allows from first contact: never first contact
   * itself, nor a treatment course before any advisory conversation. */
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels), 0), ==, "Waiting");
  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels), i), !=, "First contact");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (GTK_WIDGET (fixture->page), "Date of the change"))),
                   ==, "2026-03-15");

  bb_test_click (wait_for_button (GTK_WIDGET (fixture->page), "_Save Status Change"));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM courses WHERE status = 'waiting' AND status_since = '2026-03-15'"), ==, 1);
  g_assert_nonnull (bb_test_wait_for_label (bb_test_find (GTK_WIDGET (fixture->page), BB_TYPE_COURSE_TIMELINE_SECTION, TRUE),
                                            "Status: Waiting", 5));
}

/* A date before the latest change is refused, and the page says why in words. */
static void
test_status_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) expected = NULL;
  GtkWidget *date;
  GtkLabel *reason;

  g_assert_false (bb_course_repository_change_status (fixture->courses.courses, fixture->course_id,
                                                      BB_COURSE_STATUS_WAITING, "2026-02-01", NULL, &expected));
  g_assert_nonnull (expected);

  begin_change (fixture);
  date = find_row (GTK_WIDGET (fixture->page), "Date of the change");
  gtk_editable_set_text (GTK_EDITABLE (date), "01-02-2026");
  bb_test_click (wait_for_button (GTK_WIDGET (fixture->page), "_Save Status Change"));

  reason = bb_test_wait_for_label (GTK_WIDGET (fixture->page), expected->message, 5);
  g_assert_nonnull (reason);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM courses WHERE status = 'contacted'"), ==, 1);
  /* The form keeps what was chosen, to be put right. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, "01-02-2026");
}

static guint
position_of (AdwComboRow *row,
             const char  *label)
{
  GListModel *labels = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (labels), i), label) == 0)
      return i;
  g_assert_not_reached ();
}

/* Closing takes a date, a reason and the onward offer, chosen from the offers the
 * course was handed over to. */
static void
test_close (Fixture       *fixture,
            gconstpointer  data)
{
  gint64 offer_id = bb_test_add_offer (&fixture->courses, "Ungdomsskolens værksted");
  g_autoptr(BbHandover) handover = bb_handover_new (fixture->course_id, offer_id, BB_HANDOVER_ACCEPTED);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  AdwComboRow *target;
  AdwComboRow *reason;
  AdwComboRow *onward;

  handover->state_date = g_strdup ("2026-03-12");
  g_assert_true (bb_course_repository_save_handover (fixture->courses.courses, handover, &error));
  g_assert_no_error (error);
  bb_test_iterate ();

  begin_change (fixture);
  target = find_row (GTK_WIDGET (fixture->page), "New status");
  adw_combo_row_set_selected (target, position_of (target, "Closed"));
  reason = find_row (GTK_WIDGET (fixture->page), "Reason for closing");
  onward = find_row (GTK_WIDGET (fixture->page), "Goes on to");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (reason)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (onward)));
  adw_combo_row_set_selected (reason, position_of (reason, "Referred on"));
  adw_combo_row_set_selected (onward, position_of (onward, "Ungdomsskolens værksted"));
  bb_test_click (wait_for_button (GTK_WIDGET (fixture->page), "_Save Status Change"));

  sql = g_strdup_printf ("SELECT count(*) FROM courses WHERE status = 'closed' AND closed_date = '2026-03-15'"
                         " AND closing_reason = 'referred-on' AND onward_offer_id = %" G_GINT64_FORMAT, offer_id);
  g_assert_cmpint (count (fixture, sql), ==, 1);
  /* An ended course changes no more. */
  g_assert_false (gtk_widget_is_sensitive (bb_test_find_button (GTK_WIDGET (fixture->page), "C_hange Status…")));
}

/* A CPR number typed into a note is flagged as it is typed; its button takes it out,
 * and what is saved holds none. */
static void
test_cpr_flag (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *notes = focus_field (fixture, "Notes on the course");
  BbCourseCprRow *flag = find_cpr_row (GTK_WIDGET (fixture->page), notes);

  g_assert_nonnull (flag);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (flag)));
  if (!type_text (notes, "Ida 010203"))
    return;
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (flag)));
  if (!type_text (notes, "-1234 ok"))
    return;
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (flag)));

  bb_test_click (wait_for_button (GTK_WIDGET (flag), "Remove Number"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (flag)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (notes)), ==, "Ida ok");

  close_window (fixture);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM courses WHERE notes = 'Ida ok'"), ==, 1);
}

/* Saving with a CPR number left in is refused by the repository, and the page says so
 * and keeps the text. */
static void
test_cpr_refused (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *notes = focus_field (fixture, "Notes on the course");

  if (!type_text (notes, "010203-1234"))
    return;
  focus_field (fixture, "About the referral");
  g_assert_nonnull (bb_test_wait_for_label (GTK_WIDGET (fixture->page), "Not saved:", 5));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (notes)), ==, "010203-1234");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM courses WHERE notes LIKE '%1234%'"), ==, 0);
}

/* An edit is in the database once the focus leaves the field. */
static void
test_save_on_focus_change (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *field = focus_field (fixture, "About the referral");
  Query saved = { fixture, "SELECT count(*) FROM courses WHERE referral_note = 'From the school nurse'" };

  if (!type_text (field, "From the school nurse"))
    return;
  if (!bb_test_send_keys (field, "Tab"))
    return;
  g_assert_true (bb_test_wait_for (query_true, &saved, 5));
}

/* An edit is in the database after a short pause in typing, without leaving the field. */
static void
test_save_on_pause (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *field = focus_field (fixture, "Address");
  Query saved = { fixture, "SELECT count(*) FROM young_people WHERE address = 'Bygaden 4'" };

  if (!type_text (field, "Bygaden 4"))
    return;
  g_assert_true (bb_test_wait_for (query_true, &saved, 5));
}

/* Closing the window mid-edit keeps the edit. */
static void
test_save_on_close (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *field = focus_field (fixture, "Phone");

  if (!type_text (field, "20 30 40 50"))
    return;
  close_window (fixture);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM young_people WHERE phone = '20 30 40 50'"), ==, 1);
}

/* The plan's staff are the advisers of the advisers list, one added meanwhile too;
 * choosing one is saved. */
static gboolean
model_has_jens (gpointer data)
{
  GListModel *names = adw_combo_row_get_model (data);

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Jens Psykolog") == 0)
      return TRUE;
  return FALSE;
}

static void
test_responsible_adviser (Fixture       *fixture,
                          gconstpointer  data)
{
  AdwComboRow *adviser = find_row (GTK_WIDGET (fixture->page), "Responsible adviser");
  gint64 jens = bb_test_add_adviser (&fixture->courses, "Jens Psykolog", BB_PROFESSION_PSYCHOLOGIST);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM courses WHERE adviser_id = %" G_GINT64_FORMAT, jens);
  Query saved = { fixture, sql };
  GListModel *names;

  g_assert_nonnull (adviser);
  names = adw_combo_row_get_model (adviser);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), adw_combo_row_get_selected (adviser)),
                   ==, "Mette Rådgiver");
  g_assert_true (bb_test_wait_for (model_has_jens, adviser, 5));
  adw_combo_row_set_selected (adviser, g_list_model_get_n_items (names) - 1);
  g_assert_true (bb_test_wait_for (query_true, &saved, 5));
  g_assert_nonnull (bb_test_wait_for_label (GTK_WIDGET (fixture->page), "Responsible adviser: Jens Psykolog", 5));
}

/* The section the focus is in, by its type. */
static const char *
focus_section (Fixture *fixture)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  for (GtkWidget *widget = focus; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (gtk_widget_get_parent (widget) != NULL &&
        g_str_has_suffix (G_OBJECT_TYPE_NAME (widget), "Section") &&
        gtk_widget_get_ancestor (gtk_widget_get_parent (widget), BB_TYPE_COURSE_PAGE) != NULL)
      return G_OBJECT_TYPE_NAME (widget);
  return NULL;
}

/* Ctrl+N anywhere on the page opens a new meeting of the course. */
static void
test_ctrl_n_adds_meeting (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWindow *dialog;

  focus_field (fixture, "Notes on the course");
  if (!bb_test_send_keys (GTK_WIDGET (fixture->window), "ctrl+n"))
    return;
  dialog = bb_test_wait_for_toplevel (BB_TYPE_MEETING_DIALOG, fixture->window, 5);
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);
  bb_test_iterate ();
}

/* The timeline follows what is written elsewhere, newest first. */
static void
test_timeline_follows (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *timeline = bb_test_find (GTK_WIDGET (fixture->page), BB_TYPE_COURSE_TIMELINE_SECTION, TRUE);
  GtkLabel *meeting;
  GtkLabel *first;
  g_autoptr(GPtrArray) labels = NULL;
  int meeting_at = -1;
  int first_at = -1;

  bb_test_add_meeting (&fixture->courses, fixture->course_id, BB_MEETING_NETWORK, "2026-03-10", FALSE);
  meeting = bb_test_wait_for_label (timeline, "Network meeting", 5);
  first = bb_test_find_label (timeline, "Status: First contact");
  g_assert_nonnull (meeting);
  g_assert_nonnull (first);

  labels = bb_test_collect_drawn (timeline, GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    {
      if (g_ptr_array_index (labels, i) == meeting)
        meeting_at = i;
      if (g_ptr_array_index (labels, i) == first)
        first_at = i;
    }
  /* 10 March above 1 March. */
  g_assert_cmpint (meeting_at, <, first_at);
}

/* No two controls shown together underline the same letter, with the status form
 * open: in English, and in Danish from the translations as built. */
static void
test_mnemonics (Fixture       *fixture,
                gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autofree char *locale_dir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
      GtkWindow *window = GTK_WINDOW (gtk_window_new ());
      BbCoursePage *page;

      g_setenv ("LANGUAGE", "da", TRUE);
      setlocale (LC_ALL, "C.UTF-8");
      bindtextdomain (GETTEXT_PACKAGE, locale_dir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);

      page = bb_course_page_new ();
      g_object_set (page, "context", fixture->courses.context, "course-id", fixture->course_id, NULL);
      gtk_window_set_child (window, GTK_WIDGET (page));
      gtk_window_present (window);
      bb_test_iterate ();
      bb_test_click (wait_for_button (GTK_WIDGET (page), "_Skift status …"));
      g_assert_nonnull (wait_for_button (GTK_WIDGET (page), "_Gem statusskift"));
      bb_test_assert_mnemonics_unique (GTK_WIDGET (window), TRUE);
      gtk_window_destroy (window);
      return;
    }

  begin_change (fixture);
  g_assert_nonnull (wait_for_button (GTK_WIDGET (fixture->page), "_Save Status Change"));
  bb_test_assert_mnemonics_unique (GTK_WIDGET (fixture->window), TRUE);

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static gboolean
has_focusable (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if ((gtk_widget_get_focusable (child) && gtk_widget_is_drawable (child) && gtk_widget_is_sensitive (child)) ||
        has_focusable (child))
      return TRUE;
  return FALSE;
}

/* Tab walks the page from top to bottom, through every section's controls in the
 * order they are shown. The sections of others take part once they have a control. */
static void
test_keyboard_walk (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char * const sections[] = {
    "BbCoursePersonSection", "BbCourseStatusSection", "BbCoursePlanSection",
    "BbCourseMeetingsSection", "BbCourseMeasuresSection", "BbCourseHandoversSection",
    "BbCourseTimelineSection", "BbYoungPersonLogSection",
  };
  static const char * const own[] = {
    "BbCoursePersonSection", "BbCourseStatusSection", "BbCoursePlanSection",
    "BbCourseTimelineSection", "BbYoungPersonLogSection", NULL,
  };
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  guint next = 0;

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *section = bb_test_find (GTK_WIDGET (fixture->page), g_type_from_name (sections[i]), TRUE);

      g_assert_nonnull (section);
      if (g_strv_contains (own, sections[i]) || has_focusable (section))
        g_ptr_array_add (expected, (gpointer) sections[i]);
      else
        g_test_message ("%s has no control yet", sections[i]);
    }

  focus_field (fixture, "Name or pseudonym");
  for (guint i = 0; i < 300 && next < expected->len; i++)
    {
      const char *section = focus_section (fixture);

      if (section != NULL && (seen->len == 0 || g_strcmp0 (g_ptr_array_index (seen, seen->len - 1), section) != 0))
        g_ptr_array_add (seen, (gpointer) section);
      while (next < expected->len && g_strcmp0 (section, g_ptr_array_index (expected, next)) == 0)
        next++;
      if (!bb_test_send_keys (GTK_WIDGET (fixture->window), "Tab"))
        return;
    }

  for (guint i = 0; i < seen->len; i++)
    g_test_message ("focus in %s", (const char *) g_ptr_array_index (seen, i));
  /* Each section in turn, none skipped, none out of order. */
  g_assert_cmpuint (next, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    g_assert_cmpstr (g_ptr_array_index (seen, i), ==, g_ptr_array_index (expected, i));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/course-page/" path, Fixture, NULL, set_up, func, tear_down)
  ADD ("open-logged", test_open_logged);
  ADD ("status-change", test_status_change);
  ADD ("status-refused", test_status_refused);
  ADD ("close", test_close);
  ADD ("cpr-flag", test_cpr_flag);
  ADD ("cpr-refused", test_cpr_refused);
  ADD ("save-on-focus-change", test_save_on_focus_change);
  ADD ("save-on-pause", test_save_on_pause);
  ADD ("save-on-close", test_save_on_close);
  ADD ("responsible-adviser", test_responsible_adviser);
  ADD ("keyboard-walk", test_keyboard_walk);
  ADD ("mnemonics", test_mnemonics);
  ADD ("ctrl-n-adds-meeting", test_ctrl_n_adds_meeting);
  ADD ("timeline-follows", test_timeline_follows);
#undef ADD

  return g_test_run ();
}
