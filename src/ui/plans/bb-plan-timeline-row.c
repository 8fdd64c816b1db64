/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "bb-plan-timeline-row.h"

struct _BbPlanTimelineRow
{
  GtkWidget           parent_instance;

  BbPlanTimelineItem *item;

  GtkImage           *overdue_icon;
  GtkLabel           *title_label;
  BbPlanTimelineBar  *bar;
};

G_DEFINE_FINAL_TYPE (BbPlanTimelineRow, bb_plan_timeline_row, GTK_TYPE_WIDGET)

static void
bb_plan_timeline_row_dispose (GObject *object)
{
  BbPlanTimelineRow *self = BB_PLAN_TIMELINE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BB_TYPE_PLAN_TIMELINE_ROW);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (bb_plan_timeline_row_parent_class)->dispose (object);
}

static void
bb_plan_timeline_row_class_init (BbPlanTimelineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bb_plan_timeline_row_dispose;

  g_type_ensure (BB_TYPE_PLAN_TIMELINE_BAR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/brobygger/Brobygger/plans/bb-plan-timeline-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BbPlanTimelineRow, overdue_icon);
  gtk_widget_class_bind_template_child (widget_class, BbPlanTimelineRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, BbPlanTimelineRow, bar);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
bb_plan_timeline_row_init (BbPlanTimelineRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 8);
}

GtkWidget *
bb_plan_timeline_row_new (void)
{
  return g_object_new (BB_TYPE_PLAN_TIMELINE_ROW, NULL);
}

void
bb_plan_timeline_row_set_item (BbPlanTimelineRow         *self,
                               BbPlanTimelineItem        *item,
                               const BbPlanTimelineScale *scale)
{
  const BbPlanActivity *activity;
  gboolean overdue;

  g_return_if_fail (BB_IS_PLAN_TIMELINE_ROW (self));
  g_return_if_fail (item == NULL || BB_IS_PLAN_TIMELINE_ITEM (item));

  g_set_object (&self->item, item);
  bb_plan_timeline_bar_set_scale (self->bar, scale);
  bb_plan_timeline_bar_set_header (self->bar, item == NULL);
  if (item == NULL)
    {
      gtk_label_set_text (self->title_label, _("Activity"));
      gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "heading");
      gtk_widget_set_opacity (GTK_WIDGET (self->overdue_icon), 0);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Months of the timeline"), -1);
      return;
    }

  activity = bb_plan_timeline_item_get_activity (item);
  overdue = bb_plan_timeline_item_get_overdue (item);

  gtk_label_set_text (self->title_label, activity->title);
  gtk_widget_set_opacity (GTK_WIDGET (self->overdue_icon), overdue ? 1 : 0);
  bb_plan_timeline_bar_set_activity (self->bar, bb_plan_timeline_item_get_from (item),
                                     bb_plan_timeline_item_get_to (item), activity->status, overdue);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), bb_plan_timeline_item_get_description (item));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  bb_plan_timeline_item_get_description (item), -1);
}

BbPlanTimelineItem *
bb_plan_timeline_row_get_item (BbPlanTimelineRow *self)
{
  g_return_val_if_fail (BB_IS_PLAN_TIMELINE_ROW (self), NULL);
  return self->item;
}
