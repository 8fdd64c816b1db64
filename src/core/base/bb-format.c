/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bb-format.h"

char *
bb_format_figure (double value)
{
  /* Translators: the mark between a number's whole part and its decimals, "4.3". */
  const char *mark = C_("decimal mark", ".");
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_auto(GStrv) parts = NULL;

  if (fabs (value - round (value)) < 0.05)
    return g_strdup_printf ("%.0f", value);

  /* The C locale's way whatever LC_NUMERIC says, then the language's mark. */
  g_ascii_formatd (buffer, sizeof buffer, "%.1f", value);
  parts = g_strsplit (buffer, ".", 2);
  return g_strjoinv (mark, parts);
}

const char *
bb_format_month_name (int month)
{
  static const char * const names[] = {
    NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
    NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
    NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
    NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
  };

  g_return_val_if_fail (month >= 1 && month <= 12, "");
  return g_dpgettext2 (GETTEXT_PACKAGE, "month", names[month - 1]);
}

static char *
format_day (int day,
            int month,
            int year)
{
  /* Translators: a date: %1$d the day, %2$s the month's name, %3$d the year.
   * Reorder or add punctuation as your language writes dates ("24. november 2026"). */
  return g_strdup_printf (C_("date", "%1$d %2$s %3$d"), day, bb_format_month_name (month), year);
}

static gboolean
parse_date (const char *iso_date,
            GDate      *date)
{
  int year, month, day;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) != 3
      || !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

char *
bb_format_date (const char *iso_date)
{
  GDate date;

  g_date_clear (&date, 1);
  if (!parse_date (iso_date, &date))
    return NULL;

  return format_day (g_date_get_day (&date), g_date_get_month (&date), g_date_get_year (&date));
}

/* Whole months as g_date_add_months () counts them (31 January + 1 month is the last
 * of February), which is how an offer's review falls due. */
static guint
months_between (const GDate *from,
                const GDate *to)
{
  int months = ((int) g_date_get_year (to) - (int) g_date_get_year (from)) * 12
               + ((int) g_date_get_month (to) - (int) g_date_get_month (from));

  for (; months > 0; months--)
    {
      GDate due = *from;

      g_date_add_months (&due, months);
      if (g_date_compare (&due, to) <= 0)
        break;
    }

  return MAX (months, 0);
}

char *
bb_format_not_reviewed_for (const char  *iso_date,
                            const GDate *today)
{
  GDate reviewed;
  guint months;

  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  g_date_clear (&reviewed, 1);
  if (!parse_date (iso_date, &reviewed))
    return g_strdup (_("Never reviewed"));

  months = months_between (&reviewed, today);
  if (months == 0)
    return g_strdup (_("Reviewed less than a month ago"));
  /* Months say more than "1 year" until the second year is full. */
  if (months < 24)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Not reviewed for %u month",
                                         "Not reviewed for %u months", months),
                            months);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Not reviewed for %u year",
                                       "Not reviewed for %u years", months / 12),
                          months / 12);
}

char *
bb_format_date_time (const char *iso_date_time)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;

  if (iso_date_time == NULL)
    return NULL;

  utc = g_date_time_new_from_iso8601 (iso_date_time, NULL);
  if (utc == NULL)
    return NULL;

  local = g_date_time_to_local (utc);
  date = format_day (g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                     g_date_time_get_year (local));

  /* Translators: %1$s a date, %2$02d:%3$02d the hour and minute */
  return g_strdup_printf (C_("date and time", "%1$s, %2$02d:%3$02d"), date,
                          g_date_time_get_hour (local), g_date_time_get_minute (local));
}

char *
bb_format_step (int         level,
                const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  /* The spaced en dash keeps a step apart from the " · " that joins other facts. */
  return g_strdup_printf ("%d – %s", level, name);
}

char *
bb_format_map_uri (double latitude,
                   double longitude)
{
  char lat[G_ASCII_DTOSTR_BUF_SIZE];
  char lon[G_ASCII_DTOSTR_BUF_SIZE];

  /* Not printf: a Danish locale would write a decimal comma. */
  g_ascii_formatd (lat, sizeof lat, "%.6f", latitude);
  g_ascii_formatd (lon, sizeof lon, "%.6f", longitude);
  return g_strdup_printf ("https://www.openstreetmap.org/?mlat=%s&mlon=%s#map=17/%s/%s",
                          lat, lon, lat, lon);
}

char *
bb_format_tel_uri (const char *number,
                   gint64      extension)
{
  GString *uri = g_string_new ("tel:");
  gboolean digits = FALSE;

  g_return_val_if_fail (number != NULL, NULL);

  /* Spaces, dashes, quotes and brackets are how people write a number, not part of it. */
  for (const char *p = number; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (uri, *p);
          digits = TRUE;
        }
      else if (*p == '+' && uri->len == strlen ("tel:"))
        g_string_append_c (uri, '+');
    }

  if (!digits)
    {
      g_string_free (uri, TRUE);
      return NULL;
    }

  if (extension >= 0)
    g_string_append_printf (uri, ";ext=%" G_GINT64_FORMAT, extension);

  return g_string_free (uri, FALSE);
}
