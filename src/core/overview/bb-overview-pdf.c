/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The overview on one landscape A4 page: a heading with the period and the adviser,
 * then the cards in a grid, each its chart (src/core/reports) or its numbers, and
 * the card's summary in small print under it, so the page reads without colour. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "bb-overview-private.h"
#include "bb-report-bars.h"
#include "bb-report-chart.h"
#include "bb-report-text.h"
#include "bb-report.h"

#define COLUMNS 4
#define CHART_FONT "Cantarell 6"
#define TITLE_SIZE 8.0
#define SUMMARY_SIZE 5.5
#define GAP 10.0

typedef struct
{
  BbOverview *overview;
  const char *municipality;
} Page;

static double
card_maximum (const BbOverviewCard *card)
{
  double max = isnan (card->target) ? 0 : card->target;

  for (guint s = 0; s < card->series->len; s++)
    {
      BbOverviewSeries *series = g_ptr_array_index (card->series, s);

      for (guint i = 0; i < series->points->len; i++)
        {
          double value = ((BbOverviewPoint *) g_ptr_array_index (series->points, i))->value;

          if (!isnan (value))
            max = MAX (max, value);
        }
    }

  return max > 0 ? max : 1;
}

/* A line per series over the months, drawn over each other on the same scale. */
static void
draw_lines (const BbOverviewCard *card,
            cairo_t              *cr,
            double                width,
            double                height)
{
  double max = card_maximum (card);

  for (guint s = 0; s < card->series->len; s++)
    {
      BbOverviewSeries *series = g_ptr_array_index (card->series, s);
      g_autoptr(BbReportChart) chart = bb_report_chart_new (series->name, 0, max);
      BbReportChartColors colors = {
        { 0.14, 0.14, 0.14, 1.0 }, { 0.37, 0.37, 0.37, 1.0 },
        { 0.10, 0.37, 0.71, 1.0 }, { 0.78, 0.36, 0.00, 1.0 }, { 1, 1, 1, 0 },
      };

      /* The accent, then darker and lighter greys. */
      if (s > 0)
        colors.accent = (BbReportChartColor) { 0.1 + 0.15 * (s % 4), 0.1 + 0.15 * (s % 4), 0.1 + 0.15 * (s % 4), 1.0 };
      bb_report_chart_set_colors (chart, &colors);
      if (s == 0 && !isnan (card->target))
        bb_report_chart_set_target (chart, card->target, NULL);
      for (guint i = 0; i < series->points->len; i++)
        {
          BbOverviewPoint *point = g_ptr_array_index (series->points, i);
          g_autofree char *day = point->key != NULL ? g_strdup_printf ("%.7s-01", point->key) : NULL;

          if (day != NULL && !isnan (point->value))
            bb_report_chart_add_point (chart, day, point->value, BB_REPORT_CHART_MARK_NONE);
        }
      bb_report_chart_draw (chart, cr, width, height, CHART_FONT);
    }
}

static void
draw_bars (const BbOverviewCard *card,
           cairo_t              *cr,
           double                width,
           double                height)
{
  g_autoptr(BbReportBars) bars = bb_report_bars_new (card->title);

  for (guint s = 0; s < card->series->len; s++)
    {
      BbOverviewSeries *series = g_ptr_array_index (card->series, s);
      guint index = bb_report_bars_add_series (bars, series->name);

      for (guint i = 0; i < series->points->len; i++)
        {
          BbOverviewPoint *point = g_ptr_array_index (series->points, i);

          bb_report_bars_set_value (bars, index, point->label, point->value);
        }
    }
  bb_report_bars_set_target (bars, card->target, NULL);
  bb_report_bars_draw (bars, cr, width, height, CHART_FONT);
}

/* The headline numbers side by side, each with its name under it. */
static void
draw_numbers (const BbOverviewCard *card,
              PangoContext         *context,
              cairo_t              *cr,
              double                width)
{
  double x = 0, column = width / MAX (card->series->len, 1);

  for (guint s = 0; s < card->series->len; s++)
    {
      BbOverviewSeries *series = g_ptr_array_index (card->series, s);
      BbOverviewPoint *point;
      g_autofree char *number = NULL;
      g_autofree char *name = NULL;
      g_autoptr(PangoLayout) big = NULL;
      g_autoptr(PangoLayout) small = NULL;

      if (series->points->len == 0)
        continue;
      point = g_ptr_array_index (series->points, 0);
      number = _bb_overview_format_value (point->value);
      name = g_markup_escape_text (series->name != NULL ? series->name : point->label, -1);
      big = bb_report_layout_new (context, number, 20, column);
      small = bb_report_layout_new (context, name, TITLE_SIZE - 1, column);
      bb_report_set_source_color (cr, BB_REPORT_COLOR_ACCENT, 1);
      bb_report_show_layout (cr, big, x, 4);
      bb_report_set_source_color (cr, BB_REPORT_COLOR_MUTED, 1);
      bb_report_show_layout (cr, small, x, 4 + bb_report_layout_get_height (big));
      x += column;
    }
}

