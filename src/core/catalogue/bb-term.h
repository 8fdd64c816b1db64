/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A term of a taxonomy that is not Brobygger's own (AIRS codes, a region's target
 * groups), attached to an offer by a file: its taxonomy, code and name as the file
 * wrote them. "attribute_id" is the id of the attribute that attached it, "id" the
 * term's own; "extra" is a JSON object of the attribute's other members (with the
 * term's other members under "taxonomy_term"), written back as they came. Strings
 * are NULL when unset. */
typedef struct
{
  char *attribute_id;
  char *id;
  char *taxonomy;
  char *code;
  char *name;
  char *description;
  char *extra;
} BbTerm;

#define BB_TYPE_TERM (bb_term_get_type ())
GType     bb_term_get_type  (void) G_GNUC_CONST;
BbTerm   *bb_term_new       (const char   *name);
BbTerm   *bb_term_copy      (const BbTerm *self);
void      bb_term_free      (BbTerm       *self);
gboolean  bb_term_equal     (const BbTerm *a,
                             const BbTerm *b);
/* "AIRS: YF-5000 Mental Health Services", without the parts it lacks. */
char     *bb_term_to_string (const BbTerm *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbTerm, bb_term_free)

G_END_DECLS
