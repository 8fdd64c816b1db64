/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The overview's figures on the suite's database (bench-suite.c: the demonstration
 * generator, 10,000 offers, 100,000 courses, ten meetings a course, seed 13; or
 * BB_BENCH_OFFERS and BB_BENCH_COURSES), or on BB_BENCH_DATABASE when given (a
 * database the suite kept with BB_BENCH_KEEP=1). BB_BENCH_ROUNDS computations of
 * this year's overview (this month's with BB_BENCH_PERIOD=month; 5 unless given),
 * the median printed as
 *
 *   BENCH name=overview median=<ms> unit=ms floor=<ms> ratio=<median/floor>
 *
 * where the floor is the overview's SQL statements alone
 * (bb_overview_repository_list_statements: for a year, every adviser), on a
 * read-only connection of their own through plain sqlite3, every row read; the
 * tilbudsvifte's coverage and staleness, the offer repository's, are not in it.
 *
 * BB_BENCH_TODAY=YYYY-MM-DD takes that day for today, so that a database generated
 * on another day is measured over a year of its courses (the suite's database ends
 * on the day it was generated).
 *
 * BB_BENCH_PDF=FILE also writes the overview's PDF there, to look at (in Danish
 * with LANGUAGE=da and BROBYGGER_LOCALEDIR=<build>/po).
 *
 * bench-overview BROBYGGER: the program that generates the database. */

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "bb-context.h"
#include "bb-test-utils.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return values->len > 0 ? g_array_index (values, double, values->len / 2) : 0;
}

/* The process's CPU time in ms: on a shared machine the wall time says more about
 * the others. */
static double
cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec * 1e3 + usage.ru_utime.tv_usec / 1e3 + usage.ru_stime.tv_sec * 1e3
         + usage.ru_stime.tv_usec / 1e3;
}

static gboolean
generate (const char *brobygger,
          const char *path)
{
  const char *offers = g_getenv ("BB_BENCH_OFFERS") != NULL ? g_getenv ("BB_BENCH_OFFERS") : "10000";
  const char *courses = g_getenv ("BB_BENCH_COURSES") != NULL ? g_getenv ("BB_BENCH_COURSES") : "100000";
  const char *argv[] = { brobygger, "--generate-demo", path, "--offers", offers, "--courses", courses,
                         "--seed", "13", NULL };
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status,
                     &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("Cannot generate the database: %s\n", error->message);
      return FALSE;
    }
  g_print ("# generated %s offers and %s courses\n", offers, courses);
  return TRUE;
}

