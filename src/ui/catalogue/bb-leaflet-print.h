/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "bb-offer.h"

G_BEGIN_DECLS

#define BB_TYPE_LEAFLET_PRINT (bb_leaflet_print_get_type ())
G_DECLARE_FINAL_TYPE (BbLeafletPrint, bb_leaflet_print, BB, LEAFLET_PRINT, GtkPrintOperation)

/* Prints the leaflet of @offer on one A4 page; run it with gtk_print_operation_run().
 * The print dialog's "Print to File" writes the same leaflet as a PDF. */
BbLeafletPrint *bb_leaflet_print_new (BbOffer *offer);

G_END_DECLS
