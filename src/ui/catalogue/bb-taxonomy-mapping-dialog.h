/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "bb-import.h"

G_BEGIN_DECLS

#define BB_TYPE_TAXONOMY_MAPPING_DIALOG (bb_taxonomy_mapping_dialog_get_type ())
G_DECLARE_FINAL_TYPE (BbTaxonomyMappingDialog, bb_taxonomy_mapping_dialog, BB, TAXONOMY_MAPPING_DIALOG, AdwWindow)

/* Lists the foreign taxonomies of a prepared @import, each with its terms, and lets
 * the user map each term to one of the catalogue's target groups or steps, or keep
 * it as a keyword. Each choice is applied to @import at once; "mapped" says so. */
BbTaxonomyMappingDialog *bb_taxonomy_mapping_dialog_new (BbImport *import);

G_END_DECLS
