/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-adviser-row.h"

struct _BbAdviserRow
{
  AdwActionRow  parent_instance;

  BbAdviser    *adviser;

  GtkSwitch    *active_switch;
  GtkWidget    *edit_button;
  GtkWidget    *delete_button;
};

G_DEFINE_FINAL_TYPE (BbAdviserRow, bb_adviser_row, ADW_TYPE_ACTION_ROW)

static void
on_active_changed (BbAdviserRow *self)
{
  gboolean active = gtk_switch_get_active (self->active_switch);

  if (active != bb_adviser_get_active (self->adviser))
    gtk_widget_activate_action (GTK_WIDGET (self), "advisers.set-active", "(xb)",
                                bb_adviser_get_id (self->adviser), active);
}

static void
bb_adviser_row_dispose (GObject *object)
{
  BbAdviserRow *self = BB_ADVISER_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_ADVISER_ROW);
  g_clear_object (&self->adviser);

  G_OBJECT_CLASS (bb_adviser_row_parent_class)->dispose (object);
}

static void
bb_adviser_row_class_init (BbAdviserRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_adviser_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-adviser-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BbAdviserRow, active_switch);
  gtk_widget_class_bind_template_child (widget_class, BbAdviserRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, BbAdviserRow, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_active_changed);
}

static void
bb_adviser_row_init (BbAdviserRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
bb_adviser_row_new (BbAdviser *adviser)
{
  BbAdviserRow *self;
  const char *name;
  g_autofree char *subtitle = NULL;
  g_autofree char *active_label = NULL;
  g_autofree char *edit_label = NULL;
  g_autofree char *delete_label = NULL;
  gint64 id;

  g_return_val_if_fail (BB_IS_ADVISER (adviser), NULL);

  self = g_object_new (BB_TYPE_ADVISER_ROW, NULL);
  self->adviser = g_object_ref (adviser);
  name = bb_adviser_get_name (adviser);
  id = bb_adviser_get_id (adviser);

  subtitle = bb_adviser_get_active (adviser)
             ? g_strdup (bb_profession_get_label (bb_adviser_get_profession (adviser)))
             /* Translators: "Psychologist · inactive", of an adviser who has left */
             : g_strdup_printf (_("%s · inactive"), bb_profession_get_label (bb_adviser_get_profession (adviser)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);

  /* Set before the handler can see a change. */
  g_signal_handlers_block_by_func (self->active_switch, on_active_changed, self);
  gtk_switch_set_active (self->active_switch, bb_adviser_get_active (adviser));
  g_signal_handlers_unblock_by_func (self->active_switch, on_active_changed, self);

  /* The name in each, as a screen reader hears one control after another. */
  active_label = g_strdup_printf (_("%s is active"), name);
  edit_label = g_strdup_printf (_("Edit %s"), name);
  delete_label = g_strdup_printf (_("Delete %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->active_switch), GTK_ACCESSIBLE_PROPERTY_LABEL, active_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->edit_button), GTK_ACCESSIBLE_PROPERTY_LABEL, edit_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->edit_button), "x", id);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "x", id);

  return GTK_WIDGET (self);
}
