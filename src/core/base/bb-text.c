/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <string.h>

#include "bb-text.h"

gboolean
bb_text_is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

char *
bb_text_sort_key (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);
  g_autofree char *composed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFC);
  GString *key = g_string_sized_new (strlen (composed));

  for (const char *p = composed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];

      /* The Danish alphabet ends … x y z æ ø å; these three bytes follow z. */
      if (c == 0x00E6)
        g_string_append_c (key, '{');
      else if (c == 0x00F8)
        g_string_append_c (key, '|');
      else if (c == 0x00E5)
        g_string_append_c (key, '}');
      else if (g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed)) > 0)
        g_string_append_unichar (key, decomposed[0]);
    }

  return g_string_free (key, FALSE);
}

char *
bb_text_join_numbers (const double *values,
                      guint         n_values)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_values; i++)
    {
      char number[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (number, sizeof number, "%.10g", values[i]);
      g_string_append_printf (text, "%s%s", i > 0 ? "," : "", number);
    }

  return g_string_free (text, FALSE);
}

char *
bb_text_fts_query (const char *text)
{
  GString *query = g_string_new (NULL);
  GString *word = g_string_new (NULL);

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }

      if (word->len > 0)
        {
          g_string_append_printf (query, "%s\"%s\"*", query->len > 0 ? " " : "", word->str);
          g_string_truncate (word, 0);
        }

      if (c == 0)
        break;
    }

  g_string_free (word, TRUE);
  if (query->len == 0)
    {
      g_string_free (query, TRUE);
      return NULL;
    }

  return g_string_free (query, FALSE);
}

gboolean
bb_text_set (char       **field,
             const char  *value)
{
  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}
