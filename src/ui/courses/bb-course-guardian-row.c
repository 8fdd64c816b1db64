/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-course-cpr-row.h"
#include "bb-course-guardian-row.h"
#include "bb-course-section.h"

struct _BbCourseGuardianRow
{
  AdwExpanderRow  parent_instance;

  gint64          id;

  AdwEntryRow    *name_row;
  AdwEntryRow    *relation_row;
  AdwEntryRow    *phone_row;
  AdwEntryRow    *email_row;
  AdwComboRow    *involvement_row;
  GtkStringList  *involvement_labels;
  AdwEntryRow    *note_row;
};

G_DEFINE_FINAL_TYPE (BbCourseGuardianRow, bb_course_guardian_row, ADW_TYPE_EXPANDER_ROW)

enum
{
  EDITED,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_title (BbCourseGuardianRow *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 *name != '\0' ? name : _("New parent or guardian"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self),
                                 gtk_editable_get_text (GTK_EDITABLE (self->relation_row)));
}

static void
on_field_changed (BbCourseGuardianRow *self)
{
  update_title (self);
  g_signal_emit (self, signals[EDITED], 0);
}

static void
remove_guardian (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_signal_emit (widget, signals[REMOVE], 0);
}

static void
bb_course_guardian_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_COURSE_GUARDIAN_ROW);

  G_OBJECT_CLASS (bb_course_guardian_row_parent_class)->dispose (object);
}

static void
bb_course_guardian_row_class_init (BbCourseGuardianRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_course_guardian_row_dispose;

  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (BB_TYPE_COURSE_CPR_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-course-guardian-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BbCourseGuardianRow, name_row);
  gtk_widget_class_bind_template_child (widget_class, BbCourseGuardianRow, relation_row);
  gtk_widget_class_bind_template_child (widget_class, BbCourseGuardianRow, phone_row);
  gtk_widget_class_bind_template_child (widget_class, BbCourseGuardianRow, email_row);
  gtk_widget_class_bind_template_child (widget_class, BbCourseGuardianRow, involvement_row);
  gtk_widget_class_bind_template_child (widget_class, BbCourseGuardianRow, involvement_labels);
  gtk_widget_class_bind_template_child (widget_class, BbCourseGuardianRow, note_row);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_install_action (widget_class, "guardian.remove", NULL, remove_guardian);
}

static void
bb_course_guardian_row_init (BbCourseGuardianRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  BB_COURSE_FILL_LABELS (self->involvement_labels, bb_involvement, BB_INVOLVEMENT_COUNT);
}

BbCourseGuardianRow *
bb_course_guardian_row_new (const BbGuardian *guardian)
{
  BbCourseGuardianRow *self = g_object_new (BB_TYPE_COURSE_GUARDIAN_ROW, NULL);

  if (guardian != NULL)
    {
      self->id = guardian->id;
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), guardian->name != NULL ? guardian->name : "");
      gtk_editable_set_text (GTK_EDITABLE (self->relation_row), guardian->relation != NULL ? guardian->relation : "");
      gtk_editable_set_text (GTK_EDITABLE (self->phone_row), guardian->phone != NULL ? guardian->phone : "");
      gtk_editable_set_text (GTK_EDITABLE (self->email_row), guardian->email != NULL ? guardian->email : "");
      adw_combo_row_set_selected (self->involvement_row, guardian->involvement);
      gtk_editable_set_text (GTK_EDITABLE (self->note_row), guardian->note != NULL ? guardian->note : "");
    }
  update_title (self);

  return self;
}

BbGuardian *
bb_course_guardian_row_dup (BbCourseGuardianRow *self)
{
  g_autofree char *name = NULL;
  BbGuardian *guardian;

  g_return_val_if_fail (BB_IS_COURSE_GUARDIAN_ROW (self), NULL);

  name = bb_course_dup_text (GTK_EDITABLE (self->name_row));
  guardian = bb_guardian_new (name);
  guardian->id = self->id;
  guardian->relation = bb_course_dup_text (GTK_EDITABLE (self->relation_row));
  guardian->phone = bb_course_dup_text (GTK_EDITABLE (self->phone_row));
  guardian->email = bb_course_dup_text (GTK_EDITABLE (self->email_row));
  guardian->involvement = adw_combo_row_get_selected (self->involvement_row);
  guardian->note = bb_course_dup_text (GTK_EDITABLE (self->note_row));

  return guardian;
}
