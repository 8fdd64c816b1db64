/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The lists window's rows: one way to edit every kind, named for screen readers, by
 * keyboard, at 360 px, and what a refused delete says and leads to. */

#include "config.h"

#include "test-catalogue-lists-helpers.h"

#define BB_TYPE_TEST_PARENT (bb_test_parent_get_type ())
G_DECLARE_FINAL_TYPE (BbTestParent, bb_test_parent, BB, TEST_PARENT, GtkWindow)

struct _BbTestParent
{
  GtkWindow  parent_instance;

  GVariant  *shown;
};

G_DEFINE_FINAL_TYPE (BbTestParent, bb_test_parent, GTK_TYPE_WINDOW)

static void
bb_test_parent_show_offers_of (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  BbTestParent *self = BB_TEST_PARENT (widget);

  g_clear_pointer (&self->shown, g_variant_unref);
  self->shown = g_variant_ref (parameter);
}

static void
bb_test_parent_finalize (GObject *object)
{
  g_clear_pointer (&BB_TEST_PARENT (object)->shown, g_variant_unref);

  G_OBJECT_CLASS (bb_test_parent_parent_class)->finalize (object);
}

static void
bb_test_parent_class_init (BbTestParentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bb_test_parent_finalize;
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "win.show-offers-of", "(sx)",
                                   bb_test_parent_show_offers_of);
}

static void
bb_test_parent_init (BbTestParent *self)
{
}

static void
test_delete_target_group (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(BbTargetGroup) used = find_item (fixture->lists, bb_list_repository_list_target_groups, "ADHD");
  g_autoptr(BbTargetGroup) unused = find_item (fixture->lists, bb_list_repository_list_target_groups, "Anxiety and depression");
  g_autoptr(BbTargetGroup) restored = NULL;
  BbCatalogueListsWindow *window;
  BbTestParent *parent;
  AdwExpanderRow *row;
  GtkWidget *undo_button;
  GtkWidget *show_button;
  gint64 id;
  const char *kind;

  save_offer (fixture, "Open counselling", used, NULL);
  save_offer (fixture, "Mentor scheme", used, NULL);

  parent = g_object_ref_sink (g_object_new (BB_TYPE_TEST_PARENT, NULL));
  gtk_window_present (GTK_WINDOW (parent));
  window = bb_catalogue_lists_window_new (fixture->context);
  g_object_ref_sink (window);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (parent));
  gtk_window_present (GTK_WINDOW (window));
  show_page (window, "Target Groups");

  /* An unused group goes, and its toast brings it back where it was. */
  row = find_widget (window, ADW_TYPE_EXPANDER_ROW, "Anxiety and depression");
  g_assert_nonnull (row);
  press (find_row_button (row, "Delete"));
  g_assert_null (find_item (fixture->lists, bb_list_repository_list_target_groups, "Anxiety and depression"));
  g_assert_null (find_widget (window, ADW_TYPE_EXPANDER_ROW, "Anxiety and depression"));
  g_assert_nonnull (find_widget (window, GTK_TYPE_LABEL, "“Anxiety and depression” deleted"));

  undo_button = find_widget (window, GTK_TYPE_BUTTON, "_Undo");
  g_assert_nonnull (undo_button);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (undo_button)), ==, "lists.undo-delete");
  press (undo_button);
  restored = find_item (fixture->lists, bb_list_repository_list_target_groups, "Anxiety and depression");
  g_assert_nonnull (restored);
  g_assert_cmpstr (bb_target_group_get_uuid (restored), ==, bb_target_group_get_uuid (unused));
  g_assert_cmpint (bb_target_group_get_position (restored), ==, bb_target_group_get_position (unused));
  row = find_widget (window, ADW_TYPE_EXPANDER_ROW, "Anxiety and depression");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_sensitive (find_widget (row, GTK_TYPE_BUTTON, "Move Down")));

  /* A group offers use stays; the row says which offers, and leads to them. */
  row = find_widget (window, ADW_TYPE_EXPANDER_ROW, "ADHD");
  g_assert_nonnull (row);
  press (find_row_button (row, "Delete"));
  g_assert_nonnull (find_widget (row, GTK_TYPE_LABEL,
                                 "The target group is used by 2 offers: “Mentor scheme”, “Open counselling”. "
                                 "Change those offers first."));
  g_clear_object (&restored);
  restored = find_item (fixture->lists, bb_list_repository_list_target_groups, "ADHD");
  g_assert_nonnull (restored);
  g_assert_true (find_widget (window, ADW_TYPE_EXPANDER_ROW, "ADHD") == row);

  show_button = find_widget (row, GTK_TYPE_BUTTON, "Show These Offers");
  press (show_button);
  g_assert_nonnull (parent->shown);
  g_variant_get (parent->shown, "(&sx)", &kind, &id);
  g_assert_cmpstr (kind, ==, "target-group");
  g_assert_cmpint (id, ==, bb_target_group_get_id (used));
  /* The lists window gave way to the offers. */
  g_assert_finalize_object (window);

  gtk_window_destroy (GTK_WINDOW (parent));
  g_assert_finalize_object (parent);
}

