/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "bb-course-list.h"
#include "bb-test-courses.h"
#include "bb-test-utils.h"
#include "bb-text.h"

/* Six courses where each filter and each sort gives an answer of its own; today is
 * 15 March 2026. The comments give each course's figures. */
typedef struct
{
  BbTestCourses base;
  gint64        mette;
  gint64        jens;
  gint64        anna;
  gint64        mentor;
  gint64        course[7];
} Fixture;

static gint64
add (Fixture          *fixture,
     const char       *name,
     const char       *first_contact,
     gint64            adviser,
     BbReferralSource  source,
     const char       *notes)
{
  g_autoptr(GError) error = NULL;
  gint64 id = bb_test_add_course (&fixture->base, name, first_contact, adviser);
  g_autoptr(BbCourse) course = bb_course_repository_open (fixture->base.courses, id, &error);

  g_assert_no_error (error);
  bb_course_set_referral_source (course, source);
  bb_course_set_notes (course, notes);
  g_assert_true (bb_course_repository_save (fixture->base.courses, course, &error));
  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  BbTestCourses *base = &fixture->base;
  g_autoptr(GError) error = NULL;
  gint64 *c = fixture->course;

  bb_test_courses_set_up (base, data);
  fixture->mette = bb_test_add_adviser (base, "Mette Rådgiver", BB_PROFESSION_SOCIAL_WORKER);
  fixture->jens = bb_test_add_adviser (base, "Jens Psykolog", BB_PROFESSION_PSYCHOLOGIST);
  fixture->anna = bb_test_add_adviser (base, "Anna Andersen", BB_PROFESSION_OTHER);

  /* 1: waited 5 days, 3 conversations, last meeting 24 January, 69 days. */
  c[1] = add (fixture, "Ærø Hansen", "2026-01-05", fixture->mette, BB_REFERRAL_SCHOOL, "Angst og søvnproblemer");
  bb_test_add_meeting (base, c[1], BB_MEETING_ADVISORY, "2026-01-10", FALSE);
  bb_test_add_meeting (base, c[1], BB_MEETING_ADVISORY, "2026-01-17", FALSE);
  bb_test_add_meeting (base, c[1], BB_MEETING_ADVISORY, "2026-01-24", FALSE);
  bb_test_change_status (base, c[1], BB_COURSE_STATUS_ADVISORY, "2026-01-10");

  /* 2: still waiting after 42 days, nothing since the first contact. */
  c[2] = add (fixture, "Bjørn Madsen", "2026-02-01", fixture->jens, BB_REFERRAL_GP, "");
  bb_test_change_status (base, c[2], BB_COURSE_STATUS_WAITING, "2026-02-01");
  {
    g_autoptr(BbCourse) course = bb_test_get_course (base, c[2]);
    g_autoptr(BbYoungPerson) young_person = bb_young_person_repository_get (base->young_people,
                                                                            bb_course_get_young_person_id (course),
                                                                            &error);

    g_ptr_array_add (bb_young_person_get_guardians (young_person), bb_guardian_new ("Lise Madsen"));
    g_assert_true (bb_young_person_repository_save (base->young_people, young_person, &error));
    g_assert_no_error (error);
  }

  /* 3: waited 2 days, 1 conversation and a treatment session, psychologist on the staff. */
  c[3] = add (fixture, "Clara Holm", "2026-03-01", fixture->mette, BB_REFERRAL_PARENT, "");
  bb_test_add_meeting (base, c[3], BB_MEETING_ADVISORY, "2026-03-03", FALSE);
  {
    g_autoptr(BbMeeting) meeting = bb_meeting_new (c[3], BB_MEETING_TREATMENT, "2026-03-10");
    g_autoptr(BbCourse) course = bb_course_repository_open (base->courses, c[3], &error);

    bb_meeting_set_notes (meeting, "Skolevægring, aftalt møde med klasselæreren");
    g_assert_true (bb_course_repository_save_meeting (base->courses, meeting, &error));
    g_ptr_array_add (bb_course_get_staff (course), bb_course_staff_new (fixture->jens, "Behandlingsforløb"));
    g_assert_true (bb_course_repository_save (base->courses, course, &error));
    g_assert_no_error (error);
  }
  bb_test_change_status (base, c[3], BB_COURSE_STATUS_ADVISORY, "2026-03-03");
  bb_test_change_status (base, c[3], BB_COURSE_STATUS_TREATMENT_INDIVIDUAL, "2026-03-10");

  /* 4: waited 50 days, closed after 89, handed over. */
  c[4] = add (fixture, "David Berg", "2025-12-01", fixture->anna, BB_REFERRAL_SCHOOL, "");
  bb_test_add_meeting (base, c[4], BB_MEETING_ADVISORY, "2026-01-20", FALSE);
  bb_test_change_status (base, c[4], BB_COURSE_STATUS_ADVISORY, "2026-01-20");
  {
    g_autoptr(BbHandover) handover = NULL;

    fixture->mentor = bb_test_add_offer (base, "Mentorordningen");
    handover = bb_handover_new (c[4], fixture->mentor, BB_HANDOVER_STARTED);

    handover->state_date = g_strdup ("2026-02-20");
    handover->note = g_strdup ("Har brug for en mentor i hverdagen");
    g_assert_true (bb_course_repository_save_handover (base->courses, handover, &error));
    g_assert_no_error (error);
  }
  g_assert_true (bb_course_repository_close (base->courses, c[4], BB_COURSE_STATUS_CLOSED, "2026-02-28",
                                             BB_CLOSING_GOALS_REACHED, 0, NULL, &error));
  g_assert_no_error (error);

  /* 5: contacted yesterday, no adviser yet. */
  c[5] = add (fixture, "Ella Jensen", "2026-03-14", 0, BB_REFERRAL_SELF, "");

  /* 6: closed after 14 days without a conversation: no waiting figure. */
  c[6] = add (fixture, "Frej Olsen", "2026-01-01", 0, BB_REFERRAL_SELF, "");
  g_assert_true (bb_course_repository_close (base->courses, c[6], BB_COURSE_STATUS_CLOSED, "2026-01-15",
                                             BB_CLOSING_DROPPED_OUT, 0, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bb_test_courses_tear_down (&fixture->base, data);
}

/* The fixture's course numbers the query selects, as "3,1,2". */
static char *
numbers (Fixture             *fixture,
         const BbCourseQuery *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = bb_course_repository_query_ids (fixture->base.courses, query, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    for (guint n = 1; n < G_N_ELEMENTS (fixture->course); n++)
      if (fixture->course[n] == g_array_index (ids, gint64, i))
        g_string_append_printf (text, "%s%u", text->len > 0 ? "," : "", n);

  return g_string_free (text, FALSE);
}

static void
assert_search (Fixture    *fixture,
               const char *search,
               const char *expected)
{
  BbCourseQuery query = BB_COURSE_QUERY_INIT;
  g_autofree char *found = NULL;

  query.search = search;
  found = numbers (fixture, &query);
  g_test_message ("»%s«", search);
  g_assert_cmpstr (found, ==, expected);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  BbTestCourses *base = &fixture->base;
  g_autoptr(GError) error = NULL;

  /* Names, a guardian's name, course notes, meeting notes, hand-over notes. */
  assert_search (fixture, "clara", "3");
  assert_search (fixture, "ÆRØ", "1");
  assert_search (fixture, "hansen ærø", "1");
  assert_search (fixture, "lise", "2");
  assert_search (fixture, "madsen", "2");
  assert_search (fixture, "angst", "1");
  assert_search (fixture, "skolev", "3");
  assert_search (fixture, "klasselæreren", "3");
  assert_search (fixture, "mentor", "4");
  /* Every word must match. */
  assert_search (fixture, "angst clara", "");
  assert_search (fixture, "holm", "3");
  /* FTS5 syntax in what was typed is just text. */
  assert_search (fixture, "\"angst\" OR NEAR(", "");
  assert_search (fixture, "  ", "2,3,4,5,6,1");

  /* The index follows renames and new notes in the same commit. */
  assert_search (fixture, "lund", "");
  {
    g_autoptr(BbCourse) course = bb_test_get_course (base, fixture->course[2]);
    g_autoptr(BbYoungPerson) young_person = bb_young_person_repository_get (base->young_people,
                                                                            bb_course_get_young_person_id (course),
                                                                            &error);

    bb_young_person_set_name (young_person, "Bjørn Lund");
    g_assert_true (bb_young_person_repository_save (base->young_people, young_person, &error));
    g_assert_no_error (error);
  }
  assert_search (fixture, "lund", "2");
  assert_search (fixture, "bjørn madsen", "2");

  {
    g_autoptr(BbMeeting) meeting = bb_meeting_new (fixture->course[5], BB_MEETING_NETWORK, "2026-03-15");

    bb_meeting_set_participants (meeting, "Jobcentrets ungevejleder");
    g_assert_true (bb_course_repository_save_meeting (base->courses, meeting, &error));
    g_assert_no_error (error);
  }
  assert_search (fixture, "ungevejleder", "5");

  /* A deleted course leaves the index. */
  g_assert_true (bb_course_repository_delete (base->courses, fixture->course[1], &error));
  assert_search (fixture, "angst", "");
}

static void
assert_filter (Fixture             *fixture,
               const BbCourseQuery *query,
               const char          *expected)
{
  g_autofree char *found = numbers (fixture, query);

  g_assert_cmpstr (found, ==, expected);
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  BbCourseQuery query = BB_COURSE_QUERY_INIT;
  g_autoptr(BbAdviser) me = NULL;
  g_autoptr(GError) error = NULL;

  assert_filter (fixture, &query, "2,3,4,5,6,1");

  query.statuses = BB_COURSE_STATUS_BIT (BB_COURSE_STATUS_ADVISORY);
  assert_filter (fixture, &query, "1");
  query.statuses = BB_COURSE_STATUSES_OPEN;
  assert_filter (fixture, &query, "2,3,5,1");
  query.statuses = BB_COURSE_STATUS_BIT (BB_COURSE_STATUS_CLOSED) | BB_COURSE_STATUS_BIT (BB_COURSE_STATUS_WAITING);
  assert_filter (fixture, &query, "2,4,6");
  query.statuses = 0;

  /* An adviser's courses: responsible, or on the staff (the psychologist on 3). */
  query.adviser_id = fixture->mette;
  assert_filter (fixture, &query, "3,1");
  query.adviser_id = fixture->jens;
  assert_filter (fixture, &query, "2,3");
  query.adviser_id = fixture->anna;
  assert_filter (fixture, &query, "4");

  /* My caseload: the adviser set in Preferences. */
  me = bb_adviser_repository_find_current (fixture->base.advisers, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bb_adviser_get_id (me), ==, fixture->mette);
  query.adviser_id = bb_adviser_get_id (me);
  query.statuses = BB_COURSE_STATUSES_OPEN;
  query.search = "angst";
  assert_filter (fixture, &query, "1");
  query.search = NULL;
  query.statuses = 0;
  query.adviser_id = 0;

  query.referral_source = BB_REFERRAL_SCHOOL;
  assert_filter (fixture, &query, "4,1");
  query.referral_source = BB_REFERRAL_SELF;
  assert_filter (fixture, &query, "5,6");
  query.referral_source = -1;

  /* Waiting longer than N days: the wait that was (4: 50), or is still going on (2: 42). */
  query.waiting_more_than = 10;
  assert_filter (fixture, &query, "2,4");
  query.waiting_more_than = 42;
  assert_filter (fixture, &query, "4");
  query.waiting_more_than = 41;
  assert_filter (fixture, &query, "2,4");
  query.waiting_more_than = 0;
  assert_filter (fixture, &query, "2,3,4,5,1");
  query.waiting_more_than = -1;

  /* No meeting for N days, among the open courses: since the last meeting held
   * (1: 24 January) or the first contact (2: 1 February). */
  query.no_meeting_for = 30;
  assert_filter (fixture, &query, "2,1");
  query.no_meeting_for = 45;
  assert_filter (fixture, &query, "1");
  query.no_meeting_for = 0;
  assert_filter (fixture, &query, "2,3,5,1");
  query.no_meeting_for = 1;
  assert_filter (fixture, &query, "2,3,1");
}

/* The filters the overview's links take (see courses.show-filtered). */
static void
test_link_filters (Fixture       *fixture,
                   gconstpointer  data)
{
  BbCourseQuery query = BB_COURSE_QUERY_INIT;
  BbCourseQuery all = BB_COURSE_QUERY_INIT;
  g_autoptr(GPtrArray) offers = NULL;
  g_autoptr(GError) error = NULL;
  gint64 other;

  /* Only the responsible adviser, as the overview counts: not Jens on 3's staff. */
  query.adviser_id = fixture->jens;
  query.responsible_only = TRUE;
  assert_filter (fixture, &query, "2");
  query.adviser_id = fixture->mette;
  assert_filter (fixture, &query, "3,1");
  query = all;

  query.closing_reason = BB_CLOSING_GOALS_REACHED;
  assert_filter (fixture, &query, "4");
  query.closing_reason = BB_CLOSING_DROPPED_OUT;
  assert_filter (fixture, &query, "6");
  query.closing_reason = BB_CLOSING_MOVED;
  assert_filter (fixture, &query, "");
  query = all;

  /* Held advisory conversations: 1 has 3, 3 and 4 one each (3's treatment apart). */
  query.conversations = 0;
  assert_filter (fixture, &query, "2,5,6");
  query.conversations = 1;
  assert_filter (fixture, &query, "3,4");
  query.conversations_or_more = TRUE;
  assert_filter (fixture, &query, "3,4,1");
  query.conversations = 3;
  assert_filter (fixture, &query, "1");
  query.conversations = 4;
  assert_filter (fixture, &query, "");
  query = all;

  query.handover_offer_id = fixture->mentor;
  assert_filter (fixture, &query, "4");
  other = bb_test_add_offer (&fixture->base, "Ungdomsskolen");
  query.handover_offer_id = other;
  assert_filter (fixture, &query, "");
  query = all;

  /* The offers handed over to, for the filter's list. */
  offers = bb_course_repository_list_handover_offers (fixture->base.courses, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (offers->len, ==, 1);
  g_assert_cmpint (((BbOfferReferrals *) offers->pdata[0])->offer_id, ==, fixture->mentor);
  g_assert_cmpstr (((BbOfferReferrals *) offers->pdata[0])->offer_title, ==, "Mentorordningen");

  /* Dates, both bounds included. */
  g_strlcpy (query.first_contact_from, "2026-01-01", 11);
  g_strlcpy (query.first_contact_to, "2026-02-01", 11);
  assert_filter (fixture, &query, "2,6,1");
  query.first_contact_to[0] = '\0';
  assert_filter (fixture, &query, "2,3,5,6,1");
  query.first_contact_from[0] = '\0';
  g_strlcpy (query.first_contact_to, "2026-01-01", 11);
  assert_filter (fixture, &query, "4,6");
  query = all;

  g_strlcpy (query.closed_from, "2026-01-15", 11);
  g_strlcpy (query.closed_to, "2026-02-27", 11);
  assert_filter (fixture, &query, "6");
  g_strlcpy (query.closed_to, "2026-02-28", 11);
  assert_filter (fixture, &query, "4,6");
  query.closed_from[0] = '\0';
  g_strlcpy (query.closed_to, "2026-01-14", 11);
  assert_filter (fixture, &query, "");

  /* Together, as a bar of the overview: closed in February, goals reached, Anna's. */
  query = all;
  query.statuses = BB_COURSE_STATUS_BIT (BB_COURSE_STATUS_CLOSED);
  g_strlcpy (query.closed_from, "2026-02-01", 11);
  g_strlcpy (query.closed_to, "2026-02-28", 11);
  query.closing_reason = BB_CLOSING_GOALS_REACHED;
  query.adviser_id = fixture->anna;
  query.responsible_only = TRUE;
  query.conversations = 1;
  assert_filter (fixture, &query, "4");
  g_assert_cmpint (bb_course_repository_query_count (fixture->base.courses, &query, &error), ==, 1);
  query.adviser_id = fixture->mette;
  assert_filter (fixture, &query, "");
  g_assert_cmpint (bb_course_repository_query_count (fixture->base.courses, &query, &error), ==, 0);
}

static void
assert_sorted (Fixture      *fixture,
               BbCourseSort  sort,
               const char   *ascending,
               const char   *descending)
{
  BbCourseQuery query = BB_COURSE_QUERY_INIT;
  g_autofree char *up = NULL;
  g_autofree char *down = NULL;

  query.sort = sort;
  up = numbers (fixture, &query);
  query.descending = TRUE;
  down = numbers (fixture, &query);

  g_assert_cmpstr (up, ==, ascending);
  g_assert_cmpstr (down, ==, descending);
}

static void
test_sorts (Fixture       *fixture,
            gconstpointer  data)
{
  /* Æ after Z, as Danish sorts. */
  assert_sorted (fixture, BB_COURSE_SORT_NAME, "2,3,4,5,6,1", "1,6,5,4,3,2");
  assert_sorted (fixture, BB_COURSE_SORT_FIRST_CONTACT, "4,6,1,2,3,5", "5,3,2,1,6,4");
  /* Waits of 1 (still), 2, 5, 42 (still), 50; 6 has none and comes last either way. */
  assert_sorted (fixture, BB_COURSE_SORT_WAITING, "5,3,1,2,4,6", "4,2,1,3,5,6");
  /* 0, 0, 0, 1, 1, 3; ties by name, the same way round. */
  assert_sorted (fixture, BB_COURSE_SORT_CONVERSATIONS, "2,5,6,3,4,1", "1,4,3,6,5,2");
  /* 1, 14, 14, 42, 69 and 89 days. */
  assert_sorted (fixture, BB_COURSE_SORT_LENGTH, "5,3,6,2,1,4", "4,1,2,6,3,5");
  /* Last activity: 1 Jan, 20 Jan, 24 Jan, 1 Feb, 10 Mar, 14 Mar. */
  assert_sorted (fixture, BB_COURSE_SORT_LAST_MEETING, "6,4,1,2,3,5", "5,3,2,1,4,6");
}

/* The waits and lengths the list sorts by are stored (0011-courses-sort-keys.sql):
 * each write to what they are made of, and the next day, must be seen at once. */
static void
test_sort_keys_in_step (Fixture       *fixture,
                        gconstpointer  data)
{
  BbTestCourses *base = &fixture->base;
  g_autoptr(GError) error = NULL;
  g_autoptr(BbMeeting) meeting = NULL;
  gint64 id;

  /* 2 still waits (42 days) after a no-show; then a conversation on 20 February makes it
   * 19 days, which keeps its place. */
  bb_test_add_meeting (base, fixture->course[2], BB_MEETING_ADVISORY, "2026-02-03", TRUE);
  assert_sorted (fixture, BB_COURSE_SORT_WAITING, "5,3,1,2,4,6", "4,2,1,3,5,6");
  id = bb_test_add_meeting (base, fixture->course[2], BB_MEETING_ADVISORY, "2026-02-20", FALSE);
  assert_sorted (fixture, BB_COURSE_SORT_WAITING, "5,3,1,2,4,6", "4,2,1,3,5,6");

  /* Moved to 4 February: 3 days, before 1's 5. */
  meeting = bb_course_repository_get_meeting (base->courses, id, &error);
  g_assert_no_error (error);
  bb_meeting_set_date (meeting, "2026-02-04");
  g_assert_true (bb_course_repository_save_meeting (base->courses, meeting, &error));
  g_assert_no_error (error);
  assert_sorted (fixture, BB_COURSE_SORT_WAITING, "5,3,2,1,4,6", "4,1,2,3,5,6");

  /* Deleted: waiting again, 42 days so far. */
  g_assert_true (bb_course_repository_delete_meeting (base->courses, id, &error));
  g_assert_no_error (error);
  assert_sorted (fixture, BB_COURSE_SORT_WAITING, "5,3,1,2,4,6", "4,2,1,3,5,6");

  /* A month on, the open courses have waited and lasted longer: 5 waits 31 days, 2
   * 72; the lengths are 14 (6), 31 (5), 44 (3), 72 (2), 89 (4, closed) and 99 (1). */
  bb_test_courses_set_clock (base, "2026-04-14T10:00:00Z");
  assert_sorted (fixture, BB_COURSE_SORT_WAITING, "3,1,5,4,2,6", "2,4,5,1,3,6");
  assert_sorted (fixture, BB_COURSE_SORT_LENGTH, "6,5,3,2,4,1", "1,4,2,3,5,6");

  /* Closed on 20 April after 78 days; a day later the length stays. */
  bb_test_courses_set_clock (base, "2026-04-20T10:00:00Z");
  g_assert_true (bb_course_repository_close (base->courses, fixture->course[2], BB_COURSE_STATUS_CLOSED,
                                             "2026-04-20", BB_CLOSING_DROPPED_OUT, 0, NULL, &error));
  g_assert_no_error (error);
  bb_test_courses_set_clock (base, "2026-04-21T10:00:00Z");
  /* 6: 14, 5: 38, 3: 51, 2: 78, 4: 89, 1: 106. */
  assert_sorted (fixture, BB_COURSE_SORT_LENGTH, "6,5,3,2,4,1", "1,4,2,3,5,6");
  /* 2 closed without a conversation: no wait, last either way. */
  assert_sorted (fixture, BB_COURSE_SORT_WAITING, "3,1,5,4,2,6", "4,5,1,3,6,2");
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *changes)
{
  (*changes)++;
}

static void
test_list_model (Fixture       *fixture,
                 gconstpointer  data)
{
  BbCourseQuery query = BB_COURSE_QUERY_INIT;
  g_autoptr(BbCourseList) list = bb_course_list_new (fixture->base.courses);
  g_autoptr(BbCourse) first = NULL;
  g_autofree char *name = NULL;
  guint changes = 0;
  gint64 added;

  query.adviser_id = fixture->mette;
  query.sort = BB_COURSE_SORT_WAITING;
  bb_course_list_set_query (list, &query);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_cmpint (bb_course_list_get_id (list, 0), ==, fixture->course[3]);

  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_object_get (first, "young-person-name", &name, NULL);
  g_assert_cmpstr (name, ==, "Clara Holm");
  g_assert_cmpstr (bb_course_get_adviser_name (first), ==, "Mette Rådgiver");
  g_assert_cmpint (bb_course_get_figures (first)->waiting_days, ==, 2);

  /* It follows the courses. */
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &changes);
  added = bb_test_add_course (&fixture->base, "Gustav", "2026-03-15", fixture->mette);
  g_assert_cmpuint (changes, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  g_assert_cmpuint (bb_course_list_find (list, added), ==, 0);
  g_assert_cmpuint (bb_course_list_find (list, fixture->course[2]), ==, G_MAXUINT);
}

/* The filters of the overview's remaining links: referred on or not admitted, a
 * range of waits, the first conversation held, and the hand-over's day and state. */
static void
close_as (Fixture         *fixture,
          guint            n,
          BbCourseStatus   status,
          const char      *date,
          BbClosingReason  reason)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bb_course_repository_close (fixture->base.courses, fixture->course[n], status, date, reason, 0,
                                             NULL, &error));
  g_assert_no_error (error);
}

static void
test_outcome_filter (Fixture       *fixture,
                     gconstpointer  data)
{
  BbCourseQuery query = BB_COURSE_QUERY_INIT;

  /* 2 not admitted (for another reason), 5 closed as referred on; 4 and 6 closed
   * otherwise. */
  close_as (fixture, 2, BB_COURSE_STATUS_NOT_ADMITTED, "2026-03-01", BB_CLOSING_OTHER);
  close_as (fixture, 5, BB_COURSE_STATUS_CLOSED, "2026-03-14", BB_CLOSING_REFERRED_ON);

  query.referred_on_or_not_admitted = TRUE;
  assert_filter (fixture, &query, "2,5");
  g_strlcpy (query.closed_from, "2026-03-02", 11);
  assert_filter (fixture, &query, "5");
  query.closed_from[0] = '\0';
  query.closing_reason = BB_CLOSING_OTHER;
  assert_filter (fixture, &query, "2");
}

static void
test_waiting_range_filters (Fixture       *fixture,
                            gconstpointer  data)
{
  BbCourseQuery query = BB_COURSE_QUERY_INIT;
  BbCourseQuery all = BB_COURSE_QUERY_INIT;

  /* Waits held: 1 five days, 3 two, 4 fifty; 2 is still waiting (42 days so far),
   * 5 since yesterday, 6 closed without. */
  query.waiting_at_most = 5;
  assert_filter (fixture, &query, "3,1");
  query.waiting_at_most = 4;
  assert_filter (fixture, &query, "3");
  query.waiting_at_most = 50;
  assert_filter (fixture, &query, "3,4,1");
  /* A bar of the overview's distribution: more than 2, at most 5. */
  query.waiting_more_than = 2;
  query.waiting_at_most = 5;
  assert_filter (fixture, &query, "1");
  query.waiting_more_than = 5;
  query.waiting_at_most = 50;
  assert_filter (fixture, &query, "4");
  query = all;

  query.first_conversation_held = TRUE;
  assert_filter (fixture, &query, "3,4,1");
  /* The last bar: no upper bound, but not 2, which waits on. */
  query.waiting_more_than = 10;
  assert_filter (fixture, &query, "4");
  query.first_conversation_held = FALSE;
  assert_filter (fixture, &query, "2,4");
}

static void
add_handover (Fixture         *fixture,
              guint            n,
              gint64           offer,
              BbHandoverState  state,
              const char      *date)
{
  g_autoptr(BbHandover) handover = bb_handover_new (fixture->course[n], offer, state);
  g_autoptr(GError) error = NULL;

  handover->state_date = g_strdup (date);
  g_assert_true (bb_course_repository_save_handover (fixture->base.courses, handover, &error));
  g_assert_no_error (error);
}

static void
test_handover_filters (Fixture       *fixture,
                       gconstpointer  data)
{
  BbCourseQuery query = BB_COURSE_QUERY_INIT;
  gint64 school = bb_test_add_offer (&fixture->base, "Ungdomsskolen");

  /* Besides 4 → Mentorordningen started 20 February: 1 → Mentorordningen referred
   * 1 March, 3 → Ungdomsskolen suggested 25 February. */
  add_handover (fixture, 1, fixture->mentor, BB_HANDOVER_REFERRED, "2026-03-01");
  add_handover (fixture, 3, school, BB_HANDOVER_SUGGESTED, "2026-02-25");

  g_strlcpy (query.handover_from, "2026-02-01", 11);
  g_strlcpy (query.handover_to, "2026-02-28", 11);
  assert_filter (fixture, &query, "3,4");
  query.handover_offer_id = fixture->mentor;
  assert_filter (fixture, &query, "4");
  query.handover_to[0] = '\0';
  assert_filter (fixture, &query, "4,1");
  query.handover_from[0] = '\0';
  g_strlcpy (query.handover_to, "2026-02-20", 11);
  assert_filter (fixture, &query, "4");
  query.handover_to[0] = '\0';

  query.handover_states = 1u << BB_HANDOVER_REFERRED;
  assert_filter (fixture, &query, "1");
  query.handover_states |= 1u << BB_HANDOVER_STARTED;
  assert_filter (fixture, &query, "4,1");
  /* One hand-over meets them all: 3's suggestion is to another offer. */
  query.handover_states = 1u << BB_HANDOVER_SUGGESTED;
  assert_filter (fixture, &query, "");
  query.handover_offer_id = 0;
  assert_filter (fixture, &query, "3");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/course-query/search", test_search);
  ADD ("/course-query/filters", test_filters);
  ADD ("/course-query/link-filters", test_link_filters);
  ADD ("/course-query/sorts", test_sorts);
  ADD ("/course-query/sort-keys-in-step", test_sort_keys_in_step);
  ADD ("/course-query/list-model", test_list_model);
  ADD ("/course-query/outcome-filter", test_outcome_filter);
  ADD ("/course-query/waiting-range-filters", test_waiting_range_filters);
  ADD ("/course-query/handover-filters", test_handover_filters);
#undef ADD

  return g_test_run ();
}
