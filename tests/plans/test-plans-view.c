/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The plans view as a project leader works in it: a plan from a model template through
 * the new plan dialog, a fidelity rating through its dialog, the banner that carries a
 * 2020 plan over to the 2023 model, and delete with Undo, through the real widgets. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "bb-plan-element-row.h"
#include "bb-plan-form-dialog.h"
#include "bb-plan-new-dialog.h"
#include "bb-plan-timeline.h"
#include "bb-plan-timeline-item.h"
#include "bb-plan-timeline-row.h"
#include "bb-plans-view.h"
#include "bb-plans-view-private.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"

#define MODEL_TITLE "Intervention model for young people in mental distress"

typedef struct
{
  char          *folder;
  BbContext     *context;
  GtkWindow     *window;
  BbPlansView   *view;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->context = bb_test_context_new (&fixture->folder);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 800);
  fixture->view = g_object_new (BB_TYPE_PLANS_VIEW, "context", fixture->context, NULL);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
  bb_test_iterate ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  bb_test_iterate ();
  g_assert_finalize_object (fixture->context);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
}

static BbPlanTemplate *
find_template (Fixture    *fixture,
               const char *version)
{
  BbPlanTemplate *template = bb_plan_template_find (bb_context_get_templates (fixture->context),
                                                    "youth-intervention", version);

  g_assert_nonnull (template);
  return template;
}

/* A plan made in the store, then shown in the view as another view would ask. */
static gint64
add_plan (Fixture    *fixture,
          const char *version,
          const char *title)
{
  g_autoptr(GError) error = NULL;
  gint64 id = bb_plan_repository_create (bb_context_get_plans (fixture->context),
                                         find_template (fixture, version), title, &error);

  g_assert_no_error (error);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "plans.show-plan", "x", id);
  bb_test_iterate ();
  return id;
}

static gint64
query_int (Fixture    *fixture,
           const char *sql)
{
  return bb_test_query_int (bb_context_get_database (fixture->context), sql);
}

/* The AdwActionRow (or expander) whose title is @title, drawn below @root. */
static GtkWidget *
find_row_titled (GtkWidget  *root,
                 GType       type,
                 const char *title)
{
  g_autoptr(GPtrArray) rows = bb_test_collect_drawn (root, type);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  return NULL;
}

/* Makes the plan »Holbaek 2026« from the 2023 model through the new plan dialog, as
 * a project leader does from the empty view; FALSE without an X display for keys. */
static gboolean
create_plan_through_dialog (Fixture *fixture)
{
  GtkWindow *dialog;
  GtkWidget *row;
  GtkWidget *title_row;

  /* The empty view says how to begin. */
  bb_test_wait_for_label (GTK_WIDGET (fixture->view), "No Plans Yet", 5);
  bb_test_click (bb_test_find_button (GTK_WIDGET (fixture->view), "_New Plan…"));
  dialog = bb_test_wait_for_toplevel (BB_TYPE_PLAN_NEW_DIALOG, fixture->window, 5);

  /* Choose the 2023 version of the model, its description beside it. */
  row = find_row_titled (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, MODEL_TITLE " 2023");
  g_assert_nonnull (row);
  g_assert_nonnull (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
  g_assert_true (*adw_action_row_get_subtitle (ADW_ACTION_ROW (row)) != '\0');
  g_assert_true (gtk_widget_activate (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row))));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)))));

  title_row = find_row_titled (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "_Title");
  g_assert_nonnull (title_row);
  if (!bb_test_send_keys (title_row, "shift+H o l b a e k space 2 0 2 6"))
    {
      g_test_skip ("No X display for real key presses");
      return FALSE;
    }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, "Holbaek 2026");
  bb_test_click (bb_test_find_button (GTK_WIDGET (dialog), "C_reate"));
  return TRUE;
}

static void
test_new_plan_from_template (Fixture       *fixture,
                             gconstpointer  data)
{
  gint64 id;

  if (!create_plan_through_dialog (fixture))
    return;

  /* The list shows it, the page its title, model and number, and its elements. */
  bb_test_wait_for_label (GTK_WIDGET (bb_browse_pane_get_list_view (fixture->view->pane)), "Holbaek 2026", 5);
  id = query_int (fixture, "SELECT id FROM plans WHERE title = 'Holbaek 2026'");
  g_assert_cmpint (id, >, 0);
  {
    g_autofree char *subtitle = g_strdup_printf ("Plan %" G_GINT64_FORMAT " · " MODEL_TITLE " 2023", id);

    bb_test_wait_for_label (GTK_WIDGET (fixture->view->plan_page), subtitle, 5);
  }
  g_assert_nonnull (find_row_titled (GTK_WIDGET (fixture->view), BB_TYPE_PLAN_ELEMENT_ROW,
                                     "Easy access and continuous recruitment"));
  g_assert_nonnull (find_row_titled (GTK_WIDGET (fixture->view), BB_TYPE_PLAN_ELEMENT_ROW,
                                     "Collaboration and bridge-building"));

  /* What the database holds: the template's seven elements, nine challenges, eight
   * focus areas, and the version the plan came from. */
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM plan_elements"), ==, 7);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM plan_challenges"), ==, 9);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM plan_focus_areas"), ==, 8);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM plans WHERE template_version = '2023'"), ==, 1);
}

