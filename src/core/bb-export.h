/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-store.h"

G_BEGIN_DECLS

/* Writes every offer of @store to @file, as CSV or HSDS JSON by the file's extension
 * (case-insensitive); any other extension is BB_IMPORT_ERROR_UNKNOWN_TYPE. The file is
 * replaced only once it is complete: on error an existing file stays as it was and a
 * new one is removed. */
gboolean bb_export_offers (BbStore  *store,
                           GFile    *file,
                           GError  **error);

G_END_DECLS
