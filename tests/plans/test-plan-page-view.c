/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The plan page as a whole: a plan of 300 activities is made of about as many widgets
 * as one without (what is on screen, not what is in the plan), a question row builds
 * its fields when opened by a key and saves them, and the period's dates read in
 * words in English and Danish and save as typed. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "bb-plan-basics-section.h"
#include "bb-plan-page.h"
#include "bb-plan-question-row.h"
#include "bb-plan-repository.h"
#include "bb-test-plans.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"

typedef struct
{
  char      *folder;
  BbContext *context;
  GtkWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->context = bb_test_context_new (&fixture->folder);
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

static GtkWidget *
fixture_show (Fixture   *fixture,
              GtkWidget *content)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 800);
  gtk_window_set_child (fixture->window, content);
  gtk_window_present (fixture->window);
  bb_test_iterate ();
  return content;
}

static GtkWidget *
show_page (Fixture *fixture,
           gint64   plan_id)
{
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *page = g_object_new (BB_TYPE_PLAN_PAGE, "context", fixture->context, "plan-id", plan_id, NULL);

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  fixture_show (fixture, overlay);
  return page;
}

static gint64
query_int (Fixture    *fixture,
           const char *sql)
{
  return bb_test_query_int (bb_context_get_database (fixture->context), sql);
}

/* ---- what the page is made of ------------------------------------------- */

/* The widgets of a page of @n_activities, every other section filled. */
static guint
count_page (guint n_activities)
{
  Fixture fixture = { 0 };
  guint n;

  fixture_set_up (&fixture, NULL);
  n = bb_test_count_widgets (show_page (&fixture, bb_test_make_plan (fixture.context, n_activities)));
  fixture_tear_down (&fixture, NULL);
  return n;
}

static void
test_widgets_bounded (void)
{
  guint empty = count_page (0);
  guint full = count_page (300);

  g_test_message ("A plan page: %u widgets without activities, %u with 300", empty, full);
  /* Every question row's fields, built at once, came to over 2,000 widgets; each list
   * of activities made 200 rows whatever was in view. */
  g_assert_cmpuint (empty, <, 1500);
  /* The two lists of activities make the rows in view and a margin: about thirty rows
   * each, of a few widgets; not ten for each of 300 activities. */
  g_assert_cmpuint (full - empty, <, 600);
}

/* ---- a question row ------------------------------------------------------ */

static gboolean
is_expanded (gpointer data)
{
  return adw_expander_row_get_expanded (data);
}

typedef struct
{
  Fixture    *fixture;
  const char *sql;
} CountWait;

typedef struct
{
  GtkEditable *editable;
  const char  *text;
} TextWait;

static gboolean
has_text (gpointer data)
{
  TextWait *wait = data;

  return g_strcmp0 (gtk_editable_get_text (wait->editable), wait->text) == 0;
}

static gboolean
is_drawn (gpointer data)
{
  return gtk_widget_is_drawable (data) && gtk_widget_get_height (data) > 0;
}

static gboolean
found_in_database (gpointer data)
{
  CountWait *wait = data;

  return query_int (wait->fixture, wait->sql) == 1;
}

static void
test_question_row_by_keys (Fixture       *fixture,
                           gconstpointer  data)
{
  gint64 plan_id = bb_test_make_plan (fixture->context, 0);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM plan_challenges WHERE plan_id = %" G_GINT64_FORMAT
                                          " AND position = (SELECT min(position) FROM plan_challenges)"
                                          " AND note = 'Two offices, one team'", plan_id);
  CountWait saved = { fixture, sql };
  TextWait typed = { NULL, "Two offices, one team" };
  GtkWidget *page = show_page (fixture, plan_id);
  AdwExpanderRow *row = bb_test_find (page, BB_TYPE_PLAN_QUESTION_ROW, FALSE);
  GtkWidget *header;
  AdwEntryRow *note_row;

  g_assert_nonnull (row);
  /* Closed, the row is its title only. */
  g_assert_null (bb_test_find (GTK_WIDGET (row), ADW_TYPE_ENTRY_ROW, FALSE));
  g_assert_null (bb_test_find (GTK_WIDGET (row), ADW_TYPE_COMBO_ROW, FALSE));

  /* Opened by the keyboard, as a user tabbing through the page does. */
  header = bb_test_find (GTK_WIDGET (row), ADW_TYPE_ACTION_ROW, FALSE);
  g_assert_nonnull (header);
  if (!bb_test_send_keys (header, "space"))
    {
      g_test_skip ("No X display for real key presses");
      return;
    }
  g_assert_true (bb_test_wait_for (is_expanded, row, 5));
  note_row = bb_test_find (GTK_WIDGET (row), ADW_TYPE_ENTRY_ROW, FALSE);
  g_assert_nonnull (note_row);
  g_assert_nonnull (bb_test_find (GTK_WIDGET (row), ADW_TYPE_COMBO_ROW, FALSE));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (note_row)), ==, "Note");

  /* Typed once the row is on screen, then left by Tab: saved at once, not after
   * the pause. */
  g_assert_true (bb_test_wait_for (is_drawn, note_row, 5));
  g_assert_true (bb_test_send_keys (GTK_WIDGET (note_row), "T w o space o f f i c e s comma space o n e space t e a m"));
  typed.editable = GTK_EDITABLE (note_row);
  g_assert_true (bb_test_wait_for (has_text, &typed, 5));
  g_assert_cmpint (query_int (fixture, sql), ==, 0);
  g_assert_true (bb_test_send_keys (GTK_WIDGET (note_row), "Tab"));
  g_assert_true (bb_test_wait_for (found_in_database, &saved, 5));
}

