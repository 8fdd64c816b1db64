/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "bb-format.h"
#include "bb-plan-timeline-bar.h"

struct _BbPlanTimelineBar
{
  GtkWidget            parent_instance;

  BbPlanTimelineScale  scale;
  double               from;
  double               to;
  BbActivityStatus     status;
  gboolean             overdue;
  gboolean             header;
};

G_DEFINE_FINAL_TYPE (BbPlanTimelineBar, bb_plan_timeline_bar, GTK_TYPE_WIDGET)

#define BAR_HEIGHT 14
#define HEADER_HEIGHT 34

const char *
bb_plan_timeline_month_name (int month)
{
  return bb_format_month_name (month);
}

double
bb_plan_timeline_month_of (const char *iso_date,
                           gboolean    end)
{
  int year, month, day;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) != 3
      || !g_date_valid_dmy (day, month, year))
    return NAN;

  return year * 12 + (month - 1)
         + (day - (end ? 0 : 1)) / (double) g_date_get_days_in_month (month, year);
}

static gboolean
lookup (GtkWidget  *widget,
        const char *name,
        GdkRGBA    *color)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  return gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, color);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static GdkRGBA
foreground (GtkWidget *widget,
            float      alpha)
{
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  color.alpha *= alpha;
  return color;
}

static GdkRGBA
bar_color (BbPlanTimelineBar *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GdkRGBA color;

  if (self->overdue && lookup (widget, "warning_color", &color))
    return color;
  if (self->status == BB_ACTIVITY_IN_PROGRESS && lookup (widget, "accent_bg_color", &color))
    return color;
  if (self->status == BB_ACTIVITY_DONE && lookup (widget, "success_color", &color))
    return color;
  return foreground (widget, 0.3f);
}

static double
x_of (BbPlanTimelineBar *self,
      double             month)
{
  return (month - self->scale.first_month) * BB_PLAN_TIMELINE_MONTH_WIDTH;
}

static void
snapshot_header (BbPlanTimelineBar *self,
                 GtkSnapshot       *snapshot,
                 int                height)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GdkRGBA fg = foreground (widget, 1.0f);
  GdkRGBA dim = foreground (widget, 0.6f);

  for (int i = 0; i < self->scale.n_months; i++)
    {
      int month = (self->scale.first_month + i) % 12 + 1;
      int year = (self->scale.first_month + i) / 12;
      g_autofree char *name = g_utf8_substring (bb_plan_timeline_month_name (month), 0, 3);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, name);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (i * BB_PLAN_TIMELINE_MONTH_WIDTH + 4, 2));
      gtk_snapshot_append_layout (snapshot, layout, &fg);
      if (month == 1 || i == 0)
        {
          g_autofree char *text = g_strdup_printf ("%d", year);

          pango_layout_set_text (layout, text, -1);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, height / 2));
          gtk_snapshot_append_layout (snapshot, layout, &dim);
        }
      gtk_snapshot_restore (snapshot);
    }
}

static void
bb_plan_timeline_bar_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  BbPlanTimelineBar *self = BB_PLAN_TIMELINE_BAR (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA line = foreground (widget, 0.12f);
  GdkRGBA today;

  /* A line at the start of every month, a stronger one at each new year. */
  for (int i = 0; i <= self->scale.n_months; i++)
    {
      GdkRGBA color = line;

      if ((self->scale.first_month + i) % 12 == 0)
        color.alpha *= 2;
      gtk_snapshot_append_color (snapshot, &color,
                                 &GRAPHENE_RECT_INIT (i * BB_PLAN_TIMELINE_MONTH_WIDTH, 0, 1, height));
    }

  if (self->header)
    snapshot_header (self, snapshot, height);
  else if (!isnan (self->from) && !isnan (self->to))
    {
      double x0 = x_of (self, self->from);
      double x1 = MAX (x_of (self, self->to), x0 + 4);
      GskRoundedRect bar;
      GdkRGBA color = bar_color (self);

      gsk_rounded_rect_init_from_rect (&bar, &GRAPHENE_RECT_INIT (x0, (height - BAR_HEIGHT) / 2.0,
                                                                   x1 - x0, BAR_HEIGHT),
                                       BAR_HEIGHT / 2.0);
      gtk_snapshot_push_rounded_clip (snapshot, &bar);
      gtk_snapshot_append_color (snapshot, &color, &bar.bounds);
      gtk_snapshot_pop (snapshot);
    }

  /* Today's line in the text colour: the bars have the status colours. */
  today = foreground (widget, 0.75f);
  gtk_snapshot_append_color (snapshot, &today,
                             &GRAPHENE_RECT_INIT (x_of (self, self->scale.today) - 1, 0, 2, height));
}

static void
bb_plan_timeline_bar_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  BbPlanTimelineBar *self = BB_PLAN_TIMELINE_BAR (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = self->scale.n_months * BB_PLAN_TIMELINE_MONTH_WIDTH + 1;
  else
    *minimum = *natural = self->header ? HEADER_HEIGHT : BAR_HEIGHT + 16;
}

static void
bb_plan_timeline_bar_class_init (BbPlanTimelineBarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = bb_plan_timeline_bar_snapshot;
  widget_class->measure = bb_plan_timeline_bar_measure;
  gtk_widget_class_set_css_name (widget_class, "timelinebar");
  /* The row round it speaks for the bar. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
bb_plan_timeline_bar_init (BbPlanTimelineBar *self)
{
  self->from = self->to = NAN;
  self->scale.today = NAN;
}

void
bb_plan_timeline_bar_set_scale (BbPlanTimelineBar         *self,
                                const BbPlanTimelineScale *scale)
{
  g_return_if_fail (BB_IS_PLAN_TIMELINE_BAR (self));

  if (self->scale.n_months != scale->n_months)
    gtk_widget_queue_resize (GTK_WIDGET (self));
  self->scale = *scale;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
bb_plan_timeline_bar_set_activity (BbPlanTimelineBar *self,
                                   double             from,
                                   double             to,
                                   BbActivityStatus   status,
                                   gboolean           overdue)
{
  g_return_if_fail (BB_IS_PLAN_TIMELINE_BAR (self));

  self->from = from;
  self->to = to;
  self->status = status;
  self->overdue = overdue;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
bb_plan_timeline_bar_set_header (BbPlanTimelineBar *self,
                                 gboolean           header)
{
  g_return_if_fail (BB_IS_PLAN_TIMELINE_BAR (self));

  self->header = header;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
