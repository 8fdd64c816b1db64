/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE for NULL, "" and text of white space only. */
gboolean  bb_text_is_blank  (const char *text);
/* The locale-independent Danish sort key stored beside titles and names: case and
 * accents folded, æ ø å after z. */
char     *bb_text_sort_key  (const char *text);

G_END_DECLS
