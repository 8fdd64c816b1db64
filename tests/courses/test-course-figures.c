/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <math.h>

#include "bb-test-courses.h"
#include "bb-test-utils.h"

/* Today is 15 March 2026 (the test clock). */

typedef struct
{
  const char *first_conversation;
  int         waiting_days;
  gboolean    waiting_ongoing;
  guint       conversations;
  guint       no_shows;
  guint       meetings_held;
  const char *last_meeting;
  const char *next_meeting;
  int         course_days;
} Expected;

static void
assert_figures (BbTestCourses  *fixture,
                gint64          course_id,
                const Expected *expected)
{
  g_autoptr(BbCourse) course = bb_test_get_course (fixture, course_id);
  const BbCourseFigures *figures = bb_course_get_figures (course);

  g_assert_cmpstr (figures->first_conversation, ==, expected->first_conversation);
  g_assert_cmpint (figures->waiting_days, ==, expected->waiting_days);
  g_assert_cmpint (figures->waiting_ongoing, ==, expected->waiting_ongoing);
  g_assert_cmpuint (figures->conversations, ==, expected->conversations);
  g_assert_cmpuint (figures->no_shows, ==, expected->no_shows);
  g_assert_cmpuint (figures->meetings_held, ==, expected->meetings_held);
  g_assert_cmpstr (figures->last_meeting, ==, expected->last_meeting);
  g_assert_cmpstr (figures->next_meeting, ==, expected->next_meeting);
  g_assert_cmpint (figures->course_days, ==, expected->course_days);
}

static void
test_no_meetings (BbTestCourses *fixture,
                  gconstpointer  data)
{
  gint64 open = bb_test_add_course (fixture, "Asta", "2026-03-01", 0);
  gint64 ended = bb_test_add_course (fixture, "Bo", "2026-01-01", 0);
  g_autoptr(GError) error = NULL;

  /* Still waiting: the wait so far. */
  assert_figures (fixture, open, &(Expected) { NULL, 14, TRUE, 0, 0, 0, NULL, NULL, 14 });

  /* Ended without a conversation: no waiting time at all. */
  g_assert_true (bb_course_repository_close (fixture->courses, ended, BB_COURSE_STATUS_CLOSED, "2026-01-31",
                                             BB_CLOSING_DROPPED_OUT, 0, NULL, &error));
  g_assert_no_error (error);
  assert_figures (fixture, ended, &(Expected) { NULL, -1, FALSE, 0, 0, 0, NULL, NULL, 30 });
}

static void
test_meetings_before_first_contact (BbTestCourses *fixture,
                                    gconstpointer  data)
{
  gint64 id = bb_test_add_course (fixture, "Carl", "2026-02-10", 0);
  gint64 held;
  g_autoptr(BbCourse) course = NULL;
  g_autoptr(GError) error = NULL;

  bb_test_add_meeting (fixture, id, BB_MEETING_ADVISORY, "2026-02-01", FALSE);
  held = bb_test_add_meeting (fixture, id, BB_MEETING_ADVISORY, "2026-02-20", FALSE);
  bb_test_add_meeting (fixture, id, BB_MEETING_TREATMENT, "2026-03-01", FALSE);

  /* The conversation before the first contact was held, but does not end a wait
   * that had not begun: the wait ends on 20 February. */
  assert_figures (fixture, id, &(Expected) { "2026-02-20", 10, FALSE, 2, 0, 3, "2026-03-01", NULL, 33 });

  /* Without the 20 February conversation the young person is still waiting. */
  g_assert_true (bb_course_repository_delete_meeting (fixture->courses, held, &error));
  g_assert_no_error (error);
  assert_figures (fixture, id, &(Expected) { NULL, 33, TRUE, 1, 0, 2, "2026-03-01", NULL, 33 });

  /* A first contact moved back before it counts it again. */
  course = bb_course_repository_open (fixture->courses, id, &error);
  g_assert_no_error (error);
  bb_course_set_first_contact (course, "2026-01-25");
  g_assert_true (bb_course_repository_save (fixture->courses, course, &error));
  g_assert_no_error (error);
  assert_figures (fixture, id, &(Expected) { "2026-02-01", 7, FALSE, 1, 0, 2, "2026-03-01", NULL, 49 });
}

