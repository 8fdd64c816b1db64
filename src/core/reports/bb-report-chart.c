/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "bb-format.h"
#include "bb-report-chart.h"
#include "bb-report-drawing-private.h"

#define PAD 6.0
#define DOT_RADIUS 3.5

typedef struct
{
  char              *date;
  guint32            julian;
  double             value;
  BbReportChartMark  mark;
} Point;

typedef struct
{
  double    value;
  gboolean  above;
  int       severity;
  char     *label;
} Threshold;

struct _BbReportChart
{
  char                *title;
  double               y_min;
  double               y_max;
  GArray              *points;
  GArray              *thresholds;
  double               change_value;
  double               change;
  char                *change_label;
  double               target;
  char                *target_label;
  BbReportChartColors  colors;
  GPtrArray           *items;
};

static void
point_clear (gpointer data)
{
  g_free (((Point *) data)->date);
}

static void
threshold_clear (gpointer data)
{
  g_free (((Threshold *) data)->label);
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const Point *pa = a, *pb = b;

  return pa->julian < pb->julian ? -1 : pa->julian > pb->julian;
}

static void
show_text (cairo_t     *cr,
           PangoLayout *layout,
           const char  *text,
           double       x,
           double       y,
           double       align)
{
  int width, height;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, x - align * width, y - height / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static double
text_width (PangoLayout *layout,
            const char  *text)
{
  int width;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &width, NULL);

  return width;
}

BbReportChart *
bb_report_chart_new (const char *title,
                     double      y_min,
                     double      y_max)
{
  BbReportChart *self = g_new0 (BbReportChart, 1);

  g_return_val_if_fail (y_max > y_min, NULL);

  self->title = g_strdup (title);
  self->y_min = y_min;
  self->y_max = y_max;
  self->points = g_array_new (FALSE, TRUE, sizeof (Point));
  g_array_set_clear_func (self->points, point_clear);
  self->thresholds = g_array_new (FALSE, TRUE, sizeof (Threshold));
  g_array_set_clear_func (self->thresholds, threshold_clear);
  self->change = NAN;
  self->target = NAN;
  self->colors = bb_report_paper_colors;
  self->items = g_ptr_array_new_with_free_func (bb_report_item_free);

  return self;
}

void
bb_report_chart_free (BbReportChart *self)
{
  if (self == NULL)
    return;

  g_free (self->title);
  g_array_unref (self->points);
  g_array_unref (self->thresholds);
  g_free (self->change_label);
  g_free (self->target_label);
  g_ptr_array_unref (self->items);
  g_free (self);
}

void
bb_report_chart_add_point (BbReportChart     *self,
                           const char        *date,
                           double             value,
                           BbReportChartMark  mark)
{
  Point point = { NULL, 0, value, mark };
  GDate parsed;

  g_return_if_fail (self != NULL);
  g_return_if_fail (date != NULL);

  g_date_clear (&parsed, 1);
  g_date_set_parse (&parsed, date);
  g_return_if_fail (g_date_valid (&parsed));

  point.date = g_strdup (date);
  point.julian = g_date_get_julian (&parsed);
  g_array_append_val (self->points, point);
  g_array_sort (self->points, compare_points);
}

void
bb_report_chart_add_threshold (BbReportChart *self,
                               double         value,
                               gboolean       above,
                               int            severity,
                               const char    *label)
{
  Threshold threshold = { value, above, CLAMP (severity, 1, 2), g_strdup (label) };

  g_return_if_fail (self != NULL);

  g_array_append_val (self->thresholds, threshold);
}

void
bb_report_chart_set_reliable_change (BbReportChart *self,
                                     double         value,
                                     double         change,
                                     const char    *label)
{
  g_return_if_fail (self != NULL);

  self->change_value = value;
  self->change = change;
  g_free (self->change_label);
  self->change_label = g_strdup (label);
}

void
bb_report_chart_set_target (BbReportChart *self,
                            double         value,
                            const char    *label)
{
  g_return_if_fail (self != NULL);

  self->target = value;
  g_free (self->target_label);
  self->target_label = g_strdup (label);
}

void
bb_report_chart_set_colors (BbReportChart             *self,
                            const BbReportChartColors *colors)
{
  g_return_if_fail (self != NULL);

  self->colors = colors != NULL ? *colors : bb_report_paper_colors;
}

