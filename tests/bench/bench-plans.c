/* SPDX-License-Identifier: GPL-3.0-or-later */

/* How long the plan PDF takes for a plan of 100 and of 300 activities (issue 13's
 * export-plan figure, target < 500 ms): prints figures, asserts nothing about time.
 * BB_BENCH_ROUNDS runs of each (5 unless given), the median printed. */

#include <locale.h>

#include "bb-plan-report.h"
#include "bb-test-plans.h"
#include "bb-test-utils.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
bench_export (BbContext  *context,
              const char *folder,
              const char *name,
              guint       n_activities,
              guint       rounds)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *path = g_build_filename (folder, "plan.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gint64 plan_id = bb_test_make_plan (context, n_activities);
  double median;

  for (guint i = 0; i < rounds; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      if (!bb_plan_report_write (bb_context_get_plans (context), plan_id, file, &error))
        g_error ("Cannot write the plan: %s", error->message);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
    }

  g_array_sort (times, compare_doubles);
  median = rounds % 2 == 1
           ? g_array_index (times, double, rounds / 2)
           : (g_array_index (times, double, rounds / 2 - 1) + g_array_index (times, double, rounds / 2)) / 2;
  g_print ("BENCH name=%s median=%.2f unit=ms floor=0 ratio=0\n", name, median);
}

int
main (int   argc,
      char *argv[])
{
  const char *rounds_text = g_getenv ("BB_BENCH_ROUNDS");
  guint rounds = rounds_text != NULL ? (guint) g_ascii_strtoull (rounds_text, NULL, 10) : 5;
  g_autofree char *folder = NULL;
  g_autoptr(BbContext) context = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  rounds = MAX (rounds, 1);

  context = bb_test_context_new (&folder);
  bench_export (context, folder, "export-plan", 100, rounds);
  bench_export (context, folder, "export-plan-300", 300, rounds);

  g_clear_object (&context);
  bb_test_remove_folder (folder);
  return 0;
}
