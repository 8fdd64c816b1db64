/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-course-cpr-row.h"
#include "bb-course-goal-row.h"
#include "bb-course-section.h"

struct _BbCourseGoalRow
{
  AdwExpanderRow  parent_instance;

  gint64          id;

  AdwEntryRow    *text_row;
  AdwEntryRow    *progress_row;
  AdwEntryRow    *note_row;
};

G_DEFINE_FINAL_TYPE (BbCourseGoalRow, bb_course_goal_row, ADW_TYPE_EXPANDER_ROW)

enum
{
  EDITED,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* -1 for blank (not rated yet), -2 for what is not a progress. */
static int
read_progress (BbCourseGoalRow *self)
{
  g_autofree char *text = bb_course_dup_text (GTK_EDITABLE (self->progress_row));
  guint64 value;

  if (text == NULL)
    return -1;
  if (!g_ascii_string_to_unsigned (text, 10, 0, 10, &value, NULL))
    return -2;
  return (int) value;
}

static void
update_title (BbCourseGoalRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->text_row));
  int progress = read_progress (self);
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), *text != '\0' ? text : _("New goal"));
  if (progress >= 0)
    /* Translators: how far a goal has come, on a scale from 0 to 10. */
    subtitle = g_strdup_printf (_("Progress %d of 10"), progress);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle != NULL ? subtitle : _("Not rated yet"));
}

static void
on_field_changed (BbCourseGoalRow *self)
{
  update_title (self);
  g_signal_emit (self, signals[EDITED], 0);
}

static void
remove_goal (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[REMOVE], 0);
}

static void
bb_course_goal_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BB_TYPE_COURSE_GOAL_ROW);

  G_OBJECT_CLASS (bb_course_goal_row_parent_class)->dispose (object);
}

static void
bb_course_goal_row_class_init (BbCourseGoalRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_course_goal_row_dispose;

  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (BB_TYPE_COURSE_CPR_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/courses/bb-course-goal-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BbCourseGoalRow, text_row);
  gtk_widget_class_bind_template_child (widget_class, BbCourseGoalRow, progress_row);
  gtk_widget_class_bind_template_child (widget_class, BbCourseGoalRow, note_row);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_install_action (widget_class, "goal.remove", NULL, remove_goal);
}

static void
bb_course_goal_row_init (BbCourseGoalRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BbCourseGoalRow *
bb_course_goal_row_new (const BbCourseGoal *goal)
{
  BbCourseGoalRow *self = g_object_new (BB_TYPE_COURSE_GOAL_ROW, NULL);

  if (goal != NULL)
    {
      self->id = goal->id;
      gtk_editable_set_text (GTK_EDITABLE (self->text_row), goal->text != NULL ? goal->text : "");
      if (goal->progress >= 0)
        {
          g_autofree char *progress = g_strdup_printf ("%d", goal->progress);

          gtk_editable_set_text (GTK_EDITABLE (self->progress_row), progress);
        }
      gtk_editable_set_text (GTK_EDITABLE (self->note_row), goal->note != NULL ? goal->note : "");
    }
  update_title (self);

  return self;
}

gboolean
bb_course_goal_row_dup (BbCourseGoalRow  *self,
                        BbCourseGoal    **goal_out,
                        GError          **error)
{
  g_autofree char *text = NULL;
  int progress;

  g_return_val_if_fail (BB_IS_COURSE_GOAL_ROW (self), FALSE);

  progress = read_progress (self);
  if (progress == -2)
    {
      g_set_error_literal (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                           _("Progress of a goal: write a whole number from 0 to 10."));
      return FALSE;
    }

  text = bb_course_dup_text (GTK_EDITABLE (self->text_row));
  *goal_out = bb_course_goal_new (text);
  (*goal_out)->id = self->id;
  (*goal_out)->progress = progress;
  (*goal_out)->note = bb_course_dup_text (GTK_EDITABLE (self->note_row));
  return TRUE;
}
