/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <string.h>

#include "bb-clock.h"
#include "bb-text.h"

static void
test_fixed_clock (void)
{
  g_autoptr(GDateTime) moment = g_date_time_new_from_iso8601 ("2025-02-28T23:30:00Z", NULL);
  g_autoptr(BbClock) clock = bb_clock_new_fixed (moment);
  g_autoptr(GDateTime) now = bb_clock_dup_now (clock);
  g_autofree char *stamp = bb_clock_dup_utc_timestamp (clock);
  GDate today;

  g_assert_true (g_date_time_equal (now, moment));
  g_assert_cmpstr (stamp, ==, "2025-02-28T23:30:00Z");

  /* "Today" is the local date: in Copenhagen it is already the first of March. */
  bb_clock_get_today (clock, &today);
  g_assert_true (g_date_valid (&today));
  g_assert_cmpint (g_date_get_day (&today), ==, 1);
  g_assert_cmpint (g_date_get_month (&today), ==, G_DATE_MARCH);
  g_assert_cmpint (g_date_get_year (&today), ==, 2025);
}

static void
test_system_clock (void)
{
  g_autoptr(BbClock) clock = bb_clock_new ();
  g_autoptr(GDateTime) before = g_date_time_new_now_local ();
  g_autoptr(GDateTime) now = bb_clock_dup_now (clock);
  g_autoptr(GDateTime) after = g_date_time_new_now_local ();

  g_assert_cmpint (g_date_time_compare (before, now), <=, 0);
  g_assert_cmpint (g_date_time_compare (now, after), <=, 0);
}

static void
test_text (void)
{
  g_autofree char *a = bb_text_sort_key ("Åben Café");
  g_autofree char *z = bb_text_sort_key ("zoneterapi");
  g_autofree char *e = bb_text_sort_key ("Écoute");

  g_assert_true (bb_text_is_blank (NULL));
  g_assert_true (bb_text_is_blank (" \t\u00a0\n"));
  g_assert_false (bb_text_is_blank (" x "));

  /* Å sorts after z, é with e. */
  g_assert_cmpstr (a, ==, "}ben cafe");
  g_assert_cmpint (strcmp (z, a), <, 0);
  g_assert_cmpstr (e, ==, "ecoute");
}

int
main (int   argc,
      char *argv[])
{
  /* The fixed-clock test reads the local date in Copenhagen. */
  g_setenv ("TZ", "Europe/Copenhagen", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/clock/fixed", test_fixed_clock);
  g_test_add_func ("/clock/system", test_system_clock);
  g_test_add_func ("/text/sort-key-and-blank", test_text);

  return g_test_run ();
}
