/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "bb-report-chart.h"

G_BEGIN_DECLS

#define BB_TYPE_CHART (bb_chart_get_type ())
G_DECLARE_FINAL_TYPE (BbChart, bb_chart, BB, CHART, GtkWidget)

/* A BbReportChart on screen, in the style's colours (light or dark, the accent), its
 * values readable as text: the chart's description is the widget's accessible
 * description and its tooltip. */
GtkWidget     *bb_chart_new       (void);
/* Takes @chart; NULL shows nothing. */
void           bb_chart_set_chart (BbChart       *self,
                                   BbReportChart *chart);
BbReportChart *bb_chart_get_chart (BbChart       *self);

/* For other drawings of src/core/reports in a widget (the overview's bars): the
 * widget's style colours, as BbChart draws with them, and its font. */
void           bb_chart_lookup_colors (GtkWidget           *widget,
                                       BbReportChartColors *colors);
char          *bb_chart_dup_font      (GtkWidget           *widget);

G_END_DECLS
