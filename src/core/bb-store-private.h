/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "bb-store.h"

G_BEGIN_DECLS

/* For tests that check what the file holds and how the connection is set up. */
sqlite3 *bb_store_get_db   (BbStore    *self);
/* The locale-independent Danish sort key stored beside titles and provider names:
 * case and accents folded, æ ø å after z. */
char    *bb_store_sort_key (const char *text);

G_END_DECLS
