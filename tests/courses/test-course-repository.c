/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-test-courses.h"
#include "bb-test-utils.h"

#define MIGRATIONS "/io/github/brobygger/Brobygger/db/migrations"

static void
test_advisers (BbTestCourses *fixture,
               gconstpointer  data)
{
  gint64 mette = bb_test_add_adviser (fixture, "Mette Rådgiver", BB_PROFESSION_SOCIAL_WORKER);
  gint64 jens = bb_test_add_adviser (fixture, "Jens Psykolog", BB_PROFESSION_PSYCHOLOGIST);
  g_autoptr(BbAdviser) twin = bb_adviser_new ("Mette Rådgiver");
  g_autoptr(BbAdviser) stored = NULL;
  g_autoptr(GListModel) active = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GError) error = NULL;

  /* "My caseload" goes by the name, so names are unique. */
  g_assert_false (bb_adviser_repository_save (fixture->advisers, twin, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID);
  g_clear_error (&error);

  stored = bb_adviser_repository_get (fixture->advisers, jens, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bb_adviser_get_name (stored), ==, "Jens Psykolog");
  g_assert_cmpint (bb_adviser_get_profession (stored), ==, BB_PROFESSION_PSYCHOLOGIST);
  bb_adviser_set_active (stored, FALSE);
  g_assert_true (bb_adviser_repository_save (fixture->advisers, stored, &error));

  active = bb_adviser_repository_list (fixture->advisers, FALSE, &error);
  all = bb_adviser_repository_list (fixture->advisers, TRUE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (active), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);

  /* Someone who holds a course is marked inactive, not deleted. */
  bb_test_add_course (fixture, "Ida", "2026-03-01", mette);
  g_assert_false (bb_adviser_repository_delete (fixture->advisers, mette, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_true (bb_adviser_repository_delete (fixture->advisers, jens, &error));
  g_assert_no_error (error);

  {
    g_autoptr(BbAdviser) me = bb_adviser_repository_find_current (fixture->advisers, &error);

    g_assert_cmpint (bb_adviser_get_id (me), ==, mette);
    bb_database_set_user_name (fixture->database, "En vikar");
    g_clear_object (&me);
    me = bb_adviser_repository_find_current (fixture->advisers, &error);
    g_assert_null (me);
    g_assert_no_error (error);
  }
}

static void
test_young_person (BbTestCourses *fixture,
                   gconstpointer  data)
{
  g_autoptr(BbYoungPerson) young_person = bb_young_person_new ("Sofie");
  g_autoptr(BbYoungPerson) stored = NULL;
  g_autoptr(GError) error = NULL;
  BbGuardian *mother = bb_guardian_new ("Hanne");
  BbGuardian *loaded;
  GDate today;

  mother->relation = g_strdup ("Mor");
  mother->phone = g_strdup ("20 30 40 50");
  mother->involvement = BB_INVOLVEMENT_INVOLVED;
  g_ptr_array_add (bb_young_person_get_guardians (young_person), mother);
  g_ptr_array_add (bb_young_person_get_guardians (young_person), bb_guardian_new ("Peter"));
  bb_young_person_set_is_pseudonym (young_person, TRUE);
  bb_young_person_set_birth_date (young_person, "2010-03-16");
  bb_young_person_set_email (young_person, "sofie@example.dk");
  bb_young_person_set_occupation (young_person, BB_OCCUPATION_EDUCATION);
  bb_young_person_set_occupation_note (young_person, "1.g på gymnasiet");
  bb_young_person_set_consent_date (young_person, "2026-03-01");
  bb_young_person_set_consent_scope (young_person, "Kontakt til skolen og egen læge");
  g_assert_true (bb_young_person_repository_save (fixture->young_people, young_person, &error));
  g_assert_no_error (error);

  stored = bb_young_person_repository_open (fixture->young_people, bb_young_person_get_id (young_person), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bb_young_person_get_name (stored), ==, "Sofie");
  g_assert_true (bb_young_person_get_is_pseudonym (stored));
  g_assert_cmpstr (bb_young_person_get_email (stored), ==, "sofie@example.dk");
  g_assert_cmpint (bb_young_person_get_occupation (stored), ==, BB_OCCUPATION_EDUCATION);
  g_assert_cmpstr (bb_young_person_get_occupation_note (stored), ==, "1.g på gymnasiet");
  g_assert_cmpstr (bb_young_person_get_consent_date (stored), ==, "2026-03-01");
  g_assert_cmpstr (bb_young_person_get_consent_scope (stored), ==, "Kontakt til skolen og egen læge");
  g_assert_cmpstr (bb_young_person_get_created (stored), ==, BB_TEST_NOW_ISO);
  g_assert_cmpuint (bb_young_person_get_guardians (stored)->len, ==, 2);
  loaded = g_ptr_array_index (bb_young_person_get_guardians (stored), 0);
  g_assert_cmpstr (loaded->name, ==, "Hanne");
  g_assert_cmpstr (loaded->relation, ==, "Mor");
  g_assert_cmpstr (loaded->phone, ==, "20 30 40 50");
  g_assert_cmpint (loaded->involvement, ==, BB_INVOLVEMENT_INVOLVED);

  /* The age comes from the clock: 15 the day before the 16th birthday. */
  bb_clock_get_today (bb_database_get_clock (fixture->database), &today);
  g_assert_cmpint (bb_young_person_get_age (stored, &today), ==, 15);
  bb_young_person_set_birth_date (stored, "2010-03-15");
  g_assert_cmpint (bb_young_person_get_age (stored, &today), ==, 16);
  g_assert_cmpint (bb_age_in_years ("2008-02-29", "2026-02-28"), ==, 17);
  g_assert_cmpint (bb_age_in_years ("2008-02-29", "2026-03-01"), ==, 18);
  g_assert_cmpint (bb_age_in_years (NULL, "2026-03-01"), ==, -1);

  bb_young_person_set_birth_date (stored, "2026-03-16");
  g_assert_false (bb_young_person_repository_save (fixture->young_people, stored, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID);
  g_clear_error (&error);
  bb_young_person_set_birth_date (stored, "16-03-2010");
  g_assert_false (bb_young_person_repository_save (fixture->young_people, stored, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID);
  g_clear_error (&error);
  bb_young_person_set_birth_date (stored, "2010-03-16");
  bb_young_person_set_name (stored, "   ");
  g_assert_false (bb_young_person_repository_save (fixture->young_people, stored, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID);
}

static void
test_course (BbTestCourses *fixture,
             gconstpointer  data)
{
  gint64 mette = bb_test_add_adviser (fixture, "Mette Rådgiver", BB_PROFESSION_SOCIAL_WORKER);
  gint64 jens = bb_test_add_adviser (fixture, "Jens Psykolog", BB_PROFESSION_PSYCHOLOGIST);
  g_autoptr(BbCourse) course = bb_course_new (bb_test_add_young_person (fixture, "Liva", "2008-09-09"));
  g_autoptr(BbCourse) opened = NULL;
  g_autoptr(BbCourse) row = NULL;
  g_autoptr(GError) error = NULL;
  BbCourseGoal *goal = bb_course_goal_new ("Komme i skole tre dage om ugen");
  BbCourseStaff *staff;

  /* A social worker advises, a psychologist treats. */
  bb_course_set_adviser_id (course, mette);
  bb_course_set_first_contact (course, "2026-02-02");
  bb_course_set_referral_source (course, BB_REFERRAL_PSYCHIATRY);
  bb_course_set_referral_note (course, "Afsluttet i børne- og ungdomspsykiatrien");
  bb_course_set_planned_conversations (course, 3);
  bb_course_set_assessment_date (course, "2026-02-16");
  bb_course_set_assessment_note (course, "Behov for støtte i skolen og hjemme");
  goal->progress = 2;
  g_ptr_array_add (bb_course_get_goals (course), goal);
  g_ptr_array_add (bb_course_get_staff (course), bb_course_staff_new (jens, "Behandlingsforløb"));
  g_assert_true (bb_course_repository_save (fixture->courses, course, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bb_course_get_status (course), ==, BB_COURSE_STATUS_CONTACTED);

  opened = bb_course_repository_open (fixture->courses, bb_course_get_id (course), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bb_course_get_young_person_name (opened), ==, "Liva");
  g_assert_cmpstr (bb_course_get_adviser_name (opened), ==, "Mette Rådgiver");
  g_assert_cmpint (bb_course_get_referral_source (opened), ==, BB_REFERRAL_PSYCHIATRY);
  g_assert_cmpstr (bb_course_get_referral_note (opened), ==, "Afsluttet i børne- og ungdomspsykiatrien");
  g_assert_cmpint (bb_course_get_planned_conversations (opened), ==, 3);
  g_assert_cmpstr (bb_course_get_assessment_date (opened), ==, "2026-02-16");
  g_assert_cmpstr (bb_course_get_status_since (opened), ==, "2026-02-02");
  g_assert_cmpuint (bb_course_get_staff (opened)->len, ==, 1);
  staff = g_ptr_array_index (bb_course_get_staff (opened), 0);
  g_assert_cmpstr (staff->adviser_name, ==, "Jens Psykolog");
  g_assert_cmpint (staff->profession, ==, BB_PROFESSION_PSYCHOLOGIST);
  g_assert_cmpstr (staff->role, ==, "Behandlingsforløb");
  goal = g_ptr_array_index (bb_course_get_goals (opened), 0);
  g_assert_cmpstr (goal->text, ==, "Komme i skole tre dage om ugen");
  g_assert_cmpint (goal->progress, ==, 2);

  /* The planned number changes as the course goes; goals move on. */
  bb_course_set_planned_conversations (opened, 6);
  goal->progress = 7;
  g_assert_true (bb_course_repository_save (fixture->courses, opened, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT planned_conversations FROM courses"), ==, 6);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT progress FROM course_goals"), ==, 7);

  goal->progress = 11;
  g_assert_false (bb_course_repository_save (fixture->courses, opened, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID);
  g_clear_error (&error);
  goal->progress = 7;

  /* A list row has no staff or goals; saving it keeps theirs. */
  row = bb_test_get_course (fixture, bb_course_get_id (course));
  g_assert_cmpuint (bb_course_get_staff (row)->len, ==, 0);
  bb_course_set_notes (row, "Ringer selv næste gang");
  g_assert_true (bb_course_repository_save (fixture->courses, row, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count(*) FROM course_staff"), ==, 1);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count(*) FROM course_goals"), ==, 1);

  /* The first contact cannot move after the course's later status changes. */
  bb_test_change_status (fixture, bb_course_get_id (course), BB_COURSE_STATUS_ADVISORY, "2026-02-09");
  g_clear_object (&row);
  row = bb_test_get_course (fixture, bb_course_get_id (course));
  bb_course_set_first_contact (row, "2026-02-10");
  g_assert_false (bb_course_repository_save (fixture->courses, row, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID);
  g_clear_error (&error);
  /* Earlier is fine, and the first status change moves with it. */
  bb_course_set_first_contact (row, "2026-01-30");
  g_assert_true (bb_course_repository_save (fixture->courses, row, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) events = bb_course_repository_list_status_events (fixture->courses, bb_course_get_id (row),
                                                                           &error);

    g_assert_cmpstr (((BbStatusEvent *) g_ptr_array_index (events, 0))->date, ==, "2026-01-30");
    g_assert_cmpstr (((BbStatusEvent *) g_ptr_array_index (events, 1))->date, ==, "2026-02-09");
  }

  /* After today, or without a young person. */
  bb_course_set_first_contact (row, "2026-03-16");
  g_assert_false (bb_course_repository_save (fixture->courses, row, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autoptr(BbCourse) orphan = bb_course_new (0);

    bb_course_set_first_contact (orphan, "2026-03-01");
    g_assert_false (bb_course_repository_save (fixture->courses, orphan, &error));
    g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* Deleting the young person deletes their course. */
  g_assert_true (bb_young_person_repository_delete (fixture->young_people, bb_course_get_young_person_id (course), &error));
  g_assert_no_error (error);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count(*) FROM courses"), ==, 0);
  g_assert_null (bb_course_repository_get (fixture->courses, bb_course_get_id (course), &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND);
}

static void
test_handovers (BbTestCourses *fixture,
                gconstpointer  data)
{
  gint64 course_id = bb_test_add_course (fixture, "Aksel", "2026-02-01", 0);
  gint64 offer_id = bb_test_add_offer (fixture, "Ungdomsuddannelsesvejledningen");
  g_autoptr(BbHandover) handover = bb_handover_new (course_id, offer_id, BB_HANDOVER_SUGGESTED);
  g_autoptr(BbHandover) twin = bb_handover_new (course_id, offer_id, BB_HANDOVER_REFERRED);
  g_autoptr(GPtrArray) handovers = NULL;
  g_autoptr(GError) error = NULL;
  BbHandover *stored;

  handover->state_date = g_strdup ("2026-03-16");
  handover->note = g_strdup ("Vil gerne i gang med en uddannelse; har brug for ro og faste aftaler");
  g_assert_false (bb_course_repository_save_handover (fixture->courses, handover, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID);
  g_clear_error (&error);

  g_free (handover->state_date);
  handover->state_date = g_strdup ("2026-03-02");
  g_assert_true (bb_course_repository_save_handover (fixture->courses, handover, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (handover->offer_title, ==, "Ungdomsuddannelsesvejledningen");

  /* One link per course and offer. */
  twin->state_date = g_strdup ("2026-03-03");
  g_assert_false (bb_course_repository_save_handover (fixture->courses, twin, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID);
  g_clear_error (&error);

  handover->state = BB_HANDOVER_ACCEPTED;
  g_assert_true (bb_course_repository_save_handover (fixture->courses, handover, &error));
  g_assert_cmpuint (bb_course_repository_count_handed_over (fixture->courses, offer_id, &error), ==, 1);

  /* An offer deleted for good: the link keeps its title. */
  g_assert_cmpint (sqlite3_exec (bb_database_get_handle (fixture->database),
                                 "DELETE FROM offers", NULL, NULL, NULL), ==, SQLITE_OK);
  handovers = bb_course_repository_list_handovers (fixture->courses, course_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (handovers->len, ==, 1);
  stored = g_ptr_array_index (handovers, 0);
  g_assert_cmpint (stored->offer_id, ==, 0);
  g_assert_cmpstr (stored->offer_title, ==, "Ungdomsuddannelsesvejledningen");
  g_assert_cmpint (stored->state, ==, BB_HANDOVER_ACCEPTED);
  g_assert_cmpstr (stored->note, ==, "Vil gerne i gang med en uddannelse; har brug for ro og faste aftaler");

  /* It can still be updated; a new link to the gone offer cannot be made. */
  stored->state = BB_HANDOVER_STARTED;
  g_assert_true (bb_course_repository_save_handover (fixture->courses, stored, &error));
  g_assert_no_error (error);
  g_assert_false (bb_course_repository_save_handover (fixture->courses, twin, &error));
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_NOT_FOUND);
}

/* A database opened for reading only (as an export opens it) lists courses with their
 * figures, and refuses what it would have to log. */
static void
test_read_only (BbTestCourses *fixture,
                gconstpointer  data)
{
  gint64 id = bb_test_add_course (fixture, "Karla", "2026-03-01", 0);
  g_autoptr(BbDatabase) database = NULL;
  g_autoptr(BbContext) context = NULL;
  g_autoptr(BbCourse) course = NULL;
  g_autoptr(GError) error = NULL;
  BbCourseQuery query = BB_COURSE_QUERY_INIT;
  g_autoptr(GArray) ids = NULL;

  bb_test_add_meeting (fixture, id, BB_MEETING_ADVISORY, "2026-03-04", FALSE);

  database = bb_database_open_read_only (bb_database_get_path (fixture->database), &error);
  g_assert_no_error (error);
  bb_database_set_clock (database, bb_database_get_clock (fixture->database));
  context = bb_context_new (database, NULL, &error);
  g_assert_no_error (error);

  ids = bb_course_repository_query_ids (bb_context_get_courses (context), &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  course = bb_course_repository_get (bb_context_get_courses (context), id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bb_course_get_figures (course)->waiting_days, ==, 3);

  /* Reading a young person's data for a person must be logged, and cannot be here. */
  g_clear_object (&course);
  course = bb_course_repository_open (bb_context_get_courses (context), id, &error);
  g_assert_null (course);
  g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_READ_ONLY);
}

static int
compare_names (const void *a,
               const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* A database from before the courses opens, keeps its offers and gains the courses. */
static void
test_migration (BbTestCourses *fixture,
                gconstpointer  data)
{
  g_auto(GStrv) names = g_resources_enumerate_children (MIGRATIONS, 0, NULL);
  g_autofree char *path = g_build_filename (fixture->folder, "older.db", NULL);
  g_autoptr(BbDatabase) database = NULL;
  g_autoptr(BbContext) context = NULL;
  g_autoptr(GError) error = NULL;
  guint before = 0;
  sqlite3 *db = NULL;

  qsort (names, g_strv_length (names), sizeof (char *), compare_names);
  while (names[before] != NULL && !g_str_equal (names[before], "0006-courses.sql"))
    before++;
  g_assert_nonnull (names[before]);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (guint i = 0; i < before; i++)
    {
      g_autofree char *resource = g_build_path ("/", MIGRATIONS, names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, 0, NULL);
      g_autofree char *sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
    }
  {
    g_autofree char *version = g_strdup_printf ("PRAGMA user_version = %u", before);

    g_assert_cmpint (sqlite3_exec (db, version, NULL, NULL, NULL), ==, SQLITE_OK);
  }
  sqlite3_close (db);

  database = bb_database_open (path, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bb_test_query_int (database, "PRAGMA user_version"), ==, bb_database_get_schema_version ());
  bb_database_set_clock (database, bb_database_get_clock (fixture->database));
  context = bb_context_new (database, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bb_test_query_int (database, "SELECT count(*) FROM courses"), ==, 0);
  g_assert_cmpstr (bb_test_query_int (database, "SELECT day = '2026-03-15' FROM course_figures_day") ? "today" : "",
                   ==, "today");

  {
    GObject *courses = NULL;

    g_object_get (context, "courses", &courses, NULL);
    g_assert_true (courses == (GObject *) bb_context_get_courses (context));
    g_object_unref (courses);
  }
}

/* A young person is kept while a course of theirs is, and deleted with the last. */
static void
test_delete_last_course (BbTestCourses *fixture,
                         gconstpointer  user_data)
{
  gint64 first = bb_test_add_course (fixture, "Noah", "2026-02-01", 0);
  gint64 young_person_id = bb_test_query_int (fixture->database, "SELECT young_person_id FROM courses");
  g_autoptr(BbCourse) second = bb_course_new (young_person_id);
  g_autoptr(GError) error = NULL;

  bb_course_set_first_contact (second, "2026-03-01");
  g_assert_true (bb_course_repository_save (fixture->courses, second, &error));
  g_assert_no_error (error);

  g_assert_true (bb_course_repository_delete (fixture->courses, first, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count(*) FROM young_people"), ==, 1);

  g_assert_true (bb_course_repository_delete (fixture->courses, bb_course_get_id (second), &error));
  g_assert_no_error (error);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count(*) FROM young_people"), ==, 0);
  g_assert_cmpint (bb_test_query_int (fixture->database,
                                      "SELECT count(*) FROM access_log WHERE action = 'delete'"
                                      " AND subject = 'young-person'"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, BbTestCourses, NULL, bb_test_courses_set_up, func, bb_test_courses_tear_down)
  ADD ("/course-repository/advisers", test_advisers);
  ADD ("/course-repository/young-person", test_young_person);
  ADD ("/course-repository/course", test_course);
  ADD ("/course-repository/handovers", test_handovers);
  ADD ("/course-repository/delete-last-course", test_delete_last_course);
  ADD ("/course-repository/migration", test_migration);
  ADD ("/course-repository/read-only", test_read_only);
#undef ADD

  return g_test_run ();
}
