/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-store.h"

G_BEGIN_DECLS

#define BB_TYPE_OFFERS_VIEW (bb_offers_view_get_type ())
G_DECLARE_FINAL_TYPE (BbOffersView, bb_offers_view, BB, OFFERS_VIEW, GtkWidget)

/* The offer catalogue: a searchable, filterable list beside the selected offer. */
BbStore *bb_offers_view_get_store (BbOffersView *self);
void     bb_offers_view_set_store (BbOffersView *self,
                                   BbStore      *store);

G_END_DECLS