/* @verbose prints each statement's time, to see which one needs an index. */
static double
time_floor (sqlite3                *handle,
            const BbOverviewFilter *filter,
            const char             *today,
            gboolean                verbose)
{
  g_auto(GStrv) statements = bb_overview_repository_list_statements ();
  g_autofree char *trend_from = g_strdup (filter->from);
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; statements[i] != NULL; i++)
    {
      gint64 statement_start = g_get_monotonic_time ();
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (handle, statements[i], -1, &stmt, NULL) != SQLITE_OK)
        {
          g_printerr ("floor statement %u: %s\n", i, sqlite3_errmsg (handle));
          continue;
        }
      for (int p = 1; p <= sqlite3_bind_parameter_count (stmt); p++)
        {
          const char *name = sqlite3_bind_parameter_name (stmt, p);
          const char *value = g_strcmp0 (name, "?1") == 0 ? filter->from
                              : g_strcmp0 (name, "?2") == 0 ? filter->to
                              : g_strcmp0 (name, "?3") == 0 ? trend_from
                              /* The built-in instruments with a reliable change. */
                              : g_strcmp0 (name, "?5") == 0 ? "[\"who-5\",\"ors\"]" : today;

          sqlite3_bind_text (stmt, p, value, -1, SQLITE_TRANSIENT);
        }
      while (sqlite3_step (stmt) == SQLITE_ROW)
        ;
      sqlite3_finalize (stmt);
      if (verbose)
        g_print ("# statement %u: %.1f ms: %.60s…\n", i, (g_get_monotonic_time () - statement_start) / 1000.0,
                 statements[i]);
    }

  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(BbDatabase) database = NULL;
  g_autoptr(BbContext) context = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floors = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpus = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floor_cpus = g_array_new (FALSE, FALSE, sizeof (double));
  const char *rounds_text = g_getenv ("BB_BENCH_ROUNDS");
  guint rounds = rounds_text != NULL ? (guint) g_ascii_strtoull (rounds_text, NULL, 10) : 5;
  BbOverviewFilter filter;
  char today[16];
  GDate date;
  sqlite3 *handle = NULL;

  setlocale (LC_ALL, "");
  /* As the program does, so the PDF can be looked at in Danish too. */
  if (g_getenv ("BROBYGGER_LOCALEDIR") != NULL)
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BROBYGGER_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  if (g_getenv ("BB_BENCH_DATABASE") != NULL)
    path = g_strdup (g_getenv ("BB_BENCH_DATABASE"));
  else
    {
      if (argc < 2)
        {
          g_printerr ("Usage: bench-overview BROBYGGER (or BB_BENCH_DATABASE=FILE)\n");
          return 1;
        }
      folder = g_dir_make_tmp ("bb-bench-overview-XXXXXX", &error);
      g_assert_no_error (error);
      path = g_build_filename (folder, "bench.db", NULL);
      if (!generate (argv[1], path))
        return 1;
    }

  database = bb_database_open (path, FALSE, &error);
  g_assert_no_error (error);
  if (g_getenv ("BB_BENCH_TODAY") != NULL)
    {
      g_autofree char *noon = g_strconcat (g_getenv ("BB_BENCH_TODAY"), "T12:00:00Z", NULL);
      g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (noon, NULL);
      g_autoptr(BbClock) clock = NULL;

      g_assert_nonnull (now);
      clock = bb_clock_new_fixed (now);
      bb_database_set_clock (database, clock);
    }
  context = bb_context_new (database, NULL, &error);
  g_assert_no_error (error);

  /* This year as the generator dates its courses: relative to today. */
  g_date_clear (&date, 1);
  bb_clock_get_today (bb_database_get_clock (database), &date);
  g_date_strftime (today, sizeof today, "%Y-%m-%d", &date);
  g_assert_true (bb_overview_filter_init (&filter,
                                          g_strcmp0 (g_getenv ("BB_BENCH_PERIOD"), "month") == 0
                                            ? BB_OVERVIEW_PERIOD_MONTH : BB_OVERVIEW_PERIOD_YEAR,
                                          today, NULL, NULL, &error));
  filter.waiting_target_days = 14;

  sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY, NULL);
  for (guint round = 0; round < MAX (rounds, 1); round++)
    {
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms ();
      g_autoptr(BbOverview) overview = bb_overview_repository_compute (bb_context_get_overview (context), &filter,
                                                                       NULL, &error);
      double ms = (g_get_monotonic_time () - start) / 1000.0;
      double cpu = cpu_ms () - cpu_start;

      g_assert_no_error (error);
      g_array_append_val (times, ms);
      g_array_append_val (cpus, cpu);
      cpu_start = cpu_ms ();
      ms = time_floor (handle, &filter, today, round == 0);
      g_array_append_val (floors, ms);
      cpu = cpu_ms () - cpu_start;
      g_array_append_val (floor_cpus, cpu);
      if (round == 0)
        for (guint i = 0; i < bb_overview_get_n_cards (overview); i++)
          g_print ("# %s\n", bb_overview_get_card (overview, i)->summary);
      if (round == 0 && g_getenv ("BB_BENCH_PDF") != NULL)
        {
          g_autoptr(GFile) pdf = g_file_new_for_path (g_getenv ("BB_BENCH_PDF"));

          g_assert_true (bb_overview_write_pdf (overview, "Demokommune", pdf, &error));
          g_assert_no_error (error);
        }
    }
  sqlite3_close (handle);

  {
    double m = median (times), f = median (floors);

    g_print ("# CPU time: overview %.2f ms, floor %.2f ms\n", median (cpus), median (floor_cpus));

    g_print ("BENCH name=overview median=%.2f unit=ms floor=%.2f ratio=%.2f\n", m, f, f > 0 ? m / f : 0);
  }

  bb_overview_filter_clear (&filter);
  g_clear_object (&context);
  g_clear_object (&database);
  if (folder != NULL)
    {
      const char *suffixes[] = { "", "-wal", "-shm" };

      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

          g_unlink (name);
        }
      g_rmdir (folder);
    }
  return 0;
}
