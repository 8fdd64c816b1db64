/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bb-chart.h"

/* A drawing with no children: no template to build. */
struct _BbChart
{
  GtkWidget      parent_instance;

  BbReportChart *chart;
};

G_DEFINE_FINAL_TYPE (BbChart, bb_chart, GTK_TYPE_WIDGET)

static void
color_from_rgba (BbReportChartColor *color,
                 const GdkRGBA      *rgba,
                 double              alpha)
{
  color->r = rgba->red;
  color->g = rgba->green;
  color->b = rgba->blue;
  color->a = rgba->alpha * alpha;
}

/* The style's named colours, which follow the dark style and the accent. */
void
bb_chart_lookup_colors (GtkWidget           *widget,
                        BbReportChartColors *colors)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  GdkRGBA fg, accent, warning, background;

  gtk_style_context_get_color (style, &fg);
  if (!gtk_style_context_lookup_color (style, "accent_color", &accent))
    accent = (GdkRGBA) { 0.10, 0.37, 0.71, 1.0 };
  if (!gtk_style_context_lookup_color (style, "warning_color", &warning))
    warning = (GdkRGBA) { 0.78, 0.36, 0.00, 1.0 };
  if (!gtk_style_context_lookup_color (style, "window_bg_color", &background))
    background = (GdkRGBA) { 1.0, 1.0, 1.0, 1.0 };
  G_GNUC_END_IGNORE_DEPRECATIONS

  color_from_rgba (&colors->foreground, &fg, 1.0);
  color_from_rgba (&colors->muted, &fg, 0.6);
  color_from_rgba (&colors->accent, &accent, 1.0);
  color_from_rgba (&colors->warning, &warning, 1.0);
  color_from_rgba (&colors->background, &background, 1.0);
}

char *
bb_chart_dup_font (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);

  return pango_font_description_to_string (pango_context_get_font_description (context));
}

static void
bb_chart_snapshot (GtkWidget   *widget,
                   GtkSnapshot *snapshot)
{
  BbChart *self = BB_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  BbReportChartColors colors;
  g_autofree char *font = NULL;
  cairo_t *cr;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;

  bb_chart_lookup_colors (widget, &colors);
  bb_report_chart_set_colors (self->chart, &colors);
  font = bb_chart_dup_font (widget);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  bb_report_chart_draw (self->chart, cr, width, height, font);
  cairo_destroy (cr);
}

static void
bb_chart_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  /* Narrow enough for a phone, tall enough to tell the cut-offs apart. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 480;
    }
  else
    {
      *minimum = 160;
      *natural = 200;
    }
}

static void
bb_chart_css_changed (GtkWidget         *widget,
                      GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (bb_chart_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

static void
bb_chart_finalize (GObject *object)
{
  BbChart *self = BB_CHART (object);

  g_clear_pointer (&self->chart, bb_report_chart_free);

  G_OBJECT_CLASS (bb_chart_parent_class)->finalize (object);
}

static void
bb_chart_class_init (BbChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = bb_chart_finalize;
  widget_class->snapshot = bb_chart_snapshot;
  widget_class->measure = bb_chart_measure;
  widget_class->css_changed = bb_chart_css_changed;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bb_chart_init (BbChart *self)
{
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
}

GtkWidget *
bb_chart_new (void)
{
  return g_object_new (BB_TYPE_CHART, NULL);
}

void
bb_chart_set_chart (BbChart       *self,
                    BbReportChart *chart)
{
  g_autofree char *text = NULL;

  g_return_if_fail (BB_IS_CHART (self));

  g_clear_pointer (&self->chart, bb_report_chart_free);
  self->chart = chart;

  text = chart != NULL ? bb_report_chart_describe (chart) : NULL;
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text != NULL ? text : "",
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

BbReportChart *
bb_chart_get_chart (BbChart *self)
{
  g_return_val_if_fail (BB_IS_CHART (self), NULL);

  return self->chart;
}