static void
draw_mark (cairo_t                   *cr,
           const BbReportChartColors *colors,
           BbReportChartMark          mark,
           double                     x,
           double                     y)
{
  double s = DOT_RADIUS * 2.2;

  if (mark & BB_REPORT_CHART_MARK_CUTOFF)
    {
      bb_report_set_color (cr, &colors->warning, 1.0);
      cairo_set_line_width (cr, 1.5);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, DOT_RADIUS + 3, 0, 2 * G_PI);
      cairo_stroke (cr);
    }
  if (mark & (BB_REPORT_CHART_MARK_BETTER | BB_REPORT_CHART_MARK_WORSE))
    {
      /* Above the dot pointing up for better, below pointing down for worse. */
      double dir = (mark & BB_REPORT_CHART_MARK_BETTER) ? -1 : 1;
      double tip = y + dir * (DOT_RADIUS + 4 + s);

      bb_report_set_color (cr, &colors->foreground, 1.0);
      cairo_move_to (cr, x, tip);
      cairo_line_to (cr, x - s / 2, tip - dir * s);
      cairo_line_to (cr, x + s / 2, tip - dir * s);
      cairo_close_path (cr);
      cairo_fill (cr);
    }
}

/* A line across at @y in the current colour, dashes of @dash with gaps of 3. */
static void
draw_dashed_line (cairo_t *cr,
                  double   left,
                  double   right,
                  double   y,
                  double   dash)
{
  double dashes[] = { dash, 3.0 };

  cairo_set_line_width (cr, 1.0);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_move_to (cr, left, y + 0.5);
  cairo_line_to (cr, right, y + 0.5);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

/* Whether a label at @x, @y (its top left) would cover a point or a label placed
 * before (@labels: x, y, width, height each). */
static gboolean
label_hits (guint         n_points,
            const double *xs,
            const double *ys,
            GArray       *labels,
            double        x,
            double        y,
            double        width,
            double        height)
{
  double r = DOT_RADIUS + 4;

  for (guint i = 0; i < n_points; i++)
    if (xs[i] + r > x && xs[i] - r < x + width && ys[i] + r > y && ys[i] - r < y + height)
      return TRUE;

  for (guint i = 0; i + 3 < labels->len; i += 4)
    {
      const double *l = &g_array_index (labels, double, i);

      if (l[0] < x + width && l[0] + l[2] > x && l[1] < y + height && l[1] + l[3] > y)
        return TRUE;
    }

  return FALSE;
}

void
bb_report_chart_draw (BbReportChart *self,
                      cairo_t       *cr,
                      double         width,
                      double         height,
                      const char    *font)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoFontDescription) desc = NULL;
  g_autofree char *max_text = NULL;
  g_autofree char *min_text = NULL;
  g_autofree double *xs = NULL;
  g_autofree double *ys = NULL;
  g_autoptr(GArray) labels = g_array_new (FALSE, FALSE, sizeof (double));
  double left, right, top, bottom, line_height, inner_left, inner_right;
  guint32 first_day = 0, last_day = 0;
  int text_height;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  g_ptr_array_set_size (self->items, 0);

  layout = pango_cairo_create_layout (cr);
  desc = pango_font_description_from_string (font != NULL ? font : "Sans 9");
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, "0", -1);
  pango_layout_get_pixel_size (layout, NULL, &text_height);
  line_height = text_height;

  max_text = bb_report_format_value (self->y_max);
  min_text = bb_report_format_value (self->y_min);

  /* The plot: room for the y numbers on the left and the dates below. */
  left = PAD + MAX (text_width (layout, max_text), text_width (layout, min_text)) + PAD;
  right = width - PAD;
  top = PAD + line_height / 2;
  bottom = height - PAD - line_height - PAD;
  if (right - left < 20 || bottom - top < 20)
    return;

