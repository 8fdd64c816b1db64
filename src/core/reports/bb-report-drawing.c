/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>

#include "bb-report-drawing-private.h"

/* A chart is drawn on paper unless told otherwise. */
const BbReportChartColors bb_report_paper_colors = {
  { 0.14, 0.14, 0.14, 1.0 },
  { 0.37, 0.37, 0.37, 1.0 },
  { 0.10, 0.37, 0.71, 1.0 },
  { 0.78, 0.36, 0.00, 1.0 },
  { 1.00, 1.00, 1.00, 1.0 },
};

void
bb_report_item_free (gpointer data)
{
  BbReportChartItem *item = data;

  g_free (item->text);
  g_free (item);
}

/* Takes @text. */
BbReportChartItem *
bb_report_items_add (GPtrArray             *items,
                     BbReportChartItemKind  kind,
                     double                 x0,
                     double                 y0,
                     double                 x1,
                     double                 y1,
                     double                 value,
                     char                  *text)
{
  BbReportChartItem *item = g_new0 (BbReportChartItem, 1);

  item->kind = kind;
  item->x0 = x0;
  item->y0 = y0;
  item->x1 = x1;
  item->y1 = y1;
  item->value = value;
  item->text = text;
  g_ptr_array_add (items, item);

  return item;
}

/* Whole numbers without decimals, others with one, with the locale's decimal mark. */
char *
bb_report_format_value (double value)
{
  if (fabs (value - round (value)) < 1e-9)
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.1f", value);
}

void
bb_report_set_color (cairo_t                  *cr,
                     const BbReportChartColor *color,
                     double                    alpha)
{
  cairo_set_source_rgba (cr, color->r, color->g, color->b, color->a * alpha);
}
