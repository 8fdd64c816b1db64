/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "bb-report-chart.h"

G_BEGIN_DECLS

/* A bar chart: bars side by side per label, one per series, grouped when there are
 * several, from zero up to the largest value (or the target, when higher), with an
 * optional dashed target line across. Cairo only, so the overview's cards and its
 * PDF draw it alike; colours as BbReportChartColors (the first series in the accent,
 * the others in the foreground and muted colours). What it drew is reported as
 * BbReportChartItem records like bb_report_chart_get_items (): a bar is a POINT item
 * (x0, y0 its top left, x1, y1 its bottom right, text "<series>: <label>" or the
 * label alone), the target a TARGET item, the labels under the bars AXIS_LABEL items. */
typedef struct _BbReportBars BbReportBars;

BbReportBars *bb_report_bars_new        (const char                *title);
void          bb_report_bars_free       (BbReportBars              *self);
/* Adds a series (NULL @name for a chart's only one) and returns its index. */
guint         bb_report_bars_add_series (BbReportBars              *self,
                                         const char                *name);
/* The value of series @series at @label; labels appear in the order first added. */
void          bb_report_bars_set_value  (BbReportBars              *self,
                                         guint                      series,
                                         const char                *label,
                                         double                     value);
/* A dashed line across at @value, labelled @label (or the value); NAN for none. */
void          bb_report_bars_set_target (BbReportBars              *self,
                                         double                     value,
                                         const char                *label);
void          bb_report_bars_set_colors (BbReportBars              *self,
                                         const BbReportChartColors *colors);
/* Draws into 0, 0 – @width, @height of @cr with @font (NULL for "Sans 9"). */
void          bb_report_bars_draw       (BbReportBars              *self,
                                         cairo_t                   *cr,
                                         double                     width,
                                         double                     height,
                                         const char                *font);
/* BbReportChartItem records of the last draw, owned by the chart. */
GPtrArray    *bb_report_bars_get_items  (BbReportBars              *self);
guint         bb_report_bars_get_n_series (BbReportBars            *self);
guint         bb_report_bars_get_n_labels (BbReportBars            *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbReportBars, bb_report_bars_free)

G_END_DECLS
