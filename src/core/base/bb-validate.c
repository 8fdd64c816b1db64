/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <string.h>

#include "bb-validate.h"

/* Deliberately loose: the point is to catch typing slips, not to implement RFC 5322,
 * which would accept addresses no one in a municipality will ever have. */
gboolean
bb_validate_email (const char *text)
{
  const char *at;
  const char *domain;
  gsize domain_len;

  if (text == NULL || text[0] == '\0')
    return TRUE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p) || g_ascii_iscntrl (*p))
        return FALSE;
    }

  at = strchr (text, '@');
  if (at == NULL || at == text || strchr (at + 1, '@') != NULL)
    return FALSE;

  domain = at + 1;
  domain_len = strlen (domain);

  if (domain_len == 0 ||
      strchr (domain, '.') == NULL ||
      domain[0] == '.' ||
      domain[domain_len - 1] == '.' ||
      strstr (domain, "..") != NULL)
    return FALSE;

  return TRUE;
}

gboolean
bb_validate_phone (const char *text)
{
  guint n_digits = 0;

  if (text == NULL || text[0] == '\0')
    return TRUE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        n_digits++;
      else if (*p == '+')
        {
          /* Only as the country code prefix. */
          if (p != text)
            return FALSE;
        }
      else if (*p != ' ' && *p != '-' && *p != '(' && *p != ')')
        return FALSE;
    }

  return n_digits >= 8;
}

static gboolean
parse_digits (const char *text,
              guint       len,
              guint      *value)
{
  guint result = 0;

  for (guint i = 0; i < len; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      result = result * 10 + (guint) g_ascii_digit_value (text[i]);
    }

  *value = result;
  return TRUE;
}

gboolean
bb_validate_date (const char *text)
{
  guint year, month, day;

  if (text == NULL || text[0] == '\0')
    return TRUE;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  if (!parse_digits (text, 4, &year) ||
      !parse_digits (text + 5, 2, &month) ||
      !parse_digits (text + 8, 2, &day))
    return FALSE;

  return g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}
