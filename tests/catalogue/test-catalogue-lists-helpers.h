/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What the lists window's tests share: a fresh catalogue, finding widgets by what they
 * say, pressing buttons a user could press. Each test program includes it once. */

#pragma once

#include <adwaita.h>

#include "bb-catalogue-lists-window.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"

typedef struct
{
  char             *folder;
  BbContext        *context;
  BbListRepository *lists;
} Fixture;

G_GNUC_UNUSED static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->context = bb_test_context_new (&fixture->folder);
  fixture->lists = bb_context_get_lists (fixture->context);
}

G_GNUC_UNUSED static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->context);
  bb_test_remove_folder (fixture->folder);
  g_free (fixture->folder);
}

/* What a widget says to the user: a page's or row's title, a button's or label's text,
 * an entry's text, a tooltip, or else the action it triggers. */
G_GNUC_UNUSED static gboolean
widget_says (GtkWidget  *widget,
             const char *text)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (text == NULL)
    return TRUE;
  if (ADW_IS_ENTRY_ROW (widget) && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), text) == 0)
    return TRUE;
  if (ADW_IS_PREFERENCES_ROW (widget))
    return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), text) == 0;
  if (ADW_IS_PREFERENCES_PAGE (widget))
    return g_strcmp0 (adw_preferences_page_get_title (ADW_PREFERENCES_PAGE (widget)), text) == 0;
  if (GTK_IS_LABEL (widget))
    return g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), text) == 0)
    return TRUE;
  if (tooltip != NULL && g_strcmp0 (tooltip, text) == 0)
    return TRUE;
  if (GTK_IS_ACTIONABLE (widget))
    return g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), text) == 0;

  return FALSE;
}

/* The first descendant of @type that says @text. */
G_GNUC_UNUSED static gpointer
find_widget (gpointer    root,
             GType       type,
             const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (root));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && widget_says (child, text))
        return child;
      if ((found = find_widget (child, type, text)) != NULL)
        return found;
    }

  return NULL;
}

/* Whether some preferences group under @root shows @description. */
G_GNUC_UNUSED static gboolean
group_says (gpointer    root,
            const char *description)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (root));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_PREFERENCES_GROUP (child) &&
          g_strcmp0 (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (child)), description) == 0)
        return TRUE;
      if (group_says (child, description))
        return TRUE;
    }

  return FALSE;
}

/* Shows the page titled @title, as its button in the view switcher would. */
G_GNUC_UNUSED static void
show_page (gpointer    window,
           const char *title)
{
  AdwPreferencesPage *page = find_widget (window, ADW_TYPE_PREFERENCES_PAGE, title);

  g_assert_nonnull (page);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (window), page);
  bb_test_iterate ();
}

G_GNUC_UNUSED static BbCatalogueListsWindow *
open_window (BbContext *context)
{
  BbCatalogueListsWindow *window = bb_catalogue_lists_window_new (context);

  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  bb_test_iterate ();

  return window;
}

G_GNUC_UNUSED static void
close_window (BbCatalogueListsWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  bb_test_iterate ();
  g_assert_finalize_object (window);
}

typedef GListModel *(*ListFunc) (BbListRepository *, GError **);

G_GNUC_UNUSED static gpointer
find_item (BbListRepository *lists,
           ListFunc          list,
           const char       *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = list (lists, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      g_autofree char *item_name = NULL;

      g_object_get (item, "name", &item_name, NULL);
      if (g_strcmp0 (item_name, name) == 0)
        return g_steal_pointer (&item);
    }

  return NULL;
}

G_GNUC_UNUSED static guint
count_items (BbListRepository *lists,
             ListFunc          list)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = list (lists, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (items);
}

/* New databases come with the default target groups and steps; some tests need none. */
G_GNUC_UNUSED static void
delete_target_groups (BbListRepository *lists)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) groups = bb_list_repository_list_target_groups (lists, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(BbTargetGroup) group = g_list_model_get_item (groups, i);

      bb_list_repository_delete_target_group (lists, bb_target_group_get_id (group), &error);
      g_assert_no_error (error);
    }
}

/* A press on the real button, one the user could press: on screen, not greyed out. */
G_GNUC_UNUSED static void
press (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_true (gtk_widget_get_mapped (button));
  g_signal_emit_by_name (button, "clicked");
  bb_test_iterate ();
}


G_GNUC_UNUSED static gpointer
find_row_button (AdwExpanderRow *row,
                 const char     *label)
{
  adw_expander_row_set_expanded (row, TRUE);
  bb_test_iterate ();
  return find_widget (row, GTK_TYPE_BUTTON, label);
}

G_GNUC_UNUSED static void
save_offer (Fixture       *fixture,
            const char    *title,
            BbTargetGroup *group,
            BbStep        *step)
{
  g_autoptr(BbOffer) offer = bb_offer_new ();
  g_autoptr(BbProvider) provider = bb_provider_new ("Headspace");
  g_autoptr(GError) error = NULL;

  bb_offer_set_title (offer, title);
  bb_offer_set_provider (offer, provider);
  if (group != NULL)
    g_list_store_append (bb_offer_get_target_groups (offer), group);
  if (step != NULL)
    g_list_store_append (bb_offer_get_steps (offer), step);
  bb_offer_repository_save (bb_context_get_offers (fixture->context), offer, &error);
  g_assert_no_error (error);
}


/* The test environment of the lists window's programs. */
G_GNUC_UNUSED static void
lists_test_init (int    *argc,
                 char ***argv)
{
  /* What screen readers are told is kept where the tests can read it. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  /* Rows open at once: no waiting for animations. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}
