/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The advisers window: adding one by keyboard, switching one to inactive, and the
 * refusal, with the reason, to delete one who holds courses. */

#include "config.h"

#include <adwaita.h>

#include "bb-adviser-dialog.h"
#include "bb-adviser-row.h"
#include "bb-advisers-window.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"

typedef struct
{
  BbTestCourses     data;
  BbAdvisersWindow *window;
  gint64            mette;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  bb_test_courses_set_up (&fixture->data, NULL);
  fixture->mette = bb_test_add_adviser (&fixture->data, "Mette Rådgiver", BB_PROFESSION_SOCIAL_WORKER);
  bb_test_add_course (&fixture->data, "Anna Ahmadi", "2026-01-01", fixture->mette);

  fixture->window = bb_advisers_window_new (fixture->data.context);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  bb_test_iterate ();
  bb_test_courses_tear_down (&fixture->data, NULL);
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return bb_test_query_int (fixture->data.database, sql);
}

/* The row on screen titled @name. */
static GtkWidget *
row_named (Fixture    *fixture,
           const char *name)
{
  g_autoptr(GPtrArray) rows = bb_test_collect_drawn (GTK_WIDGET (fixture->window), BB_TYPE_ADVISER_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), name) == 0)
      return g_ptr_array_index (rows, i);

  return NULL;
}

typedef struct
{
  Fixture    *fixture;
  const char *name;
} RowWait;

static gboolean
row_shown (gpointer data)
{
  RowWait *wait = data;

  return row_named (wait->fixture, wait->name) != NULL;
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

/* As a click does; a button's activation lets it show it is pressed first. */
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
inactive_in_database (gpointer data)
{
  return count (data, "SELECT active FROM advisers WHERE name = 'Mette Rådgiver'") == 0;
}

typedef struct
{
  Fixture    *fixture;
  const char *text;
} LabelWait;

static gboolean
label_starting_shown (gpointer data)
{
  LabelWait *wait = data;
  g_autoptr(GPtrArray) labels = bb_test_collect_drawn (GTK_WIDGET (wait->fixture->window), GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_text (g_ptr_array_index (labels, i)), wait->text))
      return TRUE;

  return FALSE;
}

static void
test_add_and_deactivate (Fixture       *fixture,
                         gconstpointer  data)
{
  RowWait kim = { fixture, "Kim Holm" };
  LabelWait refusal = { fixture, "Mette Rådgiver holds 1 course." };
  GtkWidget *add = find_action_button (GTK_WIDGET (fixture->window), "advisers.add");
  GtkWidget *row;
  GtkWindow *dialog;
  GtkSwitch *active;

  g_assert_nonnull (row_named (fixture, "Mette Rådgiver"));

  /* Add: the header bar's button, then the name typed and Enter. */
  g_assert_nonnull (add);
  click (add);
  dialog = bb_test_wait_for_toplevel (BB_TYPE_ADVISER_DIALOG, GTK_WINDOW (fixture->window), 5);
  g_assert_nonnull (dialog);
  if (!bb_test_send_keys (GTK_WIDGET (dialog), "K i m space H o l m Return"))
    {
      g_test_skip ("No X display for real key presses");
      return;
    }
  g_assert_true (bb_test_wait_for (row_shown, &kim, 5));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM advisers WHERE name = 'Kim Holm' AND active = 1"), ==, 1);

  /* Deactivate: the row's switch. */
  row = row_named (fixture, "Mette Rådgiver");
  active = bb_test_find (row, GTK_TYPE_SWITCH, TRUE);
  g_assert_nonnull (active);
  g_assert_true (gtk_switch_get_active (active));
  g_assert_true (gtk_widget_activate (GTK_WIDGET (active)));
  g_assert_true (bb_test_wait_for (inactive_in_database, fixture, 5));
  /* Her course keeps her name. */
  g_assert_cmpint (count (fixture, "SELECT adviser_id FROM courses"), ==, fixture->mette);

  /* Delete is refused while she holds a course, with the reason. */
  row = row_named (fixture, "Mette Rådgiver");
  g_assert_nonnull (row);
  click (find_action_button (row, "advisers.delete"));
  g_assert_true (bb_test_wait_for (label_starting_shown, &refusal, 5));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM advisers WHERE name = 'Mette Rådgiver'"), ==, 1);

  /* Kim holds none, and can go. */
  row = row_named (fixture, "Kim Holm");
  click (find_action_button (row, "advisers.delete"));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM advisers WHERE name = 'Kim Holm'"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = bb_test_set_data_home ();
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/advisers-window/add-and-deactivate", Fixture, NULL, fixture_set_up, test_add_and_deactivate, fixture_tear_down);

  status = g_test_run ();
  bb_test_remove_folder (home);
  return status;
}
