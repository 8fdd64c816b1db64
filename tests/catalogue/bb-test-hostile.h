/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bb-offer.h"

G_BEGIN_DECLS

/* Offers with every field the catalogue holds filled with what breaks files: line
 * breaks of every kind inside values, the separators of both formats, formula starts
 * (=, +, -, @, TAB, CR, and ' followed by =), spaces at the ends, astral characters,
 * ids that are not UUIDs, empty optional fields. The same @seed gives the same offers.
 * Providers, target groups and steps come from small pools, so offers share them as a
 * real catalogue does; with @huge one description is over 1 MB. */
GPtrArray *bb_test_hostile_offers (guint32  seed,
                                   guint    n_offers,
                                   gboolean huge);

G_END_DECLS
