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
