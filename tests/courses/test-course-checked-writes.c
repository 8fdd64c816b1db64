/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Every text the course repositories write is checked on the way in: text that is
 * not UTF-8 fails the write, naming the field, and leaves the database as it was. */

#include "bb-test-courses.h"
#include "bb-test-utils.h"

#define NOT_UTF8 "Mor \xff\xfe"

typedef BbTestCourses Fixture;

/* The write failed on the text of @field and nothing of it reached the database.
 * The kinds whose record checks its own text refuse it before the write does. */
static void
assert_refused (Fixture      *fixture,
                const char   *digest_before,
                const GError *error,
                gboolean      by_record,
                const char   *field)
{
  g_autofree char *digest_after = bb_test_courses_digest (fixture->database);
  g_autofree char *quoted = g_strdup_printf ("“%s”", field);

  g_assert_nonnull (error);
  if (by_record)
    g_assert_true (g_error_matches (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID)
                   || g_error_matches (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID));
  else
    g_assert_error (error, BB_DATABASE_ERROR, BB_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, quoted));
  g_assert_cmpstr (digest_after, ==, digest_before);
  g_assert_false (bb_database_in_transaction (fixture->database));
}

static void
test_access_log (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 course_id = bb_test_add_course (fixture, "Aksel", "2026-02-01", 0);
  g_autoptr(BbCourse) course = bb_test_get_course (fixture, course_id);
  gint64 young_person_id = bb_course_get_young_person_id (course);
  g_autofree char *digest = bb_test_courses_digest (fixture->database);
  g_autoptr(GError) error = NULL;

  g_assert_false (bb_access_log_repository_record (fixture->access_log, young_person_id, BB_ACCESS_ACTION_EXPORT,
                                                   "course", "/tmp/" NOT_UTF8 ".pdf", &error));
  assert_refused (fixture, digest, error, FALSE, "Detail of the access");
  g_clear_error (&error);

  g_assert_false (bb_access_log_repository_record (fixture->access_log, young_person_id, BB_ACCESS_ACTION_EXPORT,
                                                   NOT_UTF8, NULL, &error));
  assert_refused (fixture, digest, error, FALSE, "What was accessed");
}

/* The adviser named in Preferences signs every change and every row of the log. */
static void
test_adviser_signing (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 course_id = bb_test_add_course (fixture, "Aksel", "2026-02-01", 0);
  g_autoptr(BbMeeting) meeting = bb_meeting_new (course_id, BB_MEETING_ADVISORY, "2026-03-02");
  g_autofree char *digest = NULL;
  g_autoptr(GError) error = NULL;

  bb_database_set_user_name (fixture->database, NOT_UTF8);
  digest = bb_test_courses_digest (fixture->database);

  g_assert_false (bb_course_repository_save_meeting (fixture->courses, meeting, &error));
  assert_refused (fixture, digest, error, FALSE, "Adviser");
  g_clear_error (&error);

  g_assert_false (bb_course_repository_change_status (fixture->courses, course_id, BB_COURSE_STATUS_WAITING,
                                                      "2026-03-01", NULL, &error));
  assert_refused (fixture, digest, error, FALSE, "Adviser");
}

static void
test_adviser (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(BbAdviser) adviser = bb_adviser_new (NOT_UTF8);
  g_autofree char *digest = bb_test_courses_digest (fixture->database);
  g_autofree char *digest_after = NULL;
  g_autoptr(GError) error = NULL;

  /* Refused as a name before any write. */
  g_assert_false (bb_adviser_repository_save (fixture->advisers, adviser, &error));
  g_assert_nonnull (error);
  digest_after = bb_test_courses_digest (fixture->database);
  g_assert_cmpstr (digest_after, ==, digest);
}

/* Goals and staff go with the course. */
static void
test_course_parts (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 adviser_id = bb_test_add_adviser (fixture, "Jens Holm", BB_PROFESSION_PSYCHOLOGIST);
  gint64 course_id = bb_test_add_course (fixture, "Aksel", "2026-02-01", adviser_id);
  g_autoptr(BbCourse) course = bb_course_repository_open (fixture->courses, course_id, NULL);
  g_autofree char *digest = bb_test_courses_digest (fixture->database);
  g_autoptr(GError) error = NULL;
  BbCourseGoal *goal;

  g_ptr_array_add (bb_course_get_goals (course), bb_course_goal_new (NOT_UTF8));
  g_assert_false (bb_course_repository_save (fixture->courses, course, &error));
  assert_refused (fixture, digest, error, TRUE, "Goal");
  g_clear_error (&error);

  goal = g_ptr_array_index (bb_course_get_goals (course), 0);
  g_free (goal->text);
  goal->text = g_strdup ("Komme i skole");
  goal->note = g_strdup (NOT_UTF8);
  g_assert_false (bb_course_repository_save (fixture->courses, course, &error));
  assert_refused (fixture, digest, error, TRUE, "Note on the goal");
  g_clear_error (&error);

  g_clear_pointer (&goal->note, g_free);
  g_ptr_array_add (bb_course_get_staff (course), bb_course_staff_new (adviser_id, NOT_UTF8));
  g_assert_false (bb_course_repository_save (fixture->courses, course, &error));
  assert_refused (fixture, digest, error, TRUE, "Role on the course");
}

