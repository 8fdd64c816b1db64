/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "bb-database.h"

G_BEGIN_DECLS

/* Whether a row's text matches a search, decided from the text alone with the FTS5
 * tables' own tokenizer ('unicode61 remove_diacritics 2'), as the search index would:
 * every word of the query begins a word of some column. For a list that walks its sort
 * order and tests each row while matches are dense, instead of reading every match
 * from the index (tens of milliseconds at 100,000 rows). */
typedef struct _BbSearchMatcher BbSearchMatcher;

/* For the FTS5 query @match of bb_text_fts_query () (words as "word"*); NULL when a
 * word is not one token to the tokenizer (the index has to answer then). */
BbSearchMatcher *bb_search_matcher_new     (BbDatabase       *database,
                                            const char       *match);
void             bb_search_matcher_free    (BbSearchMatcher  *self);
/* Whether the row whose columns are @columns (NULL ones skipped) matches. */
gboolean         bb_search_matcher_matches (BbSearchMatcher  *self,
                                            const char      **columns,
                                            guint             n_columns);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BbSearchMatcher, bb_search_matcher_free)

G_END_DECLS
