/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The benchmark suite of issue 13: `meson test --benchmark -C build` (under a display
 * for the window figures: xvfb-run). Generates one database with the demonstration
 * generator (10,000 offers, 100,000 courses, ten meetings a course, fixed seed; or
 * BB_BENCH_OFFERS and BB_BENCH_COURSES) into a temporary folder, measures each figure
 * BB_BENCH_ROUNDS times (5 unless given; the imports at most 3) and prints a line per
 * figure:
 *
 *   BENCH name=<figure> median=<value> unit=<unit> floor=<value> ratio=<median/floor>
 *
 * where the floor is the same work done by the thinnest means in the same run ("-"
 * where there is none). Asserts nothing about time. BB_BENCH_DATABASE names a database
 * generated before to use instead (nothing generated); BB_BENCH_ONLY a comma-separated
 * list of the other figures to run (startup, scroll, search, import-offers,
 * import-courses; startup gives memory too).
 *
 * bench-suite BROBYGGER MINIMAL-WINDOW SCROLL: the programs it times. */

#include <glib/gstdio.h>
#include <locale.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

#include "bb-context.h"
#include "bb-course-list.h"
#include "bb-offer-list.h"
#include "bb-text.h"

typedef struct
{
  const char *brobygger;
  const char *minimal_window;
  const char *scroll;
  char       *folder;
  char       *database;
  guint       rounds;
  gboolean    display;
} Bench;

/* ---- figures --------------------------------------------------------- */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The value below which @fraction of @values lie (sorts @values). */
static double
percentile (GArray *values,
            double  fraction)
{
  if (values->len == 0)
    return 0;

  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, MIN (values->len - 1, (guint) (fraction * values->len)));
}

static void
report (const char *name,
        double      median,
        const char *unit,
        double      floor)
{
  if (floor > 0)
    g_print ("BENCH name=%s median=%.2f unit=%s floor=%.2f ratio=%.2f\n", name, median, unit, floor, median / floor);
  else
    g_print ("BENCH name=%s median=%.2f unit=%s floor=- ratio=-\n", name, median, unit);
}

/* Whether BB_BENCH_ONLY, when set, names @figure. */
static gboolean
wanted (const char *figure)
{
  const char *only = g_getenv ("BB_BENCH_ONLY");
  g_auto(GStrv) figures = NULL;

  if (only == NULL || *only == '\0')
    return TRUE;

  figures = g_strsplit (only, ",", -1);
  return g_strv_contains ((const char * const *) figures, figure);
}

/* ---- running programs ------------------------------------------------ */

/* Runs @argv with @envp added to the environment; its wall time in seconds and its peak
 * resident memory in MB. FALSE when it could not start or failed. */
static gboolean
run (const char * const *argv,
     const char * const *envp,
     double             *seconds,
     double             *peak_mb)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) environment = g_get_environ ();
  struct rusage usage;
  GPid pid;
  int status;
  gint64 start;

  for (guint i = 0; envp != NULL && envp[i] != NULL; i += 2)
    environment = g_environ_setenv (environment, envp[i], envp[i + 1], TRUE);

  start = g_get_monotonic_time ();
  if (!g_spawn_async (NULL, (char **) argv, environment,
                      G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, &pid, &error))
    {
      g_printerr ("Cannot run %s: %s\n", argv[0], error->message);
      return FALSE;
    }

  if (wait4 (pid, &status, 0, &usage) < 0)
    return FALSE;
  g_spawn_close_pid (pid);

  if (seconds != NULL)
    *seconds = (g_get_monotonic_time () - start) / 1e6;
  if (peak_mb != NULL)
    *peak_mb = usage.ru_maxrss / 1024.0;

  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_printerr ("%s failed (status %d)\n", argv[0], status);
      return FALSE;
    }

  return TRUE;
}

static char *
in_folder (Bench      *bench,
           const char *name)
{
  return g_build_filename (bench->folder, name, NULL);
}

static void
remove_database (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_unlink (name);
    }
}

/* ---- generate -------------------------------------------------------- */

static gboolean
generate (Bench *bench)
{
  const char *offers = g_getenv ("BB_BENCH_OFFERS") != NULL ? g_getenv ("BB_BENCH_OFFERS") : "10000";
  const char *courses = g_getenv ("BB_BENCH_COURSES") != NULL ? g_getenv ("BB_BENCH_COURSES") : "100000";
  const char *argv[] = { bench->brobygger, "--generate-demo", bench->database, "--offers", offers,
                         "--courses", courses, "--seed", "13", NULL };
  double seconds;

  /* Once: at a minute a run, the one database the other figures share. */
  if (!run (argv, NULL, &seconds, NULL))
    return FALSE;

  g_print ("# generated %s offers and %s courses (ten meetings each) once\n", offers, courses);
  report ("generate", seconds, "s", 0);
  return TRUE;
}