static void
test_guardians (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 id = bb_test_add_young_person (fixture, "Aksel", "2010-05-01");
  g_autoptr(BbYoungPerson) young_person = bb_young_person_repository_get (fixture->young_people, id, NULL);
  g_autofree char *digest = bb_test_courses_digest (fixture->database);
  BbGuardian *guardian = bb_guardian_new ("Hanne");
  struct {
    char       **text;
    const char  *field;
  } fields[] = {
    { &guardian->name, "Parent’s or guardian’s name" },
    { &guardian->relation, "Relation" },
    { &guardian->phone, "Parent’s or guardian’s phone" },
    { &guardian->email, "Parent’s or guardian’s e-mail" },
    { &guardian->note, "Note on the parent or guardian" },
  };

  g_ptr_array_add (bb_young_person_get_guardians (young_person), guardian);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *kept = g_steal_pointer (fields[i].text);

      *fields[i].text = g_strdup (NOT_UTF8);
      g_assert_false (bb_young_person_repository_save (fixture->young_people, young_person, &error));
      assert_refused (fixture, digest, error, TRUE, fields[i].field);
      g_free (*fields[i].text);
      *fields[i].text = g_steal_pointer (&kept);
    }

  bb_young_person_set_name (young_person, NOT_UTF8);
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (bb_young_person_repository_save (fixture->young_people, young_person, &error));
    assert_refused (fixture, digest, error, TRUE, "Name");
  }
}

static void
test_meeting_status_handover (Fixture       *fixture,
                              gconstpointer  data)
{
  gint64 course_id = bb_test_add_course (fixture, "Aksel", "2026-02-01", 0);
  gint64 offer_id = bb_test_add_offer (fixture, "Ungdomsuddannelsesvejledningen");
  g_autoptr(BbMeeting) meeting = bb_meeting_new (course_id, BB_MEETING_ADVISORY, "2026-03-02");
  g_autoptr(BbHandover) handover = bb_handover_new (course_id, offer_id, BB_HANDOVER_SUGGESTED);
  g_autofree char *digest = bb_test_courses_digest (fixture->database);
  g_autoptr(GError) error = NULL;

  bb_meeting_set_participants (meeting, NOT_UTF8);
  g_assert_false (bb_course_repository_save_meeting (fixture->courses, meeting, &error));
  assert_refused (fixture, digest, error, TRUE, "Participants");
  g_clear_error (&error);

  bb_meeting_set_participants (meeting, NULL);
  bb_meeting_set_notes (meeting, NOT_UTF8);
  g_assert_false (bb_course_repository_save_meeting (fixture->courses, meeting, &error));
  assert_refused (fixture, digest, error, TRUE, "Notes on the meeting");
  g_clear_error (&error);

  g_assert_false (bb_course_repository_change_status (fixture->courses, course_id, BB_COURSE_STATUS_WAITING,
                                                      "2026-03-01", NOT_UTF8, &error));
  assert_refused (fixture, digest, error, TRUE, "Note on the change");
  g_clear_error (&error);

  g_assert_false (bb_course_repository_close (fixture->courses, course_id, BB_COURSE_STATUS_CLOSED, "2026-03-01",
                                              BB_CLOSING_MOVED, 0, NOT_UTF8, &error));
  assert_refused (fixture, digest, error, TRUE, "Note on the change");
  g_clear_error (&error);

  handover->state_date = g_strdup ("2026-03-10");
  handover->note = g_strdup (NOT_UTF8);
  g_assert_false (bb_course_repository_save_handover (fixture->courses, handover, &error));
  assert_refused (fixture, digest, error, TRUE, "Hand-over note");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/courses/checked-writes/access-log", Fixture, NULL,
              bb_test_courses_set_up, test_access_log, bb_test_courses_tear_down);
  g_test_add ("/courses/checked-writes/adviser-signing", Fixture, NULL,
              bb_test_courses_set_up, test_adviser_signing, bb_test_courses_tear_down);
  g_test_add ("/courses/checked-writes/adviser", Fixture, NULL,
              bb_test_courses_set_up, test_adviser, bb_test_courses_tear_down);
  g_test_add ("/courses/checked-writes/course-parts", Fixture, NULL,
              bb_test_courses_set_up, test_course_parts, bb_test_courses_tear_down);
  g_test_add ("/courses/checked-writes/guardians", Fixture, NULL,
              bb_test_courses_set_up, test_guardians, bb_test_courses_tear_down);
  g_test_add ("/courses/checked-writes/meeting-status-handover", Fixture, NULL,
              bb_test_courses_set_up, test_meeting_status_handover, bb_test_courses_tear_down);

  return g_test_run ();
}
