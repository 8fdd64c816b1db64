/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bb-course-enums.h"
#include "bb-courses-private.h"
#include "bb-cpr.h"
#include "bb-validate.h"

gboolean
_bb_courses_set_optional (char       **field,
                          const char  *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

gboolean
_bb_courses_text_equal (const char *a,
                        const char *b)
{
  return g_strcmp0 (a != NULL ? a : "", b != NULL ? b : "") == 0;
}

gboolean
_bb_courses_check_text (const char  *label,
                        const char  *text,
                        GError     **error)
{
  if (text == NULL)
    return TRUE;

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                   _("“%s” holds text that is not valid UTF-8."), label);
      return FALSE;
    }

  if (bb_cpr_contains (text))
    {
      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_CPR_NUMBER,
                   _("“%s” holds what looks like a CPR number. Brobygger does not keep CPR numbers; remove it and save again."),
                   label);
      return FALSE;
    }

  return TRUE;
}

gboolean
_bb_courses_check_date (const char  *label,
                        const char  *date,
                        gboolean     required,
                        GError     **error)
{
  if (date == NULL || *date == '\0')
    {
      if (!required)
        return TRUE;

      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                   _("“%s” needs a date."), label);
      return FALSE;
    }

  if (!bb_validate_date (date))
    {
      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID,
                   _("“%s” is not a date; write it as YYYY-MM-DD."), label);
      return FALSE;
    }

  return TRUE;
}

gboolean
_bb_courses_check_not_after (const char   *label,
                             const char   *date,
                             const GDate  *today,
                             GError      **error)
{
  char iso[16];

  if (date == NULL || today == NULL)
    return TRUE;

  _bb_courses_format_date (today, iso);
  if (strcmp (date, iso) > 0)
    {
      g_set_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID, _("“%s” lies after today."), label);
      return FALSE;
    }

  return TRUE;
}

void
_bb_courses_format_date (const GDate *date,
                         char        *buffer)
{
  g_snprintf (buffer, 11, "%04u-%02u-%02u",
              (guint) g_date_get_year (date), (guint) g_date_get_month (date),
              (guint) g_date_get_day (date));
}