/* ---- start-up and memory --------------------------------------------- */

static void
startup_and_memory (Bench *bench)
{
  g_autofree char *config = in_folder (bench, "config");
  g_autofree char *settings_folder = g_build_filename (config, "glib-2.0", "settings", NULL);
  g_autofree char *keyfile = g_build_filename (settings_folder, "keyfile", NULL);
  const char *app_argv[] = { bench->brobygger, "--database", bench->database, NULL };
  const char *floor_argv[] = { bench->minimal_window, NULL };
  /* Both with one renderer, cairo unless the caller names one: under Xvfb GL is Mesa's
   * llvmpipe, whose compiled shaders add some 65 MB of heap to either program. */
  const char *renderer = g_getenv ("GSK_RENDERER") != NULL ? g_getenv ("GSK_RENDERER") : "cairo";
  /* The courses view open, as its adviser left it. */
  const char *envp[] = { "BROBYGGER_QUIT_AFTER_FIRST_FRAME", "1", "GSETTINGS_BACKEND", "keyfile",
                         "XDG_CONFIG_HOME", config, "GSK_RENDERER", renderer, NULL };
  g_autoptr(GArray) app_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) app_peaks = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floor_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floor_peaks = g_array_new (FALSE, FALSE, sizeof (double));

  g_mkdir_with_parents (settings_folder, 0700);
  g_file_set_contents (keyfile, "[io/github/brobygger/Brobygger]\nlast-view='courses'\n", -1, NULL);

  for (guint round = 0; round < bench->rounds; round++)
    {
      double seconds;
      double peak;

      if (run (floor_argv, envp, &seconds, &peak))
        {
          seconds *= 1000;
          g_array_append_val (floor_times, seconds);
          g_array_append_val (floor_peaks, peak);
        }
      if (run (app_argv, envp, &seconds, &peak))
        {
          seconds *= 1000;
          g_array_append_val (app_times, seconds);
          g_array_append_val (app_peaks, peak);
        }
    }

  if (app_times->len == 0)
    return;

  g_print ("# startup, memory: GSK_RENDERER=%s for both\n", renderer);
  report ("startup", percentile (app_times, 0.5), "ms", percentile (floor_times, 0.5));
  report ("memory", percentile (app_peaks, 0.5), "MB", percentile (floor_peaks, 0.5));
}

/* ---- search ---------------------------------------------------------- */

/* What a list view does when it shows a screenful. */
static void
touch_first_rows (GListModel *model)
{
  guint n = MIN (g_list_model_get_n_items (model), 30);

  for (guint i = 0; i < n; i++)
    g_object_unref (g_list_model_get_item (model, i));
}

typedef void (*SetSearch) (GListModel *list,
                           const char *search);

static void
set_offer_search (GListModel *list,
                  const char *search)
{
  BbOfferQuery query = BB_OFFER_QUERY_INIT;

  query.search = search;
  bb_offer_list_set_query (BB_OFFER_LIST (list), &query);
}

static void
set_course_search (GListModel *list,
                   const char *search)
{
  BbCourseQuery query = BB_COURSE_QUERY_INIT;

  query.search = search;
  bb_course_list_set_query (BB_COURSE_LIST (list), &query);
}

/* CPU milliseconds of @clock (this thread's, or the process's with the job thread's),
 * which the others' load on the machine does not inflate as it does the wall clock. */
