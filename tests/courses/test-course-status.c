/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-test-courses.h"
#include "bb-test-utils.h"

/* The statuses in the order of the rows below, one letter each. */
static const char letters[] = "CWATGFHXN";

/* For each status, the statuses it may change to: the specification of issue 9, written
 * out here rather than read from the code it checks. On hold is judged by the status it
 * was held from (see test_on_hold_matrix). */
static const char * const legal[BB_COURSE_STATUS_COUNT] = {
  [BB_COURSE_STATUS_CONTACTED] = "WAHXN",
  [BB_COURSE_STATUS_WAITING] = "AHXN",
  [BB_COURSE_STATUS_ADVISORY] = "TGFHXN",
  [BB_COURSE_STATUS_TREATMENT_INDIVIDUAL] = "AGFHX",
  [BB_COURSE_STATUS_TREATMENT_GROUP] = "ATFHX",
  [BB_COURSE_STATUS_FOLLOW_UP] = "ATGHX",
  [BB_COURSE_STATUS_ON_HOLD] = NULL,
  [BB_COURSE_STATUS_CLOSED] = "",
  [BB_COURSE_STATUS_NOT_ADMITTED] = "",
};

static gboolean
is_legal (BbCourseStatus from,
          BbCourseStatus to)
{
  return strchr (legal[from], letters[to]) != NULL;
}

static void
test_matrix (void)
{
  guint checked = 0;

  for (BbCourseStatus from = 0; from < BB_COURSE_STATUS_COUNT; from++)
    {
      if (from == BB_COURSE_STATUS_ON_HOLD)
        continue;

      for (BbCourseStatus to = 0; to < BB_COURSE_STATUS_COUNT; to++)
        {
          g_autoptr(GError) error = NULL;
          gboolean allowed = bb_course_status_check_change (from, BB_COURSE_STATUS_CONTACTED, to, &error);

          g_test_message ("%s → %s", bb_course_status_to_key (from), bb_course_status_to_key (to));
          if (is_legal (from, to))
            {
              g_assert_true (allowed);
              g_assert_no_error (error);
            }
          else
            {
              /* Refused with a reason a person can act on. */
              g_assert_false (allowed);
              g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_STATUS);
              g_assert_cmpuint (strlen (error->message), >, 20);
            }
          checked++;
        }
    }

  g_assert_cmpuint (checked, ==, 8 * 9);
}

static void
test_on_hold_matrix (void)
{
  for (BbCourseStatus held_from = 0; held_from < BB_COURSE_STATUS_COUNT; held_from++)
    {
      /* Only a running course can be held. */
      if (!bb_course_status_is_open (held_from) || held_from == BB_COURSE_STATUS_ON_HOLD)
        continue;

      g_assert_true (is_legal (held_from, BB_COURSE_STATUS_ON_HOLD));
      for (BbCourseStatus to = 0; to < BB_COURSE_STATUS_COUNT; to++)
        {
          g_autoptr(GError) error = NULL;
          gboolean expected = to != BB_COURSE_STATUS_ON_HOLD && (to == held_from || is_legal (held_from, to));

          g_test_message ("on hold from %s → %s", bb_course_status_to_key (held_from), bb_course_status_to_key (to));
          g_assert_cmpint (bb_course_status_check_change (BB_COURSE_STATUS_ON_HOLD, held_from, to, &error), ==, expected);
          if (!expected)
            g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_STATUS);
        }
    }
}

static void
test_reasons (void)
{
  g_autoptr(GError) error = NULL;

  /* The reason names what to do instead. */
  g_assert_false (bb_course_status_check_change (BB_COURSE_STATUS_WAITING, 0, BB_COURSE_STATUS_TREATMENT_GROUP, &error));
  g_assert_nonnull (strstr (error->message, "Advisory conversations"));
  g_clear_error (&error);

  g_assert_false (bb_course_status_check_change (BB_COURSE_STATUS_FOLLOW_UP, 0, BB_COURSE_STATUS_NOT_ADMITTED, &error));
  g_assert_nonnull (strstr (error->message, "Referred on"));
  g_clear_error (&error);

  g_assert_false (bb_course_status_check_change (BB_COURSE_STATUS_CLOSED, 0, BB_COURSE_STATUS_ADVISORY, &error));
  g_assert_nonnull (strstr (error->message, "new course"));
  g_clear_error (&error);

  g_assert_false (bb_course_status_check_change (BB_COURSE_STATUS_ADVISORY, 0, BB_COURSE_STATUS_WAITING, &error));
  g_assert_nonnull (strstr (error->message, "Waiting"));
}

