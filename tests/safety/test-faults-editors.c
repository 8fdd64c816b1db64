/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A save that meets a full disk, a failing disk, no memory or a lock held by another
 * program, in each of the editors (an offer, a course's page, a plan's page): the user
 * is told in words and offered Save Again, what they typed stays on screen, the
 * database is as it was (seen from a connection of its own), and once the fault is
 * gone Save Again (or, for a lock, the editor by itself) saves it. Issue 12. */

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>

#include "bb-course-page.h"
#include "bb-offer-editor.h"
#include "bb-plan-page.h"
#include "bb-plan-repository.h"
#include "bb-test-courses.h"
#include "bb-test-fault-vfs.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"

typedef enum
{
  FAULT_FULL,
  FAULT_IO,
  FAULT_NO_MEMORY,
  FAULT_LOCKED,
} Fault;

static const char * const headlines[] = {
  [FAULT_FULL] = "The disk is full – nothing was saved. Free some space and press Save Again.",
  [FAULT_IO] = "The database file could not be written – nothing was saved. Check the disk or network drive and press Save Again.",
  [FAULT_NO_MEMORY] = "The computer ran out of memory – nothing was saved. Close other programs and press Save Again.",
  [FAULT_LOCKED] = "The database is busy – your change will be saved as soon as it is free.",
};

typedef struct
{
  BbTestCourses  courses;
  Fault          fault;
  /* The other program holding the lock, for FAULT_LOCKED. */
  sqlite3       *other;
  GtkWindow     *window;
  char          *long_text;
} Fixture;

static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  fixture->fault = GPOINTER_TO_INT (data);
  bb_test_courses_set_up (&fixture->courses, NULL);
  /* Room for it is what a full disk lacks: more than a page. */
  fixture->long_text = g_strnfill (6000, 'a');
}

static void
tear_down (Fixture       *fixture,
           gconstpointer  data)
{
  bb_test_fault_vfs_set (BB_TEST_FAULT_NONE);
  g_clear_pointer (&fixture->other, sqlite3_close);
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  bb_test_iterate ();
  bb_test_courses_tear_down (&fixture->courses, data);
  g_free (fixture->long_text);
}

static void
inject (Fixture *fixture)
{
  sqlite3 *db = bb_database_get_handle (fixture->courses.database);
  g_autofree char *limit = NULL;

  switch (fixture->fault)
    {
    case FAULT_FULL:
      /* Packed, and not a page more: as a disk with no room left. */
      g_assert_true (bb_database_exec (fixture->courses.database, "VACUUM", NULL));
      limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT,
                               bb_test_query_int (fixture->courses.database, "PRAGMA page_count"));
      g_assert_cmpint (sqlite3_exec (db, limit, NULL, NULL, NULL), ==, SQLITE_OK);
      break;
    case FAULT_IO:
      bb_test_fault_vfs_set (BB_TEST_FAULT_IO);
      break;
    case FAULT_NO_MEMORY:
      bb_test_fault_vfs_set (BB_TEST_FAULT_NO_MEMORY);
      break;
    case FAULT_LOCKED:
      /* Not the ten seconds a write waits for a lock by default. */
      bb_database_set_busy_timeout (fixture->courses.database, 50);
      g_assert_cmpint (sqlite3_open (bb_database_get_path (fixture->courses.database), &fixture->other),
                       ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (fixture->other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
      break;
    }
}

static void
lift (Fixture *fixture)
{
  sqlite3 *db = bb_database_get_handle (fixture->courses.database);

  switch (fixture->fault)
    {
    case FAULT_FULL:
      g_assert_cmpint (sqlite3_exec (db, "PRAGMA max_page_count = 1073741823", NULL, NULL, NULL), ==, SQLITE_OK);
      break;
    case FAULT_IO:
    case FAULT_NO_MEMORY:
      bb_test_fault_vfs_set (BB_TEST_FAULT_NONE);
      break;
    case FAULT_LOCKED:
      g_assert_cmpint (sqlite3_exec (fixture->other, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
      g_clear_pointer (&fixture->other, sqlite3_close);
      break;
    }
}

/* What another program reading the file sees. */
static gint64
count_outside (Fixture    *fixture,
               const char *sql)
{
  return bb_test_count_outside (bb_database_get_path (fixture->courses.database), sql);
}

typedef struct
{
  Fixture    *fixture;
  const char *sql;
} Query;

static gboolean
saved_outside (gpointer data)
{
  Query *query = data;

  return count_outside (query->fixture, query->sql) == 1;
}

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_row (child, title)) != NULL)
        return found;
    }
  return NULL;
}