static double
cpu_ms (clockid_t clock)
{
  struct timespec now;

  clock_gettime (clock, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

/* The floor: the same FTS5 query on a connection of its own, every match read. */
static double
time_fts (sqlite3    *handle,
          const char *table,
          const char *search)
{
  g_autofree char *sql = g_strdup_printf ("SELECT rowid FROM %s WHERE %s MATCH ?1", table, table);
  g_autofree char *match = bb_text_fts_query (search);
  sqlite3_stmt *stmt = NULL;
  double start = cpu_ms (CLOCK_THREAD_CPUTIME_ID);

  if (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL) != SQLITE_OK)
    return 0;
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    ;
  sqlite3_finalize (stmt);

  return cpu_ms (CLOCK_THREAD_CPUTIME_ID) - start;
}

/* Typing @typed letter by letter, BB_BENCH_ROUNDS times: one keystroke is the query
 * set and the first screenful loaded (the figure of issue 13); apart from it, the
 * keystroke to the count complete (a search counts on the database's job thread, and
 * the list grows to its length when the count arrives). In CPU time: the main thread's
 * to the first screenful (what holds the window up), the process's (both threads) to
 * the count; the floor on its own thread. */
static void
search (Bench      *bench,
        const char *name,
        GListModel *list,
        SetSearch   set_search,
        const char *table,
        const char *typed)
{
  g_autoptr(GArray) keystrokes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floors = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) counted = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *count_p50 = g_strconcat (name, "-count-p50", NULL);
  g_autofree char *count_p95 = g_strconcat (name, "-count-p95", NULL);
  g_autofree char *p50 = g_strconcat (name, "-p50", NULL);
  g_autofree char *p95 = g_strconcat (name, "-p95", NULL);
  sqlite3 *handle = NULL;

  sqlite3_open_v2 (bench->database, &handle, SQLITE_OPEN_READONLY, NULL);
  for (guint round = 0; round < bench->rounds; round++)
    {
      set_search (list, NULL);
      while (bb_id_list_is_counting (BB_ID_LIST (list)))
        g_main_context_iteration (NULL, TRUE);
      for (const char *end = g_utf8_next_char (typed); ; end = g_utf8_next_char (end))
        {
          g_autofree char *prefix = g_strndup (typed, end - typed);
          double start = cpu_ms (CLOCK_THREAD_CPUTIME_ID);
          double process_start = cpu_ms (CLOCK_PROCESS_CPUTIME_ID);
          double ms;

          set_search (list, prefix);
          touch_first_rows (list);
          ms = cpu_ms (CLOCK_THREAD_CPUTIME_ID) - start;
          g_array_append_val (keystrokes, ms);
          while (bb_id_list_is_counting (BB_ID_LIST (list)))
            g_main_context_iteration (NULL, TRUE);
          ms = cpu_ms (CLOCK_PROCESS_CPUTIME_ID) - process_start;
          g_array_append_val (counted, ms);
          ms = time_fts (handle, table, prefix);
          g_array_append_val (floors, ms);
          if (*end == '\0')
            break;
        }
    }
  sqlite3_close (handle);

  g_print ("# %s: typing »%s«, %u keystrokes\n", name, typed, keystrokes->len);
  report (p50, percentile (keystrokes, 0.5), "ms", percentile (floors, 0.5));
  report (p95, percentile (keystrokes, 0.95), "ms", percentile (floors, 0.95));
  report (count_p50, percentile (counted, 0.5), "ms", percentile (floors, 0.5));
  report (count_p95, percentile (counted, 0.95), "ms", percentile (floors, 0.95));
}

static void
search_figures (Bench *bench)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BbDatabase) database = bb_database_open (bench->database, FALSE, &error);
  g_autoptr(BbContext) context = NULL;
  g_autoptr(BbOfferList) offers = NULL;
  g_autoptr(BbCourseList) courses = NULL;

  g_assert_no_error (error);
  context = bb_context_new (database, NULL, &error);
  g_assert_no_error (error);

  offers = bb_offer_list_new (bb_context_get_offers (context));
  search (bench, "search-offers", G_LIST_MODEL (offers), set_offer_search, "offer_fts", "samtal");
  courses = bb_course_list_new (bb_context_get_courses (context));
  search (bench, "search-courses", G_LIST_MODEL (courses), set_course_search, "course_fts", "skolev");
}

/* ---- scrolling ------------------------------------------------------- */

static void
scroll_figure (Bench *bench)
{
  const char *argv[] = { bench->scroll, bench->database, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GArray) worst = g_array_new (FALSE, FALSE, sizeof (double));
  int status;

  for (guint round = 0; round < MIN (bench->rounds, 3); round++)
    {
      double ms;

      g_clear_pointer (&output, g_free);
      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &output, NULL, &status, &error)
          || !g_spawn_check_wait_status (status, &error))
        {
          g_printerr ("bench-scroll failed: %s\n", error->message);
          return;
        }
      if (sscanf (output, "worst=%lf", &ms) == 1)
        g_array_append_val (worst, ms);
      g_print ("# scroll-courses: %s", output);
    }

  report ("scroll-courses", percentile (worst, 0.5), "ms", 0);
}

/* ---- import ---------------------------------------------------------- */

