/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bb-page-section.h"
#include "bb-plan-form-dialog.h"

struct _BbPlanFormDialog
{
  AdwWindow           parent_instance;

  GtkBuilder         *builder;
  BbPlanFormSaveFunc  save_func;
  gpointer            save_data;
  GDestroyNotify      save_destroy;
  /* The field showing a message, unmarked at the next save. */
  GtkWidget          *marked;

  GtkLabel           *error_label;
  GtkBox             *content_box;
};

G_DEFINE_FINAL_TYPE (BbPlanFormDialog, bb_plan_form_dialog, ADW_TYPE_WINDOW)

static GtkWidget *
field_widget (BbPlanFormDialog *self,
              const char       *id)
{
  GObject *field = bb_plan_form_dialog_get_field (self, id);

  g_return_val_if_fail (GTK_IS_WIDGET (field), NULL);
  return GTK_WIDGET (field);
}

/* The field's name as its row shows it, without the mnemonic's underscore. */
static char *
dup_field_name (GtkWidget *field)
{
  GtkWidget *row = ADW_IS_PREFERENCES_ROW (field) ? field : gtk_widget_get_ancestor (field, ADW_TYPE_PREFERENCES_ROW);
  g_autoptr(GString) name = NULL;

  if (row == NULL)
    return g_strdup ("");
  name = g_string_new (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  g_string_replace (name, "_", "", 0);
  return g_string_free (g_steal_pointer (&name), FALSE);
}

static void
unmark (BbPlanFormDialog *self)
{
  if (self->marked != NULL)
    gtk_widget_remove_css_class (self->marked, "error");
  g_clear_weak_pointer (&self->marked);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
save (BbPlanFormDialog *self)
{
  g_autoptr(GError) error = NULL;

  unmark (self);
  if (self->save_func == NULL)
    return;
  if (!self->save_func (self, self->save_data, &error))
    {
      if (error != NULL)
        bb_plan_form_dialog_show_error (self, NULL, error->message);
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
}

static void
on_entry_activated (BbPlanFormDialog *self)
{
  save (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (BB_PLAN_FORM_DIALOG (widget));
}

static void
bb_plan_form_dialog_dispose (GObject *object)
{
  BbPlanFormDialog *self = BB_PLAN_FORM_DIALOG (object);

  if (self->save_destroy != NULL)
    g_clear_pointer (&self->save_data, self->save_destroy);
  self->save_func = NULL;
  g_clear_weak_pointer (&self->marked);
  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_PLAN_FORM_DIALOG);
  g_clear_object (&self->builder);

  G_OBJECT_CLASS (bb_plan_form_dialog_parent_class)->dispose (object);
}

static void
bb_plan_form_dialog_class_init (BbPlanFormDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_plan_form_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/plans/bb-plan-form-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPlanFormDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, BbPlanFormDialog, content_box);

  gtk_widget_class_install_action (widget_class, "form.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bb_plan_form_dialog_init (BbPlanFormDialog *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Enter in a text view makes a new line; Ctrl+Enter saves from anywhere — also from
   * a text view, which would take it for a new line, hence before it sees the key. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>Return|<Control>KP_Enter"),
                                                          gtk_named_action_new ("form.save")));
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

BbPlanFormDialog *
bb_plan_form_dialog_new (const char *title,
                         const char *form_resource)
{
  BbPlanFormDialog *self = g_object_new (BB_TYPE_PLAN_FORM_DIALOG, "title", title, NULL);
  g_autoptr(GSList) objects = NULL;

  self->builder = gtk_builder_new_from_resource (form_resource);
  gtk_box_append (self->content_box, GTK_WIDGET (gtk_builder_get_object (self->builder, "form")));

  objects = gtk_builder_get_objects (self->builder);
  for (GSList *l = objects; l != NULL; l = l->next)
    if (ADW_IS_ENTRY_ROW (l->data))
      g_signal_connect_object (l->data, "entry-activated", G_CALLBACK (on_entry_activated), self,
                               G_CONNECT_SWAPPED);

  return self;
}

void
bb_plan_form_dialog_set_save_func (BbPlanFormDialog   *self,
                                   BbPlanFormSaveFunc  func,
                                   gpointer            user_data,
                                   GDestroyNotify      destroy)
{
  g_return_if_fail (BB_IS_PLAN_FORM_DIALOG (self));

  if (self->save_destroy != NULL)
    g_clear_pointer (&self->save_data, self->save_destroy);
  self->save_func = func;
  self->save_data = user_data;
  self->save_destroy = destroy;
}

void
bb_plan_form_dialog_present (BbPlanFormDialog *self,
                             GtkWidget        *parent)
{
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

  g_return_if_fail (BB_IS_PLAN_FORM_DIALOG (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_child_focus (GTK_WIDGET (self->content_box), GTK_DIR_TAB_FORWARD);
}

GObject *
bb_plan_form_dialog_get_field (BbPlanFormDialog *self,
                               const char       *id)
{
  g_return_val_if_fail (BB_IS_PLAN_FORM_DIALOG (self), NULL);

  return gtk_builder_get_object (self->builder, id);
}

void
bb_plan_form_dialog_set_text (BbPlanFormDialog *self,
                              const char       *id,
                              const char       *text)
{
  GtkWidget *field = field_widget (self, id);

  if (GTK_IS_TEXT_VIEW (field))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)), text != NULL ? text : "", -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (field), text != NULL ? text : "");
}

char *
bb_plan_form_dialog_dup_text (BbPlanFormDialog *self,
                              const char       *id)
{
  GtkWidget *field = field_widget (self, id);

  if (GTK_IS_TEXT_VIEW (field))
    return bb_page_dup_buffer_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)));
  return bb_page_dup_text (GTK_EDITABLE (field));
}

