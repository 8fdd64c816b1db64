/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The mappings of foreign taxonomy terms remembered per source: read while an import
 * is prepared, written when it is committed (in its transaction). Only the offer
 * repository's import calls these. */

#include "bb-database.h"
#include "bb-import.h"

G_BEGIN_DECLS

/* Collects the foreign terms of @import's records and maps each as remembered for
 * the import's source. After the catalogue's lists are set on @import. */
gboolean _bb_taxonomy_repository_load (BbDatabase  *database,
                                       BbImport    *import,
                                       GError     **error);
/* Remembers what @import's terms were mapped to, for its source; a term kept as a
 * keyword forgets what it was mapped to before. */
gboolean _bb_taxonomy_repository_save (BbDatabase  *database,
                                       BbImport    *import,
                                       GError     **error);

G_END_DECLS
