/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The demonstration generator: the same seed makes the same database, every course
 * keeps the course rules, the counts are those asked for, and brobygger
 * --generate-demo makes only new files. */

#include <glib/gstdio.h>
#include <string.h>

#include "bb-course-status.h"
#include "bb-demo-generator.h"
#include "bb-sql.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"

#define N_OFFERS 40
#define N_COURSES 300
#define N_MEETINGS 2500

static void
generate (BbTestCourses *fixture,
          guint64        seed)
{
  BbDemoOptions options = BB_DEMO_OPTIONS_INIT;

  options.n_offers = N_OFFERS;
  options.n_courses = N_COURSES;
  options.n_meetings = N_MEETINGS;
  options.seed = seed;
  bb_test_courses_generate (fixture, &options);
}

static gint64
count (BbTestCourses *fixture,
       const char    *sql)
{
  return bb_test_query_int (fixture->database, sql);
}

static void
test_deterministic (void)
{
  BbTestCourses first = { 0 }, again = { 0 }, other = { 0 };
  g_autofree char *first_digest = NULL;
  g_autofree char *again_digest = NULL;
  g_autofree char *other_digest = NULL;

  bb_test_courses_set_up (&first, NULL);
  bb_test_courses_set_up (&again, NULL);
  bb_test_courses_set_up (&other, NULL);
  generate (&first, 7);
  generate (&again, 7);
  generate (&other, 8);

  first_digest = bb_test_courses_digest (first.database);
  again_digest = bb_test_courses_digest (again.database);
  other_digest = bb_test_courses_digest (other.database);
  g_assert_cmpstr (first_digest, ==, again_digest);
  g_assert_cmpstr (first_digest, !=, other_digest);

  bb_test_courses_tear_down (&other, NULL);
  bb_test_courses_tear_down (&again, NULL);
  bb_test_courses_tear_down (&first, NULL);
}

