/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-adviser-dialog.h"

struct _BbAdviserDialog
{
  AdwWindow     parent_instance;

  BbContext    *context;
  BbAdviser    *adviser;

  AdwEntryRow  *name_row;
  AdwComboRow  *profession_row;
  GtkSwitch    *active_switch;
  GtkLabel     *error_label;
};

G_DEFINE_FINAL_TYPE (BbAdviserDialog, bb_adviser_dialog, ADW_TYPE_WINDOW)

static void
on_save (BbAdviserDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  if (*name == '\0')
    {
      gtk_label_set_text (self->error_label, _("Write the adviser’s name."));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      return;
    }

  bb_adviser_set_name (self->adviser, name);
  bb_adviser_set_profession (self->adviser, (BbProfession) adw_combo_row_get_selected (self->profession_row));
  bb_adviser_set_active (self->adviser, gtk_switch_get_active (self->active_switch));
  if (!bb_adviser_repository_save (bb_context_get_advisers (self->context), self->adviser, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
}

static void
bb_adviser_dialog_dispose (GObject *object)
{
  BbAdviserDialog *self = BB_ADVISER_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_ADVISER_DIALOG);
  g_clear_object (&self->context);
  g_clear_object (&self->adviser);

  G_OBJECT_CLASS (bb_adviser_dialog_parent_class)->dispose (object);
}

static void
bb_adviser_dialog_class_init (BbAdviserDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_adviser_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-adviser-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BbAdviserDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, BbAdviserDialog, profession_row);
  gtk_widget_class_bind_template_child (widget_class, BbAdviserDialog, active_switch);
  gtk_widget_class_bind_template_child (widget_class, BbAdviserDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_save);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bb_adviser_dialog_init (BbAdviserDialog *self)
{
  g_autoptr(GtkStringList) professions = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < BB_PROFESSION_COUNT; i++)
    gtk_string_list_append (professions, bb_profession_get_label (i));
  adw_combo_row_set_model (self->profession_row, G_LIST_MODEL (professions));
}

BbAdviserDialog *
bb_adviser_dialog_new (BbContext *context,
                       BbAdviser *adviser)
{
  BbAdviserDialog *self;

  g_return_val_if_fail (BB_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (adviser == NULL || BB_IS_ADVISER (adviser), NULL);

  self = g_object_new (BB_TYPE_ADVISER_DIALOG, NULL);
  self->context = g_object_ref (context);
  if (adviser != NULL)
    {
      self->adviser = g_object_ref (adviser);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Adviser"));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), bb_adviser_get_name (adviser));
    }
  else
    {
      self->adviser = bb_adviser_new ("");
      bb_adviser_set_active (self->adviser, TRUE);
    }
  adw_combo_row_set_selected (self->profession_row, bb_adviser_get_profession (self->adviser));
  gtk_switch_set_active (self->active_switch, bb_adviser_get_active (self->adviser));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return self;
}
