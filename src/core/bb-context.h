/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-clock.h"
#include "bb-database.h"
#include "bb-list-repository.h"
#include "bb-offer-repository.h"

G_BEGIN_DECLS

#define BB_TYPE_CONTEXT (bb_context_get_type ())
G_DECLARE_FINAL_TYPE (BbContext, bb_context, BB, CONTEXT, GObject)

/* What every view works with: the database, a repository per domain, the settings
 * (NULL in tests that need none) and the clock (the database's). Read-only properties
 * "database", "offers", "lists", "settings", "clock". */
BbContext         *bb_context_new          (BbDatabase  *database,
                                            GSettings   *settings,
                                            GError     **error);
BbDatabase        *bb_context_get_database (BbContext   *self);
BbOfferRepository *bb_context_get_offers   (BbContext   *self);
BbListRepository  *bb_context_get_lists    (BbContext   *self);
GSettings         *bb_context_get_settings (BbContext   *self);
BbClock           *bb_context_get_clock    (BbContext   *self);

G_END_DECLS
