/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-plan-activities-row.h"
#include "bb-plan-sections-private.h"

struct _BbPlanActivitiesRow
{
  GtkWidget           parent_instance;

  BbPlanTimelineItem *item;

  GtkImage           *overdue_icon;
  GtkLabel           *title_label;
  GtkLabel           *subtitle_label;
  GtkButton          *delete_button;
};

G_DEFINE_FINAL_TYPE (BbPlanActivitiesRow, bb_plan_activities_row, GTK_TYPE_WIDGET)

static void
bb_plan_activities_row_dispose (GObject *object)
{
  BbPlanActivitiesRow *self = BB_PLAN_ACTIVITIES_ROW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_PLAN_ACTIVITIES_ROW);
  /* The box round the labels is no template child of its own. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (bb_plan_activities_row_parent_class)->dispose (object);
}

static void
bb_plan_activities_row_class_init (BbPlanActivitiesRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_plan_activities_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/plans/bb-plan-activities-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPlanActivitiesRow, overdue_icon);
  gtk_widget_class_bind_template_child (widget_class, BbPlanActivitiesRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, BbPlanActivitiesRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, BbPlanActivitiesRow, delete_button);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
bb_plan_activities_row_init (BbPlanActivitiesRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 12);
}

GtkWidget *
bb_plan_activities_row_new (void)
{
  return g_object_new (BB_TYPE_PLAN_ACTIVITIES_ROW, NULL);
}

void
bb_plan_activities_row_set_item (BbPlanActivitiesRow *self,
                                 BbPlanTimelineItem  *item)
{
  const BbPlanActivity *activity;
  gboolean overdue;
  g_autofree char *subtitle = NULL;
  g_autofree char *delete_name = NULL;

  g_return_if_fail (BB_IS_PLAN_ACTIVITIES_ROW (self));
  g_return_if_fail (BB_IS_PLAN_TIMELINE_ITEM (item));

  g_set_object (&self->item, item);
  activity = bb_plan_timeline_item_get_activity (item);
  overdue = bb_plan_timeline_item_get_overdue (item);
  {
    const char *parts[] = {
      activity->responsible,
      bb_plan_timeline_item_get_period (item),
      bb_activity_status_get_label (activity->status),
      overdue ? C_("activity", "Overdue") : NULL,
    };

    subtitle = _bb_plan_sections_join (parts, G_N_ELEMENTS (parts));
  }
  /* Translators: the accessible name of an activity's delete button; %s is its title. */
  delete_name = g_strdup_printf (_("Delete activity %s"), activity->title);

  gtk_label_set_text (self->title_label, activity->title);
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_widget_set_opacity (GTK_WIDGET (self->overdue_icon), overdue ? 1 : 0);
  /* The target first: the action takes one. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "x", activity->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button), "activities.delete");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  bb_plan_timeline_item_get_description (item), -1);
}

BbPlanTimelineItem *
bb_plan_activities_row_get_item (BbPlanActivitiesRow *self)
{
  g_return_val_if_fail (BB_IS_PLAN_ACTIVITIES_ROW (self), NULL);
  return self->item;
}