/* ---- the period in words -------------------------------------------------- */

static GtkWidget *
show_basics (Fixture *fixture,
             gint64   plan_id)
{
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *section = g_object_new (BB_TYPE_PLAN_BASICS_SECTION, NULL);

  g_object_set (section, "context", fixture->context, "plan-id", plan_id, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), section);
  fixture_show (fixture, overlay);
  return section;
}

static AdwEntryRow *
entry_titled (GtkWidget  *root,
              const char *title)
{
  g_autoptr(GPtrArray) rows = bb_test_collect_drawn (root, ADW_TYPE_ENTRY_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  return NULL;
}

static void
check_words (Fixture    *fixture,
             const char *start,
             const char *end)
{
  GtkWidget *section = show_basics (fixture, bb_test_make_plan (fixture->context, 0));

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_titled (section, _("Period _starts")))), ==, start);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_titled (section, _("Period _ends")))), ==, end);
}

static void
test_period_in_words (Fixture       *fixture,
                      gconstpointer  data)
{
  check_words (fixture, "1 January 2026", "31 December 2026");
}

static void
test_period_in_danish (Fixture       *fixture,
                       gconstpointer  data)
{
  if (!g_test_subprocess ())
    {
      g_setenv ("LANGUAGE", "da", TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_setenv ("LANGUAGE", "en", TRUE);
      g_test_trap_assert_passed ();
      return;
    }
  check_words (fixture, "1. januar 2026", "31. december 2026");
}

static gboolean
has_error (gpointer data)
{
  return gtk_widget_has_css_class (data, "error");
}

static void
test_period_typed (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 plan_id = bb_test_make_plan (fixture->context, 0);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM plans WHERE id = %" G_GINT64_FORMAT
                                          " AND period_start = '2026-02-01' AND period_end = '2027-06-30'",
                                          plan_id);
  CountWait saved = { fixture, sql };
  GtkWidget *section = show_basics (fixture, plan_id);
  AdwEntryRow *start_row = entry_titled (section, "Period _starts");
  AdwEntryRow *end_row = entry_titled (section, "Period _ends");

  /* A date that is none: the message says how to write one, the text stays. */
  if (!bb_test_send_keys (GTK_WIDGET (start_row), "ctrl+a 3 1 period 2 period 2 0 2 6 Tab"))
    {
      g_test_skip ("No X display for real key presses");
      return;
    }
  g_assert_true (bb_test_wait_for (has_error, start_row, 5));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start_row)), ==, "31.2.2026");
  g_assert_nonnull (bb_test_find_label (section, "Period starts: write the date as 17 August 2026, 17-08-2026 or 2026-08-17."));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM plans WHERE period_start = '2026-01-01'"), ==, 1);

  /* As Danes write it, and in words: both saved, and shown in words once left. */
  g_assert_true (bb_test_send_keys (GTK_WIDGET (start_row), "ctrl+a 1 period 2 period 2 0 2 6"));
  g_assert_true (bb_test_send_keys (GTK_WIDGET (end_row), "ctrl+a 3 0 space J u n e space 2 0 2 7 Tab"));
  g_assert_true (bb_test_wait_for (found_in_database, &saved, 5));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (start_row), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start_row)), ==, "1 February 2026");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end_row)), ==, "30 June 2027");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *locale_dir = NULL;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* The translations as built, in whatever language LANGUAGE says; "C" would ignore it. */
  setlocale (LC_ALL, "C.UTF-8");
  locale_dir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  if (!g_test_subprocess ())
    g_setenv ("LANGUAGE", "en", TRUE);

  g_test_add_func ("/plan-page-view/widgets-bounded", test_widgets_bounded);
  g_test_add ("/plan-page-view/question-row-by-keys", Fixture, NULL, fixture_set_up, test_question_row_by_keys,
              fixture_tear_down);
  g_test_add ("/plan-page-view/period-in-words", Fixture, NULL, fixture_set_up, test_period_in_words,
              fixture_tear_down);
  g_test_add ("/plan-page-view/period-in-danish", Fixture, NULL, fixture_set_up, test_period_in_danish,
              fixture_tear_down);
  g_test_add ("/plan-page-view/period-typed", Fixture, NULL, fixture_set_up, test_period_typed,
              fixture_tear_down);
  return g_test_run ();
}
