/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-adviser-dialog.h"
#include "bb-adviser-row.h"
#include "bb-advisers-window.h"

struct _BbAdvisersWindow
{
  AdwWindow        parent_instance;

  BbContext       *context;
  GListModel      *advisers;

  AdwToastOverlay *toast_overlay;
  GtkListBox      *advisers_list;
  GtkStack        *stack;
};

G_DEFINE_FINAL_TYPE (BbAdvisersWindow, bb_advisers_window, ADW_TYPE_WINDOW)

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  return bb_adviser_row_new (BB_ADVISER (item));
}

static void
show_message (BbAdvisersWindow *self,
              const char       *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
reload (BbAdvisersWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->advisers);
  self->advisers = bb_adviser_repository_list (bb_context_get_advisers (self->context), TRUE, &error);
  if (self->advisers == NULL)
    {
      show_message (self, error->message);
      self->advisers = G_LIST_MODEL (g_list_store_new (BB_TYPE_ADVISER));
    }
  gtk_list_box_bind_model (self->advisers_list, self->advisers, create_row, NULL, NULL);
  gtk_stack_set_visible_child_name (self->stack, g_list_model_get_n_items (self->advisers) > 0 ? "list" : "empty");
}

static BbAdviser *
find_adviser (BbAdvisersWindow *self,
              gint64            id)
{
  for (guint i = 0; i < g_list_model_get_n_items (self->advisers); i++)
    {
      g_autoptr(BbAdviser) adviser = g_list_model_get_item (self->advisers, i);

      if (bb_adviser_get_id (adviser) == id)
        return g_steal_pointer (&adviser);
    }

  return NULL;
}

static void
open_dialog (BbAdvisersWindow *self,
             BbAdviser        *adviser)
{
  BbAdviserDialog *dialog = bb_adviser_dialog_new (self->context, adviser);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_adviser (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  open_dialog (BB_ADVISERS_WINDOW (widget), NULL);
}

static void
edit_adviser (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BbAdvisersWindow *self = BB_ADVISERS_WINDOW (widget);
  g_autoptr(BbAdviser) adviser = find_adviser (self, g_variant_get_int64 (parameter));

  if (adviser != NULL)
    open_dialog (self, adviser);
}

static void
set_active (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  BbAdvisersWindow *self = BB_ADVISERS_WINDOW (widget);
  g_autoptr(BbAdviser) adviser = NULL;
  g_autoptr(GError) error = NULL;
  gboolean active;
  gint64 id;

  g_variant_get (parameter, "(xb)", &id, &active);
  adviser = find_adviser (self, id);
  if (adviser == NULL)
    return;

  bb_adviser_set_active (adviser, active);
  if (!bb_adviser_repository_save (bb_context_get_advisers (self->context), adviser, &error))
    show_message (self, error->message);
}

static void
delete_adviser (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BbAdvisersWindow *self = BB_ADVISERS_WINDOW (widget);
  g_autoptr(BbAdviser) adviser = find_adviser (self, g_variant_get_int64 (parameter));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (adviser == NULL)
    return;

  /* One who holds courses is refused with the reason (make them inactive instead). */
  if (!bb_adviser_repository_delete (bb_context_get_advisers (self->context), bb_adviser_get_id (adviser), &error))
    {
      show_message (self, error->message);
      return;
    }

  message = g_strdup_printf (_("“%s” is deleted"), bb_adviser_get_name (adviser));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
on_advisers_written (BbAdvisersWindow *self)
{
  reload (self);
}

static void
bb_advisers_window_dispose (GObject *object)
{
  BbAdvisersWindow *self = BB_ADVISERS_WINDOW (object);

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (bb_context_get_database (self->context), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_ADVISERS_WINDOW);
  g_clear_object (&self->advisers);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bb_advisers_window_parent_class)->dispose (object);
}

static void
bb_advisers_window_class_init (BbAdvisersWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_advisers_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-advisers-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BbAdvisersWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BbAdvisersWindow, advisers_list);
  gtk_widget_class_bind_template_child (widget_class, BbAdvisersWindow, stack);

  gtk_widget_class_install_action (widget_class, "advisers.add", NULL, add_adviser);
  gtk_widget_class_install_action (widget_class, "advisers.edit", "x", edit_adviser);
  gtk_widget_class_install_action (widget_class, "advisers.set-active", "(xb)", set_active);
  gtk_widget_class_install_action (widget_class, "advisers.delete", "x", delete_adviser);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "advisers.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bb_advisers_window_init (BbAdvisersWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BbAdvisersWindow *
bb_advisers_window_new (BbContext *context)
{
  BbAdvisersWindow *self;

  g_return_val_if_fail (BB_IS_CONTEXT (context), NULL);

  self = g_object_new (BB_TYPE_ADVISERS_WINDOW, NULL);
  self->context = g_object_ref (context);
  g_signal_connect_object (bb_context_get_database (context), "changed::" BB_DOMAIN_ADVISERS,
                           G_CALLBACK (on_advisers_written), self, G_CONNECT_SWAPPED);
  reload (self);

  return self;
}
