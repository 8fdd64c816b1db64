/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The lists window: adding, editing, moving, duplicating, following the database and
 * closing. */

#include "config.h"

#include "test-catalogue-lists-helpers.h"

static void
test_add_target_group (Fixture       *fixture,
                       gconstpointer  data)
{
  BbCatalogueListsWindow *window;
  g_autoptr(BbTargetGroup) group = NULL;
  AdwPreferencesPage *page;
  AdwExpanderRow *row;
  AdwEntryRow *name_row;

  delete_target_groups (fixture->lists);
  window = open_window (fixture->context);
  page = find_widget (window, ADW_TYPE_PREFERENCES_PAGE, "Target Groups");
  g_assert_nonnull (page);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (window), page);
  bb_test_iterate ();
  g_assert_true (group_says (page, "No target groups yet. Add the groups your offers are for, such as young people with anxiety."));

  press (find_widget (window, GTK_TYPE_BUTTON, "lists.add-target-group"));

  /* The new row opens as the other kinds' rows do, to type into; nothing is stored
   * until it is saved. */
  row = find_widget (page, ADW_TYPE_EXPANDER_ROW, "New Target Group");
  g_assert_nonnull (row);
  g_assert_true (adw_expander_row_get_expanded (row));
  name_row = find_widget (row, ADW_TYPE_ENTRY_ROW, "Name");
  g_assert_nonnull (name_row);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (name_row)));
  g_assert_cmpuint (count_items (fixture->lists, bb_list_repository_list_target_groups), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (name_row), "Parents and relatives");
  press (find_widget (row, GTK_TYPE_BUTTON, "Save"));

  group = find_item (fixture->lists, bb_list_repository_list_target_groups, "Parents and relatives");
  g_assert_nonnull (group);
  g_assert_cmpuint (count_items (fixture->lists, bb_list_repository_list_target_groups), ==, 1);
  /* The same row now stands for the stored group; no second one appeared. */
  g_assert_true (find_widget (page, ADW_TYPE_EXPANDER_ROW, "Parents and relatives") == row);
  g_assert_null (find_widget (page, ADW_TYPE_EXPANDER_ROW, "New Target Group"));
  g_assert_false (group_says (page, "No target groups yet. Add the groups your offers are for, such as young people with anxiety."));

  close_window (window);
}