void
bb_plan_form_dialog_set_choices (BbPlanFormDialog   *self,
                                 const char         *id,
                                 const char * const *labels,
                                 guint               selected)
{
  AdwComboRow *row = ADW_COMBO_ROW (field_widget (self, id));
  g_autoptr(GtkStringList) list = gtk_string_list_new ((const char * const *) labels);

  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  adw_combo_row_set_selected (row, selected);
}

guint
bb_plan_form_dialog_get_selected (BbPlanFormDialog *self,
                                  const char       *id)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (field_widget (self, id)));

  return selected == GTK_INVALID_LIST_POSITION ? 0 : selected;
}

void
bb_plan_form_dialog_show_error (BbPlanFormDialog *self,
                                const char       *id,
                                const char       *message)
{
  g_return_if_fail (BB_IS_PLAN_FORM_DIALOG (self));

  unmark (self);
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  if (id == NULL)
    return;

  g_set_weak_pointer (&self->marked, field_widget (self, id));
  gtk_widget_add_css_class (self->marked, "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->marked),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
  gtk_widget_grab_focus (self->marked);
}

gboolean
bb_plan_form_dialog_read_date (BbPlanFormDialog  *self,
                               const char        *id,
                               gboolean           required,
                               char             **iso_out)
{
  GtkWidget *field = field_widget (self, id);
  g_autofree char *name = dup_field_name (field);
  g_autoptr(GError) error = NULL;

  if (!bb_page_parse_date (GTK_EDITABLE (field), name, iso_out, &error))
    {
      bb_plan_form_dialog_show_error (self, id, error->message);
      return FALSE;
    }
  if (*iso_out == NULL && required)
    {
      g_autofree char *message = NULL;

      /* Translators: %s is the name of a date field, e.g. "Date". */
      message = g_strdup_printf (_("%s: write a date, such as 17-08-2024."), name);
      bb_plan_form_dialog_show_error (self, id, message);
      return FALSE;
    }
  return TRUE;
}

/* "12,5" or "12.5" (and a trailing "%" when @percent); FALSE for anything else. */
static gboolean
parse_number (const char *text,
              gboolean    percent,
              double     *value_out)
{
  g_autoptr(GString) copy = g_string_new (text);
  char *end = NULL;
  double value;

  g_string_replace (copy, ",", ".", 0);
  g_strstrip (copy->str);
  if (percent && copy->str[0] != '\0' && copy->str[strlen (copy->str) - 1] == '%')
    {
      copy->str[strlen (copy->str) - 1] = '\0';
      g_strchomp (copy->str);
    }
  value = g_ascii_strtod (copy->str, &end);
  if (end == copy->str || *end != '\0' || !isfinite (value))
    return FALSE;

  *value_out = value;
  return TRUE;
}

/* NAN for blank; FALSE for text that is no number (or, for a percentage, outside 0 to
 * 100). */
static gboolean
read_number (BbPlanFormDialog *self,
             const char       *id,
             gboolean          percent,
             double           *value_out)
{
  g_autofree char *text = bb_plan_form_dialog_dup_text (self, id);

  *value_out = NAN;
  if (text == NULL)
    return TRUE;
  return parse_number (text, percent, value_out)
         && (!percent || (*value_out >= 0 && *value_out <= 100));
}

gboolean
bb_plan_form_dialog_read_number (BbPlanFormDialog *self,
                                 const char       *id,
                                 double           *value_out)
{
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (read_number (self, id, FALSE, value_out))
    return TRUE;

  name = dup_field_name (field_widget (self, id));
  /* Translators: %s is the name of a field, e.g. "Value". */
  message = g_strdup_printf (_("%s: write a number, such as 12 or 12,5."), name);
  bb_plan_form_dialog_show_error (self, id, message);
  return FALSE;
}

gboolean
bb_plan_form_dialog_read_share (BbPlanFormDialog *self,
                                const char       *id,
                                double           *share_out)
{
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (read_number (self, id, TRUE, share_out))
    {
      if (!isnan (*share_out))
        *share_out /= 100.0;
      return TRUE;
    }

  name = dup_field_name (field_widget (self, id));
  /* Translators: %s is the name of a field, e.g. "Share rating 4 or 5". */
  message = g_strdup_printf (_("%s: write a percentage from 0 to 100, such as 85."), name);
  bb_plan_form_dialog_show_error (self, id, message);
  return FALSE;
}

gboolean
bb_plan_form_dialog_read_count (BbPlanFormDialog *self,
                                const char       *id,
                                int              *value_out)
{
  g_autofree char *text = bb_plan_form_dialog_dup_text (self, id);
  gint64 value;

  *value_out = -1;
  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_signed (text, 10, 0, G_MAXINT, &value, NULL))
    {
      g_autofree char *name = dup_field_name (field_widget (self, id));
      /* Translators: %s is the name of a field, e.g. "Number of participants". */
      g_autofree char *message = g_strdup_printf (_("%s: write a whole number, such as 12."), name);

      bb_plan_form_dialog_show_error (self, id, message);
      return FALSE;
    }
  *value_out = (int) value;
  return TRUE;
}

char *
bb_plan_format_number (double value)
{
  return isnan (value) ? g_strdup ("") : g_strdup_printf ("%g", value);
}

char *
bb_plan_format_share (double share)
{
  return isnan (share) ? g_strdup ("") : g_strdup_printf ("%g", round (share * 1000.0) / 10.0);
}
