/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-view.h"

G_BEGIN_DECLS

#define BB_TYPE_OFFERS_VIEW (bb_offers_view_get_type ())
G_DECLARE_FINAL_TYPE (BbOffersView, bb_offers_view, BB, OFFERS_VIEW, GtkWidget)

/* The offer catalogue: a searchable, filterable list beside the selected offer. A
 * BbView: it shows the catalogue of its "context".
 *
 * Action "offers.show-offer" (x, the offer id): selects the offer and shows it,
 * clearing the search and the filters when they hide it. */

G_END_DECLS
