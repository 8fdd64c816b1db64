/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-test-widgets.h"

/* The first descendant of @root of @type, depth first in the order the widgets are
 * stacked; with @mapped, the first one on screen. */
gpointer
bb_test_find (GtkWidget *root,
              GType      type,
              gboolean   mapped)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && (!mapped || gtk_widget_get_mapped (child)))
        return child;
      if ((found = bb_test_find (child, type, mapped)) != NULL)
        return found;
    }

  return NULL;
}

static void
collect_drawn (GtkWidget *widget,
               GType      type,
               GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && gtk_widget_is_drawable (child))
        g_ptr_array_add (found, child);
      collect_drawn (child, type, found);
    }
}

/* The descendants of @root of @type that are on screen, depth first in the order the
 * widgets are stacked. Free the array; the widgets are borrowed. */
GPtrArray *
bb_test_collect_drawn (GtkWidget *root,
                       GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_drawn (root, type, found);
  return found;
}

/* The text of the first label on screen below @root with @css_class ("title-1"), or
 * NULL when there is none. */
const char *
bb_test_find_styled_text (GtkWidget  *root,
                          const char *css_class)
{
  g_autoptr(GPtrArray) labels = bb_test_collect_drawn (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), css_class))
      return gtk_label_get_text (g_ptr_array_index (labels, i));

  return NULL;
}

/* Runs the main loop until nothing is pending. */
void
bb_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Runs the main loop until @condition holds or @seconds have passed, whichever is
 * first, and says whether it holds. Work in threads needs this rather than
 * bb_test_iterate(): the loop can be idle while a worker is still busy. */
gboolean
bb_test_wait_for (gboolean (*condition) (gpointer data),
                  gpointer   data,
                  guint      seconds)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) seconds * G_USEC_PER_SEC;

  while (!condition (data) && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }

  return condition (data);
}

/* The first toplevel window of @type; with @transient_for, the first one on top of
 * that window. The list of toplevels holds it, not the caller. */
GtkWindow *
bb_test_find_toplevel (GType      type,
                       GtkWindow *transient_for)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type)
          && (transient_for == NULL || gtk_window_get_transient_for (window) == transient_for))
        return window;
    }

  return NULL;
}