static void
set_row_text (GtkWidget  *root,
              const char *title,
              const char *text)
{
  GtkWidget *row = find_row (root, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  bb_test_iterate ();
}

static const char *
row_text (GtkWidget  *root,
          const char *title)
{
  return gtk_editable_get_text (GTK_EDITABLE (find_row (root, title)));
}

/* The fault has been met: the words for it on screen, with the detail under them. */
static void
assert_told (Fixture   *fixture,
             GtkWidget *root)
{
  GtkLabel *label = bb_test_wait_for_label (root, headlines[fixture->fault], 15);

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (label)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (label), "error"));
}

/* Save Again, for every fault but a lock, which saves by itself once it goes. */
static void
save_again (Fixture   *fixture,
            GtkWidget *root,
            Query     *saved)
{
  lift (fixture);
  if (fixture->fault != FAULT_LOCKED)
    bb_test_click (bb_test_find_button (root, "Save _Again"));
  g_assert_true (bb_test_wait_for (saved_outside, saved, 15));
}

static GtkWindow *
new_window (Fixture   *fixture,
            GtkWidget *child)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 900, 700);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), child);
  gtk_window_set_child (fixture->window, overlay);
  gtk_window_present (fixture->window);
  bb_test_iterate ();
  return fixture->window;
}

static void
on_saved (BbOfferEditor *editor,
          BbOffer       *offer,
          gint64        *saved_id)
{
  *saved_id = bb_offer_get_id (offer);
}

static void
test_offer_editor (Fixture       *fixture,
                   gconstpointer  data)
{
  BbOfferEditor *editor = bb_offer_editor_new (fixture->courses.context, NULL);
  gint64 saved_id = 0;
  Query saved = { fixture, "SELECT count(*) FROM offers WHERE title = 'Åben rådgivning'" };

  g_object_ref (editor);
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved_id);
  gtk_window_present (GTK_WINDOW (editor));
  bb_test_iterate ();

  set_row_text (GTK_WIDGET (editor), "Title", "Åben rådgivning");
  /* The provider's: the first "Name" of the form. */
  set_row_text (GTK_WIDGET (editor), "Name", "Headspace Esbjerg");
  set_row_text (GTK_WIDGET (editor), "Summary", fixture->long_text);

  inject (fixture);
  bb_test_click (bb_test_find_button (GTK_WIDGET (editor), "_Save"));
  assert_told (fixture, GTK_WIDGET (editor));

  /* Still open, with what was typed; nothing of it in the file. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpint (saved_id, ==, 0);
  g_assert_cmpstr (row_text (GTK_WIDGET (editor), "Title"), ==, "Åben rådgivning");
  g_assert_cmpstr (row_text (GTK_WIDGET (editor), "Summary"), ==, fixture->long_text);
  g_assert_cmpint (count_outside (fixture, "SELECT count(*) FROM offers"), ==, 0);

  save_again (fixture, GTK_WIDGET (editor), &saved);
  g_assert_cmpint (saved_id, !=, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));

  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_finalize_object (editor);
}

static void
test_course_page (Fixture       *fixture,
                  gconstpointer  data)
{
  gint64 course_id = bb_test_add_course (&fixture->courses, "Ida Jensen", "2026-03-01", 0);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM courses WHERE referral_note = '%s'",
                                          fixture->long_text);
  Query saved = { fixture, sql };
  BbCoursePage *page = bb_course_page_new ();
  GtkWidget *root;

  g_object_set (page, "context", fixture->courses.context, "course-id", course_id, NULL);
  root = GTK_WIDGET (new_window (fixture, GTK_WIDGET (page)));

  inject (fixture);
  /* Saved after a pause in typing, as the page does. */
  set_row_text (root, "About the referral", fixture->long_text);
  assert_told (fixture, root);

  g_assert_cmpstr (row_text (root, "About the referral"), ==, fixture->long_text);
  g_assert_cmpint (count_outside (fixture, "SELECT count(*) FROM courses WHERE referral_note IS NOT NULL AND referral_note != ''"), ==, 0);

  save_again (fixture, root, &saved);
  /* And it says so. */
  g_assert_nonnull (bb_test_wait_for_label (root, "Your change is saved", 5));
}

