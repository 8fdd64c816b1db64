/* SPDX-License-Identifier: GPL-3.0-or-later */

/* bench-scroll DATABASE: the scroll-courses figure, run by bench-suite. The real
 * window on DATABASE with the courses view shown; its course list is paged from top to
 * bottom, a stretch per frame, and each frame is timed from before-paint to after-paint
 * (what the user waits for: the rows fetched, bound, laid out and drawn). Prints the
 * worst frame, in wall time and in the CPU time of the thread (which a machine busy with
 * other work does not inflate). Needs a display (Xvfb). */

#include <time.h>

#include "bb-context.h"
#include "bb-window.h"

/* Top to bottom in this many frames at most: each lands on rows not seen before, so
 * every frame reads a page of ids and binds new rows, as a fast scroll does. */
#define MAX_FRAMES 400

typedef struct
{
  GtkAdjustment *adjustment;
  double         step;
  gint64         frame_start;
  double         frame_cpu_start;
  double         worst_ms;
  double         worst_cpu_ms;
  GArray        *frames;
  GArray        *cpu_frames;
  GMainLoop     *loop;
} Scroll;

static GtkListView *
find_list_view (GtkWidget *widget)
{
  if (GTK_IS_LIST_VIEW (widget) && gtk_widget_get_mapped (widget))
    {
      GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (widget)));

      if (g_list_model_get_n_items (model) > 1000)
        return GTK_LIST_VIEW (widget);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *found = find_list_view (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

static void
on_before_paint (GdkFrameClock *clock,
                 Scroll        *scroll)
{
  scroll->frame_start = g_get_monotonic_time ();
  scroll->frame_cpu_start = cpu_ms ();
}

static void
on_after_paint (GdkFrameClock *clock,
                Scroll        *scroll)
{
  double ms;

  if (scroll->frame_start == 0)
    return;

  ms = (g_get_monotonic_time () - scroll->frame_start) / 1000.0;
  g_array_append_val (scroll->frames, ms);
  scroll->worst_ms = MAX (scroll->worst_ms, ms);
  ms = cpu_ms () - scroll->frame_cpu_start;
  g_array_append_val (scroll->cpu_frames, ms);
  scroll->worst_cpu_ms = MAX (scroll->worst_cpu_ms, ms);
  scroll->frame_start = 0;
}

static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Scroll *scroll = user_data;
  double value = gtk_adjustment_get_value (scroll->adjustment);
  double last = gtk_adjustment_get_upper (scroll->adjustment) - gtk_adjustment_get_page_size (scroll->adjustment);

  if (value >= last)
    {
      g_main_loop_quit (scroll->loop);
      return G_SOURCE_REMOVE;
    }

  gtk_adjustment_set_value (scroll->adjustment, MIN (value + scroll->step, last));
  return G_SOURCE_CONTINUE;
}

static gboolean
wait_mapped (gpointer user_data)
{
  GtkWidget *window = user_data;

  return find_list_view (window) == NULL;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = NULL;
  g_autoptr(BbContext) context = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GtkApplication) application = NULL;
  GtkWidget *window;
  GtkListView *list_view;
  GtkWidget *scrolled;
  GdkFrameClock *clock;
  Scroll scroll = { 0 };

  if (argc != 2)
    {
      g_printerr ("Usage: bench-scroll DATABASE\n");
      return 2;
    }

  gtk_init ();
  adw_init ();
  application = gtk_application_new ("io.github.brobygger.BenchScroll", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (application), NULL, &error);
  g_assert_no_error (error);

  database = bb_database_open (argv[1], FALSE, &error);
  g_assert_no_error (error);
  settings = g_settings_new ("io.github.brobygger.Brobygger");
  g_settings_set_string (settings, "last-view", "courses");
  context = bb_context_new (database, settings, &error);
  g_assert_no_error (error);

  window = GTK_WIDGET (bb_window_new (application, settings, context, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  while (wait_mapped (window))
    g_main_context_iteration (NULL, TRUE);

  list_view = find_list_view (window);
  scrolled = gtk_widget_get_ancestor (GTK_WIDGET (list_view), GTK_TYPE_SCROLLED_WINDOW);
  scroll.adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  scroll.frames = g_array_new (FALSE, FALSE, sizeof (double));
  scroll.cpu_frames = g_array_new (FALSE, FALSE, sizeof (double));
  scroll.loop = g_main_loop_new (NULL, FALSE);

  /* Let the first screenful settle, so the step knows the page's height. */
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  scroll.step = MAX (gtk_adjustment_get_page_size (scroll.adjustment),
                     gtk_adjustment_get_upper (scroll.adjustment) / MAX_FRAMES);

  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), &scroll);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &scroll);
  gtk_widget_add_tick_callback (GTK_WIDGET (list_view), on_tick, &scroll, NULL);
  g_main_loop_run (scroll.loop);

  g_signal_handlers_disconnect_by_data (clock, &scroll);
  g_array_sort (scroll.frames, compare_doubles);
  g_array_sort (scroll.cpu_frames, compare_doubles);
  /* Figures for bench-suite to read: the worst frame, the median one, how many rows. */
  g_print ("worst=%.2f median=%.2f frames=%u rows=%u\n", scroll.worst_ms,
           scroll.frames->len > 0 ? g_array_index (scroll.frames, double, scroll.frames->len / 2) : 0,
           scroll.frames->len, g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list_view))));
  g_print ("cpu-worst=%.2f cpu-median=%.2f\n", scroll.worst_cpu_ms,
           scroll.cpu_frames->len > 0 ? g_array_index (scroll.cpu_frames, double, scroll.cpu_frames->len / 2) : 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_array_unref (scroll.frames);
  g_array_unref (scroll.cpu_frames);
  g_main_loop_unref (scroll.loop);
  return 0;
}