static void
test_no_shows (BbTestCourses *fixture,
               gconstpointer  data)
{
  gint64 id = bb_test_add_course (fixture, "Dina", "2026-01-05", 0);
  gint64 held;
  g_autoptr(BbMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;

  bb_test_add_meeting (fixture, id, BB_MEETING_ADVISORY, "2026-01-08", TRUE);
  bb_test_add_meeting (fixture, id, BB_MEETING_PARENT, "2026-01-09", FALSE);
  bb_test_add_meeting (fixture, id, BB_MEETING_ADVISORY, "2026-01-12", TRUE);
  held = bb_test_add_meeting (fixture, id, BB_MEETING_ADVISORY, "2026-01-19", FALSE);
  bb_test_add_meeting (fixture, id, BB_MEETING_ADVISORY, "2026-03-20", FALSE);

  /* Missed conversations and the parents' conversation do not end the wait; the
   * meeting on 20 March is planned, not held. */
  assert_figures (fixture, id, &(Expected) { "2026-01-19", 14, FALSE, 1, 2, 2, "2026-01-19", "2026-03-20", 69 });

  /* The young person did not come on the 19th either. */
  meeting = bb_course_repository_get_meeting (fixture->courses, held, &error);
  g_assert_no_error (error);
  bb_meeting_set_no_show (meeting, TRUE);
  g_assert_true (bb_course_repository_save_meeting (fixture->courses, meeting, &error));
  g_assert_no_error (error);
  assert_figures (fixture, id, &(Expected) { NULL, 69, TRUE, 0, 3, 1, "2026-01-09", "2026-03-20", 69 });

  /* Closed: the length stops at the closing date. */
  g_assert_true (bb_course_repository_close (fixture->courses, id, BB_COURSE_STATUS_CLOSED, "2026-02-15",
                                             BB_CLOSING_DROPPED_OUT, 0, NULL, &error));
  g_assert_no_error (error);
  assert_figures (fixture, id, &(Expected) { NULL, -1, FALSE, 0, 3, 1, "2026-01-09", "2026-03-20", 41 });
}

static void
test_days_pass (BbTestCourses *fixture,
                gconstpointer  data)
{
  gint64 id = bb_test_add_course (fixture, "Emil", "2026-03-10", 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(BbMeeting) early = NULL;

  bb_test_add_meeting (fixture, id, BB_MEETING_ADVISORY, "2026-03-18", FALSE);
  assert_figures (fixture, id, &(Expected) { NULL, 5, TRUE, 0, 0, 0, NULL, "2026-03-18", 5 });

  /* On 20 March the planned conversation has been held. */
  bb_test_courses_set_clock (fixture, "2026-03-20T10:00:00Z");
  assert_figures (fixture, id, &(Expected) { "2026-03-18", 8, FALSE, 1, 0, 1, "2026-03-18", NULL, 10 });

  /* The same from the list's sort by conversations: the stored figures moved too. */
  {
    BbCourseQuery query = BB_COURSE_QUERY_INIT;
    g_autofree char *ids = NULL;
    gint64 other = bb_test_add_course (fixture, "Frida", "2026-03-01", 0);
    g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT, id, other);

    query.sort = BB_COURSE_SORT_CONVERSATIONS;
    query.descending = TRUE;
    ids = bb_test_query_courses (fixture, &query);
    g_assert_cmpstr (ids, ==, expected);
  }

  /* Back to the 15th (a clock may go back): planned again. */
  bb_test_courses_set_clock (fixture, BB_TEST_NOW_ISO);
  assert_figures (fixture, id, &(Expected) { NULL, 5, TRUE, 0, 0, 0, NULL, "2026-03-18", 5 });

  /* A planned meeting cannot be missed or rated yet. */
  early = bb_meeting_new (id, BB_MEETING_ADVISORY, "2026-03-17");
  bb_meeting_set_no_show (early, TRUE);
  g_assert_false (bb_course_repository_save_meeting (fixture->courses, early, &error));
  g_assert_error (error, BB_COURSE_ERROR, BB_COURSE_ERROR_INVALID);
}

static gint64
add_closed_course (BbTestCourses *fixture,
                   const char    *name,
                   const char    *first_contact,
                   const char    *first_conversation,
                   const char    *closed,
                   gint64         onward_offer)
{
  gint64 id = bb_test_add_course (fixture, name, first_contact, 0);
  g_autoptr(GError) error = NULL;

  bb_test_add_meeting (fixture, id, BB_MEETING_ADVISORY, first_conversation, FALSE);
  bb_test_change_status (fixture, id, BB_COURSE_STATUS_ADVISORY, first_conversation);
  g_assert_true (bb_course_repository_close (fixture->courses, id, BB_COURSE_STATUS_CLOSED, closed,
                                             onward_offer > 0 ? BB_CLOSING_REFERRED_ON : BB_CLOSING_GOALS_REACHED,
                                             onward_offer, NULL, &error));
  g_assert_no_error (error);
  return id;
}

static void
add_handover (BbTestCourses   *fixture,
              gint64           course_id,
              gint64           offer_id,
              BbHandoverState  state)
{
  g_autoptr(BbHandover) handover = bb_handover_new (course_id, offer_id, state);
  g_autoptr(GError) error = NULL;

  handover->state_date = g_strdup ("2026-03-05");
  handover->note = g_strdup ("Har brug for en fast voksen");
  g_assert_true (bb_course_repository_save_handover (fixture->courses, handover, &error));
  g_assert_no_error (error);
}

static void
test_totals (BbTestCourses *fixture,
             gconstpointer  data)
{
  gint64 workshop = bb_test_add_offer (fixture, "Værkstedet");
  gint64 group = bb_test_add_offer (fixture, "Angstgruppen");
  gint64 x = add_closed_course (fixture, "Xenia", "2026-01-01", "2026-01-11", "2026-02-01", workshop);
  gint64 y = add_closed_course (fixture, "Yusuf", "2026-01-01", "2026-01-21", "2026-03-02", 0);
  gint64 z = bb_test_add_course (fixture, "Zenia", "2026-02-01", 0);
  gint64 w = bb_test_add_course (fixture, "William", "2026-03-01", 0);
  BbCourseQuery query = BB_COURSE_QUERY_INIT;
  BbCourseTotals totals;
  g_autoptr(GPtrArray) referrals = NULL;
  g_autoptr(GError) error = NULL;

  bb_test_add_meeting (fixture, y, BB_MEETING_ADVISORY, "2026-01-28", FALSE);
  bb_test_add_meeting (fixture, y, BB_MEETING_ADVISORY, "2026-02-04", FALSE);
  bb_test_add_meeting (fixture, z, BB_MEETING_ADVISORY, "2026-02-04", FALSE);
  add_handover (fixture, y, group, BB_HANDOVER_ACCEPTED);
  add_handover (fixture, w, group, BB_HANDOVER_REFERRED);
  /* Only suggested: not handed over. */
  add_handover (fixture, z, workshop, BB_HANDOVER_SUGGESTED);

  g_assert_true (bb_course_repository_count_totals (fixture->courses, &query, &totals, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (totals.courses, ==, 4);
  g_assert_cmpuint (totals.open, ==, 2);
  /* Waits of 10, 20 and 3 days; William still waits and is not counted. */
  g_assert_cmpuint (totals.waited, ==, 3);
  g_assert_cmpfloat (totals.waiting_median, ==, 10);
  g_assert_cmpfloat (totals.waiting_mean, ==, 11);
  g_assert_cmpuint (totals.conversations, ==, 5);
  g_assert_cmpfloat (totals.conversations_mean, ==, 1.25);
  /* 31 and 60 days. */
  g_assert_cmpuint (totals.ended, ==, 2);
  g_assert_cmpfloat (totals.length_median, ==, 45.5);
  g_assert_cmpfloat (totals.length_mean, ==, 45.5);
  g_assert_cmpuint (totals.handed_over, ==, 3);

  /* Onward referrals by offer, most first. */
  referrals = bb_course_repository_list_referrals (fixture->courses, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (referrals->len, ==, 2);
  g_assert_cmpstr (((BbOfferReferrals *) g_ptr_array_index (referrals, 0))->offer_title, ==, "Angstgruppen");
  g_assert_cmpuint (((BbOfferReferrals *) g_ptr_array_index (referrals, 0))->courses, ==, 2);
  g_assert_cmpint (((BbOfferReferrals *) g_ptr_array_index (referrals, 1))->offer_id, ==, workshop);
  g_assert_cmpuint (((BbOfferReferrals *) g_ptr_array_index (referrals, 1))->courses, ==, 1);

  /* The count each offer's page shows. */
  g_assert_cmpuint (bb_course_repository_count_handed_over (fixture->courses, workshop, &error), ==, 1);
  g_assert_cmpuint (bb_course_repository_count_handed_over (fixture->courses, group, &error), ==, 2);

  /* Across the open courses only. */
  query.statuses = BB_COURSE_STATUSES_OPEN;
  g_assert_true (bb_course_repository_count_totals (fixture->courses, &query, &totals, &error));
  g_assert_cmpuint (totals.courses, ==, 2);
  g_assert_cmpuint (totals.waited, ==, 1);
  g_assert_cmpfloat (totals.waiting_median, ==, 3);
  g_assert_cmpuint (totals.ended, ==, 0);
  g_assert_true (isnan (totals.length_median));
  g_assert_true (isnan (totals.length_mean));
  g_assert_cmpuint (totals.handed_over, ==, 1);

  /* An offer removed for good keeps its name in the figures. */
  g_assert_cmpint (sqlite3_exec (bb_database_get_handle (fixture->database),
                                 "DELETE FROM offers WHERE title = 'Angstgruppen'", NULL, NULL, NULL), ==, SQLITE_OK);
  g_clear_pointer (&referrals, g_ptr_array_unref);
  query.statuses = 0;
  referrals = bb_course_repository_list_referrals (fixture->courses, &query, &error);
  g_assert_cmpuint (referrals->len, ==, 2);
  g_assert_cmpstr (((BbOfferReferrals *) g_ptr_array_index (referrals, 0))->offer_title, ==, "Angstgruppen");
  g_assert_cmpint (((BbOfferReferrals *) g_ptr_array_index (referrals, 0))->offer_id, ==, 0);
  g_assert_cmpuint (((BbOfferReferrals *) g_ptr_array_index (referrals, 0))->courses, ==, 2);
  (void) x;
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, BbTestCourses, NULL, bb_test_courses_set_up, func, bb_test_courses_tear_down)
  ADD ("/course-figures/no-meetings", test_no_meetings);
  ADD ("/course-figures/meetings-before-first-contact", test_meetings_before_first_contact);
  ADD ("/course-figures/no-shows", test_no_shows);
  ADD ("/course-figures/days-pass", test_days_pass);
  ADD ("/course-figures/totals", test_totals);
#undef ADD

  return g_test_run ();
}
