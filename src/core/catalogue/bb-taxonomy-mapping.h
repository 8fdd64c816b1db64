/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bb-import.h"
#include "bb-term.h"

G_BEGIN_DECLS

#define BB_TYPE_FOREIGN_TERM (bb_foreign_term_get_type ())
G_DECLARE_FINAL_TYPE (BbForeignTerm, bb_foreign_term, BB, FOREIGN_TERM, GObject)

/* A term of a taxonomy that is not Brobygger's own, as the offers of one import use
 * it (AIRS "YF-5000", a region's own target group), and what it stands for here:
 * a target group or step of the catalogue ("target"), or NULL to keep it as a
 * keyword. A term is known by its taxonomy and its code, or its name when it has no
 * code. Properties: "taxonomy", "code", "name" (never NULL, "" when unset),
 * "target", "remembered" (the target came from the mapping remembered for the
 * source), "n-offers". */
const char *bb_foreign_term_get_taxonomy   (BbForeignTerm *self);
const char *bb_foreign_term_get_code       (BbForeignTerm *self);
const char *bb_foreign_term_get_name       (BbForeignTerm *self);
/* "YF-5000 Mental Health Services", or the name alone. */
char       *bb_foreign_term_dup_label      (BbForeignTerm *self);
/* A BbTargetGroup or BbStep of the catalogue, or NULL for a keyword. */
GObject    *bb_foreign_term_get_target     (BbForeignTerm *self);
gboolean    bb_foreign_term_get_remembered (BbForeignTerm *self);
guint       bb_foreign_term_get_n_offers   (BbForeignTerm *self);

#define BB_TYPE_TAXONOMY_MAPPING (bb_taxonomy_mapping_get_type ())
G_DECLARE_FINAL_TYPE (BbTaxonomyMapping, bb_taxonomy_mapping, BB, TAXONOMY_MAPPING, GObject)

/* The foreign terms of one import, in file order, and what each is mapped to. The
 * mapping is remembered per source and applied to the next import from it. */
BbTaxonomyMapping *bb_taxonomy_mapping_new            (const char        *source);
/* Who published the file: its name without the extension and without what changes
 * from one edition to the next (a trailing date or number, "-page-2"), lower case:
 * "Region-H_målgrupper-2026-03.json" → "region-h_målgrupper". */
char              *bb_taxonomy_source_for_file_name   (const char        *file_name);
const char        *bb_taxonomy_mapping_get_source     (BbTaxonomyMapping *self);
/* BbForeignTerm items. */
GListModel        *bb_taxonomy_mapping_get_terms      (BbTaxonomyMapping *self);
/* The taxonomies of the terms, in the order they first appear ("" for terms that name
 * none). */
GStrv              bb_taxonomy_mapping_dup_taxonomies (BbTaxonomyMapping *self);
/* The item for @term, added when new; each call counts one more offer using it. */
BbForeignTerm     *bb_taxonomy_mapping_add            (BbTaxonomyMapping *self,
                                                       const BbTerm      *term);
BbForeignTerm     *bb_taxonomy_mapping_lookup         (BbTaxonomyMapping *self,
                                                       const char        *taxonomy,
                                                       const char        *code,
                                                       const char        *name);
/* @remembered: the target is the one remembered for the source. */
void               bb_taxonomy_mapping_set_target     (BbTaxonomyMapping *self,
                                                       BbForeignTerm     *term,
                                                       GObject           *target,
                                                       gboolean           remembered);
/* The key a term is remembered by within its taxonomy: its code, or its name. */
const char        *bb_foreign_term_get_key            (BbForeignTerm     *self);

/* For an import, after preparing: its foreign terms and what they are mapped to
 * (NULL before). */
BbTaxonomyMapping *bb_import_get_taxonomy_mapping     (BbImport          *import);
/* Maps @term to @target (an item of bb_import_get_catalogue_entries () of target
 * groups or steps, or NULL for a keyword) and works out again what each record would
 * write. */
void               bb_import_map_term                 (BbImport          *import,
                                                       BbForeignTerm     *term,
                                                       GObject           *target);
/* One line per term mapped by the remembered mapping ("“AIRS: YF-5000 Mental Health”
 * is the target group “Anxiety”, as remembered for “region-h”."), for a headless
 * import to say on stderr; "" when none. */
char              *bb_import_dup_mapped_terms_report  (BbImport          *import);

G_END_DECLS