static void
draw_card (const BbOverviewCard *card,
           PangoContext         *context,
           cairo_t              *cr,
           double                x,
           double                y,
           double                width,
           double                height)
{
  g_autofree char *title = bb_report_markup_bold (card->title);
  g_autoptr(PangoLayout) heading = bb_report_layout_new (context, title, TITLE_SIZE, width);
  g_autofree char *summary_text = g_markup_escape_text (card->summary != NULL ? card->summary : "", -1);
  g_autoptr(PangoLayout) summary = bb_report_layout_new (context, summary_text, SUMMARY_SIZE, width);
  double top, chart_height;

  bb_report_layout_limit_lines (heading, 1);
  bb_report_layout_limit_lines (summary, 3);
  bb_report_set_source_color (cr, BB_REPORT_COLOR_TEXT, 1);
  bb_report_show_layout (cr, heading, x, y);
  top = y + bb_report_layout_get_height (heading) + 2;
  chart_height = y + height - top - (summary != NULL ? bb_report_layout_get_height (summary) + 2 : 0);

  if (summary != NULL)
    {
      bb_report_set_source_color (cr, BB_REPORT_COLOR_MUTED, 1);
      bb_report_show_layout (cr, summary, x, top + chart_height + 2);
    }

  cairo_save (cr);
  cairo_translate (cr, x, top);
  if (card->empty_text != NULL)
    {
      g_autofree char *text = g_markup_escape_text (card->empty_text, -1);
      g_autoptr(PangoLayout) layout = bb_report_layout_new (context, text, TITLE_SIZE - 1, width);

      bb_report_set_source_color (cr, BB_REPORT_COLOR_MUTED, 1);
      bb_report_show_layout (cr, layout, 0, chart_height / 3);
    }
  else if (card->kind == BB_OVERVIEW_CHART_NUMBERS)
    draw_numbers (card, context, cr, width);
  else if (card->kind == BB_OVERVIEW_CHART_LINE)
    draw_lines (card, cr, width, chart_height);
  else
    draw_bars (card, cr, width, chart_height);
  cairo_restore (cr);
}

static void
draw_page (BbReport *report,
           cairo_t  *cr,
           gpointer  user_data)
{
  Page *page = user_data;
  const BbOverviewFilter *filter = bb_overview_get_filter (page->overview);
  PangoContext *context = bb_report_create_pango_context (cr);
  double width = BB_REPORT_A4_HEIGHT, height = BB_REPORT_A4_WIDTH;
  double margin = 0.05 * height, content = width - 2 * margin, y = margin;
  g_autofree char *period = bb_overview_filter_describe (filter);
  const char *adviser = bb_overview_get_adviser_name (page->overview);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *subtitle_markup = NULL;
  g_autoptr(PangoLayout) title_layout = NULL;
  g_autoptr(PangoLayout) subtitle_layout = NULL;
  guint n_cards = bb_overview_get_n_cards (page->overview);
  guint rows = (n_cards + COLUMNS - 1) / COLUMNS;
  double cell_width, cell_height;

  {
    g_autofree char *heading = page->municipality != NULL && *page->municipality != '\0'
                                 /* Translators: the overview PDF's heading; %s is the municipality. */
                                 ? g_strdup_printf (_("Overview – %s"), page->municipality)
                                 : g_strdup (_("Overview"));

    title = bb_report_markup_bold (heading);
  }
  /* Translators: the overview PDF's period and whose courses it counts. */
  g_string_append_printf (subtitle, _("Period: %s (%s to %s)"), period, filter->from, filter->to);
  g_string_append (subtitle, " · ");
  if (adviser != NULL)
    /* Translators: the adviser whose courses the overview counts. */
    g_string_append_printf (subtitle, _("Adviser: %s"), adviser);
  else
    g_string_append (subtitle, _("All advisers"));
  subtitle_markup = g_markup_escape_text (subtitle->str, -1);

  title_layout = bb_report_layout_new (context, title, 16, content);
  subtitle_layout = bb_report_layout_new (context, subtitle_markup, 9, content);
  bb_report_set_source_color (cr, BB_REPORT_COLOR_ACCENT, 1);
  bb_report_show_layout (cr, title_layout, margin, y);
  y += bb_report_layout_get_height (title_layout) + 2;
  bb_report_set_source_color (cr, BB_REPORT_COLOR_TEXT, 1);
  bb_report_show_layout (cr, subtitle_layout, margin, y);
  y += bb_report_layout_get_height (subtitle_layout) + GAP;

  if (rows == 0)
    {
      g_object_unref (context);
      return;
    }
  cell_width = (content - (COLUMNS - 1) * GAP) / COLUMNS;
  cell_height = (height - margin - y - (rows - 1) * GAP) / rows;
  for (guint i = 0; i < n_cards; i++)
    draw_card (bb_overview_get_card (page->overview, i), context, cr,
               margin + (i % COLUMNS) * (cell_width + GAP), y + (i / COLUMNS) * (cell_height + GAP),
               cell_width, cell_height);
  g_object_unref (context);
}

gboolean
bb_overview_write_pdf (BbOverview  *self,
                       const char  *municipality,
                       GFile       *file,
                       GError     **error)
{
  Page page = { self, municipality };

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return bb_report_write_pdf (file, BB_REPORT_A4_HEIGHT, BB_REPORT_A4_WIDTH, _("Overview"), draw_page, &page,
                              error);
}