static void
test_counts (BbTestCourses *fixture,
             gconstpointer  user_data)
{
  generate (fixture, 1);

  g_assert_cmpint (count (fixture, "SELECT count (*) FROM offers"), ==, N_OFFERS);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM courses"), ==, N_COURSES);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM meetings"), ==, N_MEETINGS);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM young_people"), ==, N_COURSES);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM advisers"), >=, 6);
  g_assert_cmpint (count (fixture, "SELECT count (DISTINCT sector) FROM providers"), ==, 4);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM offers WHERE opening_hours = '' OR description = ''"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM offers o WHERE NOT EXISTS"
                                   " (SELECT 1 FROM contacts c WHERE c.offer_id = o.id)"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM offers o WHERE NOT EXISTS"
                                   " (SELECT 1 FROM offer_target_groups x WHERE x.offer_id = o.id)"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (DISTINCT profession) FROM advisers"), ==, 3);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM handovers"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM measures"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM meetings WHERE no_show = 1"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM meetings WHERE date > '2026-03-15'"), >, 0);
  /* Mostly advisory conversations. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM meetings WHERE kind = 'advisory'") * 2, >, N_MEETINGS);
  /* Generating is nobody's access to a young person's data. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM access_log"), ==, 0);
  /* Ages 12 to 25 today (15 March 2026), none a CPR number anywhere. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM young_people"
                                   " WHERE birth_date > '2014-03-15' OR birth_date <= '2000-03-15'"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM young_people y JOIN courses c ON c.young_person_id = y.id"
                                   " WHERE date (c.first_contact, '-12 years') < y.birth_date"), ==, 0);
  /* The figures are counted, as the repository would. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM courses WHERE conversations > 0"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM course_fts"), ==, N_COURSES);
}

static void
test_every_status (BbTestCourses *fixture,
                   gconstpointer  user_data)
{
  generate (fixture, 3);

  for (guint status = 0; status < BB_COURSE_STATUS_COUNT; status++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM courses WHERE status = '%s'",
                                              bb_course_status_to_key (status));

      g_test_message ("%s", sql);
      g_assert_cmpint (count (fixture, sql), >, 0);
    }

  for (guint reason = 0; reason < BB_CLOSING_REASON_COUNT; reason++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM courses WHERE closing_reason = '%s'",
                                              bb_closing_reason_to_key (reason));

      g_assert_cmpint (count (fixture, sql), >, 0);
    }

  /* Over the last two years. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM courses WHERE first_contact < '2024-03-15'"
                                   " OR first_contact > '2026-03-15'"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM courses WHERE first_contact < '2025-03-15'"), >, 0);
}

/* Each course's history, replayed through the status machine. */
static void
test_histories_legal (BbTestCourses *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(BbStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;
  gint64 course = 0;
  BbCourseStatus status = BB_COURSE_STATUS_CONTACTED, held_from = BB_COURSE_STATUS_CONTACTED;
  char last_date[16] = "";
  guint changes = 0;

  generate (fixture, 4);

  stmt = bb_database_prepare (fixture->database,
                              "SELECT e.course_id, e.status, e.date, c.first_contact, c.status, c.status_since,"
                              "       (c.closed_date IS NULL) = (c.status NOT IN ('closed', 'not-admitted')),"
                              "       (c.closing_reason IS NULL) = (c.closed_date IS NULL),"
                              "       e.id = (SELECT max (id) FROM course_status_events x WHERE x.course_id = c.id)"
                              "  FROM course_status_events e JOIN courses c ON c.id = e.course_id"
                              " ORDER BY e.course_id, e.id",
                              &error);
  g_assert_no_error (error);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      BbCourseStatus next;
      const char *date = bb_sql_column_text (stmt, 2);

      g_assert_true (bb_course_status_from_key (bb_sql_column_text (stmt, 1), &next));
      if (sqlite3_column_int64 (stmt, 0) != course)
        {
          /* Every course starts at its first contact. */
          course = sqlite3_column_int64 (stmt, 0);
          g_assert_cmpint (next, ==, BB_COURSE_STATUS_CONTACTED);
          g_assert_cmpstr (date, ==, bb_sql_column_text (stmt, 3));
          status = next;
        }
      else
        {
          g_assert_true (bb_course_status_check_change (status, held_from, next, &error));
          g_assert_no_error (error);
          g_assert_cmpstr (date, >=, last_date);
          if (next == BB_COURSE_STATUS_ON_HOLD)
            held_from = status;
          status = next;
          changes++;
        }

      g_assert_cmpstr (date, <=, "2026-03-15");
      g_strlcpy (last_date, date, sizeof last_date);
      g_assert_cmpint (sqlite3_column_int (stmt, 6), ==, 1);
      g_assert_cmpint (sqlite3_column_int (stmt, 7), ==, 1);

      /* The course says where its history ends. */
      if (sqlite3_column_int (stmt, 8))
        {
          g_assert_cmpstr (bb_sql_column_text (stmt, 4), ==, bb_course_status_to_key (status));
          g_assert_cmpstr (bb_sql_column_text (stmt, 5), ==, date);
        }
    }

  g_assert_cmpint (changes, >, N_COURSES);
  /* Advisory conversations begin with the first one held. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM courses c"
                                   " WHERE EXISTS (SELECT 1 FROM course_status_events e"
                                   "                WHERE e.course_id = c.id AND e.status = 'advisory')"
                                   "   AND c.first_conversation IS NULL"), ==, 0);
  /* Meetings held only once the course began, booked ones only while it runs. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM meetings m JOIN courses c ON c.id = m.course_id"
                                   " WHERE m.date < c.first_contact"
                                   "    OR (c.closed_date IS NOT NULL AND m.date > c.closed_date)"), ==, 0);
}

/* Every course's dates in the order a course lives them: first contact, first
 * conversation, last meeting, closing; the assessment, the consent, the measures and
 * the hand-overs inside the course; and figures that are what its meetings give. */
static void
test_dates_ordered (BbTestCourses *fixture,
                    gconstpointer  user_data)
{
  generate (fixture, 6);

  g_assert_cmpint (count (fixture, "SELECT count (*) FROM courses"
                                   " WHERE first_conversation < first_contact"
                                   "    OR last_meeting < first_conversation"
                                   "    OR status_since < first_contact OR status_since > '2026-03-15'"
                                   "    OR closed_date < first_contact"
                                   "    OR closed_date != status_since"
                                   "    OR first_conversation > closed_date OR last_meeting > closed_date"
                                   "    OR assessment_date < first_contact OR assessment_date > '2026-03-15'"
                                   "    OR assessment_date > closed_date"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM courses c JOIN young_people y ON y.id = c.young_person_id"
                                   " WHERE y.consent_date < c.first_contact OR y.consent_date > '2026-03-15'"
                                   "    OR y.consent_date > c.closed_date"), ==, 0);
  /* A measure is taken at its meeting, on its day. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM measures x LEFT JOIN meetings m ON m.id = x.meeting_id"
                                   " WHERE m.id IS NULL OR x.date != m.date OR x.course_id != m.course_id"
                                   "    OR m.no_show = 1 OR m.date > '2026-03-15'"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM handovers h JOIN courses c ON c.id = h.course_id"
                                   " WHERE h.state_date < c.first_contact OR h.state_date > '2026-03-15'"
                                   "    OR h.state_date > c.closed_date"), ==, 0);
  /* Only held meetings count, and only up to today. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM courses WHERE conversations > meetings_held"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM courses WHERE no_shows > 0"), >, 0);
  g_assert_cmpint (bb_test_courses_count_wrong_figures (fixture->database), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT sum (conversations) FROM courses"), ==,
                   count (fixture, "SELECT count (*) FROM meetings"
                                   " WHERE kind = 'advisory' AND no_show = 0 AND date <= '2026-03-15'"));
}

/* The names of the database's indexes and triggers, in order. */
static char *
dup_schema (BbDatabase *database)
{
  g_autoptr(BbStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;
  GString *names = g_string_new (NULL);

  stmt = bb_database_prepare (database,
                              "SELECT type, name FROM sqlite_schema WHERE type IN ('index', 'trigger') ORDER BY name",
                              &error);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (names, "%s %s\n", bb_sql_column_text (stmt, 0), bb_sql_column_text (stmt, 1));

  return g_string_free (names, FALSE);
}

/* The generator writes, for all rows at once, what the triggers it sets aside
 * meanwhile write row by row; afterwards every index and trigger is back. */
static void
test_bulk_as_triggers (BbTestCourses *fixture,
                       gconstpointer  user_data)
{
  BbTestCourses fresh = { 0 };
  g_autofree char *fresh_schema = NULL;
  g_autofree char *schema = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  bb_test_courses_set_up (&fresh, NULL);
  fresh_schema = dup_schema (fresh.database);
  bb_test_courses_tear_down (&fresh, NULL);

  generate (fixture, 5);
  schema = dup_schema (fixture->database);
  g_assert_cmpstr (schema, ==, fresh_schema);

  /* Touching what the name key, the sort keys, the figures and the scores are made of
   * has the triggers write them again: nothing changes. */
  before = bb_test_courses_digest (fixture->database);
  g_assert_true (bb_database_begin (fixture->database, &error));
  g_assert_true (bb_database_exec (fixture->database,
                                   "UPDATE courses SET young_person_id = young_person_id, first_contact = first_contact;"
                                   "UPDATE measures SET score = score",
                                   &error));
  g_assert_true (bb_database_commit (fixture->database, &error));
  g_assert_no_error (error);
  after = bb_test_courses_digest (fixture->database);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM courses WHERE name_key = ''"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM courses WHERE length_key IS NULL"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM course_scores"), >, 0);

  /* Every course is found by its young person's name, and each table's UUIDs grow as its ids do. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM courses c JOIN young_people y ON y.id = c.young_person_id"
                                   " WHERE c.id NOT IN (SELECT rowid FROM course_fts"
                                   "                     WHERE course_fts MATCH '\"' || y.name || '\"')"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM course_search_pending"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM meetings a JOIN meetings b ON b.id = a.id + 1"
                                   " WHERE b.uuid <= a.uuid"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM courses a JOIN courses b ON b.id = a.id + 1"
                                   " WHERE b.uuid <= a.uuid"), ==, 0);
}

/* The generator writes without checking each row's CHECK constraints (a list's
 * check costs a third of a row): every row it wrote keeps them all, and the rows
 * written after it are checked again. */
static void
test_constraints_kept (BbTestCourses *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(BbStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  generate (fixture, 3);

  /* integrity_check reads every row against every CHECK and NOT NULL, and every
   * index against its table. */
  stmt = bb_database_prepare (fixture->database, "PRAGMA integrity_check", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr (bb_sql_column_text (stmt, 0), ==, "ok");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);

  g_assert_cmpint (count (fixture, "PRAGMA ignore_check_constraints"), ==, 0);
  g_assert_false (bb_database_exec (fixture->database, "UPDATE meetings SET kind = 'dinner' WHERE id = 1", &error));
  g_assert_nonnull (error);
}

/* Every measure scores as its instrument scores its answers, within its range. */
static void
test_measures_in_range (BbTestCourses *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(BbStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0, improved = 0, courses = 0;
  gint64 course = 0;
  double first = 0, last = 0;
  g_autoptr(BbInstrument) instrument = NULL;

  generate (fixture, 5);

  stmt = bb_database_prepare (fixture->database,
                              "SELECT course_id, instrument, items, score FROM measures ORDER BY course_id, date, id",
                              &error);
  g_assert_no_error (error);

  while (TRUE)
    {
      gboolean row = sqlite3_step (stmt) == SQLITE_ROW;
      g_auto(GStrv) answers = NULL;
      g_autofree double *items = NULL;
      g_autofree double *scores = NULL;
      double min, max;
      guint main_scale;

      /* Over a course, from its first measure to its last. */
      if (!row || sqlite3_column_int64 (stmt, 0) != course)
        {
          if (course != 0 && instrument != NULL)
            {
              courses++;
              improved += last > first;
            }
          if (!row)
            break;
          course = sqlite3_column_int64 (stmt, 0);
          g_clear_object (&instrument);
          instrument = bb_instrument_repository_lookup (fixture->instruments, bb_sql_column_text (stmt, 1));
          g_assert_nonnull (instrument);
          first = sqlite3_column_double (stmt, 3);
        }

      answers = g_strsplit (bb_sql_column_text (stmt, 2), ",", -1);
      g_assert_cmpuint (g_strv_length (answers), ==, bb_instrument_get_n_items (instrument));
      items = g_new0 (double, g_strv_length (answers));
      scores = g_new0 (double, bb_instrument_get_n_scales (instrument));
      for (guint i = 0; answers[i] != NULL; i++)
        items[i] = g_ascii_strtod (answers[i], NULL);

      g_assert_true (bb_instrument_score (instrument, items, g_strv_length (answers), scores, &error));
      g_assert_no_error (error);
      main_scale = bb_instrument_get_main_scale (instrument);
      g_assert_cmpfloat_with_epsilon (scores[main_scale], sqlite3_column_double (stmt, 3), 1e-9);
      bb_instrument_get_scale_range (instrument, main_scale, &min, &max);
      g_assert_cmpfloat (sqlite3_column_double (stmt, 3), >=, min);
      g_assert_cmpfloat (sqlite3_column_double (stmt, 3), <=, max);
      last = sqlite3_column_double (stmt, 3);
      n++;
    }

  g_assert_cmpuint (n, >, 0);
  /* Mostly better at the end, but not always. */
  g_assert_cmpuint (improved * 2, >, courses);
  g_assert_cmpuint (improved, <, courses);
}

/* ---- brobygger --generate-demo ---------------------------------------- */

static int
run_program (const char  *first,
             ...)
{
  g_autofree char *program = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "src", "brobygger", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status = 0;
  va_list args;

  g_ptr_array_add (argv, program);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* No display: the command needs none. */
  g_setenv ("DISPLAY", "", TRUE);
  g_setenv ("WAYLAND_DISPLAY", "", TRUE);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &wait_status, &error);
  g_assert_no_error (error);
  g_test_message ("stdout: %s\nstderr: %s", out, err);
  return g_spawn_check_wait_status (wait_status, NULL) ? 0 : WEXITSTATUS (wait_status);
}

static void
test_command (void)
{
  g_autofree char *folder = g_dir_make_tmp ("bb-demo-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "demo.db", NULL);
  g_autofree char *existing = g_build_filename (folder, "existing.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(BbDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_cmpint (run_program ("--generate-demo", path, "--offers", "12", "--courses", "30", "--seed", "9",
                                NULL), ==, 0);
  database = bb_database_open (path, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count (*) FROM offers"), ==, 12);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count (*) FROM courses"), ==, 30);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count (*) FROM meetings"), ==, 300);
  g_clear_object (&database);

  /* Zero is a number too. */
  g_assert_cmpint (run_program ("--generate-demo", existing, "--offers", "0", "--courses", "0", NULL), ==, 0);
  database = bb_database_open (existing, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count (*) FROM offers"), ==, 0);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count (*) FROM courses"), ==, 0);
  g_clear_object (&database);

  /* An existing file is refused and left as it was. */
  g_assert_true (g_file_set_contents (existing, "not a database", -1, NULL));
  g_assert_cmpint (run_program ("--generate-demo", existing, NULL), ==, 1);
  g_assert_true (g_file_get_contents (existing, &contents, &length, NULL));
  g_assert_cmpstr (contents, ==, "not a database");

  g_assert_cmpint (run_program ("--generate-demo", path, "--courses", "-3", NULL), ==, 1);
  g_unlink (path);
  g_assert_cmpint (run_program ("--generate-demo", path, "--courses", "many", NULL), ==, 1);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  bb_test_remove_folder (folder);
}

static char *
generate_file (const char *folder,
               const char *name,
               guint64     seed)
{
  g_autoptr(BbClock) clock = bb_test_clock_new ();
  BbDemoOptions options = BB_DEMO_OPTIONS_INIT;
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (folder, name, NULL);

  options.n_offers = 12;
  options.n_courses = 60;
  options.seed = seed;
  g_assert_true (bb_demo_generate_file (path, &options, clock, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static guint
count_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* A whole file at once, the same bytes for the same seed, and nothing left beside it;
 * a file that is there is replaced whole; a folder that is not there is an error. */
static void
test_generate_file (void)
{
  g_autofree char *folder = g_dir_make_tmp ("bb-demo-XXXXXX", NULL);
  g_autofree char *first = generate_file (folder, "first.db", 7);
  g_autofree char *again = generate_file (folder, "again.db", 7);
  g_autofree char *missing = g_build_filename (folder, "no such folder", "demo.db", NULL);
  g_autoptr(GBytes) first_bytes = read_bytes (first);
  g_autoptr(GBytes) again_bytes = read_bytes (again);
  g_autoptr(GBytes) replaced_bytes = NULL;
  g_autoptr(BbDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  BbDemoOptions options = BB_DEMO_OPTIONS_INIT;
  g_autofree char *replaced = NULL;

  g_assert_cmpuint (count_files (folder), ==, 2);
  g_assert_true (g_bytes_equal (first_bytes, again_bytes));

  database = bb_database_open (first, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count (*) FROM offers"), ==, 12);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count (*) FROM courses"), ==, 60);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count (*) FROM meetings"), ==, 600);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count (*) FROM course_fts"), ==, 60);
  g_clear_object (&database);

  /* Another seed over the first: a whole other database in its place. */
  replaced = generate_file (folder, "first.db", 8);
  replaced_bytes = read_bytes (replaced);
  g_assert_false (g_bytes_equal (first_bytes, replaced_bytes));
  g_assert_cmpuint (count_files (folder), ==, 2);

  g_assert_false (bb_demo_generate_file (missing, &options, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpuint (count_files (folder), ==, 2);

  bb_test_remove_folder (folder);
}

/* One plan per template, each valid, at its own stage, with every activity status,
 * something overdue, a fidelity history and filled indicators. */
static void
test_plans (BbTestCourses *fixture,
            gconstpointer  user_data)
{
  BbPlanRepository *plans = bb_context_get_plans (fixture->context);
  GPtrArray *templates = bb_context_get_templates (fixture->context);
  BbPlanQuery query = BB_PLAN_QUERY_INIT;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  guint overdue = 0, stages = 0;

  generate (fixture, 1);
  query.include_archived = TRUE;
  ids = bb_plan_repository_query_ids (plans, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (templates->len, >=, 4);
  g_assert_cmpuint (ids->len, ==, templates->len);

  for (guint t = 0; t < templates->len; t++)
    {
      BbPlanTemplate *template = g_ptr_array_index (templates, t);
      g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM plans"
                                              " WHERE model = '%s' AND template_version = '%s'",
                                              bb_plan_template_get_model (template),
                                              bb_plan_template_get_version (template));

      g_assert_cmpint (count (fixture, sql), ==, 1);
    }

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(BbPlan) plan = bb_plan_repository_get (plans, g_array_index (ids, gint64, i), &error);

      g_assert_no_error (error);
      g_assert_true (bb_plan_validate (plan, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (bb_plan_get_n_activities (plan), >, 0);
      overdue += bb_plan_get_n_overdue (plan) > 0 ? 1 : 0;
      stages |= 1u << bb_plan_get_stage (plan);
    }
  g_assert_cmpuint (overdue, ==, ids->len);
  g_assert_cmpuint (stages, ==, (1u << BB_PLAN_STAGE_COUNT) - 1);

  g_assert_cmpint (count (fixture, "SELECT count (DISTINCT status) FROM plans"), ==, BB_PLAN_STATUS_COUNT);
  g_assert_cmpint (count (fixture, "SELECT count (DISTINCT status) FROM plan_activities"), ==,
                   BB_ACTIVITY_STATUS_COUNT);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM plan_fidelity_ratings"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (DISTINCT date) FROM plan_fidelity_ratings"), >, 3);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM plan_measurements WHERE origin = 'courses'"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM plan_measurements WHERE origin = 'typed'"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM plan_partners"), >=, 3 * ids->len);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM plan_reviews"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM plan_competence_events"), >=, ids->len);
  /* Every stage history in order, none after today. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM plan_stage_events WHERE date > '2026-03-15'"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM plans p WHERE stage !="
                                   " (SELECT stage FROM plan_stage_events e WHERE e.plan_id = p.id"
                                   "   ORDER BY date DESC, id DESC LIMIT 1)"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/demo/deterministic", test_deterministic);
  g_test_add ("/demo/counts", BbTestCourses, NULL, bb_test_courses_set_up, test_counts, bb_test_courses_tear_down);
  g_test_add ("/demo/every-status", BbTestCourses, NULL, bb_test_courses_set_up, test_every_status,
              bb_test_courses_tear_down);
  g_test_add ("/demo/histories-legal", BbTestCourses, NULL, bb_test_courses_set_up, test_histories_legal,
              bb_test_courses_tear_down);
  g_test_add ("/demo/dates-ordered", BbTestCourses, NULL, bb_test_courses_set_up, test_dates_ordered,
              bb_test_courses_tear_down);
  g_test_add ("/demo/bulk-as-triggers", BbTestCourses, NULL, bb_test_courses_set_up, test_bulk_as_triggers,
              bb_test_courses_tear_down);
  g_test_add ("/demo/constraints-kept", BbTestCourses, NULL, bb_test_courses_set_up, test_constraints_kept,
              bb_test_courses_tear_down);
  g_test_add ("/demo/measures-in-range", BbTestCourses, NULL, bb_test_courses_set_up, test_measures_in_range,
              bb_test_courses_tear_down);
  g_test_add ("/demo/plans", BbTestCourses, NULL, bb_test_courses_set_up, test_plans, bb_test_courses_tear_down);
  g_test_add_func ("/demo/command", test_command);
  g_test_add_func ("/demo/generate-file", test_generate_file);

  return g_test_run ();
}