static void
test_fhir (void)
{
  const struct { BbCourseStatus status; const char *fhir; } expected[] = {
    { BB_COURSE_STATUS_CONTACTED, "planned" },
    { BB_COURSE_STATUS_WAITING, "waitlist" },
    { BB_COURSE_STATUS_ADVISORY, "active" },
    { BB_COURSE_STATUS_TREATMENT_INDIVIDUAL, "active" },
    { BB_COURSE_STATUS_TREATMENT_GROUP, "active" },
    { BB_COURSE_STATUS_FOLLOW_UP, "active" },
    { BB_COURSE_STATUS_ON_HOLD, "onhold" },
    { BB_COURSE_STATUS_CLOSED, "finished" },
    { BB_COURSE_STATUS_NOT_ADMITTED, "cancelled" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (bb_course_status_to_fhir (expected[i].status), ==, expected[i].fhir);
}

static guint
count_events (BbTestCourses *fixture,
              gint64         course_id)
{
  g_autoptr(GPtrArray) events = bb_course_repository_list_status_events (fixture->courses, course_id, NULL);

  return events->len;
}

static void
test_dated_history (BbTestCourses *fixture,
                    gconstpointer  data)
{
  gint64 id = bb_test_add_course (fixture, "Ida", "2026-01-05", 0);
  gint64 offer = bb_test_add_offer (fixture, "Ungdomsskolens værksted");
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(BbCourse) course = NULL;
  g_autoptr(GError) error = NULL;
  const struct { BbCourseStatus status; const char *date; } path[] = {
    { BB_COURSE_STATUS_CONTACTED, "2026-01-05" },
    { BB_COURSE_STATUS_WAITING, "2026-01-06" },
    { BB_COURSE_STATUS_ADVISORY, "2026-01-20" },
    { BB_COURSE_STATUS_TREATMENT_INDIVIDUAL, "2026-02-01" },
    { BB_COURSE_STATUS_FOLLOW_UP, "2026-03-01" },
    { BB_COURSE_STATUS_CLOSED, "2026-03-10" },
  };

  bb_test_change_status (fixture, id, BB_COURSE_STATUS_WAITING, "2026-01-06");
  bb_test_change_status (fixture, id, BB_COURSE_STATUS_ADVISORY, "2026-01-20");
  bb_test_change_status (fixture, id, BB_COURSE_STATUS_TREATMENT_INDIVIDUAL, "2026-02-01");
  bb_test_change_status (fixture, id, BB_COURSE_STATUS_FOLLOW_UP, "2026-03-01");
  g_assert_true (bb_course_repository_close (fixture->courses, id, BB_COURSE_STATUS_CLOSED, "2026-03-10",
                                             BB_CLOSING_REFERRED_ON, offer, "Fortsætter i værkstedet", &error));
  g_assert_no_error (error);

  events = bb_course_repository_list_status_events (fixture->courses, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, G_N_ELEMENTS (path));
  for (guint i = 0; i < events->len; i++)
    {
      BbStatusEvent *event = g_ptr_array_index (events, i);

      g_assert_cmpint (event->status, ==, path[i].status);
      g_assert_cmpstr (event->date, ==, path[i].date);
      g_assert_cmpstr (event->recorded_by, ==, "Mette Rådgiver");
      g_assert_cmpstr (event->recorded_at, ==, BB_TEST_NOW_ISO);
    }
  g_assert_cmpstr (((BbStatusEvent *) g_ptr_array_index (events, 5))->note, ==, "Fortsætter i værkstedet");

  course = bb_test_get_course (fixture, id);
  g_assert_cmpint (bb_course_get_status (course), ==, BB_COURSE_STATUS_CLOSED);
  g_assert_cmpstr (bb_course_get_status_since (course), ==, "2026-03-10");
  g_assert_cmpstr (bb_course_get_closed_date (course), ==, "2026-03-10");
  g_assert_cmpint (bb_course_get_closing_reason (course), ==, BB_CLOSING_REFERRED_ON);
  g_assert_cmpint (bb_course_get_onward_offer_id (course), ==, offer);
  g_assert_cmpstr (bb_course_get_onward_offer_title (course), ==, "Ungdomsskolens værksted");

  /* An ended course changes no more. */
  g_assert_false (bb_course_repository_change_status (fixture->courses, id, BB_COURSE_STATUS_ADVISORY,
                                                      "2026-03-12", NULL, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_STATUS);
  g_assert_cmpuint (count_events (fixture, id), ==, G_N_ELEMENTS (path));
}

static void
test_refused_changes_write_nothing (BbTestCourses *fixture,
                                    gconstpointer  data)
{
  gint64 id = bb_test_add_course (fixture, "Noah", "2026-02-01", 0);
  gint64 log_rows = bb_test_query_int (fixture->database, "SELECT count(*) FROM access_log");
  g_autoptr(BbCourse) course = NULL;
  g_autoptr(GError) error = NULL;

  /* An illegal jump. */
  g_assert_false (bb_course_repository_change_status (fixture->courses, id, BB_COURSE_STATUS_FOLLOW_UP,
                                                      "2026-02-10", NULL, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_STATUS);
  g_clear_error (&error);

  /* Before the latest change (the first contact). */
  g_assert_false (bb_course_repository_change_status (fixture->courses, id, BB_COURSE_STATUS_WAITING,
                                                      "2026-01-31", NULL, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_STATUS);
  g_clear_error (&error);

  /* After today (15 March 2026). */
  g_assert_false (bb_course_repository_change_status (fixture->courses, id, BB_COURSE_STATUS_WAITING,
                                                      "2026-03-16", NULL, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID);
  g_clear_error (&error);

  /* Not a date. */
  g_assert_false (bb_course_repository_change_status (fixture->courses, id, BB_COURSE_STATUS_WAITING,
                                                      "15.03.2026", NULL, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID);
  g_clear_error (&error);

  course = bb_test_get_course (fixture, id);
  g_assert_cmpint (bb_course_get_status (course), ==, BB_COURSE_STATUS_CONTACTED);
  g_assert_cmpuint (count_events (fixture, id), ==, 1);
  g_assert_cmpint (bb_test_query_int (fixture->database, "SELECT count(*) FROM access_log"), ==, log_rows);

  /* On the day of the latest change is fine. */
  bb_test_change_status (fixture, id, BB_COURSE_STATUS_WAITING, "2026-02-01");
  g_assert_cmpuint (count_events (fixture, id), ==, 2);
}

static void
test_hold_and_resume (BbTestCourses *fixture,
                      gconstpointer  data)
{
  gint64 id = bb_test_add_course (fixture, "Sara", "2026-01-10", 0);
  g_autoptr(BbCourse) course = NULL;
  g_autoptr(GError) error = NULL;

  bb_test_change_status (fixture, id, BB_COURSE_STATUS_ADVISORY, "2026-01-12");
  bb_test_change_status (fixture, id, BB_COURSE_STATUS_ON_HOLD, "2026-02-01");

  /* Held from the advisory conversations: waiting is behind it. */
  g_assert_false (bb_course_repository_change_status (fixture->courses, id, BB_COURSE_STATUS_WAITING,
                                                      "2026-02-10", NULL, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_STATUS);
  g_clear_error (&error);

  bb_test_change_status (fixture, id, BB_COURSE_STATUS_TREATMENT_GROUP, "2026-03-01");
  course = bb_test_get_course (fixture, id);
  g_assert_cmpint (bb_course_get_status (course), ==, BB_COURSE_STATUS_TREATMENT_GROUP);
  g_assert_cmpuint (count_events (fixture, id), ==, 4);

  /* Not admitted once a treatment course has begun: close instead. */
  g_assert_false (bb_course_repository_close (fixture->courses, id, BB_COURSE_STATUS_NOT_ADMITTED, "2026-03-02",
                                              BB_CLOSING_REFERRED_ON, 0, NULL, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_STATUS);
}

static void
test_not_admitted (BbTestCourses *fixture,
                   gconstpointer  data)
{
  gint64 id = bb_test_add_course (fixture, "Lukas", "2026-02-01", 0);
  gint64 offer = bb_test_add_offer (fixture, "Psykiatriens ungeteam");
  g_autoptr(BbCourse) course = NULL;
  g_autoptr(GError) error = NULL;

  bb_test_change_status (fixture, id, BB_COURSE_STATUS_ADVISORY, "2026-02-03");
  g_assert_true (bb_course_repository_close (fixture->courses, id, BB_COURSE_STATUS_NOT_ADMITTED, "2026-02-17",
                                             BB_CLOSING_REFERRED_ON, offer, NULL, &error));
  g_assert_no_error (error);

  course = bb_test_get_course (fixture, id);
  g_assert_cmpint (bb_course_get_status (course), ==, BB_COURSE_STATUS_NOT_ADMITTED);
  g_assert_cmpstr (bb_course_status_to_fhir (bb_course_get_status (course)), ==, "cancelled");
  g_assert_cmpstr (bb_course_get_closed_date (course), ==, "2026-02-17");
  g_assert_cmpstr (bb_course_get_onward_offer_title (course), ==, "Psykiatriens ungeteam");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/course-status/matrix", test_matrix);
  g_test_add_func ("/course-status/on-hold", test_on_hold_matrix);
  g_test_add_func ("/course-status/reasons", test_reasons);
  g_test_add_func ("/course-status/fhir", test_fhir);
#define ADD(path, func) \
  g_test_add (path, BbTestCourses, NULL, bb_test_courses_set_up, func, bb_test_courses_tear_down)
  ADD ("/course-status/repository/dated-history", test_dated_history);
  ADD ("/course-status/repository/refused", test_refused_changes_write_nothing);
  ADD ("/course-status/repository/hold-and-resume", test_hold_and_resume);
  ADD ("/course-status/repository/not-admitted", test_not_admitted);
#undef ADD

  return g_test_run ();
}
