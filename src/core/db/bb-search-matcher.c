/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "bb-search-matcher.h"

struct _BbSearchMatcher
{
  fts5_tokenizer   tokenizer;
  Fts5Tokenizer   *instance;
  /* The words of the query as the tokenizer folds them. */
  GPtrArray       *words;
  /* Per word: found in the row being tested. */
  gboolean        *found;
  guint            n_found;
};

/* As the migrations create course_fts and offer_fts. */
static const char *tokenizer_options[] = { "remove_diacritics", "2" };

static fts5_api *
get_fts5_api (sqlite3 *handle)
{
  fts5_api *api = NULL;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (handle, "SELECT fts5 (?1)", -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_pointer (stmt, 1, &api, "fts5_api_ptr", NULL);
  sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return api;
}

static int
add_query_token (void       *user_data,
                 int         flags,
                 const char *token,
                 int         n_token,
                 int         start,
                 int         end)
{
  GPtrArray *tokens = user_data;

  if ((flags & FTS5_TOKEN_COLOCATED) == 0)
    g_ptr_array_add (tokens, g_strndup (token, n_token));
  return SQLITE_OK;
}

static int
test_document_token (void       *user_data,
                     int         flags,
                     const char *token,
                     int         n_token,
                     int         start,
                     int         end)
{
  BbSearchMatcher *self = user_data;

  for (guint i = 0; i < self->words->len; i++)
    {
      const char *word = g_ptr_array_index (self->words, i);
      size_t length = strlen (word);

      /* A prefix query: the index's word begins with the query's, byte for byte. */
      if (!self->found[i] && (size_t) n_token >= length && memcmp (token, word, length) == 0)
        {
          self->found[i] = TRUE;
          /* Every word found: the rest of the text cannot change the answer. */
          if (++self->n_found == self->words->len)
            return SQLITE_DONE;
        }
    }

  return SQLITE_OK;
}

BbSearchMatcher *
bb_search_matcher_new (BbDatabase *database,
                       const char *match)
{
  g_autoptr(BbSearchMatcher) self = g_new0 (BbSearchMatcher, 1);
  fts5_api *api = get_fts5_api (bb_database_get_handle (database));
  void *user_data = NULL;

  g_return_val_if_fail (match != NULL, NULL);

  self->words = g_ptr_array_new_with_free_func (g_free);
  if (api == NULL || api->xFindTokenizer (api, "unicode61", &user_data, &self->tokenizer) != SQLITE_OK
      || self->tokenizer.xCreate (user_data, tokenizer_options, G_N_ELEMENTS (tokenizer_options),
                                  &self->instance) != SQLITE_OK)
    return NULL;

  /* bb_text_fts_query () writes each word as "word"*, and a word has no quote. */
  for (const char *p = strchr (match, '"'); p != NULL; p = strchr (p, '"'))
    {
      const char *end = strchr (p + 1, '"');
      g_autoptr(GPtrArray) tokens = g_ptr_array_new_with_free_func (g_free);

      if (end == NULL || end[1] != '*')
        return NULL;
      self->tokenizer.xTokenize (self->instance, tokens, FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX,
                                 p + 1, (int) (end - p - 1), add_query_token);
      /* Two tokens would be a phrase, none a word the index ignores: the index knows. */
      if (tokens->len != 1)
        return NULL;
      g_ptr_array_add (self->words, g_strdup (g_ptr_array_index (tokens, 0)));
      p = end + 1;
    }

  if (self->words->len == 0)
    return NULL;
  self->found = g_new0 (gboolean, self->words->len);
  return g_steal_pointer (&self);
}

void
bb_search_matcher_free (BbSearchMatcher *self)
{
  if (self == NULL)
    return;

  if (self->instance != NULL)
    self->tokenizer.xDelete (self->instance);
  g_clear_pointer (&self->words, g_ptr_array_unref);
  g_free (self->found);
  g_free (self);
}

gboolean
bb_search_matcher_matches (BbSearchMatcher  *self,
                           const char      **columns,
                           guint             n_columns)
{
  memset (self->found, 0, self->words->len * sizeof (gboolean));
  self->n_found = 0;

  /* Column by column, as the index has them: a word never spans two. */
  for (guint i = 0; i < n_columns && self->n_found < self->words->len; i++)
    if (columns[i] != NULL)
      self->tokenizer.xTokenize (self->instance, self, FTS5_TOKENIZE_DOCUMENT, columns[i], (int) strlen (columns[i]),
                                 test_document_token);

  return self->n_found == self->words->len;
}
