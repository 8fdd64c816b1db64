/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "bb-overview.h"

G_BEGIN_DECLS

#define BB_TYPE_OVERVIEW_CARD_WIDGET (bb_overview_card_widget_get_type ())
G_DECLARE_FINAL_TYPE (BbOverviewCardWidget, bb_overview_card_widget, BB, OVERVIEW_CARD_WIDGET, GtkWidget)

/* One card of the overview: its title, its headline figure, its chart (whose text
 * alternative is the card's summary) or its empty text, and a menu of the points
 * that lead somewhere, for the keyboard; a click on a bar or a point leads there
 * too, through win.show-filtered ("(sa{ss})": view, filters). */
BbOverviewCardWidget *bb_overview_card_widget_new      (void);
/* @card is borrowed: the caller keeps it alive while it is shown. */
void                  bb_overview_card_widget_set_card (BbOverviewCardWidget *self,
                                                        const BbOverviewCard *card);
const BbOverviewCard *bb_overview_card_widget_get_card (BbOverviewCardWidget *self);
/* The drawing: an image for assistive technology, labelled with the card's title and
 * described by its summary. */
GtkWidget            *bb_overview_card_widget_get_chart (BbOverviewCardWidget *self);

G_END_DECLS
