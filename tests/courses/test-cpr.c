/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-cpr.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"

/* The matches of bb_cpr_find as "start-end start-end". */
static char *
find (const char *text)
{
  g_autoptr(GArray) matches = bb_cpr_find (text);
  GString *result = g_string_new (NULL);

  for (guint i = 0; i < matches->len; i++)
    {
      BbCprMatch *match = &g_array_index (matches, BbCprMatch, i);

      g_string_append_printf (result, "%s%" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT,
                              i > 0 ? " " : "", match->start, match->end);
    }

  return g_string_free (result, FALSE);
}

static void
assert_found (const char *text,
              const char *expected)
{
  g_autofree char *found = find (text);

  g_test_message ("»%s«", text);
  g_assert_cmpstr (found, ==, expected);
}

static void
test_true_positives (void)
{
  assert_found ("010190-1234", "0-11");
  assert_found ("0101901234", "0-10");
  assert_found ("CPR: 311299-1234 noted", "5-16");
  assert_found ("(010190-1234)", "1-12");
  assert_found ("første linje\n0101901234", "14-24");
  /* Byte offsets: ø is two bytes. */
  assert_found ("Jørgen 010190-1234", "8-19");
  assert_found ("010190-1234 og 020290-4321", "0-11 15-26");
  /* 29 February 2000: the seventh digit 4 with year 00 is 2000, a leap year. */
  assert_found ("290200-4123", "0-11");
  /* 29 February 1960, a leap year (seventh digit 0: 1900s). */
  assert_found ("2902600123", "0-10");
  /* Seventh digit 5–8, year over 57: the 1800s (1 January 1858). */
  assert_found ("010158-5000", "0-11");
}

static void
test_false_positives (void)
{
  /* Phone numbers. */
  assert_found ("Ring 12 34 56 78 eller +45 12345678", "");
  assert_found ("12345678", "");
  assert_found ("Mobil 20304050, fastnet 0045 7012 3456", "");
  /* Dates alone, in every shape. */
  assert_found ("Mødet 15-03-2026", "");
  assert_found ("150326", "");
  assert_found ("2026-03-15 og 15.03.26", "");
  /* Ten digits that are no date: day 32, month 13, 29 February 1900. */
  assert_found ("3201901234", "");
  assert_found ("0113901234", "");
  assert_found ("290200-1123", "");
  /* Part of a longer number. */
  assert_found ("01019012345", "");
  assert_found ("10101901234", "");
  assert_found ("010190-12345", "");
  assert_found ("", "");
  assert_found (NULL, "");
}

static void
test_remove (void)
{
  g_autofree char *removed = bb_cpr_remove ("Ring til mor, CPR 010190-1234 i dag");
  g_autofree char *at_end = bb_cpr_remove ("Nummer: 0101901234");
  g_autofree char *untouched = bb_cpr_remove ("Tlf. 12 34 56 78");

  g_assert_cmpstr (removed, ==, "Ring til mor, CPR i dag");
  g_assert_cmpstr (at_end, ==, "Nummer: ");
  g_assert_cmpstr (untouched, ==, "Tlf. 12 34 56 78");
  g_assert_true (bb_cpr_contains ("x 010190-1234"));
  g_assert_false (bb_cpr_contains ("x 010190-123"));
}

/* Each place a young person's data is typed refuses a CPR number, naming the field,
 * and stores nothing. */
