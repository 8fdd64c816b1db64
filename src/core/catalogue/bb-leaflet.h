/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "bb-offer.h"
#include "bb-report.h"

G_BEGIN_DECLS

/* A4 portrait in points, the page the leaflet is designed for. */
#define BB_LEAFLET_A4_WIDTH  BB_REPORT_A4_WIDTH
#define BB_LEAFLET_A4_HEIGHT BB_REPORT_A4_HEIGHT

/* Draws the leaflet of @offer on one page of @width × @height points (A4 is 595 × 842),
 * in the UI language. Empty fields are left out; a long description is shortened so that
 * everything fits on the page. */
void     bb_leaflet_draw      (BbOffer  *offer,
                               cairo_t  *cr,
                               double    width,
                               double    height);
/* Writes a one-page A4 PDF. The file is replaced only once it is complete: on error an
 * existing file stays as it was and a new one is removed. */
gboolean bb_leaflet_write_pdf (BbOffer  *offer,
                               GFile    *file,
                               GError  **error);

G_END_DECLS
