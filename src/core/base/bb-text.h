/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE for NULL, "" and text of white space only. */
gboolean  bb_text_is_blank  (const char *text);
/* The locale-independent Danish sort key stored beside titles and names: case and
 * accents folded, æ ø å after z. */
char     *bb_text_sort_key  (const char *text);
/* What a person typed as an FTS5 query: every word must match the start of a word.
 * Each word is quoted, which keeps FTS5 syntax (AND, NEAR, quotes, *) out of user
 * text. NULL when @text has no word. */
char     *bb_text_fts_query (const char *text);
/* "1,2.5,40": numbers as the database keeps them, the C way whatever the locale. */
char     *bb_text_join_numbers (const double *values,
                                guint         n_values);

/* Sets *@field to a copy of @value, NULL kept as "" so that views and SQL need no
 * special case: TRUE when that changed it (for a property's notify). */
gboolean  bb_text_set       (char       **field,
                             const char  *value);

G_END_DECLS