static void
import (Bench      *bench,
        const char *name,
        const char *export_option,
        const char *import_option)
{
  g_autofree char *file_name = g_strconcat (name, ".csv", NULL);
  g_autofree char *csv = in_folder (bench, file_name);
  g_autofree char *target = in_folder (bench, "import.db");
  g_autofree char *floor_db = in_folder (bench, "floor.db");
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *sqlite3_cli = g_find_program_in_path ("sqlite3");
  g_autofree char *dot_import = g_strdup_printf (".import '%s' t", csv);
  const char *export_argv[] = { bench->brobygger, "--database", bench->database, export_option, csv, NULL };
  const char *import_argv[] = { bench->brobygger, "--database", target, import_option, csv, NULL };
  /* Brobygger's files are separated by semicolons, as Danish spreadsheets write them. */
  const char *floor_argv[] = { sqlite3_cli, floor_db, ".mode csv", ".separator ;", dot_import, NULL };
  const char *peer_argv[] = { soffice, "--headless", "--convert-to", "ods", "--outdir", bench->folder, csv, NULL };
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floors = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) peers = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *peer_name = g_strconcat (name, "-libreoffice", NULL);

  if (!run (export_argv, NULL, NULL, NULL))
    return;

  for (guint round = 0; round < MIN (bench->rounds, 3); round++)
    {
      double seconds;

      remove_database (target);
      if (run (import_argv, NULL, &seconds, NULL))
        g_array_append_val (times, seconds);
      remove_database (floor_db);
      if (sqlite3_cli != NULL && run (floor_argv, NULL, &seconds, NULL))
        g_array_append_val (floors, seconds);
      if (soffice != NULL && run (peer_argv, NULL, &seconds, NULL))
        g_array_append_val (peers, seconds);
    }
  remove_database (target);
  remove_database (floor_db);

  if (times->len > 0)
    report (name, percentile (times, 0.5), "s", percentile (floors, 0.5));
  if (peers->len > 0)
    report (peer_name, percentile (peers, 0.5), "s", 0);
  else
    g_print ("# %s: skipped, LibreOffice (soffice) is not installed\n", peer_name);
}

/* ---- the run --------------------------------------------------------- */

static void
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_folder (path);
      else
        g_unlink (path);
    }
  g_rmdir (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  Bench bench = { 0 };
  const char *rounds = g_getenv ("BB_BENCH_ROUNDS");
  const char *kept;

  setlocale (LC_ALL, "");
  /* Each figure as soon as it is measured, also into a file. */
  setvbuf (stdout, NULL, _IOLBF, 0);
  if (argc != 4)
    {
      g_printerr ("Usage: bench-suite BROBYGGER MINIMAL-WINDOW SCROLL\n");
      return 2;
    }

  bench.brobygger = argv[1];
  bench.minimal_window = argv[2];
  bench.scroll = argv[3];
  bench.rounds = rounds != NULL ? MAX (1, (guint) g_ascii_strtoull (rounds, NULL, 10)) : 5;
  bench.display = g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL;
  bench.folder = g_dir_make_tmp ("bb-bench-XXXXXX", &error);
  g_assert_no_error (error);
  kept = g_getenv ("BB_BENCH_DATABASE");
  bench.database = kept != NULL ? g_strdup (kept) : in_folder (&bench, "bench.db");

  g_print ("# medians of %u runs (generate: one); floors measured in the same run\n", bench.rounds);
  if (kept != NULL && !g_file_test (kept, G_FILE_TEST_EXISTS))
    g_printerr ("No database %s (BB_BENCH_DATABASE)\n", kept);
  else if (kept != NULL || generate (&bench))
    {
      if (bench.display)
        {
          if (wanted ("startup"))
            startup_and_memory (&bench);
          if (wanted ("scroll"))
            scroll_figure (&bench);
        }
      else
        g_print ("# startup, memory, scroll-courses: skipped, no display (run under xvfb-run)\n");
      if (wanted ("search"))
        search_figures (&bench);
      if (wanted ("import-offers"))
        import (&bench, "import-offers", "--export-offers", "--import-offers");
      if (wanted ("import-courses"))
        import (&bench, "import-courses", "--export-courses", "--import-courses");
    }

  /* BB_BENCH_KEEP=1 keeps the database to look into (EXPLAIN QUERY PLAN). */
  if (kept != NULL)
    remove_folder (bench.folder);
  else if (g_strcmp0 (g_getenv ("BB_BENCH_KEEP"), "1") == 0)
    g_print ("# kept %s\n", bench.database);
  else
    remove_folder (bench.folder);
  g_free (bench.database);
  g_free (bench.folder);
  return 0;
}
