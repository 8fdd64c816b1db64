/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "bb-plan-timeline-bar.h"
#include "bb-plan-timeline-item.h"

struct _BbPlanTimelineItem
{
  GObject         parent_instance;

  BbPlanActivity *activity;
  double          from;
  double          to;
  gboolean        overdue;
  char           *period;
  char           *description;
};

G_DEFINE_FINAL_TYPE (BbPlanTimelineItem, bb_plan_timeline_item, G_TYPE_OBJECT)

/* The status as a word in the middle of a sentence. */
static const char *
status_phrase (BbActivityStatus status)
{
  switch (status)
    {
    case BB_ACTIVITY_PLANNED:
      return C_("activity status in a sentence", "planned");
    case BB_ACTIVITY_IN_PROGRESS:
      return C_("activity status in a sentence", "in progress");
    case BB_ACTIVITY_DONE:
      return C_("activity status in a sentence", "done");
    case BB_ACTIVITY_POSTPONED:
      return C_("activity status in a sentence", "postponed");
    case BB_ACTIVITY_CANCELLED:
      return C_("activity status in a sentence", "cancelled");
    default:
      g_return_val_if_reached ("");
    }
}

static char *
dup_period (double from,
            double to)
{
  int first, last;

  if (isnan (from))
    return g_strdup (_("No dates"));

  first = (int) floor (from);
  /* An end on the 31st is the whole month, not the start of the next. */
  last = isnan (to) ? first : (int) ceil (to) - 1;
  last = MAX (last, first);
  if (first == last)
    /* Translators: an activity's period within one month: "March 2026". */
    return g_strdup_printf (C_("period", "%1$s %2$d"), bb_plan_timeline_month_name (first % 12 + 1), first / 12);
  if (first / 12 == last / 12)
    /* Translators: an activity's period within one year: "March to May 2026". */
    return g_strdup_printf (C_("period", "%1$s to %2$s %3$d"), bb_plan_timeline_month_name (first % 12 + 1),
                            bb_plan_timeline_month_name (last % 12 + 1), last / 12);
  /* Translators: an activity's period over the turn of a year: "November 2025 to February 2026". */
  return g_strdup_printf (C_("period", "%1$s %2$d to %3$s %4$d"), bb_plan_timeline_month_name (first % 12 + 1),
                          first / 12, bb_plan_timeline_month_name (last % 12 + 1), last / 12);
}

static void
bb_plan_timeline_item_finalize (GObject *object)
{
  BbPlanTimelineItem *self = BB_PLAN_TIMELINE_ITEM (object);

  g_clear_pointer (&self->activity, bb_plan_activity_free);
  g_free (self->period);
  g_free (self->description);

  G_OBJECT_CLASS (bb_plan_timeline_item_parent_class)->finalize (object);
}

static void
bb_plan_timeline_item_class_init (BbPlanTimelineItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bb_plan_timeline_item_finalize;
}

static void
bb_plan_timeline_item_init (BbPlanTimelineItem *self)
{
}

BbPlanTimelineItem *
bb_plan_timeline_item_new (const BbPlanActivity *activity,
                           const GDate          *today)
{
  BbPlanTimelineItem *self = g_object_new (BB_TYPE_PLAN_TIMELINE_ITEM, NULL);
  g_autofree char *end = bb_plan_activity_dup_end (activity);
  g_autoptr(GString) description = g_string_new (activity->title);

  self->activity = bb_plan_activity_copy (activity);
  self->from = bb_plan_timeline_month_of (activity->start_date, FALSE);
  self->to = bb_plan_timeline_month_of (end, TRUE);
  if (isnan (self->from) && !isnan (self->to))
    self->from = bb_plan_timeline_month_of (end, FALSE);
  if (!isnan (self->from) && isnan (self->to))
    self->to = bb_plan_timeline_month_of (activity->start_date, TRUE);
  self->overdue = bb_plan_activity_is_overdue (activity, today);
  self->period = dup_period (self->from, self->to);

  /* Translators: the parts of an activity as a screen reader says them are joined by this. */
  g_string_append_printf (description, _(", %s"), self->period);
  g_string_append_printf (description, _(", %s"), status_phrase (activity->status));
  if (self->overdue)
    g_string_append_printf (description, _(", %s"), C_("activity", "overdue"));
  self->description = g_string_free (g_steal_pointer (&description), FALSE);

  return self;
}

const BbPlanActivity *
bb_plan_timeline_item_get_activity (BbPlanTimelineItem *self)
{
  g_return_val_if_fail (BB_IS_PLAN_TIMELINE_ITEM (self), NULL);
  return self->activity;
}

double
bb_plan_timeline_item_get_from (BbPlanTimelineItem *self)
{
  g_return_val_if_fail (BB_IS_PLAN_TIMELINE_ITEM (self), NAN);
  return self->from;
}

double
bb_plan_timeline_item_get_to (BbPlanTimelineItem *self)
{
  g_return_val_if_fail (BB_IS_PLAN_TIMELINE_ITEM (self), NAN);
  return self->to;
}

gboolean
bb_plan_timeline_item_get_overdue (BbPlanTimelineItem *self)
{
  g_return_val_if_fail (BB_IS_PLAN_TIMELINE_ITEM (self), FALSE);
  return self->overdue;
}

const char *
bb_plan_timeline_item_get_period (BbPlanTimelineItem *self)
{
  g_return_val_if_fail (BB_IS_PLAN_TIMELINE_ITEM (self), NULL);
  return self->period;
}

const char *
bb_plan_timeline_item_get_description (BbPlanTimelineItem *self)
{
  g_return_val_if_fail (BB_IS_PLAN_TIMELINE_ITEM (self), NULL);
  return self->description;
}