static void
test_edit_provider (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(BbProvider) provider = bb_provider_new ("Youth Guidance");
  g_autoptr(BbProvider) renamed = NULL;
  g_autoptr(GError) error = NULL;
  BbCatalogueListsWindow *window;
  AdwExpanderRow *expander;
  AdwEntryRow *name_row;
  AdwEntryRow *email_row;
  GtkWidget *save_button;
  GtkWidget *email_error;

  bb_provider_set_department (provider, "Children and Youth");
  bb_list_repository_save_provider (fixture->lists, provider, &error);
  g_assert_no_error (error);

  window = open_window (fixture->context);
  expander = find_widget (window, ADW_TYPE_EXPANDER_ROW, "Youth Guidance");
  g_assert_nonnull (expander);
  g_assert_cmpstr (adw_expander_row_get_subtitle (expander), ==, "Municipality · Children and Youth");
  adw_expander_row_set_expanded (expander, TRUE);
  bb_test_iterate ();

  name_row = find_widget (expander, ADW_TYPE_ENTRY_ROW, "Name");
  email_row = find_widget (expander, ADW_TYPE_ENTRY_ROW, "E-mail");
  save_button = find_widget (expander, GTK_TYPE_BUTTON, "Save");
  g_assert_nonnull (name_row);
  g_assert_nonnull (email_row);
  g_assert_nonnull (save_button);
  g_assert_null (find_widget (expander, GTK_TYPE_LABEL, "Enter an e-mail address such as name@example.dk."));

  /* Nothing to save before anything changes. */
  g_assert_false (gtk_widget_get_sensitive (save_button));

  gtk_editable_set_text (GTK_EDITABLE (name_row), "Youth Guidance North");
  g_assert_true (gtk_widget_get_sensitive (save_button));

  gtk_editable_set_text (GTK_EDITABLE (email_row), "not an address");
  bb_test_iterate ();
  g_assert_false (gtk_widget_get_sensitive (save_button));
  email_error = find_widget (expander, GTK_TYPE_LABEL, "Enter an e-mail address such as name@example.dk.");
  g_assert_nonnull (email_error);
  g_assert_true (gtk_widget_is_visible (email_error));
  g_assert_true (gtk_widget_get_mapped (email_error));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (email_row), "error"));

  /* An empty name is an error too, said under the field. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "  ");
  g_assert_true (gtk_widget_is_visible (find_widget (expander, GTK_TYPE_LABEL, "Enter a name.")));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Youth Guidance North");

  gtk_editable_set_text (GTK_EDITABLE (email_row), "uu@example.dk");
  g_assert_true (gtk_widget_get_sensitive (save_button));
  g_assert_false (gtk_widget_is_visible (email_error));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (email_row), "error"));

  g_signal_emit_by_name (save_button, "clicked");
  bb_test_iterate ();

  g_assert_null (find_item (fixture->lists, bb_list_repository_list_providers, "Youth Guidance"));
  renamed = find_item (fixture->lists, bb_list_repository_list_providers, "Youth Guidance North");
  g_assert_nonnull (renamed);
  g_assert_cmpint (bb_provider_get_id (renamed), ==, bb_provider_get_id (provider));
  g_assert_cmpstr (bb_provider_get_email (renamed), ==, "uu@example.dk");
  g_assert_cmpstr (bb_provider_get_department (renamed), ==, "Children and Youth");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (expander)), ==, "Youth Guidance North");
  g_assert_false (gtk_widget_get_sensitive (save_button));

  close_window (window);
}

static void
test_add_provider_duplicate_name (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(BbProvider) provider = bb_provider_new ("Headspace");
  g_autoptr(GError) error = NULL;
  BbCatalogueListsWindow *window;
  AdwExpanderRow *expander;
  AdwEntryRow *name_row;
  GtkWidget *save_button;

  bb_list_repository_save_provider (fixture->lists, provider, &error);
  g_assert_no_error (error);

  window = open_window (fixture->context);
  gtk_widget_activate_action (GTK_WIDGET (window), "lists.add-provider", NULL);
  bb_test_iterate ();

  expander = find_widget (window, ADW_TYPE_EXPANDER_ROW, "New Provider");
  g_assert_nonnull (expander);
  g_assert_true (adw_expander_row_get_expanded (expander));
  name_row = find_widget (expander, ADW_TYPE_ENTRY_ROW, "Name");
  save_button = find_widget (expander, GTK_TYPE_BUTTON, "Save");
  /* Not an error before anything is typed, but not ready to save either. */
  g_assert_null (find_widget (expander, GTK_TYPE_LABEL, "Enter a name."));
  g_assert_false (gtk_widget_get_sensitive (save_button));

  /* The repository refuses a second "Headspace": the message shows, the row keeps its text. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Headspace");
  g_signal_emit_by_name (save_button, "clicked");
  bb_test_iterate ();
  g_assert_nonnull (find_widget (window, GTK_TYPE_LABEL, "There is already a provider called “Headspace”."));
  g_assert_cmpuint (count_items (fixture->lists, bb_list_repository_list_providers), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Headspace");

  /* Return in a field saves as the button does. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Headspace Aarhus");
  g_signal_emit_by_name (name_row, "entry-activated");
  bb_test_iterate ();
  g_assert_cmpuint (count_items (fixture->lists, bb_list_repository_list_providers), ==, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (expander)), ==, "Headspace Aarhus");
  g_assert_null (find_widget (window, ADW_TYPE_EXPANDER_ROW, "New Provider"));

  close_window (window);
}

/* A parent with the action the main window has, which records what it was asked. */