static void
test_plan_page (Fixture       *fixture,
                gconstpointer  data)
{
  BbPlanRepository *plans = bb_context_get_plans (fixture->courses.context);
  g_autoptr(BbPlan) plan = bb_plan_new ("Plan for 2026");
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  Query saved = { fixture, NULL };
  BbPlanPage *page;
  GtkWidget *root;
  const char *title = "Plan for 2027";
  GtkTextView *purpose;
  g_autofree char *purpose_text = NULL;

  g_assert_true (bb_plan_repository_save (plans, plan, &error));
  g_assert_no_error (error);
  sql = g_strdup_printf ("SELECT count(*) FROM plans WHERE title = '%s' AND purpose = '%s'",
                         title, fixture->long_text);
  saved.sql = sql;

  page = g_object_new (BB_TYPE_PLAN_PAGE, "context", fixture->courses.context,
                       "plan-id", bb_plan_get_id (plan), NULL);
  root = GTK_WIDGET (new_window (fixture, GTK_WIDGET (page)));

  inject (fixture);
  set_row_text (root, "_Title", title);
  /* Long text where it wraps: an entry that long is wider than X allows. */
  purpose = bb_test_find (root, GTK_TYPE_TEXT_VIEW, TRUE);
  g_assert_nonnull (purpose);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (purpose), fixture->long_text, -1);
  assert_told (fixture, root);

  g_assert_cmpstr (row_text (root, "_Title"), ==, title);
  g_object_get (gtk_text_view_get_buffer (purpose), "text", &purpose_text, NULL);
  g_assert_cmpstr (purpose_text, ==, fixture->long_text);
  g_assert_cmpint (count_outside (fixture, "SELECT count(*) FROM plans WHERE title = 'Plan for 2026'"), ==, 1);

  save_again (fixture, root, &saved);
  g_assert_nonnull (bb_test_wait_for_label (root, "Your change is saved", 5));
}

int
main (int   argc,
      char *argv[])
{
  static const struct { const char *name; Fault fault; } faults[] = {
    { "full", FAULT_FULL }, { "io-error", FAULT_IO }, { "no-memory", FAULT_NO_MEMORY }, { "locked", FAULT_LOCKED },
  };
  static const struct { const char *name; GTestFixtureFunc func; } editors[] = {
    { "offer-editor", (GTestFixtureFunc) test_offer_editor },
    { "course-page", (GTestFixtureFunc) test_course_page },
    { "plan-page", (GTestFixtureFunc) test_plan_page },
  };

  bb_test_fault_vfs_install ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  for (guint e = 0; e < G_N_ELEMENTS (editors); e++)
    for (guint f = 0; f < G_N_ELEMENTS (faults); f++)
      {
        g_autofree char *path = g_strdup_printf ("/faults/%s/%s", editors[e].name, faults[f].name);

        g_test_add_vtable (path, sizeof (Fixture), GINT_TO_POINTER (faults[f].fault),
                           (GTestFixtureFunc) set_up, editors[e].func, (GTestFixtureFunc) tear_down);
      }

  return g_test_run ();
}
