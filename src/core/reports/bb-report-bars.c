/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "bb-report-bars.h"
#include "bb-report-drawing-private.h"

#define PAD 6.0
/* The share of a label's slot its bars fill; the rest keeps the groups apart. */
#define GROUP_FILL 0.8

typedef struct
{
  char   *name;
  /* A value per label, NAN where none was set. */
  GArray *values;
} Series;

struct _BbReportBars
{
  char                *title;
  GPtrArray           *series;
  GPtrArray           *labels;
  double               target;
  char                *target_label;
  BbReportChartColors  colors;
  GPtrArray           *items;
};

static void
series_free (gpointer data)
{
  Series *series = data;

  g_free (series->name);
  g_array_unref (series->values);
  g_free (series);
}

BbReportBars *
bb_report_bars_new (const char *title)
{
  BbReportBars *self = g_new0 (BbReportBars, 1);

  self->title = g_strdup (title);
  self->series = g_ptr_array_new_with_free_func (series_free);
  self->labels = g_ptr_array_new_with_free_func (g_free);
  self->target = NAN;
  self->colors = bb_report_paper_colors;
  self->items = g_ptr_array_new_with_free_func (bb_report_item_free);

  return self;
}

void
bb_report_bars_free (BbReportBars *self)
{
  if (self == NULL)
    return;

  g_free (self->title);
  g_ptr_array_unref (self->series);
  g_ptr_array_unref (self->labels);
  g_free (self->target_label);
  g_ptr_array_unref (self->items);
  g_free (self);
}

guint
bb_report_bars_add_series (BbReportBars *self,
                           const char   *name)
{
  Series *series = g_new0 (Series, 1);
  double none = NAN;

  g_return_val_if_fail (self != NULL, 0);

  series->name = g_strdup (name);
  series->values = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; i < self->labels->len; i++)
    g_array_append_val (series->values, none);
  g_ptr_array_add (self->series, series);

  return self->series->len - 1;
}

void
bb_report_bars_set_value (BbReportBars *self,
                          guint         series,
                          const char   *label,
                          double        value)
{
  guint index;

  g_return_if_fail (self != NULL);
  g_return_if_fail (series < self->series->len);
  g_return_if_fail (label != NULL);

  if (!g_ptr_array_find_with_equal_func (self->labels, label, g_str_equal, &index))
    {
      double none = NAN;

      g_ptr_array_add (self->labels, g_strdup (label));
      index = self->labels->len - 1;
      for (guint s = 0; s < self->series->len; s++)
        g_array_append_val (((Series *) g_ptr_array_index (self->series, s))->values, none);
    }

  g_array_index (((Series *) g_ptr_array_index (self->series, series))->values, double, index) = value;
}

void
bb_report_bars_set_target (BbReportBars *self,
                           double        value,
                           const char   *label)
{
  g_return_if_fail (self != NULL);

  self->target = value;
  g_free (self->target_label);
  self->target_label = g_strdup (label);
}

void
bb_report_bars_set_colors (BbReportBars              *self,
                           const BbReportChartColors *colors)
{
  g_return_if_fail (self != NULL);

  self->colors = colors != NULL ? *colors : bb_report_paper_colors;
}

static const BbReportChartColor *
series_color (BbReportBars *self,
              guint         series,
              double       *alpha)
{
  /* Three colours, then the same three lighter: told apart in grey print too. */
  const BbReportChartColor *colors[] = { &self->colors.accent, &self->colors.foreground,
                                         &self->colors.warning };

  *alpha = series < 3 ? 1.0 : 0.5;
  return colors[series % 3];
}

static void
show_text (cairo_t     *cr,
           PangoLayout *layout,
           const char  *text,
           double       x,
           double       y,
           double       align,
           double       max_width)
{
  int width, height;

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, max_width > 0 ? (int) (max_width * PANGO_SCALE) : -1);
  pango_layout_set_ellipsize (layout, max_width > 0 ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, x - align * width, y - height / 2.0);
  pango_cairo_show_layout (cr, layout);
  pango_layout_set_width (layout, -1);
}

/* Labels below narrow bars wrap at words onto this many lines; when a word is
 * wider than its bar's slot they are turned 45° instead, at most this share of the
 * chart's height, and shortened only beyond that. */
#define LABEL_LINES 3
#define TURNED_SHARE 0.5

/* @layout set up for @label in a slot @width wide: wrapped at words (or within one
 * that is too long), cut with an ellipsis only on the last line. */
static void
set_label (PangoLayout *layout,
           const char  *label,
           double       width)
{
  pango_layout_set_text (layout, label, -1);
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_height (layout, -LABEL_LINES);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
}