typedef struct
{
  Fixture    *fixture;
  const char *sql;
  gint64      expected;
} QueryWait;

static gboolean
query_gives (gpointer data)
{
  QueryWait *wait = data;

  return query_int (wait->fixture, wait->sql) == wait->expected;
}

static void
test_rate_element (Fixture       *fixture,
                   gconstpointer  data)
{
  QueryWait rated = { fixture, "SELECT count(*) FROM plan_fidelity_ratings", 1 };
  BbPlanElementRow *row;
  GtkWindow *dialog;
  GObject *level;
  GtkWidget *note;

  add_plan (fixture, "2023", "Rated plan");
  row = BB_PLAN_ELEMENT_ROW (find_row_titled (GTK_WIDGET (fixture->view), BB_TYPE_PLAN_ELEMENT_ROW, "Group course"));
  g_assert_nonnull (row);
  bb_test_wait_for_label (GTK_WIDGET (row), "Not rated yet", 5);

  bb_test_click (bb_test_find_button (GTK_WIDGET (row), "_Rate…"));
  dialog = bb_test_wait_for_toplevel (BB_TYPE_PLAN_FORM_DIALOG, fixture->window, 5);
  /* Today by the context's clock to begin with. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (bb_plan_form_dialog_get_field (BB_PLAN_FORM_DIALOG (dialog), "date_row"))),
                   ==, "2026-03-15");
  level = bb_plan_form_dialog_get_field (BB_PLAN_FORM_DIALOG (dialog), "level_row");
  adw_combo_row_set_selected (ADW_COMBO_ROW (level), BB_FIDELITY_LARGELY);
  note = GTK_WIDGET (bb_plan_form_dialog_get_field (BB_PLAN_FORM_DIALOG (dialog), "note_row"));
  if (!bb_test_send_keys (note, "T w o space g r o u p s"))
    return;
  bb_test_click (bb_test_find_button (GTK_WIDGET (dialog), "_Save"));

  /* A row in the history, and the element shows it as its latest. */
  g_assert_true (bb_test_wait_for (query_gives, &rated, 5));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM plan_fidelity_ratings WHERE level = 'largely'"
                                       " AND date = '2026-03-15' AND note = 'Two groups'"), ==, 1);
  row = BB_PLAN_ELEMENT_ROW (find_row_titled (GTK_WIDGET (fixture->view), BB_TYPE_PLAN_ELEMENT_ROW, "Group course"));
  g_assert_nonnull (row);
  g_assert_cmpint (bb_plan_element_row_get_element (row)->fidelity, ==, BB_FIDELITY_LARGELY);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  bb_test_wait_for_label (GTK_WIDGET (row), "Largely – Two groups", 5);
}

static gboolean
element_shown (gpointer data)
{
  Fixture *fixture = data;

  return find_row_titled (GTK_WIDGET (fixture->view), BB_TYPE_PLAN_ELEMENT_ROW,
                          "Easy access and continuous recruitment") != NULL;
}

static gboolean
banner_gone (gpointer data)
{
  Fixture *fixture = data;

  return bb_test_find_label (GTK_WIDGET (fixture->view->plan_page), "A newer version of this model") == NULL;
}

static void
test_carry_over (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkLabel *banner;
  gint64 id;

  id = add_plan (fixture, "2020", "Plan from 2020");
  g_assert_nonnull (find_row_titled (GTK_WIDGET (fixture->view), BB_TYPE_PLAN_ELEMENT_ROW, "Open physical setting"));

  /* The banner says a newer version exists and what changed. */
  banner = bb_test_wait_for_label (GTK_WIDGET (fixture->view->plan_page), "A newer version of this model (2023) exists", 5);
  g_assert_nonnull (strstr (gtk_label_get_text (banner), "merged"));

  bb_test_click (bb_test_find_button (GTK_WIDGET (fixture->view->plan_page), "_Carry Over"));
  g_assert_true (bb_test_wait_for (element_shown, fixture, 5));
  g_assert_null (find_row_titled (GTK_WIDGET (fixture->view), BB_TYPE_PLAN_ELEMENT_ROW, "Open physical setting"));
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM plans WHERE id = %" G_GINT64_FORMAT
                                            " AND template_version = '2023'", id);

    g_assert_cmpint (query_int (fixture, sql), ==, 1);
  }
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM plan_elements"), ==, 7);
  /* Nothing newer now: the banner goes. */
  g_assert_true (bb_test_wait_for (banner_gone, fixture, 5));
}

