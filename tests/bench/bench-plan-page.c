/* SPDX-License-Identifier: GPL-3.0-or-later */

/* How long a plan page takes to open, for plans of 0, 100 and 300 activities, every
 * other section filled (issue 10: "a 300-activity plan opens at once"): from the page
 * being made to its first frame painted, against the same window showing an empty
 * box (the floor). Prints figures,
 * asserts nothing about time. BB_BENCH_ROUNDS runs of each (5 unless given). */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <time.h>

#include "bb-plan-page.h"
#include "bb-test-plans.h"
#include "bb-test-utils.h"
#include "bb-test-widgets.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median_of (GArray *times)
{
  guint n = times->len;

  g_array_sort (times, compare_doubles);
  return n % 2 == 1
         ? g_array_index (times, double, n / 2)
         : (g_array_index (times, double, n / 2 - 1) + g_array_index (times, double, n / 2)) / 2;
}

static void
on_after_paint (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static double
process_cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

/* Milliseconds from making @make's widget to the first frame painted with it, and
 * in @cpu_ms the processor time spent meanwhile (every thread's: the renderer's
 * too), which a loaded machine inflates far less than the wall time. */
static double
time_first_frame (GtkWidget *(*make) (BbContext *context, gint64 plan_id),
                  BbContext  *context,
                  gint64      plan_id,
                  double     *cpu_ms)
{
  GtkWidget *window = adw_window_new ();
  gboolean painted = FALSE;
  gint64 start;
  double ms;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  bb_test_iterate ();

  start = g_get_monotonic_time ();
  *cpu_ms = process_cpu_ms ();
  adw_window_set_content (ADW_WINDOW (window), make (context, plan_id));
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), &painted);
  if (!bb_test_wait_for (is_true, &painted, 60))
    g_error ("No frame painted within a minute");
  ms = (g_get_monotonic_time () - start) / 1000.0;
  *cpu_ms = process_cpu_ms () - *cpu_ms;

  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (window), on_after_paint, &painted);
  gtk_window_destroy (GTK_WINDOW (window));
  bb_test_iterate ();
  return ms;
}

static GtkWidget *
make_plan_page (BbContext *context,
                gint64     plan_id)
{
  return g_object_new (BB_TYPE_PLAN_PAGE, "context", context, "plan-id", plan_id, NULL);
}

static GtkWidget *
make_empty_box (BbContext *context,
                gint64     plan_id)
{
  return gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
}

static void
bench_open (BbContext  *context,
            const char *name,
            guint       n_activities,
            guint       rounds)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floors = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_floors = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 plan_id = bb_test_make_plan (context, n_activities);
  double median, floor, cpu_median, cpu_floor;

  for (guint i = 0; i < rounds; i++)
    {
      double page_cpu, empty_cpu;
      double page = time_first_frame (make_plan_page, context, plan_id, &page_cpu);
      double empty = time_first_frame (make_empty_box, context, plan_id, &empty_cpu);

      g_array_append_val (times, page);
      g_array_append_val (floors, empty);
      g_array_append_val (cpu_times, page_cpu);
      g_array_append_val (cpu_floors, empty_cpu);
    }

  median = median_of (times);
  floor = median_of (floors);
  cpu_median = median_of (cpu_times);
  cpu_floor = median_of (cpu_floors);
  g_print ("BENCH name=%s median=%.2f unit=ms floor=%.2f ratio=%.2f\n",
           name, median, floor, floor > 0 ? median / floor : 0);
  g_print ("BENCH name=%s-cpu median=%.2f unit=ms floor=%.2f ratio=%.2f\n",
           name, cpu_median, cpu_floor, cpu_floor > 0 ? cpu_median / cpu_floor : 0);
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
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  rounds = MAX (rounds, 1);

  context = bb_test_context_new (&folder);
  bench_open (context, "open-plan-0", 0, rounds);
  bench_open (context, "open-plan", 100, rounds);
  bench_open (context, "open-plan-300", 300, rounds);

  g_clear_object (&context);
  bb_test_remove_folder (folder);
  return 0;
}