static void
test_move_target_group (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(BbTargetGroup) first = NULL;
  g_autoptr(BbTargetGroup) second = NULL;
  BbCatalogueListsWindow *window;
  AdwExpanderRow *row;

  window = open_window (fixture->context);
  show_page (window, "Target Groups");
  row = find_widget (window, ADW_TYPE_EXPANDER_ROW, "Young people 15–25 with mental vulnerability");
  g_assert_false (gtk_widget_get_sensitive (find_widget (row, GTK_TYPE_BUTTON, "Move Up")));
  row = find_widget (window, ADW_TYPE_EXPANDER_ROW, "Homeless citizens");
  g_assert_false (gtk_widget_get_sensitive (find_widget (row, GTK_TYPE_BUTTON, "Move Down")));

  row = find_widget (window, ADW_TYPE_EXPANDER_ROW, "Anxiety and depression");
  press (find_row_button (row, "Move Up"));

  groups = bb_list_repository_list_target_groups (fixture->lists, &error);
  g_assert_no_error (error);
  first = g_list_model_get_item (groups, 0);
  second = g_list_model_get_item (groups, 1);
  g_assert_cmpstr (bb_target_group_get_name (first), ==, "Anxiety and depression");
  g_assert_cmpstr (bb_target_group_get_name (second), ==, "Young people 15–25 with mental vulnerability");
  g_assert_false (gtk_widget_get_sensitive (find_widget (row, GTK_TYPE_BUTTON, "Move Up")));
  g_assert_true (gtk_widget_get_sensitive (find_widget (row, GTK_TYPE_BUTTON, "Move Down")));

  close_window (window);
}

static void
test_duplicate_step (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(BbStep) step = find_item (fixture->lists, bb_list_repository_list_steps, "Early and light");
  g_autoptr(BbStep) copy = NULL;
  g_autoptr(GError) error = NULL;
  BbCatalogueListsWindow *window;
  AdwExpanderRow *expander;

  bb_step_set_description (step, "Short courses close to everyday life.");
  bb_list_repository_save_step (fixture->lists, step, &error);
  g_assert_no_error (error);

  window = open_window (fixture->context);
  show_page (window, "Steps");
  expander = find_widget (window, ADW_TYPE_EXPANDER_ROW, "1 – Early and light");
  g_assert_nonnull (expander);
  adw_expander_row_set_expanded (expander, TRUE);
  bb_test_iterate ();

  press (find_widget (expander, GTK_TYPE_BUTTON, "Duplicate"));

  copy = find_item (fixture->lists, bb_list_repository_list_steps, "Early and light (copy)");
  g_assert_nonnull (copy);
  g_assert_cmpint (bb_step_get_level (copy), ==, 1);
  g_assert_cmpstr (bb_step_get_description (copy), ==, "Short courses close to everyday life.");
  g_assert_cmpstr (bb_step_get_uuid (copy), !=, bb_step_get_uuid (step));
  g_assert_cmpuint (count_items (fixture->lists, bb_list_repository_list_steps), ==, 5);

  /* The copy opens, ready to be changed. */
  expander = find_widget (window, ADW_TYPE_EXPANDER_ROW, "1 – Early and light (copy)");
  g_assert_nonnull (expander);
  g_assert_true (adw_expander_row_get_expanded (expander));

  close_window (window);
}

/* Another window's write shows here, and edits in progress survive it. */
static void
test_follows_store (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(BbStep) other = bb_step_new (4, "Follow-up");
  g_autoptr(GError) error = NULL;
  BbCatalogueListsWindow *window;
  AdwExpanderRow *expander;
  AdwEntryRow *description_row;

  window = open_window (fixture->context);
  g_assert_false (group_says (window, "No steps yet. Steps order offers by intensity, from universal and preventive (level 0) to specialised treatment."));
  expander = find_widget (window, ADW_TYPE_EXPANDER_ROW, "0 – Universal and preventive");
  description_row = find_widget (expander, ADW_TYPE_ENTRY_ROW, "Description");
  gtk_editable_set_text (GTK_EDITABLE (description_row), "For everyone");

  bb_list_repository_save_step (fixture->lists, other, &error);
  g_assert_no_error (error);
  bb_test_iterate ();
  g_assert_nonnull (find_widget (window, ADW_TYPE_EXPANDER_ROW, "4 – Follow-up"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (description_row)), ==, "For everyone");

  bb_list_repository_delete_step (fixture->lists, bb_step_get_id (other), &error);
  g_assert_no_error (error);
  bb_test_iterate ();
  g_assert_null (find_widget (window, ADW_TYPE_EXPANDER_ROW, "4 – Follow-up"));

  close_window (window);
}

