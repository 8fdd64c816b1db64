/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-cpr.h"

static int
two_digits (const char *p)
{
  return (p[0] - '0') * 10 + (p[1] - '0');
}

/* The CPR register's rule for the century: the seventh digit with the year. */
static int
full_year (int year,
           int seventh)
{
  if (seventh <= 3)
    return 1900 + year;
  if (seventh == 4 || seventh == 9)
    return year <= 36 ? 2000 + year : 1900 + year;
  return year <= 57 ? 2000 + year : 1800 + year;
}

static gboolean
plausible_date (const char *digits,
                int         seventh)
{
  int day = two_digits (digits);
  int month = two_digits (digits + 2);
  int year = full_year (two_digits (digits + 4), seventh);

  return month >= 1 && month <= 12 && day >= 1 &&
         g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static gboolean
all_digits (const char *p,
            gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (p[i]))
      return FALSE;

  return TRUE;
}

/* The length of a CPR-shaped number starting at @p (which starts no longer run of
 * digits), or 0. */
static gsize
match_at (const char *p)
{
  gsize length;

  if (!all_digits (p, 6))
    return 0;

  if (p[6] == '-' && all_digits (p + 7, 4))
    length = 11;
  else if (all_digits (p + 6, 4))
    length = 10;
  else
    return 0;

  if (g_ascii_isdigit (p[length]))
    return 0;

  return plausible_date (p, p[length - 4] - '0') ? length : 0;
}

GArray *
bb_cpr_find (const char *text)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (BbCprMatch));

  if (text == NULL)
    return matches;

  for (gsize i = 0; text[i] != '\0'; i++)
    {
      gsize length;

      if (!g_ascii_isdigit (text[i]) || (i > 0 && g_ascii_isdigit (text[i - 1])))
        continue;

      length = match_at (text + i);
      if (length > 0)
        {
          BbCprMatch match = { i, i + length };

          g_array_append_val (matches, match);
          i += length - 1;
        }
    }

  return matches;
}

gboolean
bb_cpr_contains (const char *text)
{
  g_autoptr(GArray) matches = bb_cpr_find (text);

  return matches->len > 0;
}

char *
bb_cpr_remove (const char *text)
{
  g_autoptr(GArray) matches = bb_cpr_find (text);
  GString *result;
  gsize from = 0;

  if (text == NULL)
    return NULL;

  result = g_string_new (NULL);
  for (guint i = 0; i < matches->len; i++)
    {
      BbCprMatch *match = &g_array_index (matches, BbCprMatch, i);
      gsize end = match->end;

      g_string_append_len (result, text + from, match->start - from);
      /* "CPR 010190-1234 noted" becomes "CPR noted", not "CPR  noted". */
      if (text[end] == ' ' && (result->len == 0 || result->str[result->len - 1] == ' '))
        end++;
      from = end;
    }

  g_string_append (result, text + from);
  return g_string_free (result, FALSE);
}
