/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-test-courses.h"
#include "bb-test-utils.h"

/* The young person's log, oldest first, as "action subject detail" lines. */
static char *
log_of (BbTestCourses *fixture,
        gint64         young_person_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = bb_access_log_repository_list (fixture->access_log, young_person_id, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = entries->len; i > 0; i--)
    {
      BbAccessEntry *entry = g_ptr_array_index (entries, i - 1);

      /* Who and when, on every row. */
      g_assert_cmpstr (entry->adviser, ==, "Mette Rådgiver");
      g_assert_cmpstr (entry->os_user, ==, g_get_user_name ());
      g_assert_cmpstr (entry->at, ==, BB_TEST_NOW_ISO);
      g_assert_cmpint (entry->young_person_id, ==, young_person_id);

      g_string_append_printf (text, "%s %s%s%s\n", bb_access_action_to_key (entry->action), entry->subject,
                              *entry->detail != '\0' ? " " : "", entry->detail);
    }

  return g_string_free (text, FALSE);
}

static gint64
count_rows (BbTestCourses *fixture)
{
  return bb_test_query_int (fixture->database, "SELECT count(*) FROM access_log");
}

static void
test_young_person (BbTestCourses *fixture,
                   gconstpointer  data)
{
  g_autoptr(BbYoungPerson) young_person = bb_young_person_new ("Johanne");
  g_autoptr(BbYoungPerson) opened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *log = NULL;
  gint64 id;

  g_assert_true (bb_young_person_repository_save (fixture->young_people, young_person, &error));
  id = bb_young_person_get_id (young_person);

  opened = bb_young_person_repository_open (fixture->young_people, id, &error);
  g_assert_no_error (error);
  bb_young_person_set_name (opened, "Johanne K.");
  g_ptr_array_add (bb_young_person_get_guardians (opened), bb_guardian_new ("Karen"));
  g_assert_true (bb_young_person_repository_save (fixture->young_people, opened, &error));

  /* Saved again unchanged: nothing happened, nothing is logged. */
  g_assert_true (bb_young_person_repository_save (fixture->young_people, opened, &error));

  /* Reading without a person to read it (a list row) is not an access. */
  g_clear_object (&young_person);
  young_person = bb_young_person_repository_get (fixture->young_people, id, &error);

  g_assert_true (bb_access_log_repository_record (fixture->access_log, id, BB_ACCESS_ACTION_EXPORT,
                                                  "young-person", "johanne.csv", &error));
  g_assert_true (bb_access_log_repository_record (fixture->access_log, id, BB_ACCESS_ACTION_PRINT,
                                                  "hand-over letter", NULL, &error));
  g_assert_true (bb_young_person_repository_delete (fixture->young_people, id, &error));
  g_assert_no_error (error);

  /* The log outlives the young person. */
  log = log_of (fixture, id);
  g_assert_cmpstr (log, ==,
                   "create young-person\n"
                   "open young-person\n"
                   "change young-person name,guardians\n"
                   "export young-person johanne.csv\n"
                   "print hand-over letter\n"
                   "delete young-person\n");
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count(*) FROM young_people"), ==, 0);

  /* Exports of someone who is gone are refused, not logged. */
  g_assert_false (bb_access_log_repository_record (fixture->access_log, id, BB_ACCESS_ACTION_EXPORT,
                                                   "young-person", NULL, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpint (count_rows (fixture), ==, 6);
}

static void
test_course_data (BbTestCourses *fixture,
                  gconstpointer  data)
{
  gint64 course_id = bb_test_add_course (fixture, "Magnus", "2026-02-01", 0);
  gint64 young_person_id;
  gint64 offer_id = bb_test_add_offer (fixture, "Ungerådgivningen");
  g_autoptr(BbCourse) course = NULL;
  g_autoptr(BbMeeting) meeting = bb_meeting_new (course_id, BB_MEETING_ADVISORY, "2026-02-03");
  g_autoptr(BbInstrument) who5 = bb_instrument_repository_lookup (fixture->instruments, "who-5");
  g_autoptr(BbMeasure) measure = bb_measure_new (course_id, who5, "2026-02-03");
  g_autoptr(BbHandover) handover = bb_handover_new (course_id, offer_id, BB_HANDOVER_SUGGESTED);
  g_autoptr(GError) error = NULL;
  g_autofree char *log = NULL;

  course = bb_course_repository_open (fixture->courses, course_id, &error);
  g_assert_no_error (error);
  young_person_id = bb_course_get_young_person_id (course);
  bb_course_set_notes (course, "Kom selv efter en snak med studievejlederen");
  bb_course_set_planned_conversations (course, 3);
  g_assert_true (bb_course_repository_save (fixture->courses, course, &error));
  g_assert_no_error (error);

  g_assert_true (bb_course_repository_save_meeting (fixture->courses, meeting, &error));
  bb_meeting_set_notes (meeting, "Talte om søvn");
  g_assert_true (bb_course_repository_save_meeting (fixture->courses, meeting, &error));
  g_assert_no_error (error);

  g_assert_true (bb_measure_set_items (measure, (double[]) { 3, 3, 2, 2, 3 }, 5, &error));
  g_assert_true (bb_course_repository_save_measure (fixture->courses, measure, &error));
  g_assert_no_error (error);

  handover->state_date = g_strdup ("2026-02-10");
  g_assert_true (bb_course_repository_save_handover (fixture->courses, handover, &error));
  handover->state = BB_HANDOVER_REFERRED;
  g_assert_true (bb_course_repository_save_handover (fixture->courses, handover, &error));
  g_assert_no_error (error);

  bb_test_change_status (fixture, course_id, BB_COURSE_STATUS_ADVISORY, "2026-02-03");

  g_assert_true (bb_course_repository_delete_handover (fixture->courses, handover->id, &error));
  g_assert_true (bb_course_repository_delete_measure (fixture->courses, bb_measure_get_id (measure), &error));
  g_assert_true (bb_course_repository_delete_meeting (fixture->courses, bb_meeting_get_id (meeting), &error));
  g_assert_true (bb_course_repository_delete (fixture->courses, course_id, &error));
  g_assert_no_error (error);

  log = log_of (fixture, young_person_id);
  g_assert_cmpstr (log, ==,
                   "create young-person\n"
                   "create course\n"
                   "open course\n"
                   "change course planned-conversations,notes\n"
                   "create meeting\n"
                   "change meeting notes\n"
                   "create measure who-5\n"
                   "create hand-over suggested\n"
                   "change hand-over referred\n"
                   "change status advisory\n"
                   "delete hand-over\n"
                   "delete measure\n"
                   "delete meeting\n"
                   "delete course\n"
                   /* Their last course: the young person goes with it. */
                   "delete young-person\n");
}

static void
test_same_transaction (BbTestCourses *fixture,
                       gconstpointer  data)
{
  gint64 course_id = bb_test_add_course (fixture, "Olivia", "2026-02-01", 0);
  gint64 rows = count_rows (fixture);
  g_autoptr(BbCourse) course = bb_test_get_course (fixture, course_id);
  g_autoptr(BbCourse) stored = NULL;
  g_autoptr(GError) error = NULL;

  /* Undone with the change it logs. */
  g_assert_true (bb_database_begin (fixture->database, &error));
  bb_course_set_notes (course, "Skal ikke gemmes");
  g_assert_true (bb_course_repository_save (fixture->courses, course, &error));
  g_assert_cmpint (count_rows (fixture), ==, rows + 1);
  bb_database_rollback (fixture->database);
  g_assert_cmpint (count_rows (fixture), ==, rows);
  stored = bb_test_get_course (fixture, course_id);
  g_assert_cmpstr (bb_course_get_notes (stored), ==, "");

  /* A refused change logs nothing. */
  bb_course_set_first_contact (course, "2027-01-01");
  g_assert_false (bb_course_repository_save (fixture->courses, course, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID);
  g_assert_cmpint (count_rows (fixture), ==, rows);
}

static void
test_append_only (BbTestCourses *fixture,
                  gconstpointer  data)
{
  sqlite3 *db = bb_database_get_handle (fixture->database);
  gint64 rows;

  bb_test_add_course (fixture, "Valdemar", "2026-02-01", 0);
  rows = count_rows (fixture);
  g_assert_cmpint (rows, ==, 2);

  /* Not even a program that goes around the repositories can change the log. */
  g_assert_cmpint (sqlite3_exec (db, "UPDATE access_log SET adviser = 'Nogen andre'", NULL, NULL, NULL),
                   ==, SQLITE_CONSTRAINT_TRIGGER);
  g_assert_nonnull (strstr (sqlite3_errmsg (db), "access log"));
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM access_log", NULL, NULL, NULL), ==, SQLITE_CONSTRAINT_TRIGGER);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM access_log WHERE id = 1", NULL, NULL, NULL),
                   ==, SQLITE_CONSTRAINT_TRIGGER);
  g_assert_cmpint (count_rows (fixture), ==, rows);
  g_assert_cmpint (bb_test_query_int (fixture->database,
                                      "SELECT count(*) FROM access_log WHERE adviser = 'Mette Rådgiver'"), ==, rows);

  /* The adviser set in Preferences is who the log names. */
  bb_database_set_user_name (fixture->database, "Jens Psykolog");
  bb_test_add_young_person (fixture, "Rosa", NULL);
  g_assert_cmpint (bb_test_query_int (fixture->database,
                                      "SELECT count(*) FROM access_log WHERE adviser = 'Jens Psykolog'"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, BbTestCourses, NULL, bb_test_courses_set_up, func, bb_test_courses_tear_down)
  ADD ("/access-log/young-person", test_young_person);
  ADD ("/access-log/course-data", test_course_data);
  ADD ("/access-log/same-transaction", test_same_transaction);
  ADD ("/access-log/append-only", test_append_only);
#undef ADD

  return g_test_run ();
}