/* Without a window to show offers in, the titles alone say which; the message goes
 * with the next edit. */
static void
test_delete_used_provider (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(BbStep) step = find_item (fixture->lists, bb_list_repository_list_steps, "Early and light");
  BbCatalogueListsWindow *window;
  AdwExpanderRow *row;
  const char *message = "The provider is used by 1 offer: “Open counselling”. Change that offer first.";

  save_offer (fixture, "Open counselling", NULL, step);
  window = open_window (fixture->context);

  row = find_widget (window, ADW_TYPE_EXPANDER_ROW, "Headspace");
  press (find_row_button (row, "Delete"));
  g_assert_true (gtk_widget_get_mapped (find_widget (row, GTK_TYPE_LABEL, message)));
  g_assert_false (gtk_widget_get_mapped (find_widget (row, GTK_TYPE_BUTTON, "Show These Offers")));
  gtk_editable_set_text (find_widget (row, ADW_TYPE_ENTRY_ROW, "Department"), "Ungeindsatsen");
  g_assert_false (gtk_widget_get_mapped (find_widget (row, GTK_TYPE_LABEL, message)));

  show_page (window, "Steps");
  row = find_widget (window, ADW_TYPE_EXPANDER_ROW, "1 – Early and light");
  press (find_row_button (row, "Delete"));
  g_assert_true (gtk_widget_get_mapped (find_widget (row, GTK_TYPE_LABEL,
                                                     "The step is used by 1 offer: “Open counselling”. "
                                                     "Change that offer first.")));

  gtk_editable_set_text (find_widget (window, ADW_TYPE_ENTRY_ROW, "Department"), "");
  close_window (window);
}

static void
test_one_pattern (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(BbProvider) provider = bb_provider_new ("Headspace");
  g_autoptr(GError) error = NULL;
  const struct {
    const char *page;
    const char *row;
    const char *name_label;
  } kinds[] = {
    /* Named after the item they hold, so a screen reader tells the rows apart. */
    { "Providers", "Headspace", "Name of the provider Headspace" },
    { "Target Groups", "ADHD", "Name of the target group ADHD" },
    { "Steps", "1 – Early and light", "Name of the step 1 – Early and light" },
  };
  BbCatalogueListsWindow *window;

  bb_list_repository_save_provider (fixture->lists, provider, &error);
  g_assert_no_error (error);
  window = open_window (fixture->context);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      AdwExpanderRow *row;
      AdwEntryRow *name_row;

      show_page (window, kinds[i].page);
      row = find_widget (window, ADW_TYPE_EXPANDER_ROW, kinds[i].row);
      g_assert_nonnull (row);
      g_assert_false (adw_expander_row_get_expanded (row));
      g_assert_nonnull (find_row_button (row, "Delete"));
      g_assert_true (gtk_widget_get_mapped (find_widget (row, GTK_TYPE_BUTTON, "Duplicate")));
      g_assert_true (gtk_widget_get_mapped (find_widget (row, GTK_TYPE_BUTTON, "Save")));

      name_row = find_widget (row, ADW_TYPE_ENTRY_ROW, "Name");
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (name_row)));
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (name_row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           kinds[i].name_label);
      g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (name_row),
                                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY));
    }

  {
    AdwExpanderRow *step_row;

    show_page (window, "Steps");
    step_row = find_widget (window, ADW_TYPE_EXPANDER_ROW, "1 – Early and light");
    gtk_test_accessible_assert_property (find_widget (step_row, ADW_TYPE_ENTRY_ROW, "Description"),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         "Description of the step 1 – Early and light");
  }
  {
    AdwExpanderRow *provider_row;

    show_page (window, "Providers");
    provider_row = find_widget (window, ADW_TYPE_EXPANDER_ROW, "Headspace");
    gtk_test_accessible_assert_property (find_widget (provider_row, ADW_TYPE_ENTRY_ROW, "Department"),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         "Department of the provider Headspace");
    gtk_test_accessible_assert_property (find_widget (provider_row, ADW_TYPE_COMBO_ROW, "Sector"),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         "Sector of the provider Headspace");
  }
  close_window (window);
}

