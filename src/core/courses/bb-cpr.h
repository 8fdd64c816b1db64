/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Brobygger never stores a CPR number: the course needs none, and a note is the
 * likeliest place for one to slip in. These find them so a form can flag one the
 * moment it is typed, and the repositories refuse text that holds one. */

/* Where a CPR-shaped number sits in a text: byte offsets, end exclusive. */
typedef struct
{
  gsize start;
  gsize end;
} BbCprMatch;

/* Every DDMMYY-XXXX or DDMMYYXXXX in @text that is not part of a longer run of digits
 * and whose first six digits are a real date (the century read from the seventh digit,
 * as the CPR register does). Phone numbers and dates alone do not match. A GArray of
 * BbCprMatch, empty when there is none. */
GArray  *bb_cpr_find     (const char *text);
gboolean bb_cpr_contains (const char *text);
/* @text without the numbers bb_cpr_find finds (and without the double space that
 * removing one leaves). */
char    *bb_cpr_remove   (const char *text);

G_END_DECLS
