/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-course-cpr-row.h"
#include "bb-course-section.h"
#include "bb-course-staff-row.h"

struct _BbCourseStaffRow
{
  AdwExpanderRow  parent_instance;

  GArray         *ids;

  AdwComboRow    *adviser_row;
  AdwEntryRow    *role_row;
};

G_DEFINE_FINAL_TYPE (BbCourseStaffRow, bb_course_staff_row, ADW_TYPE_EXPANDER_ROW)

enum
{
  EDITED,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_title (BbCourseStaffRow *self)
{
  GtkStringObject *name = adw_combo_row_get_selected_item (self->adviser_row);
  guint selected = adw_combo_row_get_selected (self->adviser_row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 name != NULL && selected > 0 ? gtk_string_object_get_string (name)
                                                              : _("New member of staff"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self),
                                 gtk_editable_get_text (GTK_EDITABLE (self->role_row)));
}

static void
on_field_changed (BbCourseStaffRow *self)
{
  update_title (self);
  g_signal_emit (self, signals[EDITED], 0);
}

static void
remove_staff (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_signal_emit (widget, signals[REMOVE], 0);
}

static void
bb_course_staff_row_dispose (GObject *object)
{
  BbCourseStaffRow *self = BB_COURSE_STAFF_ROW (object);

  g_clear_pointer (&self->ids, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_COURSE_STAFF_ROW);

  G_OBJECT_CLASS (bb_course_staff_row_parent_class)->dispose (object);
}

static void
bb_course_staff_row_class_init (BbCourseStaffRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_course_staff_row_dispose;

  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (BB_TYPE_COURSE_CPR_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-course-staff-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BbCourseStaffRow, adviser_row);
  gtk_widget_class_bind_template_child (widget_class, BbCourseStaffRow, role_row);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_install_action (widget_class, "staff.remove", NULL, remove_staff);
}

static void
bb_course_staff_row_init (BbCourseStaffRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BbCourseStaffRow *
bb_course_staff_row_new (const BbCourseStaff *staff,
                         GListModel          *names,
                         GArray              *ids)
{
  BbCourseStaffRow *self = g_object_new (BB_TYPE_COURSE_STAFF_ROW, NULL);

  self->ids = g_array_ref (ids);
  /* Blocked while filling: loading is no edit. */
  g_signal_handlers_block_by_func (self->adviser_row, on_field_changed, self);
  g_signal_handlers_block_by_func (self->role_row, on_field_changed, self);
  adw_combo_row_set_model (self->adviser_row, names);
  adw_combo_row_set_selected (self->adviser_row, 0);
  if (staff != NULL)
    {
      for (guint i = 0; i < ids->len; i++)
        if (g_array_index (ids, gint64, i) == staff->adviser_id)
          adw_combo_row_set_selected (self->adviser_row, i);
      gtk_editable_set_text (GTK_EDITABLE (self->role_row), staff->role != NULL ? staff->role : "");
    }
  g_signal_handlers_unblock_by_func (self->adviser_row, on_field_changed, self);
  g_signal_handlers_unblock_by_func (self->role_row, on_field_changed, self);
  update_title (self);

  return self;
}

BbCourseStaff *
bb_course_staff_row_dup (BbCourseStaffRow *self)
{
  guint selected;
  g_autofree char *role = NULL;

  g_return_val_if_fail (BB_IS_COURSE_STAFF_ROW (self), NULL);

  selected = adw_combo_row_get_selected (self->adviser_row);
  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->ids->len ||
      g_array_index (self->ids, gint64, selected) == 0)
    return NULL;

  role = bb_course_dup_text (GTK_EDITABLE (self->role_row));
  return bb_course_staff_new (g_array_index (self->ids, gint64, selected), role);
}
