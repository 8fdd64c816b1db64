/* SPDX-License-Identifier: GPL-3.0-or-later */

/* How long a plan page takes to open, for plans of 0, 100 and 300 activities, every
 * other section filled (issue 10: "a 300-activity plan opens at once"): from the page
 * being made to its first frame painted, against the same window showing an empty
 * box (the floor); the processor time until its last section is drawn too; the
 * widgets the page is made of at its first frame; and the timeline of the
 * 300-activity plan scrolled top to bottom, a stretch a frame, its worst frame's
 * processor time. Prints figures, asserts nothing about time. BB_BENCH_ROUNDS runs of
 * each (5 unless given). */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <time.h>

#include "bb-plan-competence-section.h"
#include "bb-plan-page.h"
#include "bb-plan-timeline.h"
#include "bb-plan-timeline-row.h"
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

/* Processor time of each frame painted while the timeline's list is scrolled top to
 * bottom, @step pixels a frame: the worst and the median. */
static void
scroll_timeline (GtkWidget *page,
                 double     step,
                 double    *worst_ms,
                 double    *median_ms)
{
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) rows = bb_test_collect_drawn (page, BB_TYPE_PLAN_TIMELINE_ROW);
  GtkWidget *row = NULL;
  GtkWidget *scroller;
  GtkAdjustment *adjustment;
  GdkFrameClock *clock = gtk_widget_get_frame_clock (page);

  /* The months' header is a row without an activity, in a scroller of its own. */
  for (guint i = 0; i < rows->len && row == NULL; i++)
    if (bb_plan_timeline_row_get_item (g_ptr_array_index (rows, i)) != NULL)
      row = g_ptr_array_index (rows, i);
  *worst_ms = *median_ms = 0;
  g_return_if_fail (row != NULL);
  scroller = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

  for (double value = 0; value + gtk_adjustment_get_page_size (adjustment) < gtk_adjustment_get_upper (adjustment);
       value += step)
    {
      gboolean painted = FALSE;
      gulong id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
      double cpu = process_cpu_ms (), ms;

      gtk_adjustment_set_value (adjustment, value + step);
      if (!bb_test_wait_for (is_true, &painted, 60))
        g_error ("No frame painted within a minute");
      ms = process_cpu_ms () - cpu;
      g_signal_handler_disconnect (clock, id);
      g_array_append_val (frames, ms);
      *worst_ms = MAX (*worst_ms, ms);
    }
  if (frames->len > 0)
    *median_ms = median_of (frames);
}

static gboolean
last_section_shown (gpointer data)
{
  return bb_test_find (data, BB_TYPE_PLAN_COMPETENCE_SECTION, TRUE) != NULL;
}

/* Milliseconds from making @make's widget to the first frame painted with it, and
 * in @cpu_ms the processor time spent meanwhile (every thread's: the renderer's
 * too), which a loaded machine inflates far less than the wall time. With @all_cpu_ms,
 * the processor time until the page's last section is drawn too (the sections below
 * the first screen follow the first frame). */
static double
time_first_frame (GtkWidget *(*make) (BbContext *context, gint64 plan_id),
                  BbContext  *context,
                  gint64      plan_id,
                  double     *cpu_ms,
                  double     *all_cpu_ms,
                  guint      *n_widgets)
{
  double cpu_start;
  GtkWidget *content;
  GtkWidget *window = adw_window_new ();
  gboolean painted = FALSE;
  gint64 start;
  double ms;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  bb_test_iterate ();

  start = g_get_monotonic_time ();
  cpu_start = process_cpu_ms ();
  content = make (context, plan_id);
  adw_window_set_content (ADW_WINDOW (window), content);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), &painted);
  if (!bb_test_wait_for (is_true, &painted, 60))
    g_error ("No frame painted within a minute");
  ms = (g_get_monotonic_time () - start) / 1000.0;
  *cpu_ms = process_cpu_ms () - cpu_start;
  *n_widgets = bb_test_count_widgets (content);
  if (all_cpu_ms != NULL)
    {
      if (!bb_test_wait_for (last_section_shown, content, 60))
        g_error ("The last section not shown within a minute");
      painted = FALSE;
      if (!bb_test_wait_for (is_true, &painted, 60))
        g_error ("No frame painted within a minute");
      *all_cpu_ms = process_cpu_ms () - cpu_start;
    }

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
  g_autoptr(GArray) all_cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 plan_id = bb_test_make_plan (context, n_activities);
  double median, floor, cpu_median, cpu_floor;
  guint n_widgets = 0, n_empty = 0;

  for (guint i = 0; i < rounds; i++)
    {
      double page_cpu, empty_cpu, all_cpu;
      double page = time_first_frame (make_plan_page, context, plan_id, &page_cpu, &all_cpu, &n_widgets);
      double empty = time_first_frame (make_empty_box, context, plan_id, &empty_cpu, NULL, &n_empty);

      g_array_append_val (times, page);
      g_array_append_val (floors, empty);
      g_array_append_val (cpu_times, page_cpu);
      g_array_append_val (cpu_floors, empty_cpu);
      g_array_append_val (all_cpu_times, all_cpu);
    }

  median = median_of (times);
  floor = median_of (floors);
  cpu_median = median_of (cpu_times);
  cpu_floor = median_of (cpu_floors);
  g_print ("BENCH name=%s median=%.2f unit=ms floor=%.2f ratio=%.2f\n",
           name, median, floor, floor > 0 ? median / floor : 0);
  g_print ("BENCH name=%s-cpu median=%.2f unit=ms floor=%.2f ratio=%.2f\n",
           name, cpu_median, cpu_floor, cpu_floor > 0 ? cpu_median / cpu_floor : 0);
  g_print ("BENCH name=%s-all-cpu median=%.2f unit=ms\n", name, median_of (all_cpu_times));
  g_print ("BENCH name=%s-widgets median=%u unit=widgets\n", name, n_widgets);
}

/* Scrolls the page so that its timeline's top is at the window's top. */
static void
show_timeline (GtkWidget *page)
{
  GtkWidget *scroller = gtk_widget_get_first_child (page);
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  GtkWidget *timeline = bb_test_find (page, BB_TYPE_PLAN_TIMELINE, FALSE);
  double x, y;

  /* The content's own top, not the viewport's, which moves as it scrolls. */
  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  g_assert_nonnull (timeline);
  g_assert_true (gtk_widget_translate_coordinates (timeline, content, 0, 0, &x, &y));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), y);
  bb_test_iterate ();
}

static void
bench_scroll (BbContext *context,
              guint      n_activities)
{
  GtkWidget *window = adw_window_new ();
  gint64 plan_id = bb_test_make_plan (context, n_activities);
  double worst, median;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  adw_window_set_content (ADW_WINDOW (window), make_plan_page (context, plan_id));
  gtk_window_present (GTK_WINDOW (window));
  bb_test_iterate ();
  show_timeline (adw_window_get_content (ADW_WINDOW (window)));
  /* 60 pixels a frame: about two rows, as a mouse wheel's quick turn. */
  scroll_timeline (adw_window_get_content (ADW_WINDOW (window)), 60, &worst, &median);
  g_print ("BENCH name=scroll-timeline-300-cpu median=%.2f unit=ms worst=%.2f\n", median, worst);
  gtk_window_destroy (GTK_WINDOW (window));
  bb_test_iterate ();
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
  bench_scroll (context, 300);

  g_clear_object (&context);
  bb_test_remove_folder (folder);
  return 0;
}
