/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "test-crash-records.h"

char *
bb_crash_offer_title (gint64 n)
{
  return g_strdup_printf ("Crash offer %" G_GINT64_FORMAT, n);
}

char *
bb_crash_offer_description (gint64 n)
{
  GString *text = g_string_new (NULL);

  /* About 6 KB: with 4 KB pages a torn write would show as a wrong text. */
  for (int i = 0; i < 200; i++)
    g_string_append_printf (text, "Line %d of offer %" G_GINT64_FORMAT ". ", i, n);
  return g_string_free (text, FALSE);
}

char *
bb_crash_young_person_name (gint64 n)
{
  return g_strdup_printf ("Crash Young %" G_GINT64_FORMAT, n);
}

char *
bb_crash_meeting_notes (gint64 n)
{
  return g_strdup_printf ("Meeting of course %" G_GINT64_FORMAT, n);
}