#define Y_OF(v) (bottom - (CLAMP ((v), self->y_min, self->y_max) - self->y_min) \
                          / (self->y_max - self->y_min) * (bottom - top))

  /* Where the points go: one point (or one day) stands in the middle. */
  inner_left = left + DOT_RADIUS + 4 + PAD;
  inner_right = right - DOT_RADIUS - 4 - PAD;
  xs = g_new0 (double, self->points->len + 1);
  ys = g_new0 (double, self->points->len + 1);
  if (self->points->len > 0)
    {
      first_day = g_array_index (self->points, Point, 0).julian;
      last_day = g_array_index (self->points, Point, self->points->len - 1).julian;
    }
  for (guint i = 0; i < self->points->len; i++)
    {
      const Point *p = &g_array_index (self->points, Point, i);

      xs[i] = last_day == first_day
                ? (inner_left + inner_right) / 2
                : inner_left + (double) (p->julian - first_day) / (last_day - first_day)
                                 * (inner_right - inner_left);
      ys[i] = Y_OF (p->value);
    }

  cairo_save (cr);

  /* Cut-offs: their side shaded, then the line and its label at the right end. */
  for (guint i = 0; i < self->thresholds->len; i++)
    {
      const Threshold *t = &g_array_index (self->thresholds, Threshold, i);
      double y = Y_OF (t->value);
      double y_from = t->above ? Y_OF (self->y_max) : y;
      double y_to = t->above ? y : Y_OF (self->y_min);

      bb_report_set_color (cr, &self->colors.warning, 0.06 * t->severity);
      cairo_rectangle (cr, left, y_from, right - left, y_to - y_from);
      cairo_fill (cr);
      bb_report_items_add (self->items, BB_REPORT_CHART_ITEM_BAND, left, y_from, right, y_to, t->value, NULL);
    }
  for (guint i = 0; i < self->thresholds->len; i++)
    {
      const Threshold *t = &g_array_index (self->thresholds, Threshold, i);
      double y = Y_OF (t->value);
      g_autofree char *number = bb_report_format_value (t->value);
      /* The value goes first unless the label says it already ("Below 36: …"). */
      g_autofree char *text = t->label != NULL && strstr (t->label, number) != NULL
                                ? g_strdup (t->label)
                                : g_strdup_printf ("%s %s", number, t->label != NULL ? t->label : "");
      double label_width = text_width (layout, text);
      double label_x = right - 2 - label_width, label_y = 0;

      bb_report_set_color (cr, &self->colors.warning, 1.0);
      draw_dashed_line (cr, left, right, y, 4.0);

      /* The label sits on the shaded side, so two close cut-offs keep apart, at the
       * right end, or where it hides no point and no other label. */
      for (guint c = 0; c < 4; c++)
        {
          gboolean shaded_side = c < 2;
          gboolean below = t->above ? !shaded_side : shaded_side;

          label_x = (c % 2 == 0) ? right - 2 - label_width : inner_left;
          label_y = below ? y + 2 : y - 2 - line_height;
          if (!label_hits (self->points->len, xs, ys, labels, label_x, label_y, label_width, line_height))
            break;
          label_x = right - 2 - label_width;
          label_y = t->above ? y - 2 - line_height : y + 2;
        }
      bb_report_set_color (cr, &self->colors.background, 0.8);
      cairo_rectangle (cr, label_x - 2, label_y, label_width + 4, line_height);
      cairo_fill (cr);
      bb_report_set_color (cr, &self->colors.warning, 1.0);
      show_text (cr, layout, text, label_x, label_y + line_height / 2, 0.0);
      g_array_append_vals (labels, (double[]) { label_x - 2, label_y, label_width + 4, line_height }, 4);
      bb_report_items_add (self->items, BB_REPORT_CHART_ITEM_THRESHOLD, left, y, right, y, t->value,
                g_steal_pointer (&text));
    }

  if (!isnan (self->change) && self->points->len > 0)
    {
      double y0 = Y_OF (self->change_value + self->change);
      double y1 = Y_OF (self->change_value - self->change);

      bb_report_set_color (cr, &self->colors.accent, 0.10);
      cairo_rectangle (cr, left, y0, right - left, y1 - y0);
      cairo_fill (cr);
      bb_report_items_add (self->items, BB_REPORT_CHART_ITEM_BAND, left, y0, right, y1, self->change,
                g_strdup (self->change_label));
    }

  /* The target under the curve: a dashed line, its label above its left end. */
  if (!isnan (self->target))
    {
      double y = Y_OF (self->target);
      g_autofree char *text = self->target_label != NULL ? g_strdup (self->target_label) : bb_report_format_value (self->target);
      double label_width = text_width (layout, text);

      bb_report_set_color (cr, &self->colors.foreground, 0.8);
      draw_dashed_line (cr, left, right, y, 6.0);

      bb_report_set_color (cr, &self->colors.background, 0.8);
      cairo_rectangle (cr, left + 2, y - 2 - line_height, label_width + 4, line_height);
      cairo_fill (cr);
      bb_report_set_color (cr, &self->colors.foreground, 1.0);
      show_text (cr, layout, text, left + 4, y - 2 - line_height / 2, 0.0);
      bb_report_items_add (self->items, BB_REPORT_CHART_ITEM_TARGET, left, y, right, y, self->target, g_steal_pointer (&text));
    }

  /* The frame: the range's ends as numbers, a baseline. */
  bb_report_set_color (cr, &self->colors.muted, 1.0);
  show_text (cr, layout, max_text, left - PAD, top, 1.0);
  bb_report_items_add (self->items, BB_REPORT_CHART_ITEM_AXIS_LABEL, PAD, top, left - PAD, top, self->y_max,
            g_strdup (max_text));
  show_text (cr, layout, min_text, left - PAD, bottom, 1.0);
  bb_report_items_add (self->items, BB_REPORT_CHART_ITEM_AXIS_LABEL, PAD, bottom, left - PAD, bottom, self->y_min,
            g_strdup (min_text));
  bb_report_set_color (cr, &self->colors.muted, 0.5);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, left, bottom + 0.5);
  cairo_line_to (cr, right, bottom + 0.5);
  cairo_move_to (cr, left + 0.5, top);
  cairo_line_to (cr, left + 0.5, bottom);
  cairo_stroke (cr);

  /* The curve, then its dots and marks. */
  {
    bb_report_set_color (cr, &self->colors.accent, 1.0);
    cairo_set_line_width (cr, 2.0);
    cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
    for (guint i = 0; i < self->points->len; i++)
      {
        const Point *p = &g_array_index (self->points, Point, i);

        if (i == 0)
          cairo_move_to (cr, xs[i], Y_OF (p->value));
        else
          cairo_line_to (cr, xs[i], Y_OF (p->value));
      }
    cairo_stroke (cr);

    for (guint i = 0; i < self->points->len; i++)
      {
        const Point *p = &g_array_index (self->points, Point, i);
        double y = Y_OF (p->value);
        BbReportChartItem *item;

        bb_report_set_color (cr, &self->colors.accent, 1.0);
        cairo_new_sub_path (cr);
        cairo_arc (cr, xs[i], y, DOT_RADIUS, 0, 2 * G_PI);
        cairo_fill (cr);
        draw_mark (cr, &self->colors, p->mark, xs[i], y);

        item = bb_report_items_add (self->items, BB_REPORT_CHART_ITEM_POINT, xs[i], y, xs[i], y, p->value,
                         g_strdup (p->date));
        item->mark = p->mark;
      }

    /* The first and the last date under the axis. */
    bb_report_set_color (cr, &self->colors.muted, 1.0);
    for (guint n = 0; n < MIN (self->points->len, 2); n++)
      {
        guint i = n == 0 ? 0 : self->points->len - 1;
        const Point *p = &g_array_index (self->points, Point, i);
        g_autofree char *text = bb_format_date (p->date);
        double align = self->points->len == 1 ? 0.5 : (i == 0 ? 0.0 : 1.0);
        double x = self->points->len == 1 ? xs[i] : (i == 0 ? left : right);

        show_text (cr, layout, text, x, bottom + PAD + line_height / 2, align);
        bb_report_items_add (self->items, BB_REPORT_CHART_ITEM_AXIS_LABEL, x, bottom + PAD, x, bottom + PAD,
                  p->value, g_steal_pointer (&text));
      }
  }

