/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Shape checks for form fields. Empty text is valid (the field is optional);
 * a required field checks emptiness itself. */
gboolean bb_validate_email (const char *text);
/* Digits, spaces, +, -, parentheses; 8 digits at least (Danish numbers). */
gboolean bb_validate_phone (const char *text);
/* A real calendar date written YYYY-MM-DD. */
gboolean bb_validate_date  (const char *text);

G_END_DECLS