static gboolean
plan_row_shown (gpointer data)
{
  Fixture *fixture = data;

  return bb_test_find_label (GTK_WIDGET (bb_browse_pane_get_list_view (fixture->view->pane)), "Kept plan") != NULL;
}

static gboolean
plan_row_gone (gpointer data)
{
  return !plan_row_shown (data);
}

static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *undo;

  add_plan (fixture, "2023", "Kept plan");
  g_assert_true (bb_test_wait_for (plan_row_shown, fixture, 5));

  /* Delete on the plan's row in the list. */
  g_assert_true (bb_browse_pane_focus (fixture->view->pane, query_int (fixture, "SELECT id FROM plans")));
  bb_test_iterate ();
  if (!bb_test_send_keys (GTK_WIDGET (bb_browse_pane_get_list_view (fixture->view->pane)), "Delete"))
    return;
  g_assert_true (bb_test_wait_for (plan_row_gone, fixture, 5));
  /* The plan waits in the database for the toast. */
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM plans"), ==, 1);

  undo = bb_test_find_button (GTK_WIDGET (fixture->view), "_Undo");
  g_assert_nonnull (undo);
  bb_test_click (undo);
  g_assert_true (bb_test_wait_for (plan_row_shown, fixture, 5));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM plans"), ==, 1);
}

static gboolean
duplicate_shown (gpointer data)
{
  Fixture *fixture = data;

  return bb_test_find_label (GTK_WIDGET (bb_browse_pane_get_list_view (fixture->view->pane)),
                             "Kept plan (next period)") != NULL;
}

/* The page's menu: duplicate for the next period, archive, the PDF. */
static gboolean
plan_row_gone_duplicate (gpointer data)
{
  return !duplicate_shown (data);
}

static void
test_page_menu (Fixture       *fixture,
                gconstpointer  data)
{
  QueryWait duplicated = { fixture, "SELECT count(*) FROM plans", 2 };
  g_autoptr(GFile) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  GtkWindow *dialog;
  gsize length = 0;
  gint64 id;

  id = add_plan (fixture, "2023", "Kept plan");
  g_assert_true (bb_test_wait_for (plan_row_shown, fixture, 5));

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "plans.duplicate", NULL);
  dialog = bb_test_wait_for_toplevel (BB_TYPE_PLAN_FORM_DIALOG, fixture->window, 5);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (bb_plan_form_dialog_get_field (BB_PLAN_FORM_DIALOG (dialog), "months_row"))),
                   ==, "12");
  bb_test_click (bb_test_find_button (GTK_WIDGET (dialog), "_Save"));
  g_assert_true (bb_test_wait_for (query_gives, &duplicated, 5));
  g_assert_true (bb_test_wait_for (duplicate_shown, fixture, 5));

  /* The duplicate is shown; archived, it leaves the list until archived ones are asked for. */
  g_assert_cmpint (bb_browse_pane_get_selected_id (fixture->view->pane), !=, id);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "plans.archive", NULL);
  g_assert_true (bb_test_wait_for (plan_row_gone_duplicate, fixture, 5));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM plans WHERE archived = 1"), ==, 1);
  g_object_set (fixture->view, "show-archived", TRUE, NULL);
  g_assert_true (bb_test_wait_for (duplicate_shown, fixture, 5));

  /* The PDF of the plan shown. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "plans.show-plan", "x", id);
  bb_test_iterate ();
  path = g_build_filename (fixture->folder, "plan.pdf", NULL);
  pdf = g_file_new_for_path (path);
  g_assert_true (bb_plan_page_save_pdf (fixture->view->plan_page, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (length > 4 && memcmp (contents, "%PDF", 4) == 0);
}

/* The descriptions of the timeline rows drawn below @root, joined by "|". */
static char *
timeline_text (GtkWidget *root)
{
  g_autoptr(GPtrArray) rows = bb_test_collect_drawn (root, BB_TYPE_PLAN_TIMELINE_ROW);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      BbPlanTimelineItem *item = bb_plan_timeline_row_get_item (g_ptr_array_index (rows, i));

      if (item == NULL)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '|');
      g_string_append (text, bb_plan_timeline_item_get_description (item));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

typedef struct
{
  GtkWidget  *root;
  const char *expected;
} TimelineWait;

static gboolean
timeline_holds (gpointer data)
{
  TimelineWait *wait = data;
  g_autofree char *text = timeline_text (wait->root);

  return strstr (text, wait->expected) != NULL;
}

static GtkWidget *
find_button_for_action (GtkWidget  *root,
                        const char *action_name)
{
  g_autoptr(GPtrArray) buttons = bb_test_collect_drawn (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), action_name) == 0)
      return g_ptr_array_index (buttons, i);
  g_assert_not_reached ();
}

