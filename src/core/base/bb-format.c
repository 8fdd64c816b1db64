/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "bb-format.h"

static const char *
month_name (int month)
{
  static const char * const names[] = {
    NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
    NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
    NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
    NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
  };

  return g_dpgettext2 (GETTEXT_PACKAGE, "month", names[month - 1]);
}

static char *
format_day (int day,
            int month,
            int year)
{
  /* Translators: a date: %1$d the day, %2$s the month's name, %3$d the year.
   * Reorder or add punctuation as your language writes dates ("24. november 2026"). */
  return g_strdup_printf (C_("date", "%1$d %2$s %3$d"), day, month_name (month), year);
}

char *
bb_format_date (const char *iso_date)
{
  int year, month, day;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) != 3
      || !g_date_valid_dmy (day, month, year))
    return NULL;

  return format_day (day, month, year);
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
