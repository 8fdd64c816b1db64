/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "bb-report-chart.h"

G_BEGIN_DECLS

/* What the chart and the bars share: paper colours, the items they record for tests
 * and tooltips, and how a value is written. */
extern const BbReportChartColors bb_report_paper_colors;

void               bb_report_item_free   (gpointer                   data);
BbReportChartItem *bb_report_items_add   (GPtrArray                 *items,
                                          BbReportChartItemKind      kind,
                                          double                     x0,
                                          double                     y0,
                                          double                     x1,
                                          double                     y1,
                                          double                     value,
                                          char                      *text);
char              *bb_report_format_value (double                    value);
void               bb_report_set_color   (cairo_t                   *cr,
                                          const BbReportChartColor  *color,
                                          double                     alpha);

G_END_DECLS