/* Fills the activity dialog's row titled @title by keys (Ctrl+A first). */
static void
type_into_row (GtkWindow  *dialog,
               const char *title,
               const char *keys)
{
  g_autofree char *all = g_strconcat ("ctrl+a ", keys, NULL);
  GtkWidget *row = find_row_titled (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  g_assert_true (bb_test_send_keys (row, all));
}

static gboolean
window_gone (gpointer data)
{
  return *(GtkWindow **) data == NULL;
}

/* A project leader's first hour: a plan from the model through the dialog, an
 * activity added on its page and then changed, each seen on the plan's timeline and
 * held by the database. */
static void
test_plan_activity_on_timeline (Fixture       *fixture,
                                gconstpointer  data)
{
  TimelineWait added = { NULL, "Open door on Fridays, March to June 2026, planned" };
  TimelineWait changed = { NULL, "Open door on Fridays and Mondays, March to June 2026, planned" };
  QueryWait saved = {
    fixture,
    "SELECT count(*) FROM plan_activities WHERE title = 'Open door on Fridays and Mondays'"
    " AND start_date = '2026-03-02' AND end_date = '2026-06-30' AND responsible = 'Mette'",
    1
  };
  GtkWindow *dialog;
  GtkWidget *page;

  if (!create_plan_through_dialog (fixture))
    return;
  page = GTK_WIDGET (fixture->view->plan_page);
  bb_test_wait_for_label (page, "Holbaek 2026", 5);
  added.root = changed.root = page;

  /* Add an activity on the page. */
  bb_test_click (find_button_for_action (page, "activities.add"));
  dialog = bb_test_wait_for_toplevel (BB_TYPE_PLAN_FORM_DIALOG, fixture->window, 5);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  type_into_row (dialog, "_Title", "shift+O p e n space d o o r space o n space shift+F r i d a y s");
  type_into_row (dialog, "_Responsible", "shift+M e t t e");
  type_into_row (dialog, "St_art date", "2 period 3 period 2 0 2 6");
  type_into_row (dialog, "_End date", "3 0 period 6 period 2 0 2 6");
  g_assert_true (bb_test_send_keys (GTK_WIDGET (dialog), "ctrl+Return"));
  g_assert_true (bb_test_wait_for (window_gone, &dialog, 5));
  g_assert_true (bb_test_wait_for (timeline_holds, &added, 5));

  /* Change it: activating its timeline row opens it again. */
  {
    GtkWidget *timeline = bb_test_find (page, BB_TYPE_PLAN_TIMELINE, TRUE);
    GtkWidget *list_view = bb_test_find (timeline, GTK_TYPE_GRID_VIEW, TRUE);
    GListModel *model = G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (list_view)));
    guint position = G_MAXUINT;

    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr(BbPlanTimelineItem) item = g_list_model_get_item (model, i);

        if (g_strcmp0 (bb_plan_timeline_item_get_activity (item)->title, "Open door on Fridays") == 0)
          position = i;
      }
    g_assert_cmpuint (position, !=, G_MAXUINT);
    g_assert_true (gtk_widget_activate_action (list_view, "list.activate-item", "u", position));
  }
  dialog = bb_test_wait_for_toplevel (BB_TYPE_PLAN_FORM_DIALOG, fixture->window, 5);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  type_into_row (dialog, "_Title",
                 "shift+O p e n space d o o r space o n space shift+F r i d a y s space a n d space shift+M o n d a y s");
  g_assert_true (bb_test_send_keys (GTK_WIDGET (dialog), "ctrl+Return"));
  g_assert_true (bb_test_wait_for (query_gives, &saved, 5));
  g_assert_true (bb_test_wait_for (timeline_holds, &changed, 5));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM plan_activities WHERE title = 'Open door on Fridays'"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = bb_test_set_data_home ();
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/plans-view/new-plan-from-template", Fixture, NULL, fixture_set_up,
              test_new_plan_from_template, fixture_tear_down);
  g_test_add ("/plans-view/plan-activity-on-timeline", Fixture, NULL, fixture_set_up,
              test_plan_activity_on_timeline, fixture_tear_down);
  g_test_add ("/plans-view/rate-element", Fixture, NULL, fixture_set_up, test_rate_element, fixture_tear_down);
  g_test_add ("/plans-view/carry-over", Fixture, NULL, fixture_set_up, test_carry_over, fixture_tear_down);
  g_test_add ("/plans-view/page-menu", Fixture, NULL, fixture_set_up, test_page_menu, fixture_tear_down);
  g_test_add ("/plans-view/delete-undo", Fixture, NULL, fixture_set_up, test_delete_undo, fixture_tear_down);

  status = g_test_run ();
  bb_test_remove_folder (home);
  return status;
}