static void
reset_layout (PangoLayout *layout)
{
  pango_layout_set_width (layout, -1);
  pango_layout_set_height (layout, -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
  pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
}

/* The widest word of any label, and the widest label on one line. */
static void
measure_labels (BbReportBars *self,
                PangoLayout  *layout,
                int          *widest_word,
                int          *widest_label)
{
  *widest_word = *widest_label = 0;
  for (guint i = 0; i < self->labels->len; i++)
    {
      const char *label = g_ptr_array_index (self->labels, i);
      g_auto(GStrv) words = g_strsplit (label, " ", -1);
      int width;

      for (guint w = 0; words[w] != NULL; w++)
        {
          pango_layout_set_text (layout, words[w], -1);
          pango_layout_get_pixel_size (layout, &width, NULL);
          *widest_word = MAX (*widest_word, width);
        }
      pango_layout_set_text (layout, label, -1);
      pango_layout_get_pixel_size (layout, &width, NULL);
      *widest_label = MAX (*widest_label, width);
    }
}

/* @label turned 45° with its end under @x, @y, at most @length long. */
static void
show_turned_label (cairo_t     *cr,
                   PangoLayout *layout,
                   const char  *label,
                   double       x,
                   double       y,
                   double       length)
{
  int width, height;

  pango_layout_set_text (layout, label, -1);
  pango_layout_set_width (layout, (int) (MAX (length, 1) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rotate (cr, -G_PI / 4);
  cairo_move_to (cr, -length - height / 2.0, -height / 2.0);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
  reset_layout (layout);
}

/* The height the tallest label takes in a slot @width wide. */
static int
labels_height (BbReportBars *self,
               PangoLayout  *layout,
               double        width)
{
  int tallest = 0;

  for (guint i = 0; i < self->labels->len; i++)
    {
      int height;

      set_label (layout, g_ptr_array_index (self->labels, i), width);
      pango_layout_get_pixel_size (layout, NULL, &height);
      tallest = MAX (tallest, height);
    }
  reset_layout (layout);
  return tallest;
}

/* A swatch and the name of each series, left to right, as far as they fit. */
static void
draw_legend (BbReportBars *self,
             cairo_t      *cr,
             PangoLayout  *layout,
             double        left,
             double        right,
             double        y,
             double        text_height)
{
  double x = left;

  for (guint s = 0; s < self->series->len; s++)
    {
      Series *series = g_ptr_array_index (self->series, s);
      const char *name = series->name != NULL ? series->name : "";
      const BbReportChartColor *color;
      double alpha;
      int width;

      pango_layout_set_text (layout, name, -1);
      pango_layout_get_pixel_size (layout, &width, NULL);
      if (x + text_height + 2 + width > right)
        break;
      color = series_color (self, s, &alpha);
      bb_report_set_color (cr, color, alpha);
      cairo_rectangle (cr, x, y - text_height / 3.0, text_height * 2 / 3.0, text_height * 2 / 3.0);
      cairo_fill (cr);
      bb_report_set_color (cr, &self->colors.foreground, 1.0);
      show_text (cr, layout, name, x + text_height, y, 0.0, 0);
      x += text_height + width + 2 * PAD;
    }
}

void
bb_report_bars_draw (BbReportBars *self,
                     cairo_t      *cr,
                     double        width,
                     double        height,
                     const char   *font)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoFontDescription) desc = NULL;
  g_autofree char *max_text = NULL;
  double max = 0, left, right, top, bottom, slot, bar, turned = 0;
  int text_width, text_height, label_height, widest_word, widest_label;
  guint n_series, n_labels;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  g_ptr_array_set_size (self->items, 0);
  n_series = self->series->len;
  n_labels = self->labels->len;

  for (guint s = 0; s < n_series; s++)
    {
      Series *series = g_ptr_array_index (self->series, s);

      for (guint i = 0; i < series->values->len; i++)
        if (!isnan (g_array_index (series->values, double, i)))
          max = MAX (max, g_array_index (series->values, double, i));
    }
  if (!isnan (self->target))
    max = MAX (max, self->target);
  if (max <= 0)
    max = 1;

  layout = pango_cairo_create_layout (cr);
  desc = pango_font_description_from_string (font != NULL ? font : "Sans 9");
  pango_layout_set_font_description (layout, desc);
  max_text = bb_report_format_value (max);
  pango_layout_set_text (layout, max_text, -1);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);

  /* The plot: the largest value on the left, a line of labels below, a value above
   * each bar; above it all a legend when there are several series. */
  left = PAD + text_width + PAD;
  right = width - PAD;
  top = PAD + text_height + 2 + (n_series > 1 ? text_height + 2 : 0);
  if (right - left < 20 || n_labels == 0 || n_series == 0)
    return;
  slot = (right - left) / n_labels;
  /* Room for the labels as they wrap, so a narrow chart does not cut them; turned
   * when a word would have to be cut, with room on the left for the first. */
  measure_labels (self, layout, &widest_word, &widest_label);
  if (widest_word > slot - 2)
    {
      turned = MIN (widest_label, TURNED_SHARE * height * G_SQRT2 - text_height);
      left = MAX (left, PAD + (turned + text_height) / G_SQRT2 - slot / 2);
      slot = (right - left) / n_labels;
      label_height = (int) ceil ((turned + text_height) / G_SQRT2);
    }
  else
    label_height = MAX (text_height, labels_height (self, layout, slot - 2));
  bottom = height - PAD - label_height - PAD;
  if (bottom - top < 20)
    return;

  bar = slot * GROUP_FILL / n_series;

#define Y_OF(v) (bottom - (CLAMP ((v), 0, max)) / max * (bottom - top))

  cairo_save (cr);

  if (n_series > 1)
    draw_legend (self, cr, layout, left, right, PAD + text_height / 2.0, text_height);

  for (guint i = 0; i < n_labels; i++)
    {
      const char *label = g_ptr_array_index (self->labels, i);
      double group_left = left + i * slot + slot * (1 - GROUP_FILL) / 2;

      for (guint s = 0; s < n_series; s++)
        {
          Series *series = g_ptr_array_index (self->series, s);
          double value = g_array_index (series->values, double, i);
          const BbReportChartColor *color;
          double x = group_left + s * bar, y, alpha;
          g_autofree char *number = NULL;

          if (isnan (value))
            continue;
          y = Y_OF (value);
          color = series_color (self, s, &alpha);
          bb_report_set_color (cr, color, alpha);
          cairo_rectangle (cr, x + 0.5, y, MAX (bar - 1, 1), bottom - y);
          cairo_fill (cr);

          number = bb_report_format_value (value);
          bb_report_set_color (cr, &self->colors.foreground, 1.0);
          if (bar >= text_height)
            show_text (cr, layout, number, x + bar / 2, y - 2 - text_height / 2.0, 0.5, 0);
          bb_report_items_add (self->items, BB_REPORT_CHART_ITEM_POINT, x, y, x + bar, bottom, value,
                    series->name != NULL ? g_strdup_printf ("%s: %s", series->name, label)
                                         : g_strdup (label));
        }

      bb_report_set_color (cr, &self->colors.muted, 1.0);
      if (turned > 0)
        show_turned_label (cr, layout, label, left + (i + 0.5) * slot, bottom + PAD, turned);
      else
        {
          set_label (layout, label, slot - 2);
          cairo_move_to (cr, left + i * slot + 1, bottom + PAD);
          pango_cairo_show_layout (cr, layout);
          reset_layout (layout);
        }
      bb_report_items_add (self->items, BB_REPORT_CHART_ITEM_AXIS_LABEL, left + i * slot, bottom + PAD,
                left + (i + 1) * slot, bottom + PAD, i, g_strdup (label));
    }

  /* The axis: the baseline and the largest value. */
  bb_report_set_color (cr, &self->colors.muted, 1.0);
  show_text (cr, layout, max_text, left - PAD, top, 1.0, 0);
  bb_report_items_add (self->items, BB_REPORT_CHART_ITEM_AXIS_LABEL, PAD, top, left - PAD, top, max, g_strdup (max_text));
  bb_report_set_color (cr, &self->colors.muted, 0.5);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, left, bottom + 0.5);
  cairo_line_to (cr, right, bottom + 0.5);
  cairo_stroke (cr);

  if (!isnan (self->target))
    {
      double y = Y_OF (self->target);
      double dashes[] = { 6.0, 3.0 };
      g_autofree char *text = self->target_label != NULL ? g_strdup (self->target_label)
                                                         : bb_report_format_value (self->target);

      bb_report_set_color (cr, &self->colors.foreground, 0.8);
      cairo_set_line_width (cr, 1.0);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_move_to (cr, left, y + 0.5);
      cairo_line_to (cr, right, y + 0.5);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      bb_report_set_color (cr, &self->colors.foreground, 1.0);
      show_text (cr, layout, text, right - 2, y - 2 - text_height / 2.0, 1.0, 0);
      bb_report_items_add (self->items, BB_REPORT_CHART_ITEM_TARGET, left, y, right, y, self->target, g_steal_pointer (&text));
    }

#undef Y_OF

  cairo_restore (cr);
}

GPtrArray *
bb_report_bars_get_items (BbReportBars *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->items;
}

guint
bb_report_bars_get_n_series (BbReportBars *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->series->len;
}

guint
bb_report_bars_get_n_labels (BbReportBars *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->labels->len;
}
