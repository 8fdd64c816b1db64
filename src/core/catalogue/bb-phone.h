/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A phone number as an Open Referral file gives it: the number as written, whatever
 * its shape, and the extension apart from it. Strings are NULL when unset; "extra" is
 * a JSON object of the members Brobygger has no place for (languages, attributes, …),
 * written back as they came. */
typedef struct
{
  char   *id;
  char   *number;
  gint64  extension;   /* -1 when there is none */
  char   *type;
  char   *description;
  char   *extra;
} BbPhone;

#define BB_TYPE_PHONE (bb_phone_get_type ())
GType     bb_phone_get_type  (void) G_GNUC_CONST;
BbPhone  *bb_phone_new       (const char    *number);
BbPhone  *bb_phone_copy      (const BbPhone *self);
void      bb_phone_free      (BbPhone       *self);
gboolean  bb_phone_equal     (const BbPhone *a,
                              const BbPhone *b);
/* "+45 12 34 56 78, ext. 12 (voice)": for history and lists. */
char     *bb_phone_to_string (const BbPhone *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbPhone, bb_phone_free)

G_END_DECLS