static void
test_refused_everywhere (BbTestCourses *fixture,
                         gconstpointer  data)
{
  gint64 course_id = bb_test_add_course (fixture, "Emma", "2026-02-01", 0);
  gint64 offer_id = bb_test_add_offer (fixture, "Headspace");
  gint64 rows_before = bb_test_query_int (fixture->database,
                                          "SELECT (SELECT count(*) FROM young_people) + (SELECT count(*) FROM guardians)"
                                          " + (SELECT count(*) FROM meetings) + (SELECT count(*) FROM handovers)"
                                          " + (SELECT count(*) FROM course_status_events)"
                                          " + (SELECT count(*) FROM access_log)");
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(BbYoungPerson) young_person = bb_young_person_new ("Oliver");

    bb_young_person_set_address (young_person, "Storegade 1, 010190-1234");
    g_assert_false (bb_young_person_repository_save (fixture->young_people, young_person, &error));
    g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_CPR_NUMBER);
    g_assert_nonnull (strstr (error->message, "Address"));
    g_clear_error (&error);

    bb_young_person_set_address (young_person, "Storegade 1");
    g_ptr_array_add (bb_young_person_get_guardians (young_person), bb_guardian_new ("Mor 0101701234"));
    g_assert_false (bb_young_person_repository_save (fixture->young_people, young_person, &error));
    g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_CPR_NUMBER);
    g_assert_nonnull (strstr (error->message, "guardian’s name"));
    g_clear_error (&error);
  }

  {
    g_autoptr(BbCourse) course = NULL;

    course = bb_course_repository_open (fixture->courses, course_id, &error);
    g_assert_no_error (error);
    rows_before++;
    bb_course_set_notes (course, "Skolen skrev 010190-1234 på henvisningen");
    g_assert_false (bb_course_repository_save (fixture->courses, course, &error));
    g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_CPR_NUMBER);
    g_assert_nonnull (strstr (error->message, "Notes"));
    g_clear_error (&error);

    bb_course_set_notes (course, "");
    g_ptr_array_add (bb_course_get_goals (course), bb_course_goal_new ("Mål for 0101901234"));
    g_assert_false (bb_course_repository_save (fixture->courses, course, &error));
    g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_CPR_NUMBER);
    g_assert_nonnull (strstr (error->message, "Goal"));
    g_clear_error (&error);
  }

  {
    g_autoptr(BbMeeting) meeting = bb_meeting_new (course_id, BB_MEETING_ADVISORY, "2026-02-03");

    bb_meeting_set_notes (meeting, "Far oplyste 010190-1234");
    g_assert_false (bb_course_repository_save_meeting (fixture->courses, meeting, &error));
    g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_CPR_NUMBER);
    g_assert_nonnull (strstr (error->message, "Notes on the meeting"));
    g_clear_error (&error);
  }

  {
    g_autoptr(BbHandover) handover = bb_handover_new (course_id, offer_id, BB_HANDOVER_REFERRED);

    handover->state_date = g_strdup ("2026-03-01");
    handover->note = g_strdup ("Cpr 0101901234");
    g_assert_false (bb_course_repository_save_handover (fixture->courses, handover, &error));
    g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_CPR_NUMBER);
    g_assert_nonnull (strstr (error->message, "Hand-over note"));
    g_clear_error (&error);
  }

  g_assert_false (bb_course_repository_change_status (fixture->courses, course_id, BB_COURSE_STATUS_WAITING,
                                                      "2026-02-02", "010190-1234", &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_CPR_NUMBER);
  g_clear_error (&error);

  g_assert_cmpint (bb_test_query_int (fixture->database,
                                      "SELECT (SELECT count(*) FROM young_people) + (SELECT count(*) FROM guardians)"
                                      " + (SELECT count(*) FROM meetings) + (SELECT count(*) FROM handovers)"
                                      " + (SELECT count(*) FROM course_status_events)"
                                      " + (SELECT count(*) FROM access_log)"),
                   ==, rows_before);

  /* Phone numbers and dates are no CPR numbers, and are kept. */
  {
    g_autoptr(BbYoungPerson) young_person = bb_young_person_new ("William");

    bb_young_person_set_phone (young_person, "12 34 56 78");
    bb_young_person_set_occupation_note (young_person, "Startede 15-03-2026 i 10. klasse");
    g_assert_true (bb_young_person_repository_save (fixture->young_people, young_person, &error));
    g_assert_no_error (error);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cpr/true-positives", test_true_positives);
  g_test_add_func ("/cpr/false-positives", test_false_positives);
  g_test_add_func ("/cpr/remove", test_remove);
  g_test_add ("/cpr/refused-everywhere", BbTestCourses, NULL,
              bb_test_courses_set_up, test_refused_everywhere, bb_test_courses_tear_down);

  return g_test_run ();
}
