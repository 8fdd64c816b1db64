/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "bb-overview.h"

G_BEGIN_DECLS

#define BB_TYPE_OVERVIEW_CHART (bb_overview_chart_get_type ())
G_DECLARE_FINAL_TYPE (BbOverviewChart, bb_overview_chart, BB, OVERVIEW_CHART, GtkWidget)

/* A card's chart: its series as bars (src/core/reports, as in the PDF) or its
 * headline numbers, in the style's colours; an image for assistive technology whose
 * label is the card's title and whose description is its summary. A click on a bar
 * that leads somewhere activates win.show-filtered ("(sa{ss})"). */
GtkWidget *bb_overview_chart_new      (void);
/* @card is borrowed, and NULL shows nothing. */
void       bb_overview_chart_set_card (BbOverviewChart      *self,
                                       const BbOverviewCard *card);
/* Where the bar or number of @point was drawn, in the widget's coordinates: FALSE
 * before a draw or for a point not drawn. For tests, which click there. */
gboolean   bb_overview_chart_get_point_area (BbOverviewChart       *self,
                                             const BbOverviewPoint *point,
                                             graphene_rect_t       *area);

/* A figure as the cards write it: whole when it is, else with one decimal. */
char      *bb_overview_format_value   (double                value);

/* Activates win.show-filtered from @widget for @link: shared by the chart and the
 * card's menu. */
void       bb_overview_activate_link  (GtkWidget            *widget,
                                       const BbOverviewLink *link);

G_END_DECLS