static AdwMessageDialog *
find_dialog (GtkWindow *parent)
{
  return (AdwMessageDialog *) bb_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, parent);
}

/* Closing with unsaved edits asks first; a window without any just closes. */
static void
test_close_with_changes (Fixture       *fixture,
                         gconstpointer  data)
{
  BbCatalogueListsWindow *window = open_window (fixture->context);
  AdwExpanderRow *expander;
  AdwMessageDialog *dialog;

  expander = find_widget (window, ADW_TYPE_EXPANDER_ROW, "1 – Early and light");
  gtk_editable_set_text (find_widget (expander, ADW_TYPE_ENTRY_ROW, "Description"), "Short courses");

  gtk_window_close (GTK_WINDOW (window));
  bb_test_iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Discard Unsaved Changes?");

  g_signal_emit_by_name (find_widget (dialog, GTK_TYPE_BUTTON, "_Cancel"), "clicked");
  bb_test_iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_null (find_dialog (GTK_WINDOW (window)));
  g_assert_cmpstr (gtk_editable_get_text (find_widget (expander, ADW_TYPE_ENTRY_ROW, "Description")), ==, "Short courses");

  gtk_window_close (GTK_WINDOW (window));
  bb_test_iterate ();
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_signal_emit_by_name (find_widget (dialog, GTK_TYPE_BUTTON, "_Discard"), "clicked");
  bb_test_iterate ();
  g_assert_null (find_dialog (GTK_WINDOW (window)));
  g_assert_finalize_object (window);
  g_assert_null (find_item (fixture->lists, bb_list_repository_list_steps, "Short courses"));
}

static void
test_close_without_changes (Fixture       *fixture,
                            gconstpointer  data)
{
  BbCatalogueListsWindow *window = open_window (fixture->context);

  /* An empty new row is nothing to lose. */
  gtk_widget_activate_action (GTK_WIDGET (window), "lists.add-step", NULL);
  gtk_window_close (GTK_WINDOW (window));
  bb_test_iterate ();
  g_assert_null (find_dialog (GTK_WINDOW (window)));
  g_assert_finalize_object (window);
}

/* Providers, target groups and steps are edited the same way: a row folded under the
 * item, opening on its fields and the same three buttons; each name field is named for
 * screen readers by what it holds. */

int
main (int   argc,
      char *argv[])
{
  lists_test_init (&argc, &argv);

  g_test_add ("/catalogue-lists/add-target-group", Fixture, NULL,
              fixture_set_up, test_add_target_group, fixture_tear_down);
  g_test_add ("/catalogue-lists/edit-provider", Fixture, NULL,
              fixture_set_up, test_edit_provider, fixture_tear_down);
  g_test_add ("/catalogue-lists/add-provider-duplicate-name", Fixture, NULL,
              fixture_set_up, test_add_provider_duplicate_name, fixture_tear_down);
  g_test_add ("/catalogue-lists/move-target-group", Fixture, NULL,
              fixture_set_up, test_move_target_group, fixture_tear_down);
  g_test_add ("/catalogue-lists/duplicate-step", Fixture, NULL,
              fixture_set_up, test_duplicate_step, fixture_tear_down);
  g_test_add ("/catalogue-lists/follows-store", Fixture, NULL,
              fixture_set_up, test_follows_store, fixture_tear_down);
  g_test_add ("/catalogue-lists/close-with-changes", Fixture, NULL,
              fixture_set_up, test_close_with_changes, fixture_tear_down);
  g_test_add ("/catalogue-lists/close-without-changes", Fixture, NULL,
              fixture_set_up, test_close_without_changes, fixture_tear_down);

  return g_test_run ();
}
