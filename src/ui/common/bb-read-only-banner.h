/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-context.h"

G_BEGIN_DECLS

#define BB_TYPE_READ_ONLY_BANNER (bb_read_only_banner_get_type ())
G_DECLARE_FINAL_TYPE (BbReadOnlyBanner, bb_read_only_banner, BB, READ_ONLY_BANNER, GtkWidget)

/* The bar above every view while the database can only be read: that nothing can be
 * changed, and why (bb_database_get_read_only_reason ()). Property "context": shown
 * while the context's database is read-only. */
void        bb_read_only_banner_set_context (BbReadOnlyBanner *self,
                                             BbContext        *context);
gboolean    bb_read_only_banner_get_revealed (BbReadOnlyBanner *self);

/* The one switch every editing control follows: TRUE while @context (may be NULL)
 * has a database that can only be read. */
gboolean    bb_read_only_get                (BbContext        *context);
/* Disables @actions (NULL-terminated) of @widget while @context is read-only; for a
 * view's own update of its actions, after it has enabled them by its own rules. */
void        bb_read_only_disable_actions    (GtkWidget          *widget,
                                             BbContext          *context,
                                             const char * const *actions);

G_END_DECLS