/* A message under a field does not end Tab's way through the row (real key presses). */
static GtkWidget *
find_button_content (GtkWidget  *root,
                     const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_BUTTON_CONTENT (child) &&
          g_strcmp0 (adw_button_content_get_label (ADW_BUTTON_CONTENT (child)), label) == 0)
        return child;
      if ((found = find_button_content (child, label)) != NULL)
        return found;
    }

  return NULL;
}

static void
test_tab_past_message (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(BbProvider) provider = bb_provider_new ("Headspace");
  g_autoptr(GError) error = NULL;
  BbCatalogueListsWindow *window;
  AdwExpanderRow *row;
  GtkWidget *email_row;
  GtkWidget *focus;
  const char *labels[] = { "Legal status", "Tax ID", "Add Phone", "Delete", "Duplicate" };

  bb_list_repository_save_provider (fixture->lists, provider, &error);
  g_assert_no_error (error);
  window = open_window (fixture->context);
  row = find_widget (window, ADW_TYPE_EXPANDER_ROW, "Headspace");
  adw_expander_row_set_expanded (row, TRUE);
  bb_test_iterate ();
  email_row = find_widget (row, ADW_TYPE_ENTRY_ROW, "E-mail");
  gtk_editable_set_text (GTK_EDITABLE (email_row), "headspace@");
  bb_test_iterate ();
  g_assert_true (gtk_widget_get_mapped (find_widget (row, GTK_TYPE_LABEL,
                                                     "Enter an e-mail address such as name@example.dk.")));
  gtk_widget_grab_focus (email_row);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      GtkWidget *expected = find_widget (row, G_TYPE_OBJECT, labels[i]);

      /* The phones' Add button says so by its content. */
      if (g_str_equal (labels[i], "Add Phone"))
        expected = gtk_widget_get_ancestor (find_button_content (GTK_WIDGET (row), labels[i]), GTK_TYPE_BUTTON);

      if (!bb_test_send_keys (GTK_WIDGET (window), "Tab"))
        break;
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (expected);
      g_assert_true (focus == expected || gtk_widget_is_ancestor (focus, expected));
    }

  gtk_editable_set_text (GTK_EDITABLE (email_row), "");
  close_window (window);
}

/* Every page fits a 360 px wide window (a phone, half a small screen), with its rows
 * open and a refusal to delete shown. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(BbTargetGroup) group = find_item (fixture->lists, bb_list_repository_list_target_groups, "ADHD");
  const char *pages[][2] = {
    { "Providers", "Headspace" },
    { "Target Groups", "ADHD" },
    { "Steps", "3 – Regional and psychiatric treatment" },
  };
  BbCatalogueListsWindow *window;

  save_offer (fixture, "Et tilbud med en meget lang titel, der skal ombrydes i en smal rude", group, NULL);
  window = g_object_ref_sink (bb_catalogue_lists_window_new (fixture->context));
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  gtk_window_present (GTK_WINDOW (window));
  bb_test_iterate ();

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      AdwExpanderRow *row;
      int minimum;

      show_page (window, pages[i][0]);
      row = find_widget (window, ADW_TYPE_EXPANDER_ROW, pages[i][1]);
      g_assert_nonnull (row);
      press (find_row_button (row, "Delete"));
      /* Names are read whole: a long one wraps rather than being cut. */
      if (i == 1)
        {
          GtkLabel *name = find_widget (window, GTK_TYPE_LABEL, "Young people 15–25 with mental vulnerability");
          g_assert_nonnull (name);
          g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (name)));
          g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (name)));
          g_assert_cmpint (gtk_widget_get_width (adw_window_get_content (ADW_WINDOW (window))), <=, 360);
        }
      /* The content: the window adds its shadow around it. */
      gtk_widget_measure (adw_window_get_content (ADW_WINDOW (window)), GTK_ORIENTATION_HORIZONTAL, -1,
                          &minimum, NULL, NULL, NULL);
      g_assert_cmpint (minimum, <=, 360);
    }

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  lists_test_init (&argc, &argv);

  g_test_add ("/catalogue-lists/delete-target-group", Fixture, NULL,
              fixture_set_up, test_delete_target_group, fixture_tear_down);
  g_test_add ("/catalogue-lists/delete-used-provider", Fixture, NULL,
              fixture_set_up, test_delete_used_provider, fixture_tear_down);
  g_test_add ("/catalogue-lists/narrow", Fixture, NULL,
              fixture_set_up, test_narrow, fixture_tear_down);
  g_test_add ("/catalogue-lists/one-pattern", Fixture, NULL,
              fixture_set_up, test_one_pattern, fixture_tear_down);
  g_test_add ("/catalogue-lists/tab-past-message", Fixture, NULL,
              fixture_set_up, test_tab_past_message, fixture_tear_down);

  return g_test_run ();
}