#undef Y_OF

  cairo_restore (cr);
}

GPtrArray *
bb_report_chart_get_items (BbReportChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->items;
}

guint
bb_report_chart_get_n_points (BbReportChart *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->points->len;
}

char *
bb_report_chart_describe (BbReportChart *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *min_text = NULL;
  g_autofree char *max_text = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  min_text = bb_report_format_value (self->y_min);
  max_text = bb_report_format_value (self->y_max);
  /* Translators: a chart's title and the range of its values. */
  g_string_append_printf (text, _("%s, from %s to %s"), self->title != NULL ? self->title : "",
                          min_text, max_text);

  for (guint i = 0; i < self->points->len; i++)
    {
      const Point *p = &g_array_index (self->points, Point, i);
      g_autofree char *date = bb_format_date (p->date);
      g_autofree char *value = bb_report_format_value (p->value);

      g_string_append_c (text, '\n');
      /* Translators: a date and a score on it. */
      g_string_append_printf (text, _("%s: %s"), date, value);
      if (p->mark & BB_REPORT_CHART_MARK_CUTOFF)
        g_string_append_printf (text, " (%s)", _("meets a cut-off"));
      if (p->mark & BB_REPORT_CHART_MARK_BETTER)
        g_string_append_printf (text, " (%s)", _("reliably better"));
      if (p->mark & BB_REPORT_CHART_MARK_WORSE)
        g_string_append_printf (text, " (%s)", _("reliably worse"));
    }

  for (guint i = 0; i < self->thresholds->len; i++)
    {
      const Threshold *t = &g_array_index (self->thresholds, Threshold, i);
      g_autofree char *value = bb_report_format_value (t->value);

      g_string_append_c (text, '\n');
      /* Translators: a cut-off on a chart: its value and what it means. */
      g_string_append_printf (text, _("Cut-off %s: %s"), value, t->label != NULL ? t->label : "");
    }

  if (!isnan (self->target))
    {
      g_autofree char *value = bb_report_format_value (self->target);

      g_string_append_c (text, '\n');
      /* Translators: the value a chart's curve should reach. */
      g_string_append_printf (text, _("Target: %s"), value);
    }

  if (!isnan (self->change))
    {
      g_autofree char *value = bb_report_format_value (self->change);

      g_string_append_c (text, '\n');
      /* Translators: the smallest change of a score that counts as real. */
      g_string_append_printf (text, _("Reliable change: %s points"), value);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
