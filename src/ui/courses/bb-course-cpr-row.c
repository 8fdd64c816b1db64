/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-course-cpr-row.h"
#include "bb-cpr.h"

struct _BbCourseCprRow
{
  AdwActionRow  parent_instance;

  GtkWidget    *field;
  /* The object whose "changed" tells an edit: the field, or its text buffer. */
  GObject      *watched;
  gulong        changed_id;
};

G_DEFINE_FINAL_TYPE (BbCourseCprRow, bb_course_cpr_row, ADW_TYPE_ACTION_ROW)

enum
{
  PROP_0,
  PROP_FIELD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
dup_field_text (BbCourseCprRow *self)
{
  if (GTK_IS_EDITABLE (self->field))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->field)));
  if (GTK_IS_TEXT_VIEW (self->field))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->field));
      GtkTextIter start;
      GtkTextIter end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  return NULL;
}

static void
update (BbCourseCprRow *self)
{
  g_autofree char *text = dup_field_text (self);

  gtk_widget_set_visible (GTK_WIDGET (self), bb_cpr_contains (text));
}

static void
remove_number (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BbCourseCprRow *self = BB_COURSE_CPR_ROW (widget);
  g_autofree char *text = dup_field_text (self);
  g_autofree char *cleaned = bb_cpr_remove (text);

  if (GTK_IS_EDITABLE (self->field))
    gtk_editable_set_text (GTK_EDITABLE (self->field), cleaned);
  else if (GTK_IS_TEXT_VIEW (self->field))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->field)), cleaned, -1);

  /* The focus goes back to where the number was, not to the row now hidden. */
  if (self->field != NULL)
    gtk_widget_grab_focus (self->field);
}

static void
unwatch (BbCourseCprRow *self)
{
  if (self->watched != NULL)
    g_clear_signal_handler (&self->changed_id, self->watched);
  g_clear_object (&self->watched);
}

static void
bb_course_cpr_row_dispose (GObject *object)
{
  BbCourseCprRow *self = BB_COURSE_CPR_ROW (object);

  unwatch (self);
  g_clear_weak_pointer (&self->field);
  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_COURSE_CPR_ROW);

  G_OBJECT_CLASS (bb_course_cpr_row_parent_class)->dispose (object);
}

static void
bb_course_cpr_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_FIELD:
      g_value_set_object (value, BB_COURSE_CPR_ROW (object)->field);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_course_cpr_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_FIELD:
      bb_course_cpr_row_set_field (BB_COURSE_CPR_ROW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bb_course_cpr_row_class_init (BbCourseCprRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_course_cpr_row_dispose;
  object_class->get_property = bb_course_cpr_row_get_property;
  object_class->set_property = bb_course_cpr_row_set_property;

  properties[PROP_FIELD] =
    g_param_spec_object ("field", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-course-cpr-row.ui");
  gtk_widget_class_install_action (widget_class, "cpr.remove", NULL, remove_number);
}

static void
bb_course_cpr_row_init (BbCourseCprRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
bb_course_cpr_row_get_field (BbCourseCprRow *self)
{
  g_return_val_if_fail (BB_IS_COURSE_CPR_ROW (self), NULL);

  return self->field;
}

void
bb_course_cpr_row_set_field (BbCourseCprRow *self,
                             GtkWidget      *field)
{
  g_return_if_fail (BB_IS_COURSE_CPR_ROW (self));
  g_return_if_fail (field == NULL || GTK_IS_EDITABLE (field) || GTK_IS_TEXT_VIEW (field));

  if (self->field == field)
    return;

  unwatch (self);
  g_set_weak_pointer (&self->field, field);
  if (GTK_IS_EDITABLE (field))
    self->watched = g_object_ref (G_OBJECT (field));
  else if (GTK_IS_TEXT_VIEW (field))
    self->watched = g_object_ref (G_OBJECT (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field))));
  if (self->watched != NULL)
    self->changed_id = g_signal_connect_object (self->watched, "changed", G_CALLBACK (update),
                                                self, G_CONNECT_SWAPPED);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIELD]);
}
